import { CreateDedicatedIpPoolCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const PoolByName = graphql(`
  query PoolByName($name: String!, $region: Region) {
    dedicatedIpPool(name: $name, region: $region) {
      id
      name
      region
      arn
      scalingMode
      tags { key value }
    }
  }
`);

const PoolTwice = graphql(`
  query PoolTwice($name: String!) {
    first: dedicatedIpPool(name: $name) { tags { key } }
    second: dedicatedIpPool(name: $name) { scalingMode tags { value } }
  }
`);

const PoolById = graphql(`
  query PoolById($id: ID!) {
    node(id: $id) {
      id
      ... on DedicatedIpPool { name scalingMode }
    }
  }
`);

const PoolNames = graphql(`
  query PoolNames($first: Int, $after: String) {
    dedicatedIpPools(first: $first, after: $after) {
      edges { cursor node { name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const PoolDetails = graphql(`
  query PoolDetails {
    dedicatedIpPools {
      nodes { name scalingMode tags { key value } }
    }
  }
`);

const ses = () => env.stack.emulator.client();

async function createPools(count: number) {
  for (let i = 0; i < count; i += 1) await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: `pool-${String(i).padStart(2, '0')}` }));
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

describe('Query.dedicatedIpPool', () => {
  it('returns a pool with its scaling mode and tags, one call each', async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'managed', ScalingMode: 'MANAGED', Tags: [{ Key: 'team', Value: 'mail' }] }));
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    const { dedicatedIpPool } = await env.stack.request(PoolByName, { name: 'managed' });
    expect(dedicatedIpPool).toEqual({
      id: expect.any(String),
      name: 'managed',
      region: 'us-east-1',
      arn: 'arn:aws:ses:us-east-1:123456789012:dedicated-ip-pool/managed',
      scalingMode: 'MANAGED',
      tags: [{ key: 'team', value: 'mail' }],
    });
    expect(await env.stack.calls()).toEqual({ GetDedicatedIpPool: 1, ListTagsForResource: 1 });
  });

  it('reads the same pool once however often a query selects it', async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'shared', Tags: [{ Key: 'team', Value: 'mail' }] }));
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    expect(await env.stack.request(PoolTwice, { name: 'shared' })).toEqual({
      first: { tags: [{ key: 'team' }] },
      second: { scalingMode: 'STANDARD', tags: [{ value: 'mail' }] },
    });
    expect(await env.stack.calls()).toEqual({ GetDedicatedIpPool: 1, ListTagsForResource: 1 });
  });

  it('returns null for a pool that does not exist', async () => {
    expect(await env.stack.request(PoolByName, { name: 'missing' })).toEqual({ dedicatedIpPool: null });
    expect(await env.stack.calls()).toEqual({ GetDedicatedIpPool: 1 });
  });

  it('returns null for a name SES would reject, without calling SES', async () => {
    expect(await env.stack.request(PoolByName, { name: 'not a pool name' })).toEqual({ dedicatedIpPool: null });
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects a malformed region before calling SES', async () => {
    const result = await env.stack.execute(PoolByName, { name: 'pool', region: 'mars' });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('region'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('finds the pool again by its id', async () => {
    await createPools(1);
    const { dedicatedIpPool } = await env.stack.request(PoolByName, { name: 'pool-00' });
    expect(await env.stack.request(PoolById, { id: dedicatedIpPool?.id ?? '' })).toEqual({ node: { id: dedicatedIpPool?.id, name: 'pool-00', scalingMode: 'STANDARD' } });
  });
});

describe('Query.dedicatedIpPools', () => {
  it('lists names with one ListDedicatedIpPools call', async () => {
    await createPools(3);
    const { dedicatedIpPools } = await env.stack.request(PoolNames, {});
    expect(dedicatedIpPools?.edges.map((edge) => edge?.node.name)).toEqual(['pool-00', 'pool-01', 'pool-02']);
    expect(dedicatedIpPools?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(await env.stack.calls()).toEqual({ ListDedicatedIpPools: 1 });
  });

  it('reads scaling mode and tags once per pool', async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'a', ScalingMode: 'MANAGED', Tags: [{ Key: 'k', Value: 'v' }] }));
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'b' }));
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    const { dedicatedIpPools } = await env.stack.request(PoolDetails, {});
    expect(dedicatedIpPools?.nodes).toEqual([
      { name: 'a', scalingMode: 'MANAGED', tags: [{ key: 'k', value: 'v' }] },
      { name: 'b', scalingMode: 'STANDARD', tags: [] },
    ]);
    expect(await env.stack.calls()).toEqual({ ListDedicatedIpPools: 1, GetDedicatedIpPool: 2, ListTagsForResource: 2 });
  });

  it('pages with first and after until every pool is seen once', async () => {
    await createPools(7);
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 5; page += 1) {
      const { dedicatedIpPools } = await env.stack.request(PoolNames, { first: 3, after });
      seen.push(...(dedicatedIpPools?.edges.map((edge) => edge?.node.name ?? '') ?? []));
      if (!dedicatedIpPools?.pageInfo.hasNextPage) break;
      after = dedicatedIpPools?.pageInfo.endCursor;
    }
    expect(seen).toEqual(['pool-00', 'pool-01', 'pool-02', 'pool-03', 'pool-04', 'pool-05', 'pool-06']);
  });

  it('resumes from the cursor of any edge', async () => {
    await createPools(5);
    const firstPage = await env.stack.request(PoolNames, { first: 4 });
    const rest = await env.stack.request(PoolNames, { first: 10, after: firstPage.dedicatedIpPools?.edges[1]?.cursor });
    expect(rest.dedicatedIpPools?.edges.map((edge) => edge?.node.name)).toEqual(['pool-02', 'pool-03', 'pool-04']);
    expect(rest.dedicatedIpPools?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it.each([0, 101])('rejects first = %i naming the argument, without calling SES', async (first) => {
    const result = await env.stack.execute(PoolNames, { first });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('first'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });
});
