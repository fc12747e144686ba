import { CreateConfigurationSetCommand, CreateEmailIdentityCommand, DeleteConfigurationSetCommand, GetEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { EmailIdentityFilter } from '../generated/graphql.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const IdentityByName = graphql(`
  query IdentityByName($name: String!, $region: Region) {
    emailIdentity(name: $name, region: $region) {
      id
      name
      region
      arn
      type
      verificationStatus
      verifiedForSending
      sendingEnabled
      defaultConfigurationSetName
      defaultConfigurationSet { name }
      dkim { signingEnabled status tokens signingAttributesOrigin }
      tags { key value }
    }
  }
`);

const IdentityDefaultOnly = graphql(`
  query IdentityDefaultOnly($name: String!) {
    emailIdentity(name: $name) {
      id
      name
      defaultConfigurationSetName
    }
  }
`);

const IdentitySummaries = graphql(`
  query IdentitySummaries($first: Int, $after: String, $filter: EmailIdentityFilter) {
    emailIdentities(first: $first, after: $after, filter: $filter) {
      edges { cursor node { name type verificationStatus sendingEnabled } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);

const IdentityDefaults = graphql(`
  query IdentityDefaults {
    emailIdentities {
      nodes { name defaultConfigurationSetName }
    }
  }
`);

const IdentityById = graphql(`
  query IdentityById($id: ID!) {
    node(id: $id) {
      id
      ... on EmailIdentity { name type }
    }
  }
`);

const SetDefaultFor = graphql(`
  query SetDefaultFor($name: String!) {
    configurationSet(name: $name) {
      defaultForIdentities { name }
    }
  }
`);

const CreateIdentity = graphql(`
  mutation CreateIdentity($input: CreateEmailIdentityInput!) {
    createEmailIdentity(input: $input) {
      emailIdentity { id name type verificationStatus defaultConfigurationSetName tags { key value } }
      userErrors { code field message }
    }
  }
`);

const DeleteIdentity = graphql(`
  mutation DeleteIdentity($input: DeleteEmailIdentityInput!) {
    deleteEmailIdentity(input: $input) {
      deletedEmailIdentityId
      userErrors { code field message }
    }
  }
`);

const SetIdentityDefault = graphql(`
  mutation SetIdentityDefault($input: SetEmailIdentityDefaultConfigurationSetInput!) {
    setEmailIdentityDefaultConfigurationSet(input: $input) {
      emailIdentity { name defaultConfigurationSetName defaultConfigurationSet { name } }
      userErrors { code field message }
    }
  }
`);

const ses = () => env.stack.emulator.client();
const clearCalls = () => env.stack.emulator.admin('DELETE', '/_emulator/stats');
const setVerification = (identity: string, status: string) =>
  env.stack.emulator.admin('PUT', `/_emulator/identities/${encodeURIComponent(identity)}/verification`, { status });

async function createSet(name: string) {
  await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
}

async function createIdentity(name: string, configurationSetName?: string) {
  await ses().send(new CreateEmailIdentityCommand({ EmailIdentity: name, ...(configurationSetName && { ConfigurationSetName: configurationSetName }) }));
}

describe('Query.emailIdentity', () => {
  it('returns every field of a domain identity from one GetEmailIdentity', async () => {
    await createSet('marketing');
    await ses().send(new CreateEmailIdentityCommand({ EmailIdentity: 'example.com', ConfigurationSetName: 'marketing', Tags: [{ Key: 'team', Value: 'mail' }] }));
    await clearCalls();
    const { emailIdentity } = await env.stack.request(IdentityByName, { name: 'example.com' });
    expect(emailIdentity).toEqual({
      id: expect.any(String),
      name: 'example.com',
      region: 'us-east-1',
      arn: 'arn:aws:ses:us-east-1:123456789012:identity/example.com',
      type: 'DOMAIN',
      verificationStatus: 'SUCCESS',
      verifiedForSending: true,
      sendingEnabled: true,
      defaultConfigurationSetName: 'marketing',
      defaultConfigurationSet: { name: 'marketing' },
      dkim: { signingEnabled: true, status: 'SUCCESS', tokens: [expect.any(String), expect.any(String), expect.any(String)], signingAttributesOrigin: 'AWS_SES' },
      tags: [{ key: 'team', value: 'mail' }],
    });
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: 1, GetConfigurationSet: 1 });
  });

  it('reports an email address identity with no DKIM and no default', async () => {
    await createIdentity('sender@example.com');
    await setVerification('sender@example.com', 'PENDING');
    const { emailIdentity } = await env.stack.request(IdentityByName, { name: 'sender@example.com' });
    expect(emailIdentity).toMatchObject({
      type: 'EMAIL_ADDRESS',
      verificationStatus: 'PENDING',
      verifiedForSending: false,
      sendingEnabled: false,
      defaultConfigurationSetName: null,
      defaultConfigurationSet: null,
      dkim: null,
      tags: [],
    });
  });

  it('keeps the name of a deleted default set but returns no set object', async () => {
    await createSet('gone');
    await createIdentity('example.com', 'gone');
    await ses().send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'gone' }));
    const { emailIdentity } = await env.stack.request(IdentityByName, { name: 'example.com' });
    expect(emailIdentity).toMatchObject({ defaultConfigurationSetName: 'gone', defaultConfigurationSet: null });
  });

  it('returns null for an identity that does not exist', async () => {
    expect(await env.stack.request(IdentityByName, { name: 'missing.example.com' })).toEqual({ emailIdentity: null });
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: 1 });
  });

  it.each(['not an identity', 'a@b', '@example.com', `${'x'.repeat(65)}@example.com`])('returns null for "%s" without calling SES', async (name) => {
    expect(await env.stack.request(IdentityByName, { name })).toEqual({ emailIdentity: null });
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects a malformed region before calling SES', async () => {
    const result = await env.stack.execute(IdentityByName, { name: 'example.com', region: 'mars' });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('region'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('finds the identity again by its id', async () => {
    await createIdentity('example.com');
    const { emailIdentity } = await env.stack.request(IdentityByName, { name: 'example.com' });
    const { node } = await env.stack.request(IdentityById, { id: emailIdentity?.id ?? '' });
    expect(node).toEqual({ id: emailIdentity?.id, name: 'example.com', type: 'DOMAIN' });
  });
});

describe('Query.emailIdentities', () => {
  async function createIdentities(count: number) {
    for (let i = 0; i < count; i += 1) await createIdentity(`user${String(i).padStart(2, '0')}@example.com`);
    await clearCalls();
  }

  it('answers name, type and statuses from ListEmailIdentities alone', async () => {
    await createIdentities(3);
    await setVerification('user01@example.com', 'PENDING');
    const { emailIdentities } = await env.stack.request(IdentitySummaries, {});
    expect(emailIdentities?.edges.map((edge) => edge?.node)).toEqual([
      { name: 'user00@example.com', type: 'EMAIL_ADDRESS', verificationStatus: 'SUCCESS', sendingEnabled: true },
      { name: 'user01@example.com', type: 'EMAIL_ADDRESS', verificationStatus: 'PENDING', sendingEnabled: false },
      { name: 'user02@example.com', type: 'EMAIL_ADDRESS', verificationStatus: 'SUCCESS', sendingEnabled: true },
    ]);
    expect(await env.stack.calls()).toEqual({ ListEmailIdentities: 1 });
  });

  it('reads GetEmailIdentity once per identity for detail fields', async () => {
    await createSet('marketing');
    await createIdentity('a.example.com', 'marketing');
    await createIdentity('b.example.com');
    await clearCalls();
    const { emailIdentities } = await env.stack.request(IdentityDefaults, {});
    expect(emailIdentities?.nodes).toEqual([
      { name: 'a.example.com', defaultConfigurationSetName: 'marketing' },
      { name: 'b.example.com', defaultConfigurationSetName: null },
    ]);
    expect(await env.stack.calls()).toEqual({ ListEmailIdentities: 1, GetEmailIdentity: 2 });
  });

  it('pages with first and after until every identity is seen once', async () => {
    await createIdentities(7);
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 5; page += 1) {
      const { emailIdentities } = await env.stack.request(IdentitySummaries, { first: 3, after });
      seen.push(...(emailIdentities?.edges.map((edge) => edge?.node.name ?? '') ?? []));
      if (!emailIdentities?.pageInfo.hasNextPage) break;
      after = emailIdentities?.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `user0${i}@example.com`));
  });

  it('filters by name, type and verification status, all conditions together', async () => {
    await createIdentity('a@example.com');
    await createIdentity('b@example.com');
    await createIdentity('example.com');
    await createIdentity('other.org');
    await setVerification('b@example.com', 'PENDING');
    const names = async (filter: EmailIdentityFilter) =>
      (await env.stack.request(IdentitySummaries, { filter })).emailIdentities?.edges.map((edge) => edge?.node.name);
    expect(await names({ nameContains: 'example' })).toEqual(['a@example.com', 'b@example.com', 'example.com']);
    expect(await names({ type: 'DOMAIN' })).toEqual(['example.com', 'other.org']);
    expect(await names({ verificationStatus: 'PENDING' })).toEqual(['b@example.com']);
    expect(await names({ nameContains: 'example', type: 'EMAIL_ADDRESS', verificationStatus: 'SUCCESS' })).toEqual(['a@example.com']);
  });

  it.each([0, 101])('rejects first = %i naming the argument, without calling SES', async (first) => {
    const result = await env.stack.execute(IdentitySummaries, { first });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('first'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('ConfigurationSet.defaultForIdentities', () => {
  it('lists exactly the identities whose default is the set', async () => {
    await createSet('marketing');
    await createSet('billing');
    await createIdentity('example.com', 'marketing');
    await createIdentity('news@example.com', 'marketing');
    await createIdentity('pay@example.com', 'billing');
    await createIdentity('plain@example.com');
    const { configurationSet } = await env.stack.request(SetDefaultFor, { name: 'marketing' });
    expect(configurationSet?.defaultForIdentities?.map((identity) => identity.name).sort()).toEqual(['example.com', 'news@example.com']);
  });

  it('is empty for a set no identity uses', async () => {
    await createSet('unused');
    await createIdentity('plain@example.com');
    expect(await env.stack.request(SetDefaultFor, { name: 'unused' })).toEqual({ configurationSet: { defaultForIdentities: [] } });
  });
});

describe('Mutation.createEmailIdentity', () => {
  it('creates an identity with a default set and tags, and returns it', async () => {
    await createSet('marketing');
    const { createEmailIdentity } = await env.stack.request(CreateIdentity, {
      input: { name: 'example.com', defaultConfigurationSetName: 'marketing', tags: [{ key: 'team', value: 'mail' }] },
    });
    expect(createEmailIdentity).toEqual({
      emailIdentity: {
        id: expect.any(String),
        name: 'example.com',
        type: 'DOMAIN',
        verificationStatus: 'SUCCESS',
        defaultConfigurationSetName: 'marketing',
        tags: [{ key: 'team', value: 'mail' }],
      },
      userErrors: [],
    });
    const stored = await ses().send(new GetEmailIdentityCommand({ EmailIdentity: 'example.com' }));
    expect(stored).toMatchObject({ ConfigurationSetName: 'marketing', Tags: [{ Key: 'team', Value: 'mail' }] });
  });

  it.each([
    ['a name that is neither address nor domain', { name: 'not an identity' }, ['name']],
    ['an address whose domain is one label', { name: 'user@localhost' }, ['name']],
    ['an address with a 65-character local part', { name: `${'x'.repeat(65)}@example.com` }, ['name']],
    ['a default set name SES would reject', { name: 'example.com', defaultConfigurationSetName: 'bad name' }, ['defaultConfigurationSetName']],
    ['a reserved tag key', { name: 'example.com', tags: [{ key: 'aws:owner', value: 'x' }] }, ['tags', '0', 'key']],
  ])('rejects %s as INVALID_INPUT without calling SES', async (_what, input, field) => {
    const { createEmailIdentity } = await env.stack.request(CreateIdentity, { input });
    expect(createEmailIdentity).toEqual({ emailIdentity: null, userErrors: [{ code: 'INVALID_INPUT', field, message: expect.stringContaining(field.join('.')) }] });
    expect(await env.stack.calls()).toEqual({});
  });

  it('answers ALREADY_EXISTS for an identity that exists', async () => {
    await createIdentity('example.com');
    const { createEmailIdentity } = await env.stack.request(CreateIdentity, { input: { name: 'example.com' } });
    expect(createEmailIdentity).toEqual({ emailIdentity: null, userErrors: [{ code: 'ALREADY_EXISTS', field: ['name'], message: expect.stringContaining('example.com') }] });
  });

  it('answers NOT_FOUND for a default set that does not exist, and creates nothing', async () => {
    const { createEmailIdentity } = await env.stack.request(CreateIdentity, { input: { name: 'example.com', defaultConfigurationSetName: 'missing' } });
    expect(createEmailIdentity).toEqual({
      emailIdentity: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['defaultConfigurationSetName'], message: expect.stringContaining('missing') }],
    });
    expect(await env.stack.request(IdentityDefaultOnly, { name: 'example.com' })).toEqual({ emailIdentity: null });
  });

  it('answers LIMIT_EXCEEDED when SES refuses more identities', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'CreateEmailIdentity', errorType: 'LimitExceededException', count: 1 });
    const { createEmailIdentity } = await env.stack.request(CreateIdentity, { input: { name: 'example.com' } });
    expect(createEmailIdentity).toEqual({ emailIdentity: null, userErrors: [{ code: 'LIMIT_EXCEEDED', field: ['name'], message: expect.any(String) }] });
  });
});

describe('Mutation.deleteEmailIdentity', () => {
  it('deletes the identity and returns its id', async () => {
    await createIdentity('example.com');
    const { emailIdentity } = await env.stack.request(IdentityDefaultOnly, { name: 'example.com' });
    expect(emailIdentity).not.toBeNull();
    const { deleteEmailIdentity } = await env.stack.request(DeleteIdentity, { input: { name: 'example.com' } });
    expect(deleteEmailIdentity).toEqual({ deletedEmailIdentityId: emailIdentity?.id, userErrors: [] });
    // Read through the gateway after its own write: the cached GetEmailIdentity was dropped.
    expect(await env.stack.request(IdentityDefaultOnly, { name: 'example.com' })).toEqual({ emailIdentity: null });
  });

  it('answers NOT_FOUND for an identity that does not exist', async () => {
    const { deleteEmailIdentity } = await env.stack.request(DeleteIdentity, { input: { name: 'missing.example.com' } });
    expect(deleteEmailIdentity).toEqual({
      deletedEmailIdentityId: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('missing.example.com') }],
    });
  });

  it('rejects a name that cannot be an identity without calling SES', async () => {
    const { deleteEmailIdentity } = await env.stack.request(DeleteIdentity, { input: { name: 'no spaces allowed' } });
    expect(deleteEmailIdentity).toEqual({ deletedEmailIdentityId: null, userErrors: [{ code: 'INVALID_INPUT', field: ['name'], message: expect.stringContaining('name') }] });
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('Mutation.setEmailIdentityDefaultConfigurationSet', () => {
  it('sets the default, visible to the next query despite the cache', async () => {
    await createSet('marketing');
    await createIdentity('example.com');
    expect(await env.stack.request(IdentityDefaultOnly, { name: 'example.com' })).toMatchObject({ emailIdentity: { name: 'example.com', defaultConfigurationSetName: null } });
    const { setEmailIdentityDefaultConfigurationSet } = await env.stack.request(SetIdentityDefault, { input: { name: 'example.com', configurationSetName: 'marketing' } });
    expect(setEmailIdentityDefaultConfigurationSet).toEqual({
      emailIdentity: { name: 'example.com', defaultConfigurationSetName: 'marketing', defaultConfigurationSet: { name: 'marketing' } },
      userErrors: [],
    });
    expect(await env.stack.request(IdentityDefaultOnly, { name: 'example.com' })).toMatchObject({ emailIdentity: { name: 'example.com', defaultConfigurationSetName: 'marketing' } });
  });

  it('clears the default when configurationSetName is null', async () => {
    await createSet('marketing');
    await createIdentity('example.com', 'marketing');
    const { setEmailIdentityDefaultConfigurationSet } = await env.stack.request(SetIdentityDefault, { input: { name: 'example.com', configurationSetName: null } });
    expect(setEmailIdentityDefaultConfigurationSet.emailIdentity).toEqual({ name: 'example.com', defaultConfigurationSetName: null, defaultConfigurationSet: null });
    const stored = await ses().send(new GetEmailIdentityCommand({ EmailIdentity: 'example.com' }));
    expect(stored.ConfigurationSetName).toBeUndefined();
  });

  it('answers NOT_FOUND on name for an identity that does not exist', async () => {
    await createSet('marketing');
    const { setEmailIdentityDefaultConfigurationSet } = await env.stack.request(SetIdentityDefault, { input: { name: 'missing.example.com', configurationSetName: 'marketing' } });
    expect(setEmailIdentityDefaultConfigurationSet).toEqual({
      emailIdentity: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('missing.example.com') }],
    });
  });

  it('answers NOT_FOUND on configurationSetName for a set that does not exist', async () => {
    await createIdentity('example.com');
    const { setEmailIdentityDefaultConfigurationSet } = await env.stack.request(SetIdentityDefault, { input: { name: 'example.com', configurationSetName: 'missing' } });
    expect(setEmailIdentityDefaultConfigurationSet).toEqual({
      emailIdentity: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['configurationSetName'], message: expect.stringContaining('missing') }],
    });
  });

  it.each([
    ['an identity name', { name: 'bad name', configurationSetName: 'marketing' }, ['name']],
    ['a set name', { name: 'example.com', configurationSetName: 'bad name' }, ['configurationSetName']],
  ])('rejects %s SES would reject without calling SES', async (_what, input, field) => {
    const { setEmailIdentityDefaultConfigurationSet } = await env.stack.request(SetIdentityDefault, { input });
    expect(setEmailIdentityDefaultConfigurationSet).toEqual({ emailIdentity: null, userErrors: [{ code: 'INVALID_INPUT', field, message: expect.stringContaining(field[0] ?? '') }] });
    expect(await env.stack.calls()).toEqual({});
  });
});
