import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand, CreateDedicatedIpPoolCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const SetByName = graphql(`
  query SetByName($name: String!, $region: Region) {
    configurationSet(name: $name, region: $region) {
      id
      name
      region
      arn
      sendingEnabled
      deliveryOptions { tlsPolicy sendingPoolName maxDeliverySeconds sendingPool { name scalingMode } }
      trackingOptions { customRedirectDomain httpsPolicy }
      reputationOptions { reputationMetricsEnabled lastFreshStart }
      suppressionOptions { suppressedReasons suppressionScope validationOptions { conditionThresholdEnabled overallConfidenceThreshold } }
      archivingOptions { archiveArn }
      messageSecurityOptions { signingScheme }
      tags { key value }
    }
  }
`);

const SetDestinationsOnly = graphql(`
  query SetDestinationsOnly($name: String!) {
    configurationSet(name: $name) {
      name
      eventDestinations { name enabled matchingEventTypes }
    }
  }
`);

const SetsWithDestinations = graphql(`
  query SetsWithDestinations($first: Int, $after: String) {
    configurationSets(first: $first, after: $after) {
      nodes {
        name
        sendingEnabled
        eventDestinations { name }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const SetNames = graphql(`
  query SetNames($first: Int, $after: String, $filter: ConfigurationSetFilter, $nameContains: String) {
    configurationSets(first: $first, after: $after, filter: $filter, nameContains: $nameContains) {
      edges { cursor node { id name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const ses = () => env.stack.emulator.client();

async function createSets(count: number, withDestination = false) {
  const client = ses();
  for (let i = 0; i < count; i += 1) {
    const name = `set-${String(i).padStart(2, '0')}`;
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    if (withDestination) {
      await client.send(
        new CreateConfigurationSetEventDestinationCommand({
          ConfigurationSetName: name,
          EventDestinationName: 'sns',
          EventDestination: { Enabled: true, MatchingEventTypes: ['BOUNCE'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } },
        }),
      );
    }
  }
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

describe('Query.configurationSet', () => {
  it('returns every option group of a set', async () => {
    const client = ses();
    await client.send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    await client.send(
      new CreateConfigurationSetCommand({
        ConfigurationSetName: 'full',
        DeliveryOptions: { TlsPolicy: 'REQUIRE', SendingPoolName: 'pool-a', MaxDeliverySeconds: 900 },
        TrackingOptions: { CustomRedirectDomain: 'track.example.com', HttpsPolicy: 'REQUIRE' },
        ReputationOptions: { ReputationMetricsEnabled: true },
        SuppressionOptions: { SuppressedReasons: ['COMPLAINT'], ValidationOptions: { ConditionThreshold: { ConditionThresholdEnabled: 'ENABLED', OverallConfidenceThreshold: { ConfidenceVerdictThreshold: 'HIGH' } } } },
        ArchivingOptions: { ArchiveArn: 'arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-1' },
        MessageSecurityOptions: { SigningScheme: { SmimeScheme: { SignatureFormat: 'DETACHED' } } },
        Tags: [{ Key: 'team', Value: 'mail' }],
      }),
    );
    const { configurationSet } = await env.stack.request(SetByName, { name: 'full' });
    expect(configurationSet).toEqual({
      id: expect.any(String),
      name: 'full',
      region: 'us-east-1',
      arn: 'arn:aws:ses:us-east-1:123456789012:configuration-set/full',
      sendingEnabled: true,
      deliveryOptions: { tlsPolicy: 'REQUIRE', sendingPoolName: 'pool-a', maxDeliverySeconds: 900, sendingPool: { name: 'pool-a', scalingMode: 'STANDARD' } },
      trackingOptions: { customRedirectDomain: 'track.example.com', httpsPolicy: 'REQUIRE' },
      reputationOptions: { reputationMetricsEnabled: true, lastFreshStart: null },
      suppressionOptions: { suppressedReasons: ['COMPLAINT'], suppressionScope: null, validationOptions: { conditionThresholdEnabled: 'ENABLED', overallConfidenceThreshold: 'HIGH' } },
      archivingOptions: { archiveArn: 'arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-1' },
      messageSecurityOptions: { signingScheme: 'SMIME_DETACHED' },
      tags: [{ key: 'team', value: 'mail' }],
    });
  });

  it('returns null for a set that does not exist', async () => {
    expect(await env.stack.request(SetByName, { name: 'missing' })).toEqual({ configurationSet: null });
  });

  it('returns null for a name SES would reject, without calling SES', async () => {
    expect(await env.stack.request(SetByName, { name: 'not a valid name' })).toEqual({ configurationSet: null });
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects a malformed region before calling SES', async () => {
    const result = await env.stack.execute(SetByName, { name: 'x', region: 'mars' });
    expect(result.errors?.[0]?.message).toContain('region');
    expect(await env.stack.calls()).toEqual({});
  });

  it('asks only GetConfigurationSetEventDestinations when only destinations are selected', async () => {
    await createSets(1, true);
    const { configurationSet } = await env.stack.request(SetDestinationsOnly, { name: 'set-00' });
    expect(configurationSet?.eventDestinations).toEqual([{ name: 'sns', enabled: true, matchingEventTypes: ['BOUNCE'] }]);
    expect(await env.stack.calls()).toEqual({ GetConfigurationSetEventDestinations: 1 });
  });

  it('serves a repeated read from the shared cache', async () => {
    await createSets(1);
    await env.stack.request(SetByName, { name: 'set-00' });
    await env.stack.request(SetByName, { name: 'set-00' });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });
});

describe('Query.configurationSets', () => {
  it('reads 20 sets with their destinations in one list call plus 20 + 20 gets, none twice', async () => {
    await createSets(20, true);
    const { configurationSets } = await env.stack.request(SetsWithDestinations, { first: 20 });
    expect(configurationSets?.nodes).toHaveLength(20);
    expect(configurationSets?.nodes.every((set) => set?.eventDestinations?.length === 1 && set.sendingEnabled === true)).toBe(true);
    expect(await env.stack.calls()).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 20, GetConfigurationSetEventDestinations: 20 });
  });

  it('pages with first and after until every set is seen once', async () => {
    await createSets(7);
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 5; page += 1) {
      const { configurationSets } = await env.stack.request(SetNames, { first: 3, after });
      seen.push(...(configurationSets?.edges.map((edge) => edge?.node.name ?? '') ?? []));
      if (!configurationSets?.pageInfo.hasNextPage) break;
      after = configurationSets?.pageInfo.endCursor;
    }
    expect(seen).toEqual(['set-00', 'set-01', 'set-02', 'set-03', 'set-04', 'set-05', 'set-06']);
  });

  it('resumes from the cursor of any edge', async () => {
    await createSets(5);
    const first = await env.stack.request(SetNames, { first: 4 });
    const middle = first.configurationSets?.edges[1]?.cursor;
    const rest = await env.stack.request(SetNames, { first: 10, after: middle });
    expect(rest.configurationSets?.edges.map((e) => e?.node.name)).toEqual(['set-02', 'set-03', 'set-04']);
    expect(rest.configurationSets?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters by filter.nameContains, in the one list call', async () => {
    await createSets(12);
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    const { configurationSets } = await env.stack.request(SetNames, { filter: { nameContains: '-1' } });
    expect(configurationSets?.edges.map((e) => e?.node.name)).toEqual(['set-10', 'set-11']);
    expect(await env.stack.calls()).toEqual({ ListConfigurationSets: 1 });
  });

  it('matches every set with an empty filter.nameContains, as with none', async () => {
    await createSets(3);
    const { configurationSets } = await env.stack.request(SetNames, { filter: { nameContains: '' } });
    expect(configurationSets?.edges.map((e) => e?.node.name)).toEqual(['set-00', 'set-01', 'set-02']);
  });

  it('still filters by the deprecated nameContains argument', async () => {
    await createSets(12);
    const { configurationSets } = await env.stack.request(SetNames, { nameContains: '-1' });
    expect(configurationSets?.edges.map((e) => e?.node.name)).toEqual(['set-10', 'set-11']);
  });

  it('refuses the name text given both ways, naming the argument, without calling SES', async () => {
    await createSets(2);
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    const result = await env.stack.execute(SetNames, { filter: { nameContains: 'set' }, nameContains: 'set' });
    expect(result.data?.configurationSets).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^nameContains: .*filter\.nameContains/),
      path: ['configurationSets'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'nameContains' },
    });
    expect(await env.stack.calls()).toEqual({});
  });

  it.each([0, 101])('rejects first = %i naming the argument, without calling SES', async (first) => {
    const result = await env.stack.execute(SetNames, { first });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('first'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects a forged cursor', async () => {
    const result = await env.stack.execute(SetNames, { after: 'bm90LWEtY3Vyc29y' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
