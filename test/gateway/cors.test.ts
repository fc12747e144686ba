import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { corsOriginMatcher, parseCorsOrigin } from '../../src/gateway/cors.js';
import { useStack } from '../support/gateway.js';

const APP = 'https://app.example.com';
const LIST_SETS = '{ configurationSets(first: 5) { nodes { name } } }';

function accessControlHeaders(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

/** A response's data; the gateway may add extensions (such as the cost), but an error fails the test. */
async function dataOf(response: Response): Promise<unknown> {
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

function listOf(header: string | null): string[] {
  return (header ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
}

describe('CORS configuration', () => {
  it('allows a local frontend dev server by default with the embedded backend', () => {
    expect(loadConfig({}).cors).toEqual({ origins: ['http://localhost:*', 'http://127.0.0.1:*'], maxAgeSeconds: 600 });
  });

  it('allows no origin by default with the aws backend', () => {
    const aws = { AWS_ACCOUNT_ID: '111122223333', AUTH_MODE: 'none' };
    expect(loadConfig({ ...aws, SES_BACKEND: 'aws' }).cors.origins).toEqual([]);
    expect(loadConfig({ ...aws, AWS_ENDPOINT_URL_SESV2: 'http://127.0.0.1:9' }).cors.origins).toEqual([]);
    expect(loadConfig({ ...aws, SES_BACKEND: 'aws', CORS_ORIGINS: APP }).cors.origins).toEqual([APP]);
  });

  it('reads an empty CORS_ORIGINS as no origin, even with the embedded backend', () => {
    expect(loadConfig({ CORS_ORIGINS: '' }).cors.origins).toEqual([]);
  });

  it('normalizes entries to the form browsers send and drops duplicates', () => {
    const { cors } = loadConfig({ CORS_ORIGINS: ' https://App.Example.com:443 , HTTP://LOCALHOST:*,https://app.example.com,http://[::1]:*', CORS_MAX_AGE_SECONDS: '60' });
    expect(cors).toEqual({ origins: [APP, 'http://localhost:*', 'http://[::1]:*'], maxAgeSeconds: 60 });
  });

  it.each([
    ['*', 'every website'],
    ['https://app.example.com/', 'no path'],
    ['https://app.example.com/app', 'no path'],
    ['https://user@app.example.com', 'no path, query or user'],
    ['app.example.com', 'not an origin'],
    ['ftp://files.example.com', 'http:// or https://'],
    ['localhost:5173', 'http:// or https://'],
    ['https://*.example.com', 'host wildcards'],
    ['null', 'not an origin'],
    ['http://localhost:80*', 'not an origin'],
  ])('refuses the entry %s at start-up, naming the variable and the entry', (entry, rule) => {
    const load = () => loadConfig({ CORS_ORIGINS: `${APP},${entry}` });
    expect(load).toThrow(/CORS_ORIGINS: /);
    expect(load).toThrow(`"${entry}"`);
    expect(load).toThrow(rule);
  });

  it.each(['-1', '1.5', 'ten', '86401'])('refuses CORS_MAX_AGE_SECONDS=%s', (value) => {
    expect(() => loadConfig({ CORS_MAX_AGE_SECONDS: value })).toThrow(/CORS_MAX_AGE_SECONDS: /);
  });
});

describe(corsOriginMatcher.name, () => {
  const allows = corsOriginMatcher([APP, 'http://localhost:*']);

  it('matches exact origins exactly', () => {
    expect(allows(APP)).toBe(true);
    expect(allows('http://app.example.com')).toBe(false);
    expect(allows('https://app.example.com:8443')).toBe(false);
    expect(allows('https://evil.app.example.com')).toBe(false);
  });

  it('matches any port, and only the port, of a port wildcard', () => {
    expect(allows('http://localhost:5173')).toBe(true);
    expect(allows('http://localhost')).toBe(true);
    expect(allows('https://localhost:5173')).toBe(false);
    expect(allows('http://localhost.evil.test:5173')).toBe(false);
    expect(allows('http://127.0.0.1:5173')).toBe(false);
  });

  it('never matches a missing, opaque or malformed origin', () => {
    expect(allows(undefined)).toBe(false);
    expect(allows('null')).toBe(false);
    expect(allows('http://localhost:5173/')).toBe(false);
    expect(allows('localhost:5173')).toBe(false);
  });

  it('matches nothing with an empty allowlist', () => {
    expect(corsOriginMatcher([])('http://localhost:5173')).toBe(false);
  });
});

describe(parseCorsOrigin.name, () => {
  it('keeps the scheme and host of a port wildcard, lower-cased', () => {
    expect(parseCorsOrigin('https://Dev.Example.com:*')).toEqual({ origin: 'https://dev.example.com:*' });
  });
});

describe('CORS on the HTTP layer', () => {
  const holder = useStack({ env: { CORS_ORIGINS: `${APP},http://localhost:*`, CORS_MAX_AGE_SECONDS: '900' } });

  const preflight = (origin: string | undefined, requestHeaders = 'content-type,x-api-key') =>
    fetch(`${holder.stack.gateway.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        ...(origin !== undefined && { origin }),
        'access-control-request-method': 'POST',
        'access-control-request-headers': requestHeaders,
      },
    });

  const post = (headers: Record<string, string>, query = LIST_SETS) =>
    fetch(`${holder.stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('answers an allowed origin\'s preflight with 204 and everything a browser client needs', async () => {
    const response = await preflight(APP, 'content-type,authorization,x-api-key,apollo-require-preflight');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(listOf(response.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post']));
    expect(listOf(response.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name']),
    );
    expect(response.headers.get('access-control-max-age')).toBe('900');
    expect(listOf(response.headers.get('vary'))).toContain('origin');
    // Credentials are headers the page sets; cookies are never allowed.
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await holder.stack.calls()).toEqual({});
  });

  it('answers a preflight from any port of a port-wildcard entry', async () => {
    const response = await preflight('http://localhost:5173');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('refuses a preflight from an origin off the list with 403 and no Access-Control-* header', async () => {
    for (const origin of ['https://evil.example.com', 'http://127.0.0.1:5173', 'https://localhost:5173', 'null']) {
      const response = await preflight(origin);
      expect(response.status, origin).toBe(403);
      expect(accessControlHeaders(response), origin).toEqual([]);
      expect(await response.text()).toContain('CORS_ORIGINS');
    }
    expect(await holder.stack.calls()).toEqual({});
  });

  it('adds CORS headers to an allowed origin\'s request and exposes the headers browser code may read', async () => {
    const response = await post({ origin: APP });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(listOf(response.headers.get('access-control-expose-headers'))).toContain('x-request-id');
    expect(listOf(response.headers.get('vary'))).toContain('origin');
    expect(await dataOf(response)).toEqual({ configurationSets: { nodes: [] } });
  });

  it('adds no CORS header to a request from an origin off the list (the browser then withholds the answer)', async () => {
    const response = await post({ origin: 'https://evil.example.com' });
    expect(accessControlHeaders(response)).toEqual([]);
  });

  it('leaves requests without an Origin (servers, curl) as they were', async () => {
    const response = await post({});
    expect(response.status).toBe(200);
    expect(accessControlHeaders(response)).toEqual([]);
    expect(await dataOf(response)).toEqual({ configurationSets: { nodes: [] } });
  });

  it('keeps Apollo\'s CSRF prevention: a simple request from an allowed origin is refused before any SES call', async () => {
    const asText = await fetch(`${holder.stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: LIST_SETS }),
    });
    expect(asText.status).toBe(400);
    expect(await asText.text()).toContain('Cross-Site Request Forgery');

    const simpleGet = await fetch(`${holder.stack.gateway.url}/graphql?query=${encodeURIComponent(LIST_SETS)}`, { headers: { origin: APP } });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain('Cross-Site Request Forgery');
    expect(await holder.stack.calls()).toEqual({});

    const preflightedGet = await fetch(`${holder.stack.gateway.url}/graphql?query=${encodeURIComponent(LIST_SETS)}`, {
      headers: { origin: APP, 'apollo-require-preflight': 'true' },
    });
    expect(preflightedGet.status).toBe(200);
    expect(await dataOf(preflightedGet)).toEqual({ configurationSets: { nodes: [] } });
  });
});
