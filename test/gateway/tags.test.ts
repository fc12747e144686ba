import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand, CreateDedicatedIpPoolCommand, CreateEmailIdentityCommand, DeleteConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const TagResource = graphql(`
  mutation TagsTagResource($input: TagResourceInput!) {
    tagResource(input: $input) {
      resource {
        __typename
        id
        arn
        tags { key value }
        ... on ConfigurationSet { name }
        ... on EmailIdentity { name }
        ... on DedicatedIpPool { name }
      }
      userErrors { code field message }
    }
  }
`);

const UntagResource = graphql(`
  mutation TagsUntagResource($input: UntagResourceInput!) {
    untagResource(input: $input) {
      resource { __typename id tags { key value } }
      userErrors { code field message }
    }
  }
`);

const TagThenUntag = graphql(`
  mutation TagsTagThenUntag($tag: TagResourceInput!, $untag: UntagResourceInput!) {
    tagResource(input: $tag) { resource { tags { key value } } userErrors { code } }
    untagResource(input: $untag) { resource { tags { key value } } userErrors { code } }
  }
`);

const TagTwice = graphql(`
  mutation TagsTagTwice($first: TagResourceInput!, $second: TagResourceInput!) {
    first: tagResource(input: $first) { resource { tags { key value } } userErrors { code } }
    second: tagResource(input: $second) { resource { tags { key value } } userErrors { code } }
  }
`);

const SetTags = graphql(`
  query TagsOfSet($name: String!) {
    configurationSet(name: $name) {
      id
      tags { key value }
      eventDestinations { id }
    }
  }
`);

const IdentityTags = graphql(`
  query TagsOfIdentity($name: String!) {
    emailIdentity(name: $name) { id tags { key value } }
  }
`);

const PoolTags = graphql(`
  query TagsOfPool($name: String!) {
    dedicatedIpPool(name: $name) { id tags { key value } }
  }
`);

const ses = () => env.stack.emulator.client();
const clearCalls = () => env.stack.emulator.admin('DELETE', '/_emulator/stats');

/** Creates a set straight at SES and returns the id the gateway gives it (counters cleared afterwards). */
async function setId(name = 'set-a', tags: { Key: string; Value: string }[] = []): Promise<string> {
  await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, ...(tags.length > 0 && { Tags: tags }) }));
  const { configurationSet } = await env.stack.request(SetTags, { name });
  await clearCalls();
  if (!configurationSet) throw new Error(`set ${name} was not created`);
  return configurationSet.id;
}

describe('Mutation.tagResource', () => {
  it('tags a configuration set by its id and returns it with its tags', async () => {
    const id = await setId('set-a', [{ Key: 'team', Value: 'mail' }]);
    const { tagResource } = await env.stack.request(TagResource, { input: { id, tags: [{ key: 'env', value: 'prod' }] } });
    expect(tagResource).toEqual({
      resource: {
        __typename: 'ConfigurationSet',
        id,
        name: 'set-a',
        arn: 'arn:aws:ses:us-east-1:123456789012:configuration-set/set-a',
        tags: [
          { key: 'team', value: 'mail' },
          { key: 'env', value: 'prod' },
        ],
      },
      userErrors: [],
    });
  });

  it('writes once and reads the tags back once', async () => {
    const id = await setId();
    await env.stack.request(TagResource, { input: { id, tags: [{ key: 'env', value: 'prod' }] } });
    expect(await env.stack.calls()).toEqual({ TagResource: 1, GetConfigurationSet: 1 });
  });

  it('shows the new tags to a query whose answer was cached before the write', async () => {
    const id = await setId();
    expect((await env.stack.request(SetTags, { name: 'set-a' })).configurationSet?.tags).toEqual([]);
    await env.stack.request(TagResource, { input: { id, tags: [{ key: 'env', value: 'prod' }] } });
    expect((await env.stack.request(SetTags, { name: 'set-a' })).configurationSet?.tags).toEqual([{ key: 'env', value: 'prod' }]);
  });

  it('gives an existing key its new value and keeps the other tags', async () => {
    const id = await setId('set-a', [
      { Key: 'team', Value: 'mail' },
      { Key: 'env', Value: 'dev' },
    ]);
    const { tagResource } = await env.stack.request(TagResource, { input: { id, tags: [{ key: 'env', value: 'prod' }] } });
    expect(tagResource.resource?.tags).toEqual([
      { key: 'team', value: 'mail' },
      { key: 'env', value: 'prod' },
    ]);
  });

  it('tags an email identity by its id', async () => {
    await ses().send(new CreateEmailIdentityCommand({ EmailIdentity: 'example.com' }));
    const { emailIdentity } = await env.stack.request(IdentityTags, { name: 'example.com' });
    const { tagResource } = await env.stack.request(TagResource, { input: { id: emailIdentity?.id ?? '', tags: [{ key: 'owner', value: 'web' }] } });
    expect(tagResource).toEqual({
      resource: { __typename: 'EmailIdentity', id: emailIdentity?.id, name: 'example.com', arn: 'arn:aws:ses:us-east-1:123456789012:identity/example.com', tags: [{ key: 'owner', value: 'web' }] },
      userErrors: [],
    });
    expect((await env.stack.request(IdentityTags, { name: 'example.com' })).emailIdentity?.tags).toEqual([{ key: 'owner', value: 'web' }]);
  });

  it('tags a dedicated IP pool by its id', async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    const { dedicatedIpPool } = await env.stack.request(PoolTags, { name: 'pool-a' });
    const { tagResource } = await env.stack.request(TagResource, { input: { id: dedicatedIpPool?.id ?? '', tags: [{ key: 'owner', value: 'web' }] } });
    expect(tagResource).toEqual({
      resource: { __typename: 'DedicatedIpPool', id: dedicatedIpPool?.id, name: 'pool-a', arn: 'arn:aws:ses:us-east-1:123456789012:dedicated-ip-pool/pool-a', tags: [{ key: 'owner', value: 'web' }] },
      userErrors: [],
    });
    expect((await env.stack.request(PoolTags, { name: 'pool-a' })).dedicatedIpPool?.tags).toEqual([{ key: 'owner', value: 'web' }]);
  });

  it('answers NOT_FOUND on id when the resource no longer exists', async () => {
    const id = await setId();
    await ses().send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'set-a' }));
    const { tagResource } = await env.stack.request(TagResource, { input: { id, tags: [{ key: 'env', value: 'prod' }] } });
    expect(tagResource).toEqual({ resource: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: expect.stringContaining('"set-a"') }] });
  });

  it('answers INVALID_INPUT on tags when the resource would end up with more than 50 tags', async () => {
    const id = await setId('set-a', Array.from({ length: 45 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })));
    const tags = Array.from({ length: 6 }, (_, i) => ({ key: `new${i}`, value: 'v' }));
    const { tagResource } = await env.stack.request(TagResource, { input: { id, tags } });
    expect(tagResource).toEqual({ resource: null, userErrors: [{ code: 'INVALID_INPUT', field: ['tags'], message: expect.stringContaining('50 tags') }] });
    expect(await env.stack.calls()).toEqual({ TagResource: 1 });
  });

  it('rejects the id of an event destination as INVALID_INPUT on id, without calling SES', async () => {
    await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'set-a' }));
    await ses().send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: 'set-a',
        EventDestinationName: 'dest-a',
        EventDestination: { Enabled: true, MatchingEventTypes: ['SEND'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } },
      }),
    );
    const { configurationSet } = await env.stack.request(SetTags, { name: 'set-a' });
    await clearCalls();
    const { tagResource } = await env.stack.request(TagResource, { input: { id: configurationSet?.eventDestinations?.[0]?.id ?? '', tags: [{ key: 'env', value: 'prod' }] } });
    expect(tagResource).toEqual({ resource: null, userErrors: [{ code: 'INVALID_INPUT', field: ['id'], message: expect.stringContaining('event destination') }] });
    expect(await env.stack.calls()).toEqual({});
  });

  it.each([
    ['a string that is not an id', 'not-an-id'],
    ['an id-shaped string of an unknown type', Buffer.from(JSON.stringify(['Template', 'us-east-1', 'x'])).toString('base64url')],
    ['an id with a name SES would reject', Buffer.from(JSON.stringify(['ConfigurationSet', 'us-east-1', 'no spaces'])).toString('base64url')],
    ['an id with a malformed region', Buffer.from(JSON.stringify(['ConfigurationSet', 'mars', 'set-a'])).toString('base64url')],
  ])('rejects %s as INVALID_INPUT on id, without calling SES', async (_what, id) => {
    const { tagResource } = await env.stack.request(TagResource, { input: { id, tags: [{ key: 'env', value: 'prod' }] } });
    expect(tagResource).toEqual({ resource: null, userErrors: [{ code: 'INVALID_INPUT', field: ['id'], message: expect.stringContaining('id: ') }] });
    expect(await env.stack.calls()).toEqual({});
  });

  it.each([
    ['no tags', [], ['tags']],
    ['a key with the reserved aws: prefix', [{ key: 'aws:owner', value: 'x' }], ['tags', '0', 'key']],
    ['an empty key', [{ key: '', value: 'x' }], ['tags', '0', 'key']],
    ['a repeated key', [{ key: 'a', value: '1' }, { key: 'a', value: '2' }], ['tags', '1', 'key']],
    ['a value over 256 characters', [{ key: 'a', value: 'v'.repeat(257) }], ['tags', '0', 'value']],
    ['a value with a character SES refuses', [{ key: 'a', value: 'semi;colon' }], ['tags', '0', 'value']],
    ['more than 50 tags', Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' })), ['tags']],
  ])('rejects %s as INVALID_INPUT on its field, without calling SES', async (_what, tags, field) => {
    const id = await setId();
    const { tagResource } = await env.stack.request(TagResource, { input: { id, tags } });
    expect(tagResource).toEqual({ resource: null, userErrors: [{ code: 'INVALID_INPUT', field, message: expect.stringContaining(`${field.join('.')}: `) }] });
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('Mutation.untagResource', () => {
  it('removes the given keys, ignores keys the resource lacks, and returns the remaining tags', async () => {
    const id = await setId('set-a', [
      { Key: 'team', Value: 'mail' },
      { Key: 'env', Value: 'dev' },
    ]);
    const { untagResource } = await env.stack.request(UntagResource, { input: { id, keys: ['env', 'absent'] } });
    expect(untagResource).toEqual({ resource: { __typename: 'ConfigurationSet', id, tags: [{ key: 'team', value: 'mail' }] }, userErrors: [] });
    expect((await env.stack.request(SetTags, { name: 'set-a' })).configurationSet?.tags).toEqual([{ key: 'team', value: 'mail' }]);
  });

  it('answers NOT_FOUND on id when the resource no longer exists', async () => {
    const id = await setId();
    await ses().send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'set-a' }));
    const { untagResource } = await env.stack.request(UntagResource, { input: { id, keys: ['env'] } });
    expect(untagResource).toEqual({ resource: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: expect.stringContaining('"set-a"') }] });
  });

  it.each([
    ['no keys', [], ['keys']],
    ['a key with the reserved aws: prefix', ['aws:cloudformation:stack-name'], ['keys', '0']],
    ['a key over 128 characters', ['k'.repeat(129)], ['keys', '0']],
  ])('rejects %s as INVALID_INPUT on its field, without calling SES', async (_what, keys, field) => {
    const id = await setId();
    const { untagResource } = await env.stack.request(UntagResource, { input: { id, keys } });
    expect(untagResource).toEqual({ resource: null, userErrors: [{ code: 'INVALID_INPUT', field, message: expect.stringContaining(`${field.join('.')}: `) }] });
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects the id of something that is not ours as INVALID_INPUT on id, without calling SES', async () => {
    const { untagResource } = await env.stack.request(UntagResource, { input: { id: 'bm9wZQ', keys: ['env'] } });
    expect(untagResource.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['id'], message: expect.stringContaining('id: ') }]);
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('tagging and untagging in one document', () => {
  it('shows the second mutation the first one\'s tags', async () => {
    const id = await setId('set-a', [{ Key: 'team', Value: 'mail' }]);
    const result = await env.stack.request(TagThenUntag, { tag: { id, tags: [{ key: 'env', value: 'prod' }] }, untag: { id, keys: ['team'] } });
    expect(result.tagResource.resource?.tags).toEqual([
      { key: 'team', value: 'mail' },
      { key: 'env', value: 'prod' },
    ]);
    expect(result.untagResource.resource?.tags).toEqual([{ key: 'env', value: 'prod' }]);
  });

  it('shows the second tagResource on a dedicated IP pool the first one\'s tag', async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    const { dedicatedIpPool } = await env.stack.request(PoolTags, { name: 'pool-a' });
    const id = dedicatedIpPool?.id ?? '';
    const result = await env.stack.request(TagTwice, { first: { id, tags: [{ key: 'team', value: 'mail' }] }, second: { id, tags: [{ key: 'env', value: 'prod' }] } });
    expect(result.first.resource?.tags).toEqual([{ key: 'team', value: 'mail' }]);
    expect(result.second.resource?.tags).toEqual([
      { key: 'team', value: 'mail' },
      { key: 'env', value: 'prod' },
    ]);
  });
});
