import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../../src/gateway/server.js';
import { useStack } from '../support/gateway.js';
import { postGraphQL, startGatewayAt } from '../support/rawGateway.js';

const READ = 'query Read($name: String!) { configurationSet(name: $name) { name } }';
const CREATE = 'mutation Create($name: String!) { createConfigurationSet(input: { name: $name }) { configurationSet { name } userErrors { code message } } }';

describe('reads', () => {
  // Ten attempts: with 30% of calls failing, a read fails only if all ten do (0.3^10, about 6 in a million).
  // The breaker would open on a run of 500s in a row (a few % likely over 70 calls): this file tests retries alone.
  const env = useStack({ env: { SES_RETRY_ATTEMPTS: '10', SES_RETRY_BASE_MS: '1', SES_RETRY_MAX_MS: '5', CACHE_TTL_SECONDS: '0', SES_BREAKER_THRESHOLD: '1000' } });
  const seed = async (name: string) => {
    expect((await postGraphQL(env.stack.gateway.url, CREATE, { name })).body.errors).toBeUndefined();
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
  };

  it('recover from 30% of calls failing with 500: 0 failures in 50 uncached reads', async () => {
    await seed('flaky');
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', errorType: 'InternalServiceErrorException', probability: 0.3 });
    const failures: unknown[] = [];
    for (let i = 0; i < 50; i += 1) {
      const answer = await postGraphQL(env.stack.gateway.url, READ, { name: 'flaky' });
      if (answer.body.errors) failures.push(answer.body.errors);
    }
    expect(failures).toEqual([]);
    const stats = await env.stack.emulator.stats();
    // Every read reached SES (no cache), and the 500s were retried: more calls than reads.
    expect(stats.operations.GetConfigurationSet?.calls).toBeGreaterThan(50);
    expect(stats.operations.GetConfigurationSet?.faultsInjected).toBe((stats.operations.GetConfigurationSet?.calls ?? 0) - 50);
  });

  it.each([['reset-before'], ['reset-after'], ['html-503'], ['malformed']])('recover from connections that break (%s)', async (kind) => {
    await seed('broken');
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', kind, count: 2 });
    const answer = await postGraphQL(env.stack.gateway.url, READ, { name: 'broken' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ configurationSet: { name: 'broken' } });
    expect(answer.body.extensions?.cost?.sesCalls).toEqual({ GetConfigurationSet: 3 });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 3 });
  });

  it('are not retried for what SES says about the request (a missing set is null after one call)', async () => {
    const answer = await postGraphQL(env.stack.gateway.url, READ, { name: 'missing' });
    expect(answer.body.data).toEqual({ configurationSet: null });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });
});

describe('writes', () => {
  const env = useStack({ env: { SES_RETRY_ATTEMPTS: '4', SES_RETRY_BASE_MS: '1', SES_RETRY_MAX_MS: '5' } });

  it('are retried while SES throttles them, and applied once', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'CreateConfigurationSet', errorType: 'TooManyRequestsException', count: 2 });
    const answer = await postGraphQL(env.stack.gateway.url, CREATE, { name: 'throttled' });
    expect(answer.body.data).toEqual({ createConfigurationSet: { configurationSet: { name: 'throttled' }, userErrors: [] } });
    expect(await env.stack.calls()).toEqual({ CreateConfigurationSet: 3 });
  });

  it('are not retried after a 500: SES is asked whether the write happened instead', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'CreateConfigurationSet', errorType: 'InternalServiceErrorException', count: 1 });
    const answer = await postGraphQL(env.stack.gateway.url, CREATE, { name: 'five-hundred' });
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    expect(await env.stack.calls()).toEqual({ CreateConfigurationSet: 1, GetConfigurationSet: 1 });
  });

  it('are not retried after a reset once sent', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'CreateConfigurationSet', kind: 'reset-after', count: 1 });
    await postGraphQL(env.stack.gateway.url, CREATE, { name: 'reset' });
    expect((await env.stack.calls()).CreateConfigurationSet).toBe(1);
  });
});

describe('a write SES never received (connection refused)', () => {
  let gateway: RunningGateway;
  afterAll(() => gateway.close());

  it('is retried within the budget, then reported as not applied', async () => {
    // A port that was just free: nothing listens there, so every connect is refused before a byte is sent.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    gateway = await startGatewayAt(`http://127.0.0.1:${port}`, { SES_RETRY_ATTEMPTS: '3' });
    const answer = await postGraphQL(gateway.url, CREATE, { name: 'unreachable' });
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    expect(answer.body.extensions?.cost?.sesCalls).toEqual({ CreateConfigurationSet: 3 });
  });
});
