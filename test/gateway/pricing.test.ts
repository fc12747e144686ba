import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateDedicatedIpPoolCommand,
  CreateEmailIdentityCommand,
} from '@aws-sdk/client-sesv2';
import { buildSchema, Kind, parse, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiKeyEntry, generateApiKey } from '../../src/gateway/auth/apiKeys.js';
import { loadConfig } from '../../src/gateway/config.js';
import { encodeId } from '../../src/gateway/ids.js';
import { FIELD_PRICES, UPDATE_GROUP_CALLS } from '../../src/gateway/pricing/costs.js';
import { estimateCalls, quotaSeconds, type EstimateOptions } from '../../src/gateway/pricing/estimate.js';
import { buildResolvers } from '../../src/gateway/resolvers/index.js';
import { KnownRegions } from '../../src/gateway/regions.js';
import { loadTypeDefs } from '../../src/gateway/server.js';
import { startStack, useStack, type GatewayStack } from '../support/gateway.js';

const schema: GraphQLSchema = buildSchema(loadTypeDefs());
const OPTIONS: EstimateOptions = { defaultRegion: 'us-east-1', identityScanEstimate: 25 };

/** The estimate of a document's first operation, without a server. */
function estimate(query: string, variables: Record<string, unknown> = {}, options: EstimateOptions = OPTIONS): Record<string, number> {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return estimateCalls({ schema, document, operation, variables }, options).calls;
}

const aliases = (count: number, field: (i: number) => string) => Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join('\n');

const METRIC_ARGS = 'start: "2026-11-01T00:00:00Z", end: "2026-11-08T00:00:00Z"';

describe(estimateCalls.name, () => {
  it('multiplies nested reads by the page size: 1 list call, then one read per set and operation', () => {
    expect(estimate('{ configurationSets(first: 50) { nodes { eventDestinations { name } tags { key } } } }')).toEqual({
      ListConfigurationSets: 1,
      GetConfigurationSet: 50,
      GetConfigurationSetEventDestinations: 50,
    });
  });

  it('takes `first` from variables, the variable default, or the schema default of 25', () => {
    const query = 'query($first: Int) { configurationSets(first: $first) { nodes { sendingEnabled } } }';
    expect(estimate(query, { first: 7 })).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 7 });
    expect(estimate(query)).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 25 });
    expect(estimate('query($first: Int = 4) { configurationSets(first: $first) { nodes { sendingEnabled } } }')).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 4 });
  });

  it('prices a `first` the resolver refuses at nothing, as the resolver calls nothing', () => {
    expect(estimate('{ configurationSets(first: 1000) { nodes { sendingEnabled } } }')).toEqual({});
  });

  it('counts nodes and edges.node of one connection once: they are the same objects', () => {
    expect(estimate('{ configurationSets(first: 10) { nodes { sendingEnabled } edges { cursor node { deliveryOptions { tlsPolicy } } } } }')).toEqual({
      ListConfigurationSets: 1,
      GetConfigurationSet: 10,
    });
  });

  it('reads a set once however many of its fields and same-named aliases ask for it', () => {
    expect(estimate(`{ ${aliases(40, () => 'configurationSet(name: "same") { sendingEnabled tags { key } }')} }`)).toEqual({ GetConfigurationSet: 1 });
  });

  it('counts aliases over distinct names separately', () => {
    expect(estimate(`{ ${aliases(300, (i) => `configurationSet(name: "set-${i}") { name }`)} }`)).toEqual({ GetConfigurationSet: 300 });
  });

  it('asks only for event destinations when a set is selected for its destinations alone', () => {
    expect(estimate('{ configurationSet(name: "a") { name eventDestinations { name } } }')).toEqual({ GetConfigurationSetEventDestinations: 1 });
  });

  it('expands fragments and inline fragments, applying type conditions, and prices a repeated spread once', () => {
    const query = `
      query($id: ID!) {
        node(id: $id) { ...Set ...Set ... on EmailIdentity { dkim { status } } ... on Node { id } }
      }
      fragment Set on ConfigurationSet { sendingEnabled ... on Taggable { tags { key } } eventDestinations { name } }`;
    expect(estimate(query, { id: encodeId('ConfigurationSet', 'us-east-1', 'a') })).toEqual({ GetConfigurationSet: 1, GetConfigurationSetEventDestinations: 1 });
    expect(estimate(query, { id: encodeId('EmailIdentity', 'us-east-1', 'example.com') })).toEqual({ GetEmailIdentity: 1 });
    expect(estimate(query, { id: 'not-an-id' })).toEqual({});
  });

  it('prices nodes(ids) by its ids, each by its type', () => {
    const ids = [encodeId('ConfigurationSet', 'us-east-1', 'a'), encodeId('ConfigurationSet', 'us-east-1', 'b'), encodeId('DedicatedIpPool', 'us-east-1', 'p'), encodeId('ConfigurationSet', 'us-east-1', 'a')];
    expect(estimate('query($ids: [ID!]!) { nodes(ids: $ids) { ... on ConfigurationSet { sendingEnabled } ... on DedicatedIpPool { scalingMode tags { key } } } }', { ids })).toEqual({
      GetConfigurationSet: 2,
      GetDedicatedIpPool: 1,
      ListTagsForResource: 1,
    });
  });

  it('packs metric queries on the same objects 10 to a BatchGetMetricData call', () => {
    const metrics = aliases(25, (i) => `metrics(metric: SEND, start: "2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z", end: "2026-11-28T00:00:00Z") { metric }`);
    expect(estimate(`{ configurationSet(name: "a") { ${metrics} } }`)).toEqual({ GetConfigurationSet: 1, BatchGetMetricData: 3 });
    expect(estimate(`{ configurationSets(first: 50) { nodes { metrics(metric: SEND, ${METRIC_ARGS}) { metric } } } }`)).toEqual({ ListConfigurationSets: 1, BatchGetMetricData: 5 });
  });

  it('prices an identity scan at IDENTITY_SCAN_ESTIMATE identities, once per region however many sets ask', () => {
    expect(estimate('{ configurationSets(first: 10) { nodes { defaultForIdentities { name verificationStatus } } } }', {}, { ...OPTIONS, identityScanEstimate: 40 })).toEqual({
      ListConfigurationSets: 1,
      ListEmailIdentities: 1,
      GetEmailIdentity: 40,
    });
  });

  it('prices updateConfigurationSet at its existence read and one call per named group, null groups included', () => {
    const mutation = 'mutation($input: UpdateConfigurationSetInput!) { updateConfigurationSet(input: $input) { configurationSet { sendingEnabled } appliedGroups } }';
    expect(estimate(mutation, { input: { name: 'a', deliveryOptions: { tlsPolicy: 'REQUIRE' }, trackingOptions: null, messageSecurityOptions: { signingScheme: 'DEFAULT' }, sendingEnabled: true } })).toEqual({
      // One before the writes, one to read the payload back after them.
      GetConfigurationSet: 2,
      PutConfigurationSetDeliveryOptions: 1,
      PutConfigurationSetTrackingOptions: 1,
      UpdateConfigurationSet: 1,
      PutConfigurationSetSendingOptions: 1,
    });
  });

  it('prices each mutation field of a document on its own: every write empties the loaders', () => {
    const mutation = `mutation {
      a: setConfigurationSetSendingEnabled(input: { name: "a", enabled: false }) { configurationSet { sendingEnabled } }
      b: setConfigurationSetSendingEnabled(input: { name: "a", enabled: true }) { configurationSet { sendingEnabled } }
    }`;
    expect(estimate(mutation)).toEqual({ PutConfigurationSetSendingOptions: 2, GetConfigurationSet: 2 });
  });

  it('prices deleteConfigurationSet with its guard, and with force only scans when identitiesUsingSet is selected', () => {
    expect(estimate('mutation { deleteConfigurationSet(input: { name: "a" }) { deletedConfigurationSetId } }')).toEqual({
      GetConfigurationSet: 1,
      ListEmailIdentities: 1,
      GetEmailIdentity: 25,
      DeleteConfigurationSet: 1,
    });
    expect(estimate('mutation { deleteConfigurationSet(input: { name: "a", force: true }) { deletedConfigurationSetId } }')).toEqual({ DeleteConfigurationSet: 1 });
    expect(estimate('mutation { deleteConfigurationSet(input: { name: "a", force: true }) { identitiesUsingSet { name dkim { status } } } }')).toEqual({
      DeleteConfigurationSet: 1,
      ListEmailIdentities: 1,
      GetEmailIdentity: 25,
    });
  });

  it('prices effectiveConfigurationSet at every covering identity and the winner\'s set', () => {
    expect(estimate('{ effectiveConfigurationSet(emailAddress: "alerts@mail.example.com") { reason configurationSet { sendingEnabled } decidedBy { dkim { status } } } }')).toEqual({
      GetEmailIdentity: 3,
      GetConfigurationSet: 1,
    });
  });

  it('costs nothing for introspection and __typename', () => {
    expect(estimate('{ __typename __schema { types { name } } }')).toEqual({});
  });
});

describe(quotaSeconds.name, () => {
  it('is the largest calls / rate over operations, with the default rate for the rest', () => {
    expect(quotaSeconds({ GetConfigurationSet: 20, GetConfigurationSetEventDestinations: 20, BatchGetMetricData: 48 }, { defaultRate: 1, rates: { BatchGetMetricData: 16 } })).toEqual({
      seconds: 20,
      operation: 'GetConfigurationSet',
    });
    expect(quotaSeconds({ BatchGetMetricData: 48 }, { defaultRate: 1, rates: { BatchGetMetricData: 16 } })).toEqual({ seconds: 3, operation: 'BatchGetMetricData' });
    expect(quotaSeconds({}, { defaultRate: 1, rates: {} })).toEqual({ seconds: 0, operation: null });
  });
});

describe('the cost table', () => {
  const resolvers = buildResolvers({ regions: new KnownRegions() }) as unknown as Record<string, Record<string, unknown>>;
  const typeOf = (name: string) => schema.getType(name) as (GraphQLNamedType & { getFields?: () => Record<string, { type: unknown }> }) | undefined;
  const objectTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && Object.prototype.toString.call(type) === '[object GraphQLObjectType]');

  it('prices every field that has a resolver: a field that can reach SES is never free by omission', () => {
    const unpriced: string[] = [];
    let checked = 0;
    for (const [typeName, fields] of Object.entries(resolvers)) {
      if (Object.prototype.toString.call(typeOf(typeName)) !== '[object GraphQLObjectType]') continue;
      for (const [fieldName, resolver] of Object.entries(fields)) {
        if (!fieldName.startsWith('__') && (typeof resolver === 'function' || (resolver !== null && typeof resolver === 'object'))) {
          checked += 1;
          if (!Object.hasOwn(FIELD_PRICES, `${typeName}.${fieldName}`)) unpriced.push(`${typeName}.${fieldName}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unpriced).toEqual([]);
  });

  it('names only fields the schema has', () => {
    const stale = Object.keys(FIELD_PRICES).filter((key) => {
      const [typeName = '', fieldName = ''] = key.split('.');
      return !typeOf(typeName)?.getFields?.()[fieldName];
    });
    expect(stale).toEqual([]);
  });

  it('says how long every list is that leads to a priced field', () => {
    const named = (type: unknown): { name: string; list: boolean } => {
      let current = type as { ofType?: unknown; name?: string };
      let list = false;
      while (current.ofType) {
        if (Object.prototype.toString.call(current) === '[object GraphQLList]') list = true;
        current = current.ofType as { ofType?: unknown; name?: string };
      }
      return { name: current.name ?? '', list };
    };
    // A type is priced if one of its fields is, or leads to a priced type (members of interfaces and unions included).
    const priced = new Set<string>();
    for (let changed = true, rounds = 0; changed && rounds < 50; rounds += 1) {
      changed = false;
      for (const type of Object.values(schema.getTypeMap())) {
        if (priced.has(type.name) || type.name.startsWith('__')) continue;
        const fields = (type as { getFields?: () => Record<string, { type: unknown }> }).getFields?.() ?? {};
        const members = Object.prototype.toString.call(type).match(/Interface|Union/) ? schema.getPossibleTypes(type as never).map((t) => t.name) : [];
        const costly =
          members.some((member) => priced.has(member)) ||
          Object.entries(fields).some(([name, field]) => typeof FIELD_PRICES[`${type.name}.${name}`] === 'function' || priced.has(named(field.type).name));
        if (costly) {
          priced.add(type.name);
          changed = true;
        }
      }
    }
    const unbounded = objectTypes.flatMap((type) =>
      Object.entries((type as unknown as { getFields(): Record<string, { type: unknown }> }).getFields())
        .filter(([name, field]) => named(field.type).list && priced.has(named(field.type).name) && FIELD_PRICES[`${type.name}.${name}`] === undefined)
        .map(([name]) => `${type.name}.${name}`),
    );
    expect(priced.has('ConfigurationSet')).toBe(true);
    expect(unbounded).toEqual([]);
  });

  it('knows the SES call of every option group updateConfigurationSet takes', () => {
    const input = schema.getType('UpdateConfigurationSetInput') as unknown as { getFields(): Record<string, unknown> };
    const groups = Object.keys(input.getFields()).filter((field) => !['id', 'name', 'region'].includes(field));
    expect(groups.sort()).toEqual(Object.keys(UPDATE_GROUP_CALLS).sort());
  });
});

describe('pricing configuration', () => {
  it('defaults to 30 seconds per request and 25 identities per scan', () => {
    expect(loadConfig({}).pricing).toEqual({ maxQuotaSecondsPerRequest: 30, identityScanEstimate: 25 });
  });

  it.each([
    ['MAX_QUOTA_SECONDS_PER_REQUEST', '0'],
    ['MAX_QUOTA_SECONDS_PER_REQUEST', 'lots'],
    ['IDENTITY_SCAN_ESTIMATE', '2.5'],
    ['IDENTITY_SCAN_ESTIMATE', '-1'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});

// --- against the running gateway ---------------------------------------------

interface CostExtension {
  estimate: { calls: Record<string, number>; quotaSeconds: number };
  limit: { quotaSeconds: number };
  sesCalls: Record<string, number>;
}

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: CostExtension };
  };
}

async function post(stack: GatewayStack, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const costOf = (answer: Answer): CostExtension => {
  const cost = answer.body.extensions?.cost;
  if (!cost) throw new Error(`no extensions.cost in ${JSON.stringify(answer.body)}`);
  return cost;
};

const SNS = { Enabled: true, MatchingEventTypes: ['BOUNCE' as const], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } };

async function seed(stack: GatewayStack, sets: number, { destinations = false, identities = 0 } = {}) {
  const client = stack.emulator.client();
  for (let i = 0; i < sets; i += 1) {
    const name = `set-${String(i).padStart(2, '0')}`;
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, Tags: [{ Key: 'team', Value: 'mail' }] }));
    if (destinations) await client.send(new CreateConfigurationSetEventDestinationCommand({ ConfigurationSetName: name, EventDestinationName: 'sns', EventDestination: SNS }));
  }
  for (let i = 0; i < identities; i += 1) {
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: `id${i}.example.com`, ...(sets > 0 && { ConfigurationSetName: 'set-00' }) }));
  }
  await stack.emulator.admin('DELETE', '/_emulator/stats');
}

describe('priced requests against the emulator (no cache, so every read reaches SES)', () => {
  const env = useStack({ env: { CACHE_TTL_SECONDS: '0' } });

  /** Runs a request and checks it succeeded and that its estimate is exactly the SES calls the emulator counted. */
  async function expectExact(query: string, variables?: Record<string, unknown>): Promise<CostExtension> {
    const answer = await post(env.stack, query, variables);
    expect(answer.body.errors).toBeUndefined();
    const cost = costOf(answer);
    const real = await env.stack.calls();
    expect(cost.estimate.calls).toEqual(real);
    expect(cost.sesCalls).toEqual(real);
    return cost;
  }

  /** Runs a request and checks that the estimate covers every SES call it made. */
  async function expectCovered(query: string, variables?: Record<string, unknown>): Promise<CostExtension> {
    const answer = await post(env.stack, query, variables);
    expect(answer.body.errors).toBeUndefined();
    const cost = costOf(answer);
    const real = await env.stack.calls();
    expect(Object.keys(real).length).toBeGreaterThan(0);
    for (const [operation, calls] of Object.entries(real)) expect({ operation, estimate: cost.estimate.calls[operation] ?? 0 }).toEqual({ operation, estimate: expect.toSatisfy((n: number) => n >= calls) });
    expect(cost.sesCalls).toEqual(real);
    return cost;
  }

  it('prices a page of 20 sets with destinations at exactly its calls: 1 list, 20 + 20 gets', async () => {
    await seed(env.stack, 20, { destinations: true });
    const cost = await expectExact('{ configurationSets(first: 20) { nodes { name sendingEnabled eventDestinations { name } } pageInfo { hasNextPage } } }');
    expect(cost.estimate.calls).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 20, GetConfigurationSetEventDestinations: 20 });
    // The test stack paces at 1000 calls a second: 20 calls are 0.02 s of quota.
    expect(cost.estimate.quotaSeconds).toBe(0.02);
    expect(cost.limit).toEqual({ quotaSeconds: 30 });
  });

  it('prices a set with its options, sending pool and tags exactly', async () => {
    const client = env.stack.emulator.client();
    await client.send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'full', DeliveryOptions: { SendingPoolName: 'pool-a' }, Tags: [{ Key: 'k', Value: 'v' }] }));
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    await expectExact('{ configurationSet(name: "full") { id arn sendingEnabled deliveryOptions { tlsPolicy sendingPool { name scalingMode tags { key } } } tags { key value } } }');
  });

  it('prices node and nodes exactly, by the types their ids name', async () => {
    await seed(env.stack, 3, { destinations: true, identities: 1 });
    const id = (name: string) => encodeId('ConfigurationSet', 'us-east-1', name);
    await expectExact('query($id: ID!) { node(id: $id) { ... on ConfigurationSet { eventDestinations { name } } } }', { id: id('set-00') });
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    await expectExact(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ConfigurationSet { sendingEnabled } ... on EmailIdentity { dkim { status } defaultConfigurationSet { name } } ... on EventDestination { name configurationSet { tags { key } } } } }`,
      // set-00 is the identity's default: left out of the ids, as the estimate cannot know the two reads are one.
      { ids: [id('set-01'), id('set-01'), encodeId('EmailIdentity', 'us-east-1', 'id0.example.com'), encodeId('EventDestination', 'us-east-1', 'set-02', 'sns')] },
    );
  });

  it('prices metric fields and vdmMetrics exactly: 10 queries a call', async () => {
    await seed(env.stack, 1);
    const fields = aliases(25, (i) => `metrics(metric: SEND, start: "2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z", end: "2026-11-28T00:00:00Z") { metric }`);
    await expectExact(`{ configurationSet(name: "set-00") { name ${fields} } }`);
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    const queries = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, metric: 'SEND', start: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`, end: '2026-11-28T00:00:00Z' }));
    await expectExact('query($queries: [VdmMetricQueryInput!]!) { vdmMetrics(queries: $queries) { id } }', { queries });
  });

  it('prices an identity listing exactly: the summary answers some fields, GetEmailIdentity the rest', async () => {
    await seed(env.stack, 1, { identities: 3 });
    // Exact when the page is full: the estimate prices `first` identities.
    await expectExact('{ emailIdentities(first: 3) { nodes { name type verificationStatus } } }');
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    await expectExact('{ emailIdentities(first: 3) { edges { node { name dkim { tokens } } } } }');
  });

  it('prices account and effective VDM options exactly', async () => {
    await seed(env.stack, 2);
    await expectExact('{ account { vdmAttributes { enabled } } configurationSets(first: 2) { nodes { effectiveVdmOptions { dashboardEngagementMetrics } } } }');
  });

  it('prices updateConfigurationSet with several groups exactly', async () => {
    await seed(env.stack, 1);
    const cost = await expectExact(
      `mutation { updateConfigurationSet(input: { name: "set-00", deliveryOptions: { tlsPolicy: REQUIRE }, suppressionOptions: { suppressedReasons: [BOUNCE] }, trackingOptions: null }) {
        configurationSet { deliveryOptions { tlsPolicy } } appliedGroups userErrors { code } } }`,
    );
    expect(cost.estimate.calls).toMatchObject({ PutConfigurationSetDeliveryOptions: 1, PutConfigurationSetSuppressionOptions: 1, PutConfigurationSetTrackingOptions: 1 });
  });

  it('prices creating and updating an event destination with the destination read back exactly', async () => {
    await seed(env.stack, 1);
    await expectExact(
      `mutation { createEventDestination(input: { configurationSetName: "set-00", name: "d", matchingEventTypes: [SEND], destination: { sns: { topicArn: "arn:aws:sns:us-east-1:123456789012:t" } } }) {
        eventDestination { name configurationSet { name } } userErrors { code } } }`,
    );
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    await expectExact('mutation { updateEventDestination(input: { configurationSetName: "set-00", name: "d", enabled: false }) { eventDestination { enabled } userErrors { code } } }');
  });

  it('prices worst cases at no less than what they cost', async () => {
    await seed(env.stack, 2, { destinations: true, identities: 3 });
    // The identity scan is priced at IDENTITY_SCAN_ESTIMATE (25) identities; there are 3.
    await expectCovered('{ configurationSet(name: "set-00") { defaultForIdentities { name verificationStatus } } }');
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    // A clone is priced at the 10 destinations a set can have; this one has 1.
    await expectCovered('mutation { cloneConfigurationSet(input: { sourceName: "set-01", name: "copy" }) { configurationSet { name } userErrors { code } } }');
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    // The guard of a delete reads every identity; the set is in use, so it is not deleted.
    await expectCovered('mutation { deleteConfigurationSet(input: { name: "set-00" }) { deletedConfigurationSetId identitiesUsingSet { name } userErrors { code } } }');
  });

  it('reports the estimate on responses that fail before execution, and on resolver errors', async () => {
    const invalid = await post(env.stack, '{ configurationSets { nope } }');
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(costOf(invalid)).toEqual({ estimate: { calls: {}, quotaSeconds: 0 }, limit: { quotaSeconds: 30 }, sesCalls: {} });
    const refusedFirst = await post(env.stack, '{ configurationSets(first: 0) { nodes { name } } }');
    expect(refusedFirst.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(costOf(refusedFirst)).toEqual({ estimate: { calls: {}, quotaSeconds: 0 }, limit: { quotaSeconds: 30 }, sesCalls: {} });
  });

  it('does not count reads another request already made and the cache serves', async () => {
    const cached = await startStack({ env: { CACHE_TTL_SECONDS: '30' } });
    try {
      await seed(cached, 1);
      const query = '{ configurationSet(name: "set-00") { sendingEnabled } }';
      expect(costOf(await post(cached, query)).sesCalls).toEqual({ GetConfigurationSet: 1 });
      const second = costOf(await post(cached, query));
      expect(second.sesCalls).toEqual({});
      expect(second.estimate.calls).toEqual({ GetConfigurationSet: 1 });
    } finally {
      await cached.close();
    }
  });
});

describe('the budget, at SES rates and the default MAX_QUOTA_SECONDS_PER_REQUEST', () => {
  // The document limits are raised so that these probes reach the price check, not an alias or token limit.
  const env = useStack({
    env: { CACHE_TTL_SECONDS: '0', SES_DEFAULT_RATE: '1', SES_RATES: 'BatchGetMetricData=16', GRAPHQL_MAX_ALIASES: '1000', GRAPHQL_MAX_TOKENS: '100000', GRAPHQL_MAX_COST: '10000000' },
  });

  it('refuses 300 aliases of configurationSet over distinct names before any SES call', async () => {
    const answer = await post(env.stack, `{ ${aliases(300, (i) => `configurationSet(name: "probe-${i}") { name sendingEnabled }`)} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('300 seconds of SES quota'),
      extensions: { code: 'QUOTA_BUDGET_EXCEEDED', estimate: { calls: { GetConfigurationSet: 300 }, quotaSeconds: 300 }, limit: { quotaSeconds: 30 } },
    });
    expect(answer.body.errors?.[0]?.extensions).not.toHaveProperty('http');
    expect(costOf(answer)).toEqual({ estimate: { calls: { GetConfigurationSet: 300 }, quotaSeconds: 300 }, limit: { quotaSeconds: 30 }, sesCalls: {} });
    expect(await env.stack.calls()).toEqual({});
  });

  it('refuses the 40-alias query of the issue, and a page of 100 sets with their options', async () => {
    const forty = await post(env.stack, `{ ${aliases(40, (i) => `configurationSet(name: "s-${i}") { sendingEnabled }`)} }`);
    expect(forty.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_BUDGET_EXCEEDED', estimate: { quotaSeconds: 40 } });
    const hundred = await post(env.stack, '{ configurationSets(first: 100) { nodes { sendingEnabled } } }');
    expect(hundred.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_BUDGET_EXCEEDED', estimate: { calls: { ListConfigurationSets: 1, GetConfigurationSet: 100 }, quotaSeconds: 100 } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('shows no price for a request that did not run because its variables were wrong', async () => {
    const answer = await post(env.stack, 'query($first: Int!) { configurationSets(first: $first) { nodes { sendingEnabled } } }', { first: 'many' });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(costOf(answer).estimate).toEqual({ calls: {}, quotaSeconds: 0 });
  });

  it('runs a default page of 25 sets with options and destinations, and the README and GraphiQL examples', async () => {
    // No sets exist, so each runs in one or two calls; what is checked is that the price lets them run.
    const page = await post(env.stack, '{ configurationSets { nodes { name sendingEnabled deliveryOptions { tlsPolicy } eventDestinations { name } } } }');
    expect(page.body.errors).toBeUndefined();
    expect(costOf(page).estimate).toEqual({ calls: { ListConfigurationSets: 1, GetConfigurationSet: 25, GetConfigurationSetEventDestinations: 25 }, quotaSeconds: 25 });
    const overview = await post(
      env.stack,
      `query Overview { configurationSet(name: "transactional", region: "us-east-1") {
        id arn sendingEnabled
        deliveryOptions { tlsPolicy maxDeliverySeconds sendingPool { name scalingMode } }
        trackingOptions { customRedirectDomain httpsPolicy }
        reputationOptions { reputationMetricsEnabled lastFreshStart }
        suppressionOptions { suppressedReasons }
        effectiveVdmOptions { dashboardEngagementMetrics dashboardEngagementMetricsSource }
        eventDestinations { name enabled matchingEventTypes destination { __typename ... on SnsDestination { topicArn } ... on CloudWatchDestination { dimensionConfigurations { dimensionName } } } }
        defaultForIdentities { name verificationStatus }
        tags { key value } } }`,
    );
    expect(overview.body.errors).toBeUndefined();
    expect(costOf(overview).estimate.quotaSeconds).toBe(25);
    const graphiql = await post(env.stack, '{ configurationSets(first: 10) { nodes { name sendingEnabled deliveryOptions { tlsPolicy maxDeliverySeconds } eventDestinations { name enabled matchingEventTypes } } pageInfo { hasNextPage endCursor } } account { vdmAttributes { enabled } } }');
    expect(graphiql.body.errors).toBeUndefined();
    expect(costOf(graphiql).estimate.quotaSeconds).toBe(10);
    const harden = await post(
      env.stack,
      'mutation Harden { updateConfigurationSet(input: { name: "transactional", deliveryOptions: { tlsPolicy: REQUIRE, maxDeliverySeconds: 3600 }, suppressionOptions: { suppressedReasons: [BOUNCE, COMPLAINT] }, trackingOptions: null }) { configurationSet { deliveryOptions { tlsPolicy } } appliedGroups notAppliedGroups userErrors { code field message } } }',
    );
    expect(harden.body.errors).toBeUndefined();
    expect(costOf(harden).estimate.quotaSeconds).toBe(2);
  });
});

describe('the price check after the role check', () => {
  // Authentication on (one API key), callers without credentials get the reader role.
  const env = useStack({ env: { SES_DEFAULT_RATE: '1', AUTH_API_KEYS: apiKeyEntry('ops', 'admin', generateApiKey()), AUTH_ANONYMOUS_ROLE: 'reader', GRAPHQL_MAX_ALIASES: '1000' } });

  it('answers a caller who may not run an over-budget mutation FORBIDDEN, without its price', async () => {
    const answer = await post(env.stack, `mutation { ${aliases(40, (i) => `setConfigurationSetSendingEnabled(input: { name: "s-${i}", enabled: false }) { userErrors { code } }`)} }`);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(costOf(answer)).toEqual({ estimate: { calls: {}, quotaSeconds: 0 }, limit: { quotaSeconds: 30 }, sesCalls: {} });
    expect(await env.stack.calls()).toEqual({});
  });

  it('prices what the caller may run', async () => {
    const answer = await post(env.stack, `{ ${aliases(40, (i) => `configurationSet(name: "s-${i}") { sendingEnabled }`)} }`);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_BUDGET_EXCEEDED', estimate: { quotaSeconds: 40 } });
  });
});
