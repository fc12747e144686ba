import { CreateConfigurationSetCommand, GetConfigurationSetCommand, ListConfigurationSetsCommand,} from '@aws-sdk/client-sesv2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejectionOf, useSharedEmulator } from '../support/emulator.js';

/**
 * The latency fault's wait, under the test's control instead of the clock:
 * the emulator's dispatch waits with node:timers/promises' setTimeout, and
 * here each wait is recorded and lasts until the test releases it.
 */
const waits = vi.hoisted(() => [] as { ms: number | undefined; release: () => void }[]);
vi.mock('node:timers/promises', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:timers/promises')>()),
  setTimeout: (ms?: number) => new Promise<void>((release) => waits.push({ ms, release })),
}));
afterEach(() => {
  for (const wait of waits.splice(0)) wait.release();
});

const env = useSharedEmulator();

describe('GET /_emulator/stats', () => {
  it('counts calls, errors and the busiest second per operation', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 's1' }));
    await Promise.all([1, 2, 3].map(() => env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 's1' }))));
    await rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'missing' })));
    const stats = await env.harness.stats();
    expect(stats.operations.CreateConfigurationSet).toMatchObject({ calls: 1, errors: 0, throttled: 0 });
    expect(stats.operations.GetConfigurationSet).toMatchObject({ calls: 4, errors: 1, throttled: 0, faultsInjected: 0 });
    expect(stats.operations.GetConfigurationSet?.maxCallsPerSecond).toBeGreaterThanOrEqual(3);
    expect(stats.totalCalls).toBe(5);
    expect(stats.operations.ListConfigurationSets).toBeUndefined();
  });

  it('is cleared by DELETE /_emulator/stats without touching state', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'stays' }));
    await env.harness.admin('DELETE', '/_emulator/stats');
    expect((await env.harness.stats()).totalCalls).toBe(0);
    expect((await env.ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['stays']);
  });
});

describe('POST /_emulator/reset', () => {
  it('clears state, counters and faults', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'gone' }));
    await env.harness.admin('POST', '/_emulator/faults', { operation: 'ListConfigurationSets', errorType: 'InternalServiceErrorException' });
    await env.harness.admin('POST', '/_emulator/reset');
    expect((await env.harness.stats()).totalCalls).toBe(0);
    expect(await env.harness.admin('GET', '/_emulator/faults')).toEqual({ faults: [] });
    expect((await env.ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual([]);
  });
});

describe('/_emulator/faults', () => {
  it('fails the next N calls of an operation with the chosen exception, then stops', async () => {
    await env.harness.admin('POST', '/_emulator/faults', { operation: 'ListConfigurationSets', errorType: 'TooManyRequestsException', count: 2 });
    const first = await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({})));
    const second = await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({})));
    expect([first.name, second.name]).toEqual(['TooManyRequestsException', 'TooManyRequestsException']);
    expect(first.$metadata?.httpStatusCode).toBe(429);
    await expect(env.ses.send(new ListConfigurationSetsCommand({}))).resolves.toBeDefined();
    expect((await env.harness.stats()).operations.ListConfigurationSets).toMatchObject({ calls: 3, faultsInjected: 2, errors: 2 });
    expect(await env.harness.admin('GET', '/_emulator/faults')).toEqual({ faults: [] });
  });

  it('sends server faults with their 5xx status', async () => {
    await env.harness.admin('POST', '/_emulator/faults', { operation: '*', errorType: 'InternalServiceErrorException', message: 'boom', count: 1 });
    const error = await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({})));
    expect(error.name).toBe('InternalServiceErrorException');
    expect(error.message).toBe('boom');
    expect(error.$metadata?.httpStatusCode).toBe(500);
  });

  it('adds latency, which shows as calls in flight together', async () => {
    await env.harness.admin('POST', '/_emulator/faults', { operation: 'ListConfigurationSets', latencyMs: 150 });
    let answered = 0;
    const calls = Promise.all([1, 2].map(() => env.ses.send(new ListConfigurationSetsCommand({})).finally(() => (answered += 1))));
    for (let i = 0; i < 500 && waits.length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(waits.map((wait) => wait.ms)).toEqual([150, 150]);
    expect((await env.harness.stats()).operations.ListConfigurationSets).toMatchObject({ calls: 2, maxInFlight: 2 });
    expect(answered).toBe(0);
    for (const wait of waits.splice(0)) wait.release();
    await calls;
    expect((await env.harness.stats()).operations.ListConfigurationSets).toMatchObject({ calls: 2, errors: 0, maxInFlight: 2 });
  });

  it('never applies a rule with probability 0', async () => {
    await env.harness.admin('POST', '/_emulator/faults', { operation: 'ListConfigurationSets', errorType: 'InternalServiceErrorException', probability: 0 });
    for (let i = 0; i < 20; i += 1) await env.ses.send(new ListConfigurationSetsCommand({}));
    expect((await env.harness.stats()).operations.ListConfigurationSets).toMatchObject({ calls: 20, faultsInjected: 0 });
  });

  it('removes one rule by id', async () => {
    const rule = await env.harness.admin<{ id: string }>('POST', '/_emulator/faults', { operation: 'ListConfigurationSets', errorType: 'BadRequestException' });
    expect(await env.harness.admin('DELETE', `/_emulator/faults/${rule.id}`)).toEqual({ removed: true });
    await expect(env.ses.send(new ListConfigurationSetsCommand({}))).resolves.toBeDefined();
  });

  it('rejects an unknown exception type, naming the field', async () => {
    const response = await fetch(`${env.harness.emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'ListConfigurationSets', errorType: 'NoSuchThing' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('errorType');
  });
});

describe('admin routing', () => {
  it('answers 404 for an unknown admin route', async () => {
    const response = await fetch(`${env.harness.emulator.url}/_emulator/nope`);
    expect(response.status).toBe(404);
  });

  it('reports health and whether state is persistent', async () => {
    expect(await env.harness.admin('GET', '/_emulator/health')).toEqual({ status: 'ok', persistent: false, writeFailures: 0 });
  });
});
