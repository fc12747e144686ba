/**
 * CORS for browser apps served from other origins. Only origins on the
 * allowlist (CORS_ORIGINS) get Access-Control-* headers; a preflight from any
 * other origin is refused, so the browser never sends the request it announced.
 * Preflights are answered in an onRequest hook, before authentication, because
 * browsers send them without the credentials the real request will carry.
 */
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

export interface CorsConfig {
  /**
   * Normalized allowlist entries: exact origins (`https://app.example.com`) or
   * one scheme and host on any port (`http://localhost:*`).
   * @default `http://localhost:*` and `http://127.0.0.1:*` with the embedded backend, none with `aws`
   */
  origins: string[];
  /** How long a browser may reuse a preflight answer. @default 600 */
  maxAgeSeconds: number;
}

/** A frontend dev server on this machine (Vite, Next.js, ...) works with the embedded backend without configuration. */
const EMBEDDED_CORS_ORIGINS: readonly string[] = ['http://localhost:*', 'http://127.0.0.1:*'];

export function defaultCorsOrigins(backend: 'embedded' | 'aws'): string[] {
  return backend === 'embedded' ? [...EMBEDDED_CORS_ORIGINS] : [];
}

/** Headers browser clients send: JSON bodies, both kinds of credentials, and Apollo's CSRF-prevention headers. */
const CORS_ALLOWED_HEADERS: readonly string[] = [
  'content-type',
  'authorization',
  'x-api-key',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  // Cache-Control: no-cache asks for fresh data (reads skip the shared cache).
  'cache-control',
];

/** Response headers browser code may read when the gateway sends them; without this list a page sees only the CORS-safelisted ones. */
const CORS_EXPOSED_HEADERS: readonly string[] = ['www-authenticate', 'retry-after', 'x-request-id', 'x-sesgw-response-cache'];

// OPTIONS is left out: a preflight is never itself preflighted, so browsers never consult it here.
const CORS_METHODS: readonly string[] = ['GET', 'POST'];

const PORT_WILDCARD = /^(https?:\/\/(?:\[[0-9a-f:.]+\]|[^/:?#@[\]\s]+)):\*$/i;

/**
 * One CORS_ORIGINS entry, normalized to the form browsers send in `Origin`
 * (lower-case scheme and host, no default port), or why it is refused.
 */
export function parseCorsOrigin(entry: string): { origin: string } | { problem: string } {
  if (entry === '*') {
    return {
      problem:
        '"*" is not accepted: it would let every website a user visits call the gateway through their browser, from inside their network; list the origins, or use scheme://host:* for any port of one host',
    };
  }
  const wildcard = PORT_WILDCARD.exec(entry);
  const exact = wildcard ? wildcard[1]! : entry;
  let url: URL;
  try {
    url = new URL(exact);
  } catch {
    return { problem: `"${entry}" is not an origin: expected scheme://host[:port] (e.g. https://app.example.com) or scheme://host:* (e.g. http://localhost:*)` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `"${entry}" is not an origin: it must start with http:// or https:// (e.g. https://app.example.com)` };
  }
  if (url.hostname.includes('*')) {
    return { problem: `"${entry}" is not accepted: host wildcards are not supported; list each host, the port may be * (scheme://host:*)` };
  }
  if (url.href !== `${url.origin}/` || exact.endsWith('/')) {
    return { problem: `"${entry}" is not an origin: it must be scheme://host[:port] with no path, query or user (e.g. "${url.origin}")` };
  }
  return { origin: wildcard ? `${url.protocol}//${url.hostname}:*` : url.origin };
}

/** CORS_ORIGINS: comma-separated entries; an empty value allows no origin. */
export const corsOriginsSchema = z.string().transform((text, ctx) => {
  const origins: string[] = [];
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const parsed = parseCorsOrigin(entry);
    if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
    else if (!origins.includes(parsed.origin)) origins.push(parsed.origin);
  }
  return origins;
});

/** Whether a request's `Origin` is on the allowlist. A missing or opaque (`null`) origin never is. */
export function corsOriginMatcher(origins: readonly string[]): (origin: string | undefined) => boolean {
  const exact = new Set(origins.filter((origin) => !origin.endsWith(':*')));
  const anyPort = new Set(origins.filter((origin) => origin.endsWith(':*')).map((origin) => origin.slice(0, -2)));
  return (origin) => {
    if (origin === undefined) return false;
    if (exact.has(origin)) return true;
    if (anyPort.size === 0) return false;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    // Browsers send origins in canonical form; anything else is not a browser's origin and is not matched loosely.
    return url.origin === origin && anyPort.has(`${url.protocol}//${url.hostname}`);
  };
}

/**
 * Adds CORS to the gateway. Register it after the Host check and before
 * authentication: hooks run in the order they are added.
 */
export async function registerCors(app: FastifyInstance, cors: CorsConfig): Promise<void> {
  const allows = corsOriginMatcher(cors.origins);
  await app.register(fastifyCors, {
    hook: 'onRequest',
    origin: (origin, callback) => callback(null, allows(origin)),
    methods: [...CORS_METHODS],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    maxAge: cors.maxAgeSeconds,
    // Credentials travel in headers the page sets itself; cookies are never needed, so they are never allowed.
    credentials: false,
  });
  // @fastify/cors adds no headers for an origin off the list and passes the preflight on, where
  // it would reach authentication and Apollo; answer it here, without any Access-Control-* header.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return;
    if (allows(request.headers.origin)) return;
    return reply.code(403).type('text/plain; charset=utf-8').send('CORS preflight refused: this origin is not in the gateway\'s CORS_ORIGINS.\n');
  });
}
