/**
 * GraphiQL over HTTP: which GETs of /graphql get the page and which stay
 * GraphQL requests, the page's cache validators, compression and security
 * headers, and GRAPHIQL=off / INTROSPECTION=off. The page in a real browser
 * is graphiql.browser.test.ts.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildClientSchema, getIntrospectionQuery, isInputObjectType, parse, validate, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyEntry, generateApiKey } from '../../src/gateway/auth/apiKeys.js';
import { loadConfig } from '../../src/gateway/config.js';
import { ifNoneMatchHits, inlineScripts, negotiatePageEncoding, prefersHtml } from '../../src/gateway/graphiql.js';
import { startStack, type GatewayStack } from '../support/gateway.js';

/** What Chromium sends when it navigates to a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, still encoded. */
  raw: Buffer;
}

/** node:http, not fetch: fetch decodes bodies and picks its own Accept-Encoding. */
function send(url: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decoded(answer: RawAnswer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.raw).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.raw).toString('utf8');
  expect(encoding).toBeUndefined();
  return answer.raw.toString('utf8');
}

const json = (answer: RawAnswer) => JSON.parse(decoded(answer)) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const varyOf = (answer: RawAnswer) => String(answer.headers['vary'] ?? '').toLowerCase().split(',').map((field) => field.trim());

describe(prefersHtml.name, () => {
  it('takes a browser navigation for the page, and curl, fetch and GraphQL clients for GraphQL requests', () => {
    expect(prefersHtml(BROWSER_ACCEPT)).toBe(true);
    expect(prefersHtml('text/html')).toBe(true);
    expect(prefersHtml('text/html;q=0.9, application/json;q=0.5')).toBe(true);
    for (const accept of [undefined, '', '*/*', 'application/json', 'application/graphql-response+json, application/json;q=0.9', 'text/*', 'text/html, application/json', 'text/html;q=0', 'application/json, text/html;q=0.5']) {
      expect(prefersHtml(accept), String(accept)).toBe(false);
    }
  });
});

describe(negotiatePageEncoding.name, () => {
  it('prefers brotli, then gzip, and sends the plain page to clients that accept neither', () => {
    expect(negotiatePageEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiatePageEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiatePageEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(negotiatePageEncoding('*')).toBe('br');
    expect(negotiatePageEncoding('br;q=0, *')).toBe('gzip');
    expect(negotiatePageEncoding('x-gzip')).toBe('gzip');
    expect(negotiatePageEncoding(undefined)).toBe('identity');
    expect(negotiatePageEncoding('identity')).toBe('identity');
    expect(negotiatePageEncoding('deflate')).toBe('identity');
  });
});

describe(ifNoneMatchHits.name, () => {
  it('compares weakly, in a list, and takes *', () => {
    expect(ifNoneMatchHits('W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('*', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('W/"abd"', 'W/"abc"')).toBe(false);
    expect(ifNoneMatchHits(undefined, 'W/"abc"')).toBe(false);
  });
});

describe('GraphiQL and introspection settings', () => {
  it('are on by default with the emulator and in aws mode', () => {
    expect(loadConfig({}).graphiql).toEqual({ enabled: true, introspection: true });
    expect(loadConfig({ SES_BACKEND: 'aws', AWS_ACCOUNT_ID: '111122223333', AUTH_MODE: 'none' }).graphiql).toEqual({ enabled: true, introspection: true });
    expect(loadConfig({ GRAPHIQL: 'off', INTROSPECTION: 'off' }).graphiql).toEqual({ enabled: false, introspection: false });
  });

  it('refuse anything but on and off, naming the variable', () => {
    expect(() => loadConfig({ GRAPHIQL: 'yes' })).toThrow(/GRAPHIQL: .*"on"\|"off"/);
    expect(() => loadConfig({ INTROSPECTION: 'false' })).toThrow(/INTROSPECTION: .*"on"\|"off"/);
  });
});

describe('GraphiQL served by a gateway with API keys', () => {
  const key = generateApiKey();
  let stack: GatewayStack;
  let plain: RawAnswer;
  beforeAll(async () => {
    stack = await startStack({ env: { AUTH_API_KEYS: apiKeyEntry('ide-user', 'writer', key) } });
    plain = await send(stack.gateway.url, '/');
  });
  afterAll(() => stack?.close());

  it('serves the page at /, /graphiql and to a browser at GET /graphql, with no credential and no SES call', async () => {
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    const page = plain.raw.toString('utf8');
    expect(page).toContain('<title>SES GraphQL Gateway</title>');
    expect(page).toContain('"endpoint":"/graphql"');
    expect(page).toContain('query ConfigurationSets');
    for (const [path, headers] of [
      ['/graphiql', {}],
      ['/graphql', { accept: BROWSER_ACCEPT }],
      // GraphiQL writes the editor's text into the address bar; reloading that URL gets the page again.
      [`/graphql?query=${encodeURIComponent('{ __typename }')}`, { accept: BROWSER_ACCEPT }],
    ] as const) {
      const answer = await send(stack.gateway.url, path, headers);
      expect(answer.status, path).toBe(200);
      expect(answer.raw.equals(plain.raw), path).toBe(true);
      expect(answer.headers['www-authenticate'], path).toBeUndefined();
    }
    expect(await stack.calls()).toEqual({});
  });

  it('keeps every other GET of /graphql a GraphQL request: authenticated, and under Apollo\'s CSRF prevention', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json']) {
      const anonymous = await send(stack.gateway.url, path, { accept });
      expect(anonymous.status, accept).toBe(401);
      expect(json(anonymous).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', check: 'missing' });
      expect(varyOf(anonymous), accept).toContain('accept');

      const simple = await send(stack.gateway.url, path, { accept, 'x-api-key': key });
      expect(simple.status, accept).toBe(400);
      expect(decoded(simple)).toContain('Cross-Site Request Forgery');

      const preflighted = await send(stack.gateway.url, path, { accept, 'x-api-key': key, 'apollo-require-preflight': 'true' });
      expect(preflighted.status, accept).toBe(200);
      expect(json(preflighted)).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
      expect(varyOf(preflighted), accept).toContain('accept');
    }
    // A browser's HTML GET without the page would have been refused here: the page is answered before authentication.
    const noAccept = await send(stack.gateway.url, '/graphql');
    expect(noAccept.status).toBe(401);
  });

  it('sends the page compressed with brotli or gzip, as the browser accepts, and plain to a client that accepts neither', async () => {
    const br = await send(stack.gateway.url, '/graphql', { accept: BROWSER_ACCEPT, 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(decoded(br)).toBe(plain.raw.toString('utf8'));
    const gzip = await send(stack.gateway.url, '/', { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(plain.raw.toString('utf8'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.raw.length);
    for (const answer of [br, gzip, plain]) expect(varyOf(answer)).toContain('accept-encoding');
    // Only /graphql has two representations by Accept.
    expect(varyOf(br)).toContain('accept');
    // The figures the README quotes, re-measured on every run.
    console.log(`GraphiQL page: ${plain.raw.length} bytes plain, ${br.raw.length} br, ${gzip.raw.length} gzip`);
    expect(br.raw.length).toBeLessThan(plain.raw.length / 4);
    expect(gzip.raw.length).toBeLessThan(plain.raw.length / 3);
  });

  it('gives the page one ETag and no-cache, and answers a matching If-None-Match with an empty 304', async () => {
    const etag = String(plain.headers['etag']);
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(plain.headers['cache-control']).toBe('no-cache');
    const br = await send(stack.gateway.url, '/graphql', { accept: BROWSER_ACCEPT, 'accept-encoding': 'br' });
    expect(br.headers['etag']).toBe(etag);
    for (const path of ['/', '/graphiql']) {
      const revalidated = await send(stack.gateway.url, path, { 'if-none-match': etag, 'accept-encoding': 'br' });
      expect(revalidated.status, path).toBe(304);
      expect(revalidated.raw.length, path).toBe(0);
      expect(revalidated.headers['etag'], path).toBe(etag);
      expect(revalidated.headers['cache-control'], path).toBe('no-cache');
    }
    const htmlRevalidated = await send(stack.gateway.url, '/graphql', { accept: BROWSER_ACCEPT, 'if-none-match': `"other", ${etag}` });
    expect(htmlRevalidated.status).toBe(304);
    const stale = await send(stack.gateway.url, '/', { 'if-none-match': 'W/"an-older-page"' });
    expect(stale.status).toBe(200);
    expect(stale.raw.equals(plain.raw)).toBe(true);
  });

  it('sends the page with a CSP that allows its own inline script by hash, and no framing, sniffing or referrer', () => {
    const csp = String(plain.headers['content-security-policy']);
    const directives = Object.fromEntries(csp.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'none'"]);
    const scripts = inlineScripts(plain.raw.toString('utf8'));
    expect(scripts).toHaveLength(1);
    expect(directives['script-src']).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(plain.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
  });

  it("loads the schema with GraphiQL's own introspection query, and tells clients that ask that EventDestinationTargetInput is @oneOf", async () => {
    const introspect = async (query: string) => {
      const answer = await send(stack.gateway.url, '/graphql', { 'content-type': 'application/json', 'x-api-key': key }, JSON.stringify({ query }));
      expect(answer.status).toBe(200);
      const body = json(answer);
      expect(body.errors).toBeUndefined();
      return buildClientSchema(body.data as IntrospectionQuery);
    };
    // What the bundled GraphiQL sends (render-graphiql 5: inputValueDeprecation on, schemaDescription off, isOneOf not asked):
    // its explorer shows the input without @oneOf, and the server refuses two kinds (eventDestinations.test.ts).
    const graphiql = await introspect(getIntrospectionQuery({ inputValueDeprecation: true }));
    const target = graphiql.getType('EventDestinationTargetInput');
    expect(isInputObjectType(target) && Object.keys(target.getFields())).toEqual(['cloudWatch', 'kinesisFirehose', 'sns', 'eventBridge', 'pinpoint']);
    const oneKind = parse('mutation { createEventDestination(input: { configurationSetName: "s", name: "d", matchingEventTypes: [SEND], destination: { sns: { topicArn: "t" } } }) { userErrors { code } } }');
    expect(validate(graphiql, oneKind)).toEqual([]);
    const asked = await introspect(getIntrospectionQuery({ inputValueDeprecation: true, oneOf: true }));
    const oneOf = asked.getType('EventDestinationTargetInput');
    expect(isInputObjectType(oneOf) && oneOf.isOneOf).toBe(true);
  });

  it('compresses GraphQL responses above the threshold and leaves small ones alone', async () => {
    const introspection = JSON.stringify({ query: '{ __schema { types { name description fields { name description } } } }' });
    const big = await send(stack.gateway.url, '/graphql', { 'content-type': 'application/json', 'x-api-key': key, 'accept-encoding': 'gzip, br' }, introspection);
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    const schema = json(big);
    expect(schema.errors).toBeUndefined();
    const plainSize = Buffer.byteLength(decoded(big));
    expect(big.raw.length).toBeLessThan(plainSize / 4);
    const gzip = await send(stack.gateway.url, '/graphql', { 'content-type': 'application/json', 'x-api-key': key, 'accept-encoding': 'gzip' }, introspection);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(json(gzip)).toEqual(schema);

    const small = await send(stack.gateway.url, '/graphql', { 'content-type': 'application/json', 'x-api-key': key, 'accept-encoding': 'gzip, br' }, JSON.stringify({ query: '{ __typename }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(json(small).data).toEqual({ __typename: 'Query' });
  });
});

describe('GRAPHIQL=off and INTROSPECTION=off', () => {
  let stack: GatewayStack;
  beforeAll(async () => {
    stack = await startStack({ env: { GRAPHIQL: 'off', INTROSPECTION: 'off' } });
  });
  afterAll(() => stack?.close());

  it('answer the page\'s URLs with 404 naming the setting', async () => {
    for (const [path, headers] of [
      ['/', {}],
      ['/graphiql', { accept: BROWSER_ACCEPT }],
      ['/graphql', { accept: BROWSER_ACCEPT }],
    ] as const) {
      const answer = await send(stack.gateway.url, path, headers);
      expect(answer.status, path).toBe(404);
      expect(json(answer).errors?.[0]).toEqual({ message: 'GraphiQL is turned off on this gateway (GRAPHIQL=off).', extensions: { code: 'NOT_FOUND', setting: 'GRAPHIQL' } });
    }
  });

  it('refuse __schema and __type with a message naming INTROSPECTION, and no SES call', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }', 'query { configurationSets(first: 1) { nodes { name } } __schema { types { name } } }']) {
      const answer = await send(stack.gateway.url, '/graphql', { 'content-type': 'application/json' }, JSON.stringify({ query }));
      expect(answer.status, query).toBe(400);
      const body = json(answer);
      expect(body.data, query).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/^Introspection is turned off on this gateway \(INTROSPECTION=off\)/);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', setting: 'INTROSPECTION' });
    }
    expect(await stack.calls()).toEqual({});
  });

  it('still answer __typename and ordinary queries', async () => {
    const answer = await send(stack.gateway.url, '/graphql', { 'content-type': 'application/json' }, JSON.stringify({ query: '{ __typename configurationSets(first: 1) { nodes { name } } }' }));
    expect(answer.status).toBe(200);
    expect(json(answer)).toMatchObject({ data: { __typename: 'Query', configurationSets: { nodes: [] } } });
  });
});
