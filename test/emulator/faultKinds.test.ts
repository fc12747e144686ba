import { CreateConfigurationSetCommand, GetConfigurationSetCommand, ListConfigurationSetsCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectionOf, useSharedEmulator } from '../support/emulator.js';

const env = useSharedEmulator();
const extra: SESv2Client[] = [];

afterEach(() => {
  for (const client of extra.splice(0)) client.destroy();
});

/** A client that gives up after `ms`, as the gateway's does: a hung call must end in a timeout, not hang the test. */
function clientWithTimeout(ms: number): SESv2Client {
  const client = new SESv2Client({
    region: 'us-east-1',
    endpoint: env.harness.emulator.url,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: { requestTimeout: ms, throwOnRequestTimeout: true },
  });
  extra.push(client);
  return client;
}

const names = async () => (await env.ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets ?? [];
const fault = (body: Record<string, unknown>) => env.harness.admin<{ id: string; kind: string }>('POST', '/_emulator/faults', body);

describe('fault kinds', () => {
  it('reset-before: the connection is reset and nothing is applied', async () => {
    await fault({ operation: 'CreateConfigurationSet', kind: 'reset-before', count: 1 });
    const error = await rejectionOf(env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'never' })));
    expect((error as Error & { code?: string }).code).toBe('ECONNRESET');
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(await names()).toEqual([]);
  });

  it('reset-after: the write is applied, then the connection is reset without an answer', async () => {
    await fault({ operation: 'CreateConfigurationSet', kind: 'reset-after', count: 1 });
    const error = await rejectionOf(env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'applied' })));
    expect((error as Error & { code?: string }).code).toBe('ECONNRESET');
    expect(await names()).toEqual(['applied']);
    // A retry of the same create now meets the write it could not see.
    const retry = await rejectionOf(env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'applied' })));
    expect(retry.name).toBe('AlreadyExistsException');
  });

  it('hang: the call is never answered, so the SDK call times out, and nothing is applied', async () => {
    await fault({ operation: 'CreateConfigurationSet', kind: 'hang' });
    const started = performance.now();
    const error = await rejectionOf(clientWithTimeout(300).send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'hung' })));
    expect(error.name).toBe('TimeoutError');
    expect((error as Error & { code?: string }).code).toBe('ETIMEDOUT');
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(await names()).toEqual([]);
  });

  it('hang: a caller that aborts gets its AbortError, and nothing is applied', async () => {
    await fault({ operation: 'CreateConfigurationSet', kind: 'hang' });
    const error = await rejectionOf(env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'aborted' }), { abortSignal: AbortSignal.timeout(200) }));
    expect(error.name).toBe('AbortError');
    expect(await names()).toEqual([]);
  });

  it('hang: removing the rule closes the hung connection, and calls after it are answered', async () => {
    const rule = await fault({ operation: 'GetConfigurationSet', kind: 'hang' });
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'there' }));
    let settled = false;
    const hung = rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'there' }))).finally(() => {
      settled = true;
    });
    for (let i = 0; i < 50 && ((await env.harness.stats()).operations.GetConfigurationSet?.faultsInjected ?? 0) < 1; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    expect(await env.harness.admin('DELETE', `/_emulator/faults/${rule.id}`)).toEqual({ removed: true });
    const error = await hung;
    expect((error as Error & { code?: string }).code).toBe('ECONNRESET');
    expect((await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'there' }))).ConfigurationSetName).toBe('there');
  });

  it('hang: a rule removed while its call still waits out its latency does not hang that call', async () => {
    const rule = await fault({ operation: 'ListConfigurationSets', kind: 'hang', latencyMs: 400 });
    const call = rejectionOf(clientWithTimeout(5000).send(new ListConfigurationSetsCommand({})));
    for (let i = 0; i < 50 && ((await env.harness.stats()).operations.ListConfigurationSets?.faultsInjected ?? 0) < 1; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await env.harness.admin('DELETE', `/_emulator/faults/${rule.id}`);
    expect(((await call) as Error & { code?: string }).code).toBe('ECONNRESET');
  });

  it('hang with a count: the counted rule is used up, and a reset releases what it hung', async () => {
    await fault({ operation: 'ListConfigurationSets', kind: 'hang', count: 1 });
    const hung = rejectionOf(env.ses.send(new ListConfigurationSetsCommand({})));
    for (let i = 0; i < 50 && ((await env.harness.stats()).operations.ListConfigurationSets?.faultsInjected ?? 0) < 1; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await env.harness.admin('GET', '/_emulator/faults')).toEqual({ faults: [] });
    expect(await names()).toEqual([]);
    await env.harness.admin('POST', '/_emulator/reset');
    expect((await hung as Error & { code?: string }).code).toBe('ECONNRESET');
  });

  it('malformed: a read answers 200 with half its JSON, and the SDK raises a deserialization error', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'half' }));
    await fault({ operation: 'GetConfigurationSet', kind: 'malformed', count: 1 });
    const error = await rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'half' })));
    expect(error.name).toBe('SyntaxError');
    expect(error.message).toContain('Deserialization error');
    expect(error.$metadata?.httpStatusCode).toBe(200);
  });

  it('malformed: a write is applied before its answer is cut', async () => {
    await fault({ operation: 'CreateConfigurationSet', kind: 'malformed', count: 1 });
    const response = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ConfigurationSetName: 'cut' }),
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(await names()).toEqual(['cut']);
  });

  it('html-503: a load balancer page; the SDK raises a deserialization error with the 503 and nothing is applied', async () => {
    await fault({ operation: 'CreateConfigurationSet', kind: 'html-503', count: 1 });
    const error = await rejectionOf(env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'lost' })));
    expect(error.name).toBe('SyntaxError');
    expect(error.message).toContain('Deserialization error');
    expect(error.$metadata?.httpStatusCode).toBe(503);
    expect(await names()).toEqual([]);
  });

  it('latency combines with another kind: the wait comes first', async () => {
    await fault({ operation: 'ListConfigurationSets', latencyMs: 120, count: 1 });
    await fault({ operation: 'ListConfigurationSets', kind: 'reset-before', count: 1 });
    const started = performance.now();
    const error = await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({})));
    expect((error as Error & { code?: string }).code).toBe('ECONNRESET');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('counts fault hits by kind, per operation and in total', async () => {
    await fault({ operation: 'ListConfigurationSets', kind: 'reset-before', count: 2 });
    await fault({ operation: 'GetConfigurationSet', errorType: 'TooManyRequestsException', count: 1 });
    await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({})));
    await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({})));
    await rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'x' })));
    const stats = await env.harness.stats();
    expect(stats.operations.ListConfigurationSets).toMatchObject({ faultsInjected: 2, faultsByKind: { 'reset-before': 2 } });
    expect(stats.operations.GetConfigurationSet).toMatchObject({ faultsInjected: 1, faultsByKind: { error: 1 } });
    expect(stats.faults).toEqual({ 'reset-before': 2, error: 1 });
  });
});

describe('POST /_emulator/faults validation', () => {
  const post = (body: Record<string, unknown>) =>
    fetch(`${env.harness.emulator.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('stores the kind, defaulting to error with an errorType and to latency without', async () => {
    expect(await fault({ operation: 'A', errorType: 'BadRequestException' })).toMatchObject({ kind: 'error' });
    expect(await fault({ operation: 'A', latencyMs: 5 })).toMatchObject({ kind: 'latency' });
    expect(await fault({ operation: 'A', kind: 'hang' })).toMatchObject({ kind: 'hang' });
  });

  it.each([
    [{ operation: 'A', kind: 'explode' }, 'kind'],
    [{ operation: 'A', kind: 'error' }, 'errorType is required'],
    [{ operation: 'A', kind: 'hang', errorType: 'BadRequestException' }, 'errorType is only allowed'],
  ])('refuses %j, naming the field', async (body, words) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(words);
    expect(await env.harness.admin('GET', '/_emulator/faults')).toEqual({ faults: [] });
  });
});
