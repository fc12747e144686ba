import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand, GetConfigurationSetCommand, GetConfigurationSetEventDestinationsCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { startStack, useStack } from '../support/gateway.js';

// The jitter at its top makes a throttled write's retry come 999 ms after the throttle: well after a later write
// arrives, in every run (a random backoff near 0 would retry before it and hide a broken order).
const env = useStack({ env: { SES_RETRY_BASE_MS: '1000', SES_RETRY_MAX_MS: '1000' }, retryRandom: () => 0.999 });

const SetSending = graphql(`
  mutation OrderingSetSending($input: SetConfigurationSetSendingEnabledInput!) {
    setConfigurationSetSendingEnabled(input: $input) { userErrors { code message } }
  }
`);
const UpdateDestination = graphql(`
  mutation OrderingUpdateDestination($input: UpdateEventDestinationInput!) {
    updateEventDestination(input: $input) { userErrors { code message } }
  }
`);
const ReadSet = graphql(`
  query OrderingReadSet($name: String!) {
    configurationSet(name: $name) { name }
  }
`);

describe('writes', () => {
  it('keep their arrival order when the first one is throttled and retried', async () => {
    await env.stack.emulator.client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'ordered' }));
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'PutConfigurationSetSendingOptions', errorType: 'TooManyRequestsException', count: 1 });
    const first = env.stack.execute(SetSending, { input: { name: 'ordered', enabled: false } });
    // The second write arrives once SES has throttled the first, which therefore holds the write slot.
    await vi.waitFor(async () => expect((await env.stack.calls()).PutConfigurationSetSendingOptions).toBeGreaterThanOrEqual(1), { timeout: 10_000, interval: 5 });
    const second = env.stack.execute(SetSending, { input: { name: 'ordered', enabled: true } });
    expect(await Promise.all([first, second])).toEqual([
      { data: { setConfigurationSetSendingEnabled: { userErrors: [] } }, extensions: { cost: expect.objectContaining({ sesCalls: { PutConfigurationSetSendingOptions: 2 } }) } },
      { data: { setConfigurationSetSendingEnabled: { userErrors: [] } }, extensions: { cost: expect.objectContaining({ sesCalls: { PutConfigurationSetSendingOptions: 1 } }) } },
    ]);
    const set = await env.stack.emulator.client().send(new GetConfigurationSetCommand({ ConfigurationSetName: 'ordered' }));
    expect(set.SendingOptions?.SendingEnabled).toBe(true);
    expect((await env.stack.calls()).PutConfigurationSetSendingOptions).toBe(3);
  });

  it('never lose one of two concurrent updates of one event destination', async () => {
    const client = env.stack.emulator.client();
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'merged' }));
    await client.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: 'merged',
        EventDestinationName: 'sns',
        EventDestination: { Enabled: false, MatchingEventTypes: ['BOUNCE'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } },
      }),
    );
    // Both read the definition through the cache first; each must still merge onto the other's result.
    await env.stack.execute(ReadSet, { name: 'merged' });
    const results = await Promise.all([
      env.stack.execute(UpdateDestination, { input: { configurationSetName: 'merged', name: 'sns', enabled: true } }),
      env.stack.execute(UpdateDestination, { input: { configurationSetName: 'merged', name: 'sns', matchingEventTypes: ['OPEN', 'CLICK'] } }),
    ]);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const { EventDestinations } = await client.send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: 'merged' }));
    expect(EventDestinations?.[0]).toMatchObject({ Enabled: true, MatchingEventTypes: ['OPEN', 'CLICK'] });
  });
});

describe('a call that waits too long for quota', () => {
  it('fails with UPSTREAM_THROTTLED and never reaches SES', async () => {
    const stack = await startStack({ env: { SES_DEFAULT_RATE: '1', CACHE_TTL_SECONDS: '0', SES_QUEUE_TIMEOUT_MS: '300' } });
    try {
      const client = stack.emulator.client();
      for (const name of ['q0', 'q1', 'q2']) await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
      await stack.emulator.admin('DELETE', '/_emulator/stats');
      const results = await Promise.all(['q0', 'q1', 'q2'].map((name) => stack.execute(ReadSet, { name })));
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
      expect(codes).toEqual(['UPSTREAM_THROTTLED', 'UPSTREAM_THROTTLED', 'ok']);
      // The abandoned calls' turns come up later; they must not call SES then. A read asked now gets its turn
      // after theirs would have come: once one is answered (earlier ones may time out too), they have passed.
      const deadline = Date.now() + 10_000;
      let probe = await stack.execute(ReadSet, { name: 'q0' });
      while (probe.errors?.[0]?.extensions?.code === 'UPSTREAM_THROTTLED' && Date.now() < deadline) probe = await stack.execute(ReadSet, { name: 'q0' });
      expect({ probe: probe.data, calls: await stack.calls() }).toEqual({ probe: { configurationSet: { name: 'q0' } }, calls: { GetConfigurationSet: 2 } });
    } finally {
      await stack.close();
    }
  });
});
