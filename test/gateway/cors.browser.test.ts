/**
 * CORS as a browser enforces it: Debian's chromium, driven by playwright-core,
 * loads a page from one loopback port and calls the gateway on another with
 * fetch and an API key.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, launchChromium } from '../support/browser.js';
import { startStack, type GatewayStack } from '../support/gateway.js';

const API_KEY = 'browser-test-key-0123456789abcdef';

// Locally a missing chromium skips with the reason in the suite's name; in CI the suite must run.
const { runnable, suiteName } = browserSuite('CORS in a browser');

interface FetchOutcome {
  ok: boolean;
  status?: number;
  body?: unknown;
  /** What the page could read of WWW-Authenticate: null unless the gateway sent and exposed it. */
  wwwAuthenticate?: string | null;
  error?: string;
}

/** A page server whose origin is http://127.0.0.1:<port>. */
async function startPageServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>frontend</title><p>frontend</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Runs fetch inside the page, so the browser applies CORS exactly as it would for a frontend app. */
function fetchFromPage(page: Page, url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<FetchOutcome> {
  return page.evaluate(
    async ({ url, init }) => {
      try {
        const response = await fetch(url, init);
        const text = await response.text();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        return { ok: true, status: response.status, body, wwwAuthenticate: response.headers.get('www-authenticate') };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
    { url, init },
  );
}

describe.skipIf(!runnable)(suiteName, () => {
  let stack: GatewayStack;
  let browser: Browser;
  let allowed: { server: Server; origin: string };
  let other: { server: Server; origin: string };

  beforeAll(async () => {
    allowed = await startPageServer();
    other = await startPageServer();
    stack = await startStack({
      env: {
        // Only the allowed page's exact origin: the other page is on the same host, another port,
        // which the embedded default (http://127.0.0.1:*) would have let through.
        CORS_ORIGINS: allowed.origin,
        AUTH_API_KEYS: `browser-test:writer:${createHash('sha256').update(API_KEY).digest('hex')}`,
      },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    for (const page of [allowed, other]) await new Promise((resolve) => page?.server.close(resolve));
  });

  async function pageOn(origin: string): Promise<Page> {
    // A fresh context per origin: nothing (cache, preflight cache) carries over between the two pages.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    return page;
  }

  const graphql = (page: Page, query: string) =>
    fetchFromPage(page, `${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ query }),
    });

  it('lets a page from an allowed origin run a mutation and a query with an API key', async () => {
    await stack.emulator.admin('POST', '/_emulator/reset');
    const page = await pageOn(allowed.origin);
    try {
      const created = await graphql(page, 'mutation { createConfigurationSet(input: { name: "from-the-browser" }) { configurationSet { name } userErrors { code message } } }');
      expect(created).toMatchObject({
        ok: true,
        status: 200,
        body: { data: { createConfigurationSet: { configurationSet: { name: 'from-the-browser' }, userErrors: [] } } },
      });
      expect(created.body).not.toHaveProperty('errors');

      const listed = await graphql(page, '{ configurationSets(first: 10) { nodes { name } } }');
      expect(listed).toMatchObject({ ok: true, status: 200, body: { data: { configurationSets: { nodes: [{ name: 'from-the-browser' }] } } } });
      expect(listed.body).not.toHaveProperty('errors');
      expect(await stack.calls()).toMatchObject({ CreateConfigurationSet: 1 });
    } finally {
      await page.context().close();
    }
  });

  it('blocks a page from an origin off the list at the preflight, so the gateway never runs its request', async () => {
    await stack.emulator.admin('POST', '/_emulator/reset');
    stack.gateway.ses.clearCache();
    const page = await pageOn(other.origin);
    try {
      const created = await graphql(page, 'mutation { createConfigurationSet(input: { name: "from-another-origin" }) { configurationSet { name } userErrors { code } } }');
      expect(created.ok).toBe(false);
      expect(created.error).toMatch(/TypeError: Failed to fetch/);

      const listed = await graphql(page, '{ configurationSets(first: 10) { nodes { name } } }');
      expect(listed.ok).toBe(false);
    } finally {
      await page.context().close();
    }
    // Had the POST reached the gateway (as a simple request would), the set would exist now.
    expect(await stack.calls()).toEqual({});
    const check = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ query: '{ configurationSet(name: "from-another-origin") { name } }' }),
    });
    expect(await check.json()).toMatchObject({ data: { configurationSet: null } });
  });

  it('lets a page from an allowed origin read a refusal: the 401 body and its WWW-Authenticate challenge', async () => {
    const page = await pageOn(allowed.origin);
    try {
      const refused = await fetchFromPage(page, `${stack.gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(refused).toMatchObject({ ok: true, status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      expect(refused.wwwAuthenticate, 'WWW-Authenticate as the page reads it').toEqual(expect.stringContaining('x-api-key'));
    } finally {
      await page.context().close();
    }
  });

  it('keeps Apollo\'s CSRF prevention for allowed origins: a GET needs apollo-require-preflight', async () => {
    const page = await pageOn(allowed.origin);
    try {
      const url = `${stack.gateway.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
      const withoutHeader = await fetchFromPage(page, url, { headers: { 'x-api-key': API_KEY } });
      expect(withoutHeader.status).toBe(400);
      expect(JSON.stringify(withoutHeader.body)).toContain('Cross-Site Request Forgery');

      const withHeader = await fetchFromPage(page, url, { headers: { 'x-api-key': API_KEY, 'apollo-require-preflight': 'true' } });
      expect(withHeader).toMatchObject({ ok: true, status: 200, body: { data: { __typename: 'Query' } } });
      expect(withHeader.body).not.toHaveProperty('errors');
    } finally {
      await page.context().close();
    }
  });
});
