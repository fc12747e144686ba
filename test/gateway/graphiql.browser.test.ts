/**
 * GraphiQL as a person uses it: Debian's chromium, driven by playwright-core,
 * opens GET /graphql (a browser navigation, so Accept: text/html), pastes an
 * API key into the Headers tab, runs a mutation and a query from the editor,
 * and reads the result pane. Every request to a host other than this machine
 * is blocked and counted, so the page is proven to need nothing from a CDN.
 */
import { GetConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiKeyEntry, generateApiKey } from '../../src/gateway/auth/apiKeys.js';
import { browserSuite, launchChromium } from '../support/browser.js';
import { startStack, type GatewayStack } from '../support/gateway.js';

const SCREENSHOT = resolve('test-results', 'graphiql.png');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

// Locally a missing chromium skips with the reason in the suite's name; in CI the suite must run.
const { runnable, suiteName } = browserSuite('GraphiQL in a browser');

/** Monaco draws spaces as non-breaking ones. */
const normalise = (text: string) => text.replace(/\u00a0/g, ' ');

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

// Generous bounds: on a loaded 2-core CI machine the 9 MB page and Monaco take a while; nothing here asserts speed.
// One retry, in a fresh browser context against a reset emulator, as browser suites do in CI. A retry shows in
// vitest's output, and the page's console and button state are printed when a run waits in vain.
describe.skipIf(!runnable)(suiteName, { timeout: 240_000, retry: 1 }, () => {
  const key = generateApiKey();
  let stack: GatewayStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Requests to hosts other than loopback, blocked before they left the browser. */
  let blocked: string[] = [];
  /** Requests the page made to any origin but the gateway's (loopback ones included). */
  let otherOrigins: string[] = [];
  let pageErrors: string[] = [];
  /** The page's console, printed when a step waits in vain. */
  let consoleLines: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ env: { AUTH_API_KEYS: apiKeyEntry('graphiql-user', 'writer', key) } });
    browser = await launchChromium();
  }, 60_000);

  beforeEach(async () => {
    // Each attempt starts from nothing: an empty emulator, an empty cache, a new browser context.
    await stack.emulator.admin('POST', '/_emulator/reset');
    stack.gateway.ses.clearCache();
    blocked = [];
    otherOrigins = [];
    pageErrors = [];
    consoleLines = [];
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (LOOPBACK.has(url.hostname)) return route.continue();
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    });
    // Requests the CSP refuses never reach the network, so the route above would not see them.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    page = await context.newPage();
    const origin = new URL(stack.gateway.url).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) otherOrigins.push(url.href);
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  /** Selects everything in a Monaco editor and pastes `text` over it, as a person pasting would (no auto-closed brackets). */
  async function replaceEditorText(editor: string, text: string): Promise<void> {
    await page.locator(`${editor} .monaco-editor .view-lines`).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
    await expect.poll(async () => normalise(await page.locator(`${editor} .monaco-editor .view-lines`).innerText()), { timeout: 15_000 }).toBe(text);
  }

  /**
   * Pastes a one-line operation and lays it out with GraphiQL's Prettify button (typing newlines would auto-close
   * brackets), then waits until GraphiQL has parsed it: its tab takes the operation's name. Run before that, GraphiQL
   * still holds the previous operation's name and answers "Cannot infer operation" in the page, sending nothing
   * (what a fresh-clone CI run showed, twice, when the click came right after the paste).
   */
  async function writeOperation(text: string): Promise<void> {
    await replaceEditorText('.graphiql-query-editor', text);
    await page.getByRole('button', { name: 'Prettify query (Shift-Ctrl-P)' }).click();
    await expect.poll(async () => (await page.locator('.graphiql-query-editor .monaco-editor .view-lines').innerText()).split('\n').length, { timeout: 15_000 }).toBeGreaterThan(1);
    const name = /^(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
    if (name !== undefined) await page.locator('.graphiql-tab-button', { hasText: name }).waitFor({ timeout: 15_000 });
  }

  const resultText = async () => normalise(await page.locator('.graphiql-response .view-lines').innerText());

  /** Waits for the POST the page sends for `operation` and for its result in the result pane. */
  async function run(operation: string, start: () => Promise<void>): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }> {
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && (response.request().postData() ?? '').includes(operation), { timeout: 60_000 });
    await start();
    const response = await answered.catch(async (error: unknown) => {
      // What the page looked like while nothing was sent: the quickest way to the cause.
      const execute = page.locator('.graphiql-execute-button');
      const state = await execute.evaluate((button) => `${button.getAttribute('aria-label')} disabled=${(button as HTMLButtonElement).disabled}`).catch(() => 'no execute button');
      const editor = await page.locator('.graphiql-query-editor .monaco-editor .view-lines').innerText().catch(() => '(unreadable)');
      console.log(`no POST for ${operation}; execute button: ${state}; editor: ${normalise(editor)}; page errors: ${pageErrors.join(' | ')}; console:\n${consoleLines.join('\n')}`);
      throw error;
    });
    return { status: response.status(), body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
  }

  afterEach(async () => {
    // Also when the test failed: the picture is the quickest way to see why.
    mkdirSync(resolve('test-results'), { recursive: true });
    await page?.screenshot({ path: SCREENSHOT });
    console.log(`GraphiQL screenshot: ${SCREENSHOT}`);
  });

  it('loads at GET /graphql, runs a mutation and a query with an API key from the Headers tab, and asks nothing of any other host', async () => {
    const navigation = await page.goto(`${stack.gateway.url}/graphql`, { timeout: 60_000 });
    expect(navigation?.status()).toBe(200);
    const headers = (await navigation?.allHeaders()) ?? {};
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    console.log(`GraphiQL page as Chromium fetched it: content-encoding ${headers['content-encoding']}, etag ${headers['etag']}`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    const headersEditor = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
    await replaceEditorText(headersEditor, JSON.stringify({ 'x-api-key': key }));
    // The page's first introspection went without the key (401); with it, the schema loads.
    const introspected = await run('IntrospectionQuery', () => page.getByRole('button', { name: 'Re-fetch GraphQL schema (Shift-Ctrl-R)' }).click());
    expect(introspected.status).toBe(200);
    expect(introspected.body.errors).toBeUndefined();

    await writeOperation('mutation CreateFromGraphiQL { createConfigurationSet(input: { name: "from-graphiql" }) { configurationSet { name } userErrors { code message } } }');
    const created = await run('CreateFromGraphiQL', () => page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click());
    expect(created.status).toBe(200);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data).toEqual({ createConfigurationSet: { configurationSet: { name: 'from-graphiql' }, userErrors: [] } });
    await expect.poll(resultText, { timeout: 30_000 }).toContain('"name": "from-graphiql"');
    expect(await resultText()).toContain('"userErrors": []');

    await writeOperation('query ListFromGraphiQL { configurationSets(first: 10) { nodes { name sendingEnabled } } }');
    const listed = await run('ListFromGraphiQL', async () => {
      await page.locator('.graphiql-query-editor .monaco-editor .view-lines').click();
      await page.keyboard.press('Control+Enter');
    });
    expect(listed.status).toBe(200);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data).toEqual({ configurationSets: { nodes: [{ name: 'from-graphiql', sendingEnabled: true }] } });
    await expect.poll(async () => (await resultText()).replace(/\s+/g, ' '), { timeout: 30_000 }).toContain('"nodes": [ { "name": "from-graphiql", "sendingEnabled": true } ]');
    expect(await resultText()).not.toContain('"errors"');

    // The mutation reached SES (the emulator) once, and the set is there.
    expect(await stack.calls()).toMatchObject({ CreateConfigurationSet: 1 });
    const stored = await stack.emulator.client().send(new GetConfigurationSetCommand({ ConfigurationSetName: 'from-graphiql' }));
    expect(stored.ConfigurationSetName).toBe('from-graphiql');

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click({ timeout: 30_000 });
    // The schema's own descriptions, as loaded by the introspection made with the key.
    await page.locator('.graphiql-doc-explorer').getByText('configurationSets', { exact: true }).waitFor({ timeout: 30_000 });

    const violations = await page.evaluate(() => window.cspViolations ?? []);
    console.log(`external requests blocked: ${blocked.length}, requests to other origins: ${otherOrigins.length}, CSP violations: ${violations.length}`);
    expect(blocked).toEqual([]);
    expect(otherOrigins).toEqual([]);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 150_000);
});
