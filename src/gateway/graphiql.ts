/**
 * GraphiQL, served well: at `/`, `/graphiql`, and at `GET /graphql` for
 * browsers (a request that prefers text/html, as Yoga and Apollo decide it).
 * The page is one self-contained 9 MB document (no CDN), so it is rendered,
 * hashed and compressed once, revalidated by ETag, and locked down with a
 * Content-Security-Policy that allows only its own inline script. GRAPHIQL
 * and INTROSPECTION turn the page and schema introspection off.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { httpErrorBody } from './limits.js';

const onOff = z.enum(['on', 'off']);

/** The environment variables of this module, for config.ts's schema. */
export const graphiqlEnvShape = {
  GRAPHIQL: onOff.default('on'),
  INTROSPECTION: onOff.default('on'),
};

export interface GraphiQLConfig {
  /** Whether GraphiQL is served at `/`, `/graphiql` and to browsers at GET /graphql (GRAPHIQL). @default true, in both modes */
  enabled: boolean;
  /** Whether `__schema` and `__type` are answered (INTROSPECTION). @default true, in both modes */
  introspection: boolean;
}

/**
 * Both default on in `aws` mode too: the schema is this project's published
 * one (schema/*.graphql), so hiding it protects nothing, and with `aws`
 * authentication is required, so only callers with a credential can
 * introspect at all. Data is guarded by authentication and roles, not by
 * keeping field names secret.
 */
export function graphiqlFromEnv(env: { GRAPHIQL: 'on' | 'off'; INTROSPECTION: 'on' | 'off' }): GraphiQLConfig {
  return { enabled: env.GRAPHIQL === 'on', introspection: env.INTROSPECTION === 'on' };
}

interface Preference {
  token: string;
  q: number;
}

/** An Accept or Accept-Encoding header as tokens (lower case, parameters other than q dropped) with their weights. */
function parseQualityList(header: string | undefined): Preference[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [token = '', ...params] = part.split(';').map((piece) => piece.trim());
      const weight = params.find((param) => /^q=/i.test(param))?.slice(2);
      const q = weight === undefined ? 1 : /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(weight) ? Number(weight) : 0;
      return { token: token.toLowerCase(), q };
    })
    .filter((preference) => preference.token !== '');
}

/** The weight Accept gives a media type: from its most specific matching entry: the exact type, then its type's wildcard, then the wildcard for any type. */
function mediaTypeQuality(preferences: readonly Preference[], mediaType: string): number {
  const [type] = mediaType.split('/');
  for (const candidate of [mediaType, `${type}/*`, '*/*']) {
    const matches = preferences.filter((preference) => preference.token === candidate);
    if (matches.length > 0) return Math.max(...matches.map((match) => match.q));
  }
  return 0;
}

const GRAPHQL_MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Whether a GET names text/html itself and weighs it above JSON: a browser
 * navigating to the URL. A wildcard alone (curl, fetch) or a tie with JSON
 * stays a GraphQL request.
 */
export function prefersHtml(accept: string | undefined): boolean {
  const preferences = parseQualityList(accept);
  const html = Math.max(0, ...preferences.filter((preference) => preference.token === 'text/html').map((preference) => preference.q));
  if (html === 0) return false;
  return GRAPHQL_MEDIA_TYPES.every((mediaType) => html > mediaTypeQuality(preferences, mediaType));
}

type PageEncoding = 'br' | 'gzip' | 'identity';

/** Brotli when the client takes it at least as gladly as gzip, then gzip, else the plain page. */
export function negotiatePageEncoding(acceptEncoding: string | undefined): PageEncoding {
  const preferences = parseQualityList(acceptEncoding);
  const quality = (...tokens: string[]) => {
    const listed = preferences.filter((preference) => tokens.includes(preference.token));
    if (listed.length > 0) return Math.max(...listed.map((preference) => preference.q));
    return preferences.find((preference) => preference.token === '*')?.q ?? 0;
  };
  const br = quality('br');
  const gz = quality('gzip', 'x-gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : 'identity';
}

/** Whether If-None-Match names this ETag, compared weakly (RFC 9110 13.1.2), or is `*`. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** The text of each inline script, as the browser hashes it for CSP. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)].map((match) => match[1] ?? '');
}

/**
 * Only the page's own inline script may run: a hash per script, so an
 * injected one would not. Styles need 'unsafe-inline' because React and
 * Monaco add style elements and attributes at run time, which no hash can
 * name. Monaco's language workers start from blob: URLs the page makes from
 * its own script; fonts and the favicon are data: URLs inside the page. The
 * page may talk to its own origin only, and may not be framed.
 */
function contentSecurityPolicy(html: string): string {
  const hashes = inlineScripts(html).map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "connect-src 'self'",
    'worker-src blob:',
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // For browsers that predate CSP's frame-ancestors.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * `no-cache` is "store, but ask first": every load revalidates with the ETag
 * and costs a 304 of a few hundred bytes, while a new page (another release
 * of GraphiQL, another example query or endpoint) is seen at the first load
 * after an upgrade. A max-age would save that round trip and show a stale
 * page for as long as it runs.
 */
const PAGE_CACHE_CONTROL = 'no-cache';

/**
 * Quality 5 compresses the page in about 0.5 s, once, to 1.95 MB; quality 11
 * takes about 22 s for 1.71 MB, and quality 4 (what dynamic responses get)
 * 2.08 MB. gzip's default level is within 0.5% of level 9 here.
 */
const PAGE_BROTLI_QUALITY = 5;
const PAGE_GZIP_LEVEL = 6;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The rendered page: its bytes, their hash, and each compressed form, made on first demand and then kept. */
class GraphiQLPage {
  readonly html: Buffer;
  /**
   * Weak, because the same page goes out in three content-codings whose bytes
   * differ; a strong ETag would have to differ per coding.
   */
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
  private readonly encoded = new Map<Exclude<PageEncoding, 'identity'>, Promise<Buffer>>();

  constructor(html: string) {
    this.html = Buffer.from(html, 'utf8');
    this.etag = `W/"${createHash('sha256').update(this.html).digest('base64url').slice(0, 27)}"`;
    this.headers = {
      etag: this.etag,
      'cache-control': PAGE_CACHE_CONTROL,
      'content-security-policy': contentSecurityPolicy(html),
      ...PAGE_SECURITY_HEADERS,
    };
  }

  /** The page in `encoding`; a failed compression falls back to the plain page and is tried again next time. */
  async body(encoding: PageEncoding): Promise<{ encoding: PageEncoding; bytes: Buffer }> {
    if (encoding === 'identity') return { encoding, bytes: this.html };
    let pending = this.encoded.get(encoding);
    if (!pending) {
      pending =
        encoding === 'br'
          ? brotliAsync(this.html, {
              params: {
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_QUALITY]: PAGE_BROTLI_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: this.html.length,
              },
            })
          : gzipAsync(this.html, { level: PAGE_GZIP_LEVEL });
      this.encoded.set(encoding, pending);
    }
    try {
      return { encoding, bytes: await pending };
    } catch {
      this.encoded.delete(encoding);
      return { encoding: 'identity', bytes: this.html };
    }
  }
}

/** Adds `field` to the response's Vary header, keeping what CORS or others put there. */
function appendVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = current === undefined ? [] : String(Array.isArray(current) ? current.join(',') : current).split(',').map((part) => part.trim()).filter(Boolean);
  if (fields.includes('*') || fields.some((part) => part.toLowerCase() === field)) return;
  reply.header('vary', [...fields, field].join(', '));
}

interface GraphiQLOptions extends GraphiQLConfig {
  title: string;
  /** The query GraphiQL shows on a first visit. */
  defaultQuery: string;
  /** The GraphQL route: GETs there that prefer HTML get the page. @default '/graphql' */
  endpoint?: string;
  /** Routes that serve only the page. @default ['/', '/graphiql'] */
  paths?: readonly string[];
}

/**
 * Adds the page's routes and the hook that answers browsers at the GraphQL
 * route. Register it after CORS and before authentication: the page is
 * static and needs no credential, so its hook answers before the
 * authentication hook runs. Register compression before it.
 */
export function registerGraphiQL(app: FastifyInstance, options: GraphiQLOptions): void {
  const { endpoint = '/graphql', paths = ['/', '/graphiql'] } = options;
  if (options.enabled && !options.introspection) {
    app.log.warn('GraphiQL is on and INTROSPECTION=off: its documentation explorer and completion will be empty');
  }
  // Rendered on first use: the renderer's module alone holds about 45 MB, which a gateway
  // whose GraphiQL nobody opens never needs (and a busy API's memory is better spent on requests).
  let rendering: Promise<GraphiQLPage> | undefined;
  const page = () => {
    rendering ??= import('@graphql-yoga/render-graphiql').then(
      ({ renderGraphiQL }) =>
        new GraphiQLPage(
          renderGraphiQL({
            endpoint,
            title: options.title,
            defaultQuery: options.defaultQuery,
            // Yoga's default keeps the Headers tab, and so an API key, in the browser's localStorage.
            shouldPersistHeaders: false,
          }),
        ),
      (error: unknown) => {
        // The next request tries again.
        rendering = undefined;
        throw error;
      },
    );
    return rendering;
  };

  const serve = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    if (!options.enabled) {
      return reply.code(404).send(httpErrorBody('GraphiQL is turned off on this gateway (GRAPHIQL=off).', 'NOT_FOUND', { setting: 'GRAPHIQL' }));
    }
    const rendered = await page();
    reply.headers(rendered.headers);
    appendVary(reply, 'accept-encoding');
    if (ifNoneMatchHits(request.headers['if-none-match'], rendered.etag)) return reply.code(304).send();
    const { encoding, bytes } = await rendered.body(negotiatePageEncoding(request.headers['accept-encoding']));
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.type('text/html; charset=utf-8').send(bytes);
  };

  // A callback hook, not an async one: it runs on every request, and only a browser's GET /graphql waits.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || request.routeOptions.url !== endpoint) return done();
    // One URL, two representations: caches must key GET /graphql on Accept.
    appendVary(reply, 'accept');
    // With or without ?query=: GraphiQL writes the editor's text into the address bar, so a reload must get the page again.
    if (!prefersHtml(request.headers.accept)) return done();
    // Answered here (the reply is sent): the route's handler does not run.
    serve(request, reply).then(
      () => undefined,
      (error: unknown) => done(error as Error),
    );
  });
  for (const path of paths) app.get(path, serve);
}

/** Apollo's refusal names its own option ("pass introspection: true to ApolloServer"); name the gateway's setting instead. */
export function introspectionRefusalPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.extensions['validationErrorCode'] !== 'INTROSPECTION_DISABLED') continue;
            error.message = 'Introspection is turned off on this gateway (INTROSPECTION=off): __schema and __type are not answered. The schema is published with the gateway (schema/*.graphql).';
            Object.assign(error.extensions, { setting: 'INTROSPECTION' });
          }
        },
      };
    },
  };
}
