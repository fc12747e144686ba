import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../src/gateway/server.js';
import { startFrozenUpstream, type FrozenUpstream } from '../support/frozenUpstream.js';
import { useStack } from '../support/gateway.js';
import { postGraphQL, startGatewayAt } from '../support/rawGateway.js';

const READ = '{ configurationSet(name: "frozen") { name } }';
const CREATE = 'mutation Create($name: String!) { createConfigurationSet(input: { name: $name }) { configurationSet { name } userErrors { code message } } }';

describe('a frozen SES (accepts the connection, never answers)', () => {
  let frozen: FrozenUpstream;
  const gateways: RunningGateway[] = [];
  const gatewayWith = async (env: Record<string, string>) => {
    const gateway = await startGatewayAt(frozen.url, { SES_TIMEOUT_MS: '500', SES_CONNECT_TIMEOUT_MS: '200', ...env });
    gateways.push(gateway);
    return gateway;
  };
  beforeAll(async () => {
    frozen = await startFrozenUpstream();
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await frozen.close();
  });

  it('ends a read at SES_TIMEOUT_MS with UPSTREAM_TIMEOUT', async () => {
    const gateway = await gatewayWith({ SES_RETRY_ATTEMPTS: '1' });
    const before = frozen.requests().length;
    const answer = await postGraphQL(gateway.url, READ);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(answer.body.errors?.[0]?.message).toBe('SES did not answer within 500 ms (SES_TIMEOUT_MS); try again later.');
    expect(answer.ms).toBeGreaterThanOrEqual(480);
    expect(answer.ms).toBeLessThan(3000);
    expect(frozen.requests().slice(before)).toEqual([expect.stringMatching(/^GET \/v2\/email\/configuration-sets\/frozen /)]);
  });

  it('retries a frozen read within the budget, every attempt ending at the timeout', async () => {
    const gateway = await gatewayWith({ SES_RETRY_ATTEMPTS: '3' });
    const before = frozen.requests().length;
    const answer = await postGraphQL(gateway.url, READ);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(frozen.requests().length - before).toBe(3);
    expect(answer.ms).toBeGreaterThanOrEqual(3 * 480);
    expect(answer.ms).toBeLessThan(6000);
  });

  it('ends a write at the timeout without retrying it, and says its outcome is UNKNOWN when SES cannot be read back either', async () => {
    const gateway = await gatewayWith({ SES_RETRY_ATTEMPTS: '1' });
    const before = frozen.requests().length;
    const answer = await postGraphQL(gateway.url, CREATE, { name: 'frozen' });
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
    expect(answer.body.errors?.[0]?.message).toContain('Check whether configuration set "frozen" in us-east-1 exists before sending it again.');
    // The create once, then the read that tried to learn whether it happened: the write itself is never sent twice.
    expect(frozen.requests().slice(before).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'POST /v2/email/configuration-sets',
      'GET /v2/email/configuration-sets/frozen',
    ]);
    expect(answer.ms).toBeLessThan(5000);
  });

  it('ends an SES call in flight when the request deadline (REQUEST_TIMEOUT_MS) passes, well before SES_TIMEOUT_MS', async () => {
    const gateway = await gatewayWith({ SES_TIMEOUT_MS: '30000', SES_CONNECT_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '1000', SES_RETRY_ATTEMPTS: '1' });
    const closedBefore = frozen.closedAfter(0).length;
    const started = Date.now();
    const answer = await postGraphQL(gateway.url, READ);
    expect(answer.status).toBe(503);
    // The gateway hung up on SES at the deadline: the socket is closed, not left waiting 30 s.
    await expect.poll(() => frozen.closedAfter(started).length, { timeout: 3000 }).toBeGreaterThan(closedBefore);
    expect(frozen.closedAfter(started).slice(closedBefore)[0]).toBeLessThan(2500);
  });
});

describe('SES slower than SES_TIMEOUT_MS (emulator latency)', () => {
  const env = useStack({ env: { SES_TIMEOUT_MS: '500', SES_RETRY_ATTEMPTS: '2', CACHE_TTL_SECONDS: '0' } });

  it('gives UPSTREAM_TIMEOUT once the attempts are spent, each one a call SES received', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', latencyMs: 1500 });
    const answer = await postGraphQL(env.stack.gateway.url, READ);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_TIMEOUT' });
    expect(answer.ms).toBeLessThan(1500 * 2);
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 2 });
  });

  it('frees the write slot when a hung write times out: the next write in the region goes through at once', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'CreateConfigurationSet', kind: 'hang', count: 1 });
    const started = Date.now();
    const hung = postGraphQL(env.stack.gateway.url, CREATE, { name: 'hung' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await postGraphQL(env.stack.gateway.url, CREATE, { name: 'next' });
    const nextDoneAfter = Date.now() - started;
    expect(next.body).toMatchObject({ data: { createConfigurationSet: { configurationSet: { name: 'next' }, userErrors: [] } } });
    // Queued behind the hung write, it ran once that write's call timed out (500 ms), not after the queue timeout (60 s).
    expect(nextDoneAfter).toBeGreaterThanOrEqual(450);
    expect(nextDoneAfter).toBeLessThan(2500);
    const first = await hung;
    // The read-back does not find the set, but a call that timed out may still be running at SES: unknown, not "not applied".
    expect(first.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
    expect(first.body.errors?.[0]?.message).toContain('SES may still be working on it');
    expect(await env.stack.calls()).toMatchObject({ CreateConfigurationSet: 2, GetConfigurationSet: 1 });
  });
});
