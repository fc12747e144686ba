import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand, CreateDedicatedIpPoolCommand, CreateEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/gateway/ids.js';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const NodeById = graphql(`
  query NodeTestById($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);

const NodesByIds = graphql(`
  query NodeTestByIds($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);

const SetNodeOtherTypesFragment = graphql(`
  query NodeTestSetOtherTypesFragment($id: ID!) {
    node(id: $id) {
      ... on EmailIdentity { tags { key } }
      ... on ConfigurationSet { eventDestinations { name } }
    }
  }
`);

const SetNodeNamedFragment = graphql(`
  query NodeTestSetNamedFragment($id: ID!) {
    node(id: $id) {
      ...NodeTestPoolTags
      ... on ConfigurationSet { eventDestinations { name } }
    }
  }
  fragment NodeTestPoolTags on DedicatedIpPool { tags { key } }
`);

const SetNodeInterfaceFragment = graphql(`
  query NodeTestSetInterfaceFragment($id: ID!) {
    node(id: $id) {
      ... on Taggable { tags { key } }
      ... on ConfigurationSet { eventDestinations { name } }
    }
  }
`);

const ses = () => env.stack.emulator.client();

const rawId = (...parts: string[]) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');

async function seedSet() {
  await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'set-a', Tags: [{ Key: 'team', Value: 'mail' }] }));
  await ses().send(
    new CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: 'set-a',
      EventDestinationName: 'dest-a',
      EventDestination: { Enabled: true, MatchingEventTypes: ['SEND'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } },
    }),
  );
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

describe('Query.node', () => {
  it.each([
    ['a configuration set', 'ConfigurationSet', ['no spaces']],
    ['an event destination (set name)', 'EventDestination', ['bad/set', 'dest-a']],
    ['an event destination (destination name)', 'EventDestination', ['set-a', 'bad dest']],
    ['an email identity', 'EmailIdentity', ['not an identity']],
    ['a dedicated IP pool', 'DedicatedIpPool', ['p'.repeat(65)]],
  ])('answers null for %s with a name SES would reject, without calling SES', async (_what, type, names) => {
    const result = await env.stack.execute(NodeById, { id: rawId(type, 'us-east-1', ...names) });
    expect(result).toEqual({ data: { node: null }, extensions: { cost: expect.any(Object) } });
    expect(await env.stack.calls()).toEqual({});
  });

  it.each(['ConfigurationSet', 'EmailIdentity', 'DedicatedIpPool'])('answers null for a %s id with a malformed region, without calling SES', async (type) => {
    const result = await env.stack.execute(NodeById, { id: rawId(type, 'mars', type === 'EmailIdentity' ? 'example.com' : 'name-a') });
    expect(result).toEqual({ data: { node: null }, extensions: { cost: expect.any(Object) } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('finds objects of every type whose names pass the rules', async () => {
    await seedSet();
    await ses().send(new CreateEmailIdentityCommand({ EmailIdentity: 'someone@example.com' }));
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    const ids = [
      encodeId('ConfigurationSet', 'us-east-1', 'set-a'),
      encodeId('EventDestination', 'us-east-1', 'set-a', 'dest-a'),
      encodeId('EmailIdentity', 'us-east-1', 'someone@example.com'),
      encodeId('DedicatedIpPool', 'us-east-1', 'pool-a'),
    ];
    const { nodes } = await env.stack.request(NodesByIds, { ids });
    expect(nodes.map((node) => node?.__typename)).toEqual(['ConfigurationSet', 'EventDestination', 'EmailIdentity', 'DedicatedIpPool']);
  });

  it('ignores fragments on other types: a set selected for its destinations costs one GetConfigurationSetEventDestinations', async () => {
    await seedSet();
    const { node } = await env.stack.request(SetNodeOtherTypesFragment, { id: encodeId('ConfigurationSet', 'us-east-1', 'set-a') });
    expect(node).toEqual({ eventDestinations: [{ name: 'dest-a' }] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSetEventDestinations: 1 });
  });

  it('ignores named fragments on other types too', async () => {
    await seedSet();
    const { node } = await env.stack.request(SetNodeNamedFragment, { id: encodeId('ConfigurationSet', 'us-east-1', 'set-a') });
    expect(node).toEqual({ eventDestinations: [{ name: 'dest-a' }] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSetEventDestinations: 1 });
  });

  it('counts fragments on an interface the type implements', async () => {
    await seedSet();
    const { node } = await env.stack.request(SetNodeInterfaceFragment, { id: encodeId('ConfigurationSet', 'us-east-1', 'set-a') });
    expect(node).toEqual({ tags: [{ key: 'team' }], eventDestinations: [{ name: 'dest-a' }] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, GetConfigurationSetEventDestinations: 1 });
  });
});

describe('Query.nodes', () => {
  it('answers 100 ids', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => rawId('ConfigurationSet', 'us-east-1', `bad name ${i}`));
    const { nodes } = await env.stack.request(NodesByIds, { ids });
    expect(nodes).toEqual(Array.from({ length: 100 }, () => null));
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects more than 100 ids as BAD_USER_INPUT naming ids, without calling SES', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => encodeId('ConfigurationSet', 'us-east-1', `set-${i}`));
    const result = await env.stack.execute(NodesByIds, { ids });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('ids: '), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'ids' }) })]);
    expect(await env.stack.calls()).toEqual({});
  });
});
