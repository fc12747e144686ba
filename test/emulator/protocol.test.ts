import { CreateConfigurationSetCommand, ListConfigurationSetsCommand,} from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { useSharedEmulator } from '../support/emulator.js';

const env = useSharedEmulator();

const signed = (region = 'us-east-1', accessKeyId = 'AKIDEXAMPLE') => ({
  authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/${region}/ses/aws4_request, SignedHeaders=host;x-amz-date, Signature=00`,
});

describe('route forms', () => {
  it('serves ListConfigurationSets on the older GET /v2/email/configuration-sets form, with paging', async () => {
    for (const name of ['a', 'b', 'c']) await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    const first = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets?PageSize=2`, { headers: signed() });
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as { ConfigurationSets: string[]; NextToken: string };
    expect(page1.ConfigurationSets).toEqual(['a', 'b']);
    const second = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets?PageSize=2&NextToken=${encodeURIComponent(page1.NextToken)}`, { headers: signed() });
    expect(await second.json()).toEqual({ ConfigurationSets: ['c'] });
  });

  it('hands a NextToken from one route form to the other', async () => {
    for (const name of ['a', 'b', 'c']) await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    const page1 = await env.ses.send(new ListConfigurationSetsCommand({ PageSize: 1 }));
    const rest = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets?NextToken=${encodeURIComponent(page1.NextToken ?? '')}`, { headers: signed() });
    expect(await rest.json()).toEqual({ ConfigurationSets: ['b', 'c'] });
  });

  it('rejects a non-numeric PageSize on the query-string form', async () => {
    const response = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets?PageSize=ten`, { headers: signed() });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('BadRequestException');
  });
});

describe('errors on the wire', () => {
  it('carry the type in x-amzn-ErrorType and in the body, with a message', async () => {
    const response = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets/missing`, { headers: signed() });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.__type).toBe('NotFoundException');
    expect(body.message).toEqual(expect.stringContaining('missing'));
  });

  it('answer malformed JSON with BadRequestException', async () => {
    const response = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets`, {
      method: 'POST',
      headers: { ...signed(), 'content-type': 'application/json' },
      body: '{"ConfigurationSetName": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('BadRequestException');
  });

  it('answer a path no operation serves with 404 UnknownOperationException', async () => {
    const response = await fetch(`${env.harness.emulator.url}/v2/email/no-such-thing`, { headers: signed() });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });
});

describe('scope', () => {
  it('takes the region from the SigV4 credential scope', async () => {
    const west = env.harness.client({ region: 'us-west-2' });
    await west.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'west' }));
    expect((await west.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['west']);
    expect((await env.ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual([]);
  });

  it('takes the account from a 12-digit access key id, else the default account', async () => {
    const other = env.harness.client({ accessKeyId: '210987654321' });
    await other.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'theirs' }));
    expect((await env.ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual([]);
    const sameDefault = env.harness.client({ accessKeyId: 'ANOTHERKEY' });
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'mine' }));
    expect((await sameDefault.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(['mine']);
  });

  it('reads the scope of a presigned request from X-Amz-Credential', async () => {
    const west = env.harness.client({ region: 'eu-central-1' });
    await west.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'presigned' }));
    const credential = encodeURIComponent('AKIDEXAMPLE/20260101/eu-central-1/ses/aws4_request');
    const response = await fetch(`${env.harness.emulator.url}/v2/email/configuration-sets?X-Amz-Credential=${credential}`);
    expect(await response.json()).toEqual({ ConfigurationSets: ['presigned'] });
  });
});
