import { describe, expect, it } from 'vitest';
import { useStack } from '../support/gateway.js';
import { postGraphQL } from '../support/rawGateway.js';

const CREATE = 'mutation Create($name: String!) { createConfigurationSet(input: { name: $name }) { configurationSet { name } userErrors { code field message } } }';
const READ = 'query Read($name: String!) { configurationSet(name: $name) { name sendingEnabled } }';
const SENDING = 'mutation Sending($name: String!, $enabled: Boolean!) { setConfigurationSetSendingEnabled(input: { name: $name, enabled: $enabled }) { configurationSet { name sendingEnabled } userErrors { code message } } }';
const DELETE = 'mutation Delete($name: String!) { deleteConfigurationSet(input: { name: $name }) { deletedConfigurationSetId userErrors { code message } } }';

// A reset after the write reached SES: the emulator applies the write, then drops the connection instead of answering.
const env = useStack({ env: { SES_RETRY_ATTEMPTS: '2', SES_RETRY_BASE_MS: '1', SES_RETRY_MAX_MS: '5', SES_BREAKER_THRESHOLD: '1000' } });
const fault = (operation: string, body: Record<string, unknown>) => env.stack.emulator.admin('POST', '/_emulator/faults', { operation, ...body });
const post = (query: string, variables: Record<string, unknown>) => postGraphQL(env.stack.gateway.url, query, variables);
const setNames = async () => {
  const answer = await env.stack.emulator.client().send(new (await import('@aws-sdk/client-sesv2')).ListConfigurationSetsCommand({}));
  return answer.ConfigurationSets ?? [];
};

describe('a create whose answer was lost', () => {
  it('is reported as done when SES applied it, and sending it again is truthfully ALREADY_EXISTS', async () => {
    await fault('CreateConfigurationSet', { kind: 'reset-after', count: 1 });
    const first = await post(CREATE, { name: 'landed' });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data).toEqual({ createConfigurationSet: { configurationSet: { name: 'landed' }, userErrors: [] } });
    // One create, one read to learn what happened: never a second create.
    expect(first.body.extensions?.cost?.sesCalls).toEqual({ CreateConfigurationSet: 1, GetConfigurationSet: 1 });
    expect(await env.stack.calls()).toEqual({ CreateConfigurationSet: 1, GetConfigurationSet: 1 });

    const again = await post(CREATE, { name: 'landed' });
    expect(again.body.data).toEqual({
      createConfigurationSet: { configurationSet: null, userErrors: [{ code: 'ALREADY_EXISTS', field: ['name'], message: expect.stringContaining('already exists') }] },
    });
    expect(await setNames()).toEqual(['landed']);
  });

  it('is reported as not applied when SES never got it, and can then be sent again', async () => {
    await fault('CreateConfigurationSet', { kind: 'reset-before', count: 1 });
    const first = await post(CREATE, { name: 'lost' });
    // The payload is non-null, so the fault nulls the whole of `data`.
    expect(first.body.data).toBeNull();
    expect(first.body.errors?.[0]).toMatchObject({
      extensions: { code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' },
      message: expect.stringContaining('(whether configuration set "lost" in us-east-1 exists): the change was not applied, so it is safe to send it again.'),
    });
    expect(await setNames()).toEqual([]);
    const again = await post(CREATE, { name: 'lost' });
    expect(again.body.data).toEqual({ createConfigurationSet: { configurationSet: { name: 'lost' }, userErrors: [] } });
    expect(await setNames()).toEqual(['lost']);
  });

  it('is reported with outcome UNKNOWN, naming what to check, when SES cannot be read back either', async () => {
    await fault('CreateConfigurationSet', { kind: 'reset-after', count: 1 });
    await fault('GetConfigurationSet', { errorType: 'InternalServiceErrorException' });
    const first = await post(CREATE, { name: 'unsure' });
    expect(first.body.errors?.[0]).toMatchObject({
      extensions: { code: 'UPSTREAM_UNAVAILABLE', outcome: 'UNKNOWN' },
      message:
        'The connection to SES broke after the request was sent, and reading SES\'s state back failed too, so whether the change was applied is unknown. Check whether configuration set "unsure" in us-east-1 exists before sending it again.',
    });
    // The create did land, once; the read-back was tried within the read budget.
    expect(await env.stack.calls()).toEqual({ CreateConfigurationSet: 1, GetConfigurationSet: 2 });
    expect(await setNames()).toEqual(['unsure']);
  });
});

describe('other writes whose answer was lost', () => {
  it('an option change that landed is read back and reported as done', async () => {
    expect((await post(CREATE, { name: 'options' })).body.errors).toBeUndefined();
    await fault('PutConfigurationSetSendingOptions', { kind: 'reset-after', count: 1 });
    const answer = await post(SENDING, { name: 'options', enabled: false });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ setConfigurationSetSendingEnabled: { configurationSet: { name: 'options', sendingEnabled: false }, userErrors: [] } });
    expect((await env.stack.calls()).PutConfigurationSetSendingOptions).toBe(1);
    // The cache was not left holding the state from before the write.
    expect((await post(READ, { name: 'options' })).body.data).toEqual({ configurationSet: { name: 'options', sendingEnabled: false } });
  });

  it('an option change SES did not apply is reported as not applied', async () => {
    expect((await post(CREATE, { name: 'unchanged' })).body.errors).toBeUndefined();
    await fault('PutConfigurationSetSendingOptions', { errorType: 'InternalServiceErrorException', count: 1 });
    const answer = await post(SENDING, { name: 'unchanged', enabled: false });
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    expect((await post(READ, { name: 'unchanged' })).body.data).toEqual({ configurationSet: { name: 'unchanged', sendingEnabled: true } });
  });

  it('a delete that landed is reported as done', async () => {
    expect((await post(CREATE, { name: 'doomed' })).body.errors).toBeUndefined();
    await fault('DeleteConfigurationSet', { kind: 'reset-after', count: 1 });
    const answer = await post(DELETE, { name: 'doomed' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toMatchObject({ deleteConfigurationSet: { deletedConfigurationSetId: expect.any(String), userErrors: [] } });
    expect((await env.stack.calls()).DeleteConfigurationSet).toBe(1);
    expect(await setNames()).toEqual([]);
  });
});
