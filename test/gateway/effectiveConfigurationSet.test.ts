import { CreateConfigurationSetCommand, CreateEmailIdentityCommand, DeleteConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const Effective = graphql(`
  query Effective($emailAddress: String!, $region: Region) {
    effectiveConfigurationSet(emailAddress: $emailAddress, region: $region) {
      configurationSet { name }
      decidedBy { name verificationStatus defaultConfigurationSetName }
      reason
    }
  }
`);

const ses = () => env.stack.emulator.client();

async function createSet(name: string) {
  await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
}

/** Creates an identity (verified: the emulator's default) with an optional default set and verification status. */
async function createIdentity(name: string, options: { defaultSet?: string; status?: string } = {}) {
  await ses().send(new CreateEmailIdentityCommand({ EmailIdentity: name, ...(options.defaultSet && { ConfigurationSetName: options.defaultSet }) }));
  if (options.status) await env.stack.emulator.admin('PUT', `/_emulator/identities/${encodeURIComponent(name)}/verification`, { status: options.status });
}

const effective = async (emailAddress: string) => (await env.stack.request(Effective, { emailAddress })).effectiveConfigurationSet;

describe('Query.effectiveConfigurationSet', () => {
  it("prefers the verified address's default over the domain's, reading only the address", async () => {
    await createSet('personal');
    await createSet('company');
    await createIdentity('ann@example.com', { defaultSet: 'personal' });
    await createIdentity('example.com', { defaultSet: 'company' });
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    expect(await effective('ann@example.com')).toEqual({
      configurationSet: { name: 'personal' },
      decidedBy: { name: 'ann@example.com', verificationStatus: 'SUCCESS', defaultConfigurationSetName: 'personal' },
      reason: 'ADDRESS_DEFAULT',
    });
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: 1, GetConfigurationSet: 1 });
  });

  it("ignores an unverified address's default in favour of the verified domain's", async () => {
    await createSet('personal');
    await createSet('company');
    await createIdentity('ann@example.com', { defaultSet: 'personal', status: 'PENDING' });
    await createIdentity('example.com', { defaultSet: 'company' });
    expect(await effective('ann@example.com')).toMatchObject({ configurationSet: { name: 'company' }, decidedBy: { name: 'example.com' }, reason: 'DOMAIN_DEFAULT' });
  });

  it("uses the domain's default when the verified address has none", async () => {
    await createSet('company');
    await createIdentity('ann@example.com');
    await createIdentity('example.com', { defaultSet: 'company' });
    expect(await effective('ann@example.com')).toMatchObject({ configurationSet: { name: 'company' }, decidedBy: { name: 'example.com' }, reason: 'DOMAIN_DEFAULT' });
  });

  it('lets a verified parent domain cover an address at a subdomain', async () => {
    await createSet('company');
    await createIdentity('example.com', { defaultSet: 'company' });
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    expect(await effective('ann@mail.eu.example.com')).toMatchObject({ configurationSet: { name: 'company' }, decidedBy: { name: 'example.com' }, reason: 'DOMAIN_DEFAULT' });
    // The address, mail.eu.example.com, eu.example.com, example.com: closest first, stopping at the decider.
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: 4, GetConfigurationSet: 1 });
  });

  it('prefers the closest domain when a subdomain and its parent both have defaults', async () => {
    await createSet('eu');
    await createSet('company');
    await createIdentity('eu.example.com', { defaultSet: 'eu' });
    await createIdentity('example.com', { defaultSet: 'company' });
    expect(await effective('ann@eu.example.com')).toMatchObject({ configurationSet: { name: 'eu' }, decidedBy: { name: 'eu.example.com' }, reason: 'DOMAIN_DEFAULT' });
  });

  it('answers DEFAULT_SET_MISSING when the deciding identity names a deleted set', async () => {
    await createSet('gone');
    await createSet('company');
    await createIdentity('ann@example.com', { defaultSet: 'gone' });
    await createIdentity('example.com', { defaultSet: 'company' });
    await ses().send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'gone' }));
    expect(await effective('ann@example.com')).toEqual({
      configurationSet: null,
      decidedBy: { name: 'ann@example.com', verificationStatus: 'SUCCESS', defaultConfigurationSetName: 'gone' },
      reason: 'DEFAULT_SET_MISSING',
    });
  });

  it('answers NO_DEFAULT when verified identities cover the address but none has a default', async () => {
    await createIdentity('ann@example.com');
    await createIdentity('example.com');
    expect(await effective('ann@example.com')).toEqual({ configurationSet: null, decidedBy: null, reason: 'NO_DEFAULT' });
  });

  it('answers NO_VERIFIED_IDENTITY when no identity covers the address', async () => {
    await createIdentity('other.org');
    expect(await effective('ann@example.com')).toEqual({ configurationSet: null, decidedBy: null, reason: 'NO_VERIFIED_IDENTITY' });
  });

  it('answers NO_VERIFIED_IDENTITY when the covering identities are all unverified, defaults or not', async () => {
    await createSet('company');
    await createIdentity('ann@example.com', { status: 'PENDING' });
    await createIdentity('example.com', { defaultSet: 'company', status: 'FAILED' });
    expect(await effective('ann@example.com')).toEqual({ configurationSet: null, decidedBy: null, reason: 'NO_VERIFIED_IDENTITY' });
  });

  it.each(['not-an-address', 'ann@', '@example.com', 'ann@localhost', 'ann smith@example.com'])('rejects "%s" as BAD_USER_INPUT without calling SES', async (emailAddress) => {
    const result = await env.stack.execute(Effective, { emailAddress });
    expect(result.data).toEqual({ effectiveConfigurationSet: null });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('emailAddress'), extensions: { code: 'BAD_USER_INPUT', argument: 'emailAddress' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects a malformed region before calling SES', async () => {
    const result = await env.stack.execute(Effective, { emailAddress: 'ann@example.com', region: 'mars' });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('region'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });
});
