import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateDedicatedIpPoolCommand,
  CreateEmailIdentityCommand,
  TagResourceCommand,
} from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { EMULATOR_ACCOUNT_ID } from '../../src/gateway/config.js';
import { encodeId } from '../../src/gateway/ids.js';
import { useStack } from '../support/gateway.js';
import { CANNED, useProxiedGateway } from '../support/upstreamProxy.js';

const env = useStack({ env: { SES_RETRY_ATTEMPTS: '1', SES_BREAKER_THRESHOLD: '1000' } });

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function execute(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(`${env.stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

const NODES = `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on ConfigurationSet { name } ... on EmailIdentity { name } }
  unrelated: configurationSet(name: "kept") { name }
}`;

async function seed() {
  const ses = env.stack.emulator.client();
  await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'kept' }));
  await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: 'fails.example.com' }));
  await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetEmailIdentity', errorType: 'InternalServiceErrorException' });
}

describe('partial data', () => {
  it('a failed SES call in one nodes(ids) entry nulls that entry only, with one error pathed to it', async () => {
    await seed();
    const ids = [encodeId('ConfigurationSet', 'us-east-1', 'kept'), encodeId('EmailIdentity', 'us-east-1', 'fails.example.com'), encodeId('DedicatedIpPool', 'us-east-1', 'missing')];
    const result = await execute(NODES, { ids });
    expect(result.data).toEqual({ nodes: [{ id: ids[0], name: 'kept' }, null, null], unrelated: { name: 'kept' } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('a failed node(id) nulls that field only', async () => {
    await seed();
    const result = await execute(`{ node(id: "${encodeId('EmailIdentity', 'us-east-1', 'fails.example.com')}") { id } unrelated: configurationSet(name: "kept") { name } }`);
    expect(result.data).toEqual({ node: null, unrelated: { name: 'kept' } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['node'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});

/**
 * Fields that make SES calls of their own, under lists and non-null-looking
 * roots. A fake SES in front of the emulator fails the call for one object
 * (matched by its REST path) so the other entries of the same page succeed.
 */
describe('partial data under connections and root fields', () => {
  const proxied = useProxiedGateway();

  async function run(query: string): Promise<GraphQLResponse> {
    const response = await fetch(`${proxied.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as GraphQLResponse;
  }

  const ses = () => proxied.emulator.client({ accessKeyId: EMULATOR_ACCOUNT_ID });
  const SETS = ['set-a', 'set-b', 'set-c'];

  async function seedSets() {
    for (const name of SETS) {
      await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, Tags: [{ Key: 'team', Value: name }] }));
      await ses().send(
        new CreateConfigurationSetEventDestinationCommand({
          ConfigurationSetName: name,
          EventDestinationName: `${name}-dest`,
          EventDestination: { Enabled: true, MatchingEventTypes: ['SEND'], SnsDestination: { TopicArn: `arn:aws:sns:us-east-1:${EMULATOR_ACCOUNT_ID}:${name}` } },
        }),
      );
    }
  }

  const failGet = (path: RegExp) => proxied.proxy.setRules([{ method: 'GET', path, answer: CANNED.internalError }]);

  it("a failed GetConfigurationSetEventDestinations nulls that set's eventDestinations only, with one error pathed to it", async () => {
    await seedSets();
    failGet(/^\/v2\/email\/configuration-sets\/set-b\/event-destinations$/);
    const result = await run('{ configurationSets(first: 3) { nodes { name eventDestinations { name } } } }');
    expect(proxied.proxy.answered).toBe(1);
    expect(result.data).toEqual({
      configurationSets: {
        nodes: [
          { name: 'set-a', eventDestinations: [{ name: 'set-a-dest' }] },
          { name: 'set-b', eventDestinations: null },
          { name: 'set-c', eventDestinations: [{ name: 'set-c-dest' }] },
        ],
      },
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['configurationSets', 'nodes', 1, 'eventDestinations'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it("a failed GetConfigurationSet for one set of a page nulls that set's detail fields, and its name and other reads stand", async () => {
    await seedSets();
    failGet(/^\/v2\/email\/configuration-sets\/set-b$/);
    const result = await run('{ configurationSets(first: 3) { nodes { name sendingEnabled deliveryOptions { tlsPolicy } tags { key value } eventDestinations { name } } } }');
    // One SES call failed; every field that needed its answer reports it.
    expect(proxied.proxy.answered).toBe(1);
    const kept = (name: string) => ({ name, sendingEnabled: true, deliveryOptions: { tlsPolicy: 'OPTIONAL' }, tags: [{ key: 'team', value: name }], eventDestinations: [{ name: `${name}-dest` }] });
    expect(result.data).toEqual({
      configurationSets: {
        nodes: [kept('set-a'), { name: 'set-b', sendingEnabled: null, deliveryOptions: null, tags: null, eventDestinations: [{ name: 'set-b-dest' }] }, kept('set-c')],
      },
    });
    const paths = (result.errors ?? []).map((error) => error.path?.join('.')).sort();
    expect(paths).toEqual(['configurationSets.nodes.1.deliveryOptions', 'configurationSets.nodes.1.sendingEnabled', 'configurationSets.nodes.1.tags']);
    expect(result.errors?.every((error) => error.extensions?.code === 'UPSTREAM_UNAVAILABLE')).toBe(true);
  });

  it('a failed GetEmailIdentity for one identity of a page nulls its detail fields; the fields the list answered stand', async () => {
    for (const name of ['a.example.com', 'b.example.com']) await ses().send(new CreateEmailIdentityCommand({ EmailIdentity: name, Tags: [{ Key: 'k', Value: name }] }));
    failGet(/^\/v2\/email\/identities\/b\.example\.com$/);
    const result = await run('{ emailIdentities { nodes { name type verifiedForSending tags { value } } } }');
    expect(result.data).toEqual({
      emailIdentities: {
        nodes: [
          { name: 'a.example.com', type: 'DOMAIN', verifiedForSending: true, tags: [{ value: 'a.example.com' }] },
          { name: 'b.example.com', type: 'DOMAIN', verifiedForSending: null, tags: null },
        ],
      },
    });
    expect((result.errors ?? []).map((error) => error.path?.join('.')).sort()).toEqual(['emailIdentities.nodes.1.tags', 'emailIdentities.nodes.1.verifiedForSending']);
  });

  it("a failed GetDedicatedIpPool nulls that pool's scalingMode only", async () => {
    for (const name of ['pool-a', 'pool-b']) await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: name }));
    failGet(/^\/v2\/email\/dedicated-ip-pools\/pool-b$/);
    const result = await run('{ dedicatedIpPools { nodes { name scalingMode } } }');
    expect(result.data).toEqual({ dedicatedIpPools: { nodes: [{ name: 'pool-a', scalingMode: 'STANDARD' }, { name: 'pool-b', scalingMode: null }] } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['dedicatedIpPools', 'nodes', 1, 'scalingMode'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('a failed GetAccount nulls account only; the other root fields stand', async () => {
    await seedSets();
    await proxied.emulator.admin('POST', '/_emulator/faults', { operation: 'GetAccount', errorType: 'InternalServiceErrorException' });
    const result = await run('{ account { region sendingEnabled vdmAttributes { enabled } } configurationSet(name: "set-a") { name } configurationSets(first: 1) { nodes { name } } }');
    expect(result.data).toEqual({ account: null, configurationSet: { name: 'set-a' }, configurationSets: { nodes: [{ name: 'set-a' }] } });
    // GetAccount answers every Account field; one failed call is one error, pathed into account.
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path?.[0]).toBe('account');
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('a failed list call nulls only its own root field', async () => {
    await seedSets();
    await ses().send(new CreateEmailIdentityCommand({ EmailIdentity: 'kept.example.com' }));
    await proxied.emulator.admin('POST', '/_emulator/faults', { operation: 'ListConfigurationSets', errorType: 'InternalServiceErrorException' });
    const result = await run('{ configurationSets { nodes { name } } emailIdentities { nodes { name } } configurationSet(name: "set-c") { name } }');
    expect(result.data).toEqual({ configurationSets: null, emailIdentities: { nodes: [{ name: 'kept.example.com' }] }, configurationSet: { name: 'set-c' } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['configurationSets'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('an entry whose non-null field fails is null in nodes and edges; the other entries stand', async () => {
    // Two recommendations, the second without the timestamps SES always sends: its createdAt (non-null) fails.
    const body = JSON.stringify({
      Recommendations: [
        { ResourceArn: 'arn:aws:ses:us-east-1:1:identity/a.example.com', Type: 'DKIM', Description: 'kept', Status: 'OPEN', Impact: 'LOW', CreatedTimestamp: 1767225600, LastUpdatedTimestamp: 1767225600 },
        { ResourceArn: 'arn:aws:ses:us-east-1:1:identity/b.example.com', Type: 'SPF', Description: 'broken', Status: 'OPEN', Impact: 'HIGH' },
      ],
    });
    proxied.proxy.setRules([
      {
        method: 'POST',
        path: /^\/v2\/email\/vdm\/recommendations$/,
        answer: (res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(body);
        },
      },
    ]);
    const result = await run('{ recommendations { nodes { description createdAt } edges { node { description createdAt } } } }');
    const kept = { description: 'kept', createdAt: '2026-01-01T00:00:00.000Z' };
    expect(result.data).toEqual({ recommendations: { nodes: [kept, null], edges: [{ node: kept }, null] } });
    expect((result.errors ?? []).map((error) => error.path?.join('.')).sort()).toEqual(['recommendations.edges.1.node.createdAt', 'recommendations.nodes.1.createdAt']);
  });

  it("a failed tag read nulls a pool's tags, and a bad metric argument nulls that metric only", async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    await ses().send(new TagResourceCommand({ ResourceArn: `arn:aws:ses:us-east-1:${EMULATOR_ACCOUNT_ID}:dedicated-ip-pool/pool-a`, Tags: [{ Key: 'k', Value: 'v' }] }));
    await seedSets();
    await proxied.emulator.admin('POST', '/_emulator/faults', { operation: 'ListTagsForResource', errorType: 'InternalServiceErrorException' });
    const result = await run(`{
      dedicatedIpPool(name: "pool-a") { name tags { key } }
      configurationSet(name: "set-a") { name metrics(metric: SEND, start: "2026-01-02T00:00:00Z", end: "2026-01-01T00:00:00Z") { metric } }
    }`);
    expect(result.data).toEqual({ dedicatedIpPool: { name: 'pool-a', tags: null }, configurationSet: { name: 'set-a', metrics: null } });
    expect((result.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
      ['configurationSet.metrics', 'BAD_USER_INPUT'],
      ['dedicatedIpPool.tags', 'UPSTREAM_UNAVAILABLE'],
    ]);
  });
});
