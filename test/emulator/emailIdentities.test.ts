import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateConfigurationSetCommand,
  CreateEmailIdentityCommand,
  DeleteConfigurationSetCommand,
  DeleteEmailIdentityCommand,
  GetEmailIdentityCommand,
  ListEmailIdentitiesCommand,
  PutEmailIdentityConfigurationSetAttributesCommand,
  type CreateEmailIdentityCommandInput,
} from '@aws-sdk/client-sesv2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, useSharedEmulator, type EmulatorHarness } from '../support/emulator.js';

const env = useSharedEmulator();

const dirs: string[] = [];
const extraHarnesses: EmulatorHarness[] = [];
afterEach(async () => {
  for (const extra of extraHarnesses.splice(0)) await extra.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ses-identities-'));
  dirs.push(dir);
  return dir;
}

async function extraHarness(options: Parameters<typeof startHarness>[0]): Promise<EmulatorHarness> {
  const extra = await startHarness(options);
  extraHarnesses.push(extra);
  return extra;
}

const create = (input: CreateEmailIdentityCommandInput, client = env.ses) => client.send(new CreateEmailIdentityCommand(input));
const get = (EmailIdentity: string, client = env.ses) => client.send(new GetEmailIdentityCommand({ EmailIdentity }));
const names = async (input: ConstructorParameters<typeof ListEmailIdentitiesCommand>[0] = {}) =>
  ((await env.ses.send(new ListEmailIdentitiesCommand(input))).EmailIdentities ?? []).map((identity) => identity.IdentityName);

/** A BYODKIM key as SES wants it: base64 DER without PEM armour. */
function rsaKey(bits: number): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
}

const verification = (identity: string, body: unknown, query = '') =>
  fetch(`${env.harness.emulator.url}/_emulator/identities/${encodeURIComponent(identity)}/verification${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const SIGV4 = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=x';
const legacyList = async (query: string) => {
  const response = await fetch(`${env.harness.emulator.url}/v2/email/identities${query}`, { headers: { authorization: SIGV4 } });
  return { status: response.status, body: (await response.json()) as { EmailIdentities?: Record<string, unknown>[]; NextToken?: string } };
};

const TOKEN = /^[a-z2-7]{32}$/;

describe('CreateEmailIdentity', () => {
  it('creates a domain with three Easy DKIM tokens', async () => {
    const created = await create({ EmailIdentity: 'example.com' });
    expect(created.IdentityType).toBe('DOMAIN');
    expect(created.VerifiedForSendingStatus).toBe(true);
    expect(created.DkimAttributes).toMatchObject({ SigningEnabled: true, Status: 'SUCCESS', SigningAttributesOrigin: 'AWS_SES', NextSigningKeyLength: 'RSA_2048_BIT' });
    const tokens = created.DkimAttributes?.Tokens ?? [];
    expect(tokens).toHaveLength(3);
    for (const token of tokens) expect(token).toMatch(TOKEN);
    expect(new Set(tokens).size).toBe(3);
  });

  it('creates an email address without DKIM tokens', async () => {
    const created = await create({ EmailIdentity: 'sender@example.com' });
    expect(created.IdentityType).toBe('EMAIL_ADDRESS');
    expect(created.VerifiedForSendingStatus).toBe(true);
    expect(created.DkimAttributes?.SigningEnabled).toBe(false);
    expect(created.DkimAttributes?.Tokens).toBeUndefined();
  });

  it('derives the same tokens for the same domain and Region, and others in another Region', async () => {
    const first = (await create({ EmailIdentity: 'example.com' })).DkimAttributes?.Tokens;
    await env.ses.send(new DeleteEmailIdentityCommand({ EmailIdentity: 'example.com' }));
    const again = (await create({ EmailIdentity: 'example.com' })).DkimAttributes?.Tokens;
    const elsewhere = (await create({ EmailIdentity: 'example.com' }, env.harness.client({ region: 'eu-west-1' }))).DkimAttributes?.Tokens;
    expect(again).toEqual(first);
    expect(elsewhere).not.toEqual(first);
  });

  it('stores Bring Your Own DKIM: origin EXTERNAL, the selector as the token', async () => {
    const created = await create({
      EmailIdentity: 'byo.example.com',
      DkimSigningAttributes: { DomainSigningSelector: 'sel1', DomainSigningPrivateKey: rsaKey(1024) },
    });
    expect(created.DkimAttributes).toMatchObject({ SigningEnabled: true, SigningAttributesOrigin: 'EXTERNAL', Tokens: ['sel1'] });
    expect(created.DkimAttributes?.NextSigningKeyLength).toBeUndefined();
    expect((await get('byo.example.com')).DkimAttributes?.SigningAttributesOrigin).toBe('EXTERNAL');
  });

  it('uses the requested Easy DKIM key length', async () => {
    await create({ EmailIdentity: 'short.example.com', DkimSigningAttributes: { NextSigningKeyLength: 'RSA_1024_BIT' } });
    const { DkimAttributes } = await get('short.example.com');
    expect(DkimAttributes?.NextSigningKeyLength).toBe('RSA_1024_BIT');
    expect(DkimAttributes?.CurrentSigningKeyLength).toBe('RSA_1024_BIT');
    expect(DkimAttributes?.LastKeyGenerationTimestamp).toBeInstanceOf(Date);
  });

  it('gives a DEED replica the tokens of its parent in another Region', async () => {
    const parent = await create({ EmailIdentity: 'deed.example.com' });
    const replica = await create(
      { EmailIdentity: 'deed.example.com', DkimSigningAttributes: { DomainSigningAttributesOrigin: 'AWS_SES_US_EAST_1' } },
      env.harness.client({ region: 'eu-west-1' }),
    );
    expect(replica.DkimAttributes?.SigningAttributesOrigin).toBe('AWS_SES_US_EAST_1');
    expect(replica.DkimAttributes?.Tokens).toEqual(parent.DkimAttributes?.Tokens);
    expect(replica.VerifiedForSendingStatus).toBe(true);
  });

  it('fails the verification of a DEED replica that names its own Region', async () => {
    const created = await create({ EmailIdentity: 'self.example.com', DkimSigningAttributes: { DomainSigningAttributesOrigin: 'AWS_SES_US_EAST_1' } });
    expect(created.VerifiedForSendingStatus).toBe(false);
    const identity = await get('self.example.com');
    expect(identity.VerificationStatus).toBe('FAILED');
    expect(identity.VerificationInfo?.ErrorType).toBe('REPLICATION_PRIMARY_INVALID_REGION');
  });

  it.each([
    ['a single-label name', { EmailIdentity: 'localhost' }, 'EmailIdentity'],
    ['an address without a domain', { EmailIdentity: 'sender@' }, 'EmailIdentity'],
    ['an address with a space', { EmailIdentity: 'the sender@example.com' }, 'EmailIdentity'],
    ['an address with a display name', { EmailIdentity: 'Sender <sender@example.com>' }, 'EmailIdentity'],
    ['a 65-character local part', { EmailIdentity: `${'a'.repeat(65)}@example.com` }, 'local part'],
    ['a 64-character domain label', { EmailIdentity: `${'a'.repeat(64)}.com` }, 'EmailIdentity'],
    ['a domain longer than 253 characters', { EmailIdentity: `${'abcdefghi.'.repeat(26)}com` }, 'EmailIdentity'],
    ['DKIM attributes on an email address', { EmailIdentity: 'sender@example.com', DkimSigningAttributes: { NextSigningKeyLength: 'RSA_1024_BIT' as const } }, 'DkimSigningAttributes'],
    ['a selector without a private key', { EmailIdentity: 'example.com', DkimSigningAttributes: { DomainSigningSelector: 'sel' } }, 'DomainSigningPrivateKey'],
    ['a private key that is not base64', { EmailIdentity: 'example.com', DkimSigningAttributes: { DomainSigningSelector: 'sel', DomainSigningPrivateKey: '-----BEGIN PRIVATE KEY-----' } }, 'DomainSigningPrivateKey'],
    ['a 512-bit private key', { EmailIdentity: 'example.com', DkimSigningAttributes: { DomainSigningSelector: 'sel', DomainSigningPrivateKey: rsaKey(512) } }, 'DomainSigningPrivateKey'],
    ['a selector starting with a hyphen', { EmailIdentity: 'example.com', DkimSigningAttributes: { DomainSigningSelector: '-sel', DomainSigningPrivateKey: rsaKey(1024) } }, 'DomainSigningSelector'],
    ['BYODKIM with a key length', { EmailIdentity: 'example.com', DkimSigningAttributes: { DomainSigningSelector: 'sel', DomainSigningPrivateKey: rsaKey(1024), NextSigningKeyLength: 'RSA_2048_BIT' as const } }, 'NextSigningKeyLength'],
    ['an unknown key length', { EmailIdentity: 'example.com', DkimSigningAttributes: { NextSigningKeyLength: 'RSA_4096_BIT' as never } }, 'NextSigningKeyLength'],
    ['origin AWS_SES', { EmailIdentity: 'example.com', DkimSigningAttributes: { DomainSigningAttributesOrigin: 'AWS_SES' as const } }, 'DomainSigningAttributesOrigin'],
    ['origin EXTERNAL', { EmailIdentity: 'example.com', DkimSigningAttributes: { DomainSigningAttributesOrigin: 'EXTERNAL' as const } }, 'DomainSigningAttributesOrigin'],
    ['an invalid configuration set name', { EmailIdentity: 'example.com', ConfigurationSetName: 'has space' }, 'ConfigurationSetName'],
    ['51 tags', { EmailIdentity: 'example.com', Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }, 'Tags'],
  ])('rejects %s with BadRequestException naming the member', async (_what, input, member) => {
    const error = await rejectionOf(create(input));
    expect(error.name).toBe('BadRequestException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toContain(member);
    expect(await names()).toEqual([]);
  });

  it('accepts a 64-character local part and a 253-character domain', async () => {
    const domain = `${'abcdefgh.'.repeat(27)}abcdefghij`;
    expect(domain).toHaveLength(253);
    await create({ EmailIdentity: `${'a'.repeat(64)}@example.com` });
    await create({ EmailIdentity: domain });
    expect(await names()).toHaveLength(2);
  });

  it('rejects a duplicate with AlreadyExistsException', async () => {
    await create({ EmailIdentity: 'sender@example.com' });
    const error = await rejectionOf(create({ EmailIdentity: 'sender@example.com' }));
    expect(error.name).toBe('AlreadyExistsException');
  });

  it('rejects a configuration set that does not exist with NotFoundException', async () => {
    const error = await rejectionOf(create({ EmailIdentity: 'example.com', ConfigurationSetName: 'missing' }));
    expect(error.name).toBe('NotFoundException');
    expect(await names()).toEqual([]);
  });

  it('refuses the 10,001st identity in a Region with LimitExceededException', async () => {
    const dir = dataDir();
    const identities = Array.from({ length: 10_000 }, (_, i) => {
      const name = `user${i}@example.com`;
      return [name, { IdentityName: name, IdentityType: 'EMAIL_ADDRESS', CreatedTimestamp: 1, VerificationStatus: 'SUCCESS', SendingEnabled: true, Tags: [] }];
    });
    const regions = { $map: [['123456789012/us-east-1', { EmailIdentities: { $map: identities } }]] };
    writeFileSync(join(dir, 'state.json'), JSON.stringify({ version: 1, regions }));
    const full = await extraHarness({ quotas: false, dataDir: dir });
    const error = await rejectionOf(create({ EmailIdentity: 'one-more.example.com' }, full.client()));
    expect(error.name).toBe('LimitExceededException');
    await create({ EmailIdentity: 'one-more.example.com' }, full.client({ region: 'eu-west-1' }));
  });

  it('starts identities with the configured default verification status', async () => {
    const pending = await extraHarness({ quotas: false, behaviour: { defaultVerificationStatus: 'PENDING' } });
    const created = await create({ EmailIdentity: 'example.com' }, pending.client());
    expect(created.VerifiedForSendingStatus).toBe(false);
    expect(created.DkimAttributes?.Status).toBe('PENDING');
    expect((await get('example.com', pending.client())).VerificationStatus).toBe('PENDING');
  });
});

describe('GetEmailIdentity', () => {
  it('returns every member for a domain', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'default-set' }));
    await create({ EmailIdentity: 'example.com', ConfigurationSetName: 'default-set', Tags: [{ Key: 'team', Value: 'mail' }] });
    const identity = await get('example.com');
    expect(identity).toMatchObject({
      IdentityType: 'DOMAIN',
      FeedbackForwardingStatus: true,
      VerifiedForSendingStatus: true,
      DkimAttributes: { SigningEnabled: true, Status: 'SUCCESS', SigningAttributesOrigin: 'AWS_SES', SigningHostedZone: 'dkim.amazonses.com' },
      MailFromAttributes: { BehaviorOnMxFailure: 'USE_DEFAULT_VALUE' },
      Policies: {},
      Tags: [{ Key: 'team', Value: 'mail' }],
      ConfigurationSetName: 'default-set',
      VerificationStatus: 'SUCCESS',
    });
    expect(identity.DkimAttributes?.Tokens).toHaveLength(3);
    expect(identity.VerificationInfo?.LastSuccessTimestamp).toBeInstanceOf(Date);
  });

  it('finds an address whose name needs URL encoding', async () => {
    await create({ EmailIdentity: 'first+tag@example.com' });
    expect((await get('first+tag@example.com')).IdentityType).toBe('EMAIL_ADDRESS');
  });

  it('answers NotFoundException with HTTP 404 for a missing identity', async () => {
    const error = await rejectionOf(get('missing.example.com'));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });
});

describe('ListEmailIdentities', () => {
  it('lists type, name, sending and verification status', async () => {
    await create({ EmailIdentity: 'example.com' });
    await create({ EmailIdentity: 'sender@example.com' });
    const list = await env.ses.send(new ListEmailIdentitiesCommand({}));
    expect(list.EmailIdentities).toEqual([
      { IdentityType: 'DOMAIN', IdentityName: 'example.com', SendingEnabled: true, VerificationStatus: 'SUCCESS' },
      { IdentityType: 'EMAIL_ADDRESS', IdentityName: 'sender@example.com', SendingEnabled: true, VerificationStatus: 'SUCCESS' },
    ]);
    expect(list.NextToken).toBeUndefined();
  });

  it('pages with PageSize and NextToken until every identity is seen once', async () => {
    const all = Array.from({ length: 7 }, (_, i) => `user${i}@example.com`);
    for (const name of all) await create({ EmailIdentity: name });
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await env.ses.send(new ListEmailIdentitiesCommand({ PageSize: 3, NextToken: token }));
      seen.push(...(page.EmailIdentities ?? []).map((identity) => identity.IdentityName ?? ''));
      token = page.NextToken;
      pages += 1;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
  });

  it('treats PageSize 0 as the default page size', async () => {
    for (const name of ['a.example.com', 'b.example.com']) await create({ EmailIdentity: name });
    const list = await env.ses.send(new ListEmailIdentitiesCommand({ PageSize: 0 }));
    expect(list.EmailIdentities).toHaveLength(2);
    expect(list.NextToken).toBeUndefined();
  });

  it('filters by IDENTITY_NAME_CONTAINS', async () => {
    for (const name of ['alpha.example.com', 'beta.example.org', 'ops@alpha.example.com']) await create({ EmailIdentity: name });
    expect(await names({ Filter: { IDENTITY_NAME_CONTAINS: 'alpha' } })).toEqual(['alpha.example.com', 'ops@alpha.example.com']);
  });

  it('filters by IDENTITY_TYPE', async () => {
    for (const name of ['example.com', 'sender@example.com', 'other@example.com']) await create({ EmailIdentity: name });
    expect(await names({ Filter: { IDENTITY_TYPE: 'EMAIL_ADDRESS' } })).toEqual(['other@example.com', 'sender@example.com']);
    expect(await names({ Filter: { IDENTITY_TYPE: 'DOMAIN' } })).toEqual(['example.com']);
  });

  it('filters by VERIFICATION_STATUS, combined with the other filters', async () => {
    for (const name of ['a.example.com', 'b.example.com', 'c@b.example.com']) await create({ EmailIdentity: name });
    await env.harness.admin('PUT', '/_emulator/identities/b.example.com/verification', { status: 'PENDING' });
    await env.harness.admin('PUT', '/_emulator/identities/c%40b.example.com/verification', { status: 'PENDING' });
    expect(await names({ Filter: { VERIFICATION_STATUS: 'PENDING' } })).toEqual(['b.example.com', 'c@b.example.com']);
    expect(await names({ Filter: { VERIFICATION_STATUS: 'PENDING', IDENTITY_TYPE: 'DOMAIN' } })).toEqual(['b.example.com']);
    expect(await names({ Filter: { VERIFICATION_STATUS: 'SUCCESS', IDENTITY_NAME_CONTAINS: 'b.' } })).toEqual([]);
  });

  it.each([
    ['PageSize 1001', { PageSize: 1001 }, 'PageSize'],
    ['PageSize -1', { PageSize: -1 }, 'PageSize'],
    ['an unknown filter key', { Filter: { NAME_CONTAINS: 'x' } as never }, 'Filter'],
    ['an unknown identity type', { Filter: { IDENTITY_TYPE: 'PHONE' } }, 'IDENTITY_TYPE'],
    ['an unknown verification status', { Filter: { VERIFICATION_STATUS: 'DONE' } }, 'VERIFICATION_STATUS'],
    ['a forged NextToken', { NextToken: '!!not-a-token!!' }, 'NextToken'],
  ])('rejects %s with BadRequestException', async (_what, input, member) => {
    const error = await rejectionOf(env.ses.send(new ListEmailIdentitiesCommand(input)));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain(member);
  });

  it('answers the older GET /v2/email/identities route form', async () => {
    for (const name of ['a.example.com', 'b@example.com', 'c.example.com']) await create({ EmailIdentity: name });
    const { status, body } = await legacyList('?PageSize=2');
    expect(status).toBe(200);
    expect(body.EmailIdentities).toEqual([
      { IdentityType: 'DOMAIN', IdentityName: 'a.example.com', SendingEnabled: true, VerificationStatus: 'SUCCESS' },
      { IdentityType: 'EMAIL_ADDRESS', IdentityName: 'b@example.com', SendingEnabled: true, VerificationStatus: 'SUCCESS' },
    ]);
    expect(typeof body.NextToken).toBe('string');
  });

  it('continues a page from either route form in the other', async () => {
    for (const name of ['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com', 'e.example.com']) await create({ EmailIdentity: name });
    const first = await legacyList('?PageSize=2');
    const second = await env.ses.send(new ListEmailIdentitiesCommand({ PageSize: 2, NextToken: first.body.NextToken }));
    expect(second.EmailIdentities?.map((identity) => identity.IdentityName)).toEqual(['c.example.com', 'd.example.com']);
    const third = await legacyList(`?PageSize=2&NextToken=${encodeURIComponent(second.NextToken ?? '')}`);
    expect(third.body.EmailIdentities?.map((identity) => identity.IdentityName)).toEqual(['e.example.com']);
    expect(third.body.NextToken).toBeUndefined();
  });

  it('rejects a non-integer PageSize on the older route form with BadRequestException', async () => {
    const { status, body } = await legacyList('?PageSize=two');
    expect(status).toBe(400);
    expect(body).toMatchObject({ __type: 'BadRequestException' });
  });
});

describe('DeleteEmailIdentity', () => {
  it('removes the identity', async () => {
    await create({ EmailIdentity: 'sender@example.com' });
    await env.ses.send(new DeleteEmailIdentityCommand({ EmailIdentity: 'sender@example.com' }));
    expect((await rejectionOf(get('sender@example.com'))).name).toBe('NotFoundException');
    expect(await names()).toEqual([]);
  });

  it('answers NotFoundException for a missing identity', async () => {
    const error = await rejectionOf(env.ses.send(new DeleteEmailIdentityCommand({ EmailIdentity: 'missing@example.com' })));
    expect(error.name).toBe('NotFoundException');
  });
});

describe('PutEmailIdentityConfigurationSetAttributes', () => {
  beforeEach(async () => {
    await create({ EmailIdentity: 'example.com' });
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'default-set' }));
  });
  const put = (ConfigurationSetName?: string, EmailIdentity = 'example.com') =>
    env.ses.send(new PutEmailIdentityConfigurationSetAttributesCommand({ EmailIdentity, ConfigurationSetName }));

  it('sets the default configuration set', async () => {
    await put('default-set');
    expect((await get('example.com')).ConfigurationSetName).toBe('default-set');
  });

  it('clears the default configuration set when the name is omitted', async () => {
    await put('default-set');
    await put();
    expect((await get('example.com')).ConfigurationSetName).toBeUndefined();
  });

  it('keeps naming a configuration set after it is deleted', async () => {
    await put('default-set');
    await env.ses.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'default-set' }));
    expect((await get('example.com')).ConfigurationSetName).toBe('default-set');
  });

  it('answers NotFoundException for a missing configuration set and keeps the old one', async () => {
    await put('default-set');
    const error = await rejectionOf(put('missing'));
    expect(error.name).toBe('NotFoundException');
    expect((await get('example.com')).ConfigurationSetName).toBe('default-set');
  });

  it('answers NotFoundException for a missing identity', async () => {
    const error = await rejectionOf(put('default-set', 'missing.example.com'));
    expect(error.name).toBe('NotFoundException');
  });

  it('rejects an invalid configuration set name with BadRequestException', async () => {
    const error = await rejectionOf(put('has space'));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('ConfigurationSetName');
  });
});

describe('PUT /_emulator/identities/{EmailIdentity}/verification', () => {
  it('sets the status that GetEmailIdentity and ListEmailIdentities report', async () => {
    await create({ EmailIdentity: 'example.com' });
    const seeded = await env.harness.admin('PUT', '/_emulator/identities/example.com/verification', { status: 'FAILED' });
    expect(seeded).toMatchObject({ VerificationStatus: 'FAILED', VerifiedForSendingStatus: false });
    const identity = await get('example.com');
    expect(identity.VerificationStatus).toBe('FAILED');
    expect(identity.VerifiedForSendingStatus).toBe(false);
    expect(identity.DkimAttributes?.Status).toBe('FAILED');
    const list = await env.ses.send(new ListEmailIdentitiesCommand({}));
    expect(list.EmailIdentities?.[0]).toMatchObject({ VerificationStatus: 'FAILED', SendingEnabled: false });
  });

  it('verifies a pending identity', async () => {
    const pending = await extraHarness({ quotas: false, behaviour: { defaultVerificationStatus: 'PENDING' } });
    await create({ EmailIdentity: 'sender@example.com' }, pending.client());
    await pending.admin('PUT', '/_emulator/identities/sender%40example.com/verification', { status: 'SUCCESS' });
    const identity = await get('sender@example.com', pending.client());
    expect(identity.VerifiedForSendingStatus).toBe(true);
    expect(identity.VerificationInfo?.LastSuccessTimestamp).toBeInstanceOf(Date);
  });

  it('reports an optional errorType in VerificationInfo', async () => {
    await create({ EmailIdentity: 'example.com' });
    await env.harness.admin('PUT', '/_emulator/identities/example.com/verification', { status: 'TEMPORARY_FAILURE', errorType: 'DNS_SERVER_ERROR' });
    expect((await get('example.com')).VerificationInfo?.ErrorType).toBe('DNS_SERVER_ERROR');
  });

  it('acts on the account and Region named in the query', async () => {
    await create({ EmailIdentity: 'example.com' });
    const europe = env.harness.client({ region: 'eu-west-1' });
    await create({ EmailIdentity: 'example.com' }, europe);
    await env.harness.admin('PUT', '/_emulator/identities/example.com/verification?region=eu-west-1', { status: 'PENDING' });
    expect((await get('example.com', europe)).VerificationStatus).toBe('PENDING');
    expect((await get('example.com')).VerificationStatus).toBe('SUCCESS');
  });

  it('answers 400 BadRequestException for an unknown status', async () => {
    await create({ EmailIdentity: 'example.com' });
    const response = await verification('example.com', { status: 'VERIFIED' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'BadRequestException' });
    expect((await get('example.com')).VerificationStatus).toBe('SUCCESS');
  });

  it('answers 404 NotFoundException for a missing identity', async () => {
    const response = await verification('missing.example.com', { status: 'SUCCESS' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ __type: 'NotFoundException' });
  });

  it('persists the status across a restart', async () => {
    const dir = dataDir();
    const first = await startHarness({ quotas: false, dataDir: dir });
    try {
      await create({ EmailIdentity: 'example.com' }, first.client());
      await first.admin('PUT', '/_emulator/identities/example.com/verification', { status: 'PENDING' });
    } finally {
      await first.close();
    }
    const second = await extraHarness({ quotas: false, dataDir: dir });
    expect((await get('example.com', second.client())).VerificationStatus).toBe('PENDING');
  });
});
