import { CreateConfigurationSetCommand, GetConfigurationSetCommand, ListConfigurationSetsCommand } from '@aws-sdk/client-sesv2';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { QuotaEnforcer, quotaConfig } from '../../src/emulator/quotas.js';
import { rejectionOf, startHarness, type EmulatorHarness } from '../support/emulator.js';

describe(QuotaEnforcer.name, () => {
  function enforcerAt(config = quotaConfig(true)) {
    let now = 0;
    const enforcer = new QuotaEnforcer(config, () => now);
    return { enforcer, advance: (ms: number) => (now += ms) };
  }

  it('admits one control-plane call per second per operation', () => {
    const { enforcer, advance } = enforcerAt();
    expect(enforcer.admit('acct/us-east-1', 'GetConfigurationSet')).toBe(true);
    expect(enforcer.admit('acct/us-east-1', 'GetConfigurationSet')).toBe(false);
    advance(990);
    expect(enforcer.admit('acct/us-east-1', 'GetConfigurationSet')).toBe(false);
    advance(10);
    expect(enforcer.admit('acct/us-east-1', 'GetConfigurationSet')).toBe(true);
  });

  it('keeps separate buckets per operation, region and account', () => {
    const { enforcer } = enforcerAt();
    expect(enforcer.admit('acct/us-east-1', 'GetConfigurationSet')).toBe(true);
    expect(enforcer.admit('acct/us-east-1', 'ListConfigurationSets')).toBe(true);
    expect(enforcer.admit('acct/eu-west-1', 'GetConfigurationSet')).toBe(true);
    expect(enforcer.admit('other/us-east-1', 'GetConfigurationSet')).toBe(true);
    expect(enforcer.admit('acct/us-east-1', 'GetConfigurationSet')).toBe(false);
  });

  it('limits BatchGetMetricData to 16 calls and 160 queries per second', () => {
    const { enforcer, advance } = enforcerAt();
    for (let i = 0; i < 16; i += 1) expect(enforcer.admit('a/r', 'BatchGetMetricData', 10)).toBe(true);
    expect(enforcer.admit('a/r', 'BatchGetMetricData', 1)).toBe(false);
    advance(1000);
    for (let i = 0; i < 16; i += 1) expect(enforcer.admit('a/r', 'BatchGetMetricData', 1)).toBe(true);
    expect(enforcer.admit('a/r', 'BatchGetMetricData', 1)).toBe(false);
  });

  it('refuses a call whose queries exceed what is left, without spending its call token', () => {
    const { enforcer, advance } = enforcerAt(quotaConfig({ metricQueriesPerSecond: 15 }));
    expect(enforcer.admit('a/r', 'BatchGetMetricData', 10)).toBe(true);
    expect(enforcer.admit('a/r', 'BatchGetMetricData', 10)).toBe(false);
    expect(enforcer.admit('a/r', 'BatchGetMetricData', 5)).toBe(true);
    advance(1000);
    expect(enforcer.admit('a/r', 'BatchGetMetricData', 10)).toBe(true);
  });

  it('uses configured rates and admits everything when disabled', () => {
    const { enforcer } = enforcerAt(quotaConfig({ rates: { GetAccount: 3 } }));
    expect([1, 2, 3, 4].map(() => enforcer.admit('a/r', 'GetAccount'))).toEqual([true, true, true, false]);
    const off = enforcerAt(quotaConfig(false)).enforcer;
    expect([1, 2, 3].map(() => off.admit('a/r', 'GetAccount'))).toEqual([true, true, true]);
  });
});

describe('quotas over HTTP', () => {
  let harness: EmulatorHarness;
  afterEach(() => harness.close());

  it('answers TooManyRequestsException with HTTP 429 past the rate', async () => {
    harness = await startHarness({ quotas: true });
    const ses = harness.client();
    await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'q' }));
    const results = await Promise.allSettled([1, 2, 3].map(() => ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'q' }))));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as Error & { $metadata: { httpStatusCode: number } });
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(rejected).toHaveLength(2);
    for (const error of rejected) {
      expect(error.name).toBe('TooManyRequestsException');
      expect(error.$metadata.httpStatusCode).toBe(429);
    }
    const stats = await harness.stats();
    expect(stats.operations.GetConfigurationSet).toMatchObject({ calls: 3, throttled: 2 });
  });

  it('throttles nothing when calls are spaced at the configured rate', async () => {
    // Two seconds' worth of calls: unspaced, the bucket's one second of tokens
    // runs out halfway unless the burst itself took over a second.
    const rate = 10;
    const calls = 2 * rate;
    harness = await startHarness({ quotas: { defaultRate: rate } });
    const ses = harness.client();
    for (let i = 0; i < calls; i += 1) {
      if (i > 0) await sleep(1000 / rate + 5);
      await ses.send(new ListConfigurationSetsCommand({}));
    }
    const stats = await harness.stats();
    expect(stats.operations.ListConfigurationSets).toMatchObject({ calls, throttled: 0, errors: 0 });
  });

  it('can be reconfigured and switched off through the admin API', async () => {
    harness = await startHarness({ quotas: true });
    const ses = harness.client();
    await harness.admin('PUT', '/_emulator/quotas', { enabled: false });
    for (let i = 0; i < 5; i += 1) await ses.send(new ListConfigurationSetsCommand({}));
    await harness.admin('PUT', '/_emulator/quotas', { enabled: true, rates: { ListConfigurationSets: 1 } });
    await ses.send(new ListConfigurationSetsCommand({}));
    const error = await rejectionOf(ses.send(new ListConfigurationSetsCommand({})));
    expect(error.name).toBe('TooManyRequestsException');
    expect(await harness.admin('GET', '/_emulator/quotas')).toMatchObject({ enabled: true, rates: { ListConfigurationSets: 1, BatchGetMetricData: 16 } });
  });
});
