import { CreateConfigurationSetCommand, PutAccountVdmAttributesCommand, type VdmAttributes, type VdmOptions } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { RecommendationFilter } from '../generated/graphql.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const ses = () => env.stack.emulator.client();
const resetStats = () => env.stack.emulator.admin('DELETE', '/_emulator/stats');

async function putAccountAttributes(attributes: VdmAttributes, region = 'us-east-1') {
  await env.stack.emulator.client({ region }).send(new PutAccountVdmAttributesCommand({ VdmAttributes: attributes }));
}

async function createSet(name: string, vdmOptions?: VdmOptions) {
  await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, ...(vdmOptions && { VdmOptions: vdmOptions }) }));
}

const Account = graphql(`
  query Account($region: Region) {
    account(region: $region) {
      region
      sendingEnabled
      productionAccessEnabled
      vdmAttributes { enabled dashboardEngagementMetrics guardianOptimizedSharedDelivery }
    }
  }
`);

const AccountRegion = graphql(`
  query AccountRegion($region: Region) {
    account(region: $region) { region }
  }
`);

const UpdateAccountVdm = graphql(`
  mutation UpdateAccountVdm($input: UpdateAccountVdmAttributesInput!) {
    updateAccountVdmAttributes(input: $input) {
      account { region vdmAttributes { enabled dashboardEngagementMetrics guardianOptimizedSharedDelivery } }
      userErrors { code field message }
    }
  }
`);

const SetVdmOptions = graphql(`
  mutation SetVdmOptions($input: SetConfigurationSetVdmOptionsInput!) {
    setConfigurationSetVdmOptions(input: $input) {
      configurationSet {
        name
        vdmOptions { dashboardEngagementMetrics guardianOptimizedSharedDelivery }
        effectiveVdmOptions { dashboardEngagementMetrics dashboardEngagementMetricsSource guardianOptimizedSharedDelivery guardianOptimizedSharedDeliverySource }
      }
      userErrors { code field message }
    }
  }
`);

const EffectiveVdm = graphql(`
  query EffectiveVdm($name: String!) {
    configurationSet(name: $name) {
      vdmOptions { dashboardEngagementMetrics guardianOptimizedSharedDelivery }
      effectiveVdmOptions { dashboardEngagementMetrics dashboardEngagementMetricsSource guardianOptimizedSharedDelivery guardianOptimizedSharedDeliverySource }
    }
  }
`);

const SetsEffectiveVdm = graphql(`
  query SetsEffectiveVdm {
    configurationSets(first: 10) {
      nodes { name effectiveVdmOptions { dashboardEngagementMetrics guardianOptimizedSharedDelivery } }
    }
  }
`);

const Recommendations = graphql(`
  query Recommendations($first: Int, $after: String, $filter: RecommendationFilter, $region: Region) {
    recommendations(first: $first, after: $after, filter: $filter, region: $region) {
      edges { cursor node { resourceArn type description status impact createdAt updatedAt } }
      nodes { description }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

describe('Query.account', () => {
  it('reads sending state and VDM attributes of a new account with one GetAccount', async () => {
    const { account } = await env.stack.request(Account, {});
    expect(account).toEqual({
      region: 'us-east-1',
      sendingEnabled: true,
      productionAccessEnabled: false,
      vdmAttributes: { enabled: 'DISABLED', dashboardEngagementMetrics: null, guardianOptimizedSharedDelivery: null },
    });
    expect(await env.stack.calls()).toEqual({ GetAccount: 1 });
  });

  it('reads the attributes the account has set', async () => {
    await putAccountAttributes({ VdmEnabled: 'ENABLED', DashboardAttributes: { EngagementMetrics: 'ENABLED' }, GuardianAttributes: { OptimizedSharedDelivery: 'DISABLED' } });
    const { account } = await env.stack.request(Account, {});
    expect(account?.vdmAttributes).toEqual({ enabled: 'ENABLED', dashboardEngagementMetrics: 'ENABLED', guardianOptimizedSharedDelivery: 'DISABLED' });
  });

  it('reads the region it is given', async () => {
    await putAccountAttributes({ VdmEnabled: 'ENABLED' }, 'eu-west-1');
    const [europe, home] = await Promise.all([env.stack.request(Account, { region: 'eu-west-1' }), env.stack.request(Account, {})]);
    expect([europe.account?.region, europe.account?.vdmAttributes.enabled]).toEqual(['eu-west-1', 'ENABLED']);
    expect([home.account?.region, home.account?.vdmAttributes.enabled]).toEqual(['us-east-1', 'DISABLED']);
  });

  it('answers the region alone without calling SES', async () => {
    expect(await env.stack.request(AccountRegion, { region: 'ap-southeast-2' })).toEqual({ account: { region: 'ap-southeast-2' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects a malformed region without calling SES', async () => {
    const result = await env.stack.execute(Account, { region: 'mars' });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('Region'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('Mutation.updateAccountVdmAttributes', () => {
  it('sets the attributes and returns the account read back', async () => {
    const { updateAccountVdmAttributes } = await env.stack.request(UpdateAccountVdm, {
      input: { enabled: 'ENABLED', dashboardEngagementMetrics: 'ENABLED', guardianOptimizedSharedDelivery: 'ENABLED' },
    });
    expect(updateAccountVdmAttributes).toEqual({
      account: { region: 'us-east-1', vdmAttributes: { enabled: 'ENABLED', dashboardEngagementMetrics: 'ENABLED', guardianOptimizedSharedDelivery: 'ENABLED' } },
      userErrors: [],
    });
    expect(await env.stack.calls()).toEqual({ PutAccountVdmAttributes: 1, GetAccount: 1 });
  });

  it('replaces the whole attributes: a group left out is cleared', async () => {
    await putAccountAttributes({ VdmEnabled: 'ENABLED', DashboardAttributes: { EngagementMetrics: 'ENABLED' }, GuardianAttributes: { OptimizedSharedDelivery: 'ENABLED' } });
    const { updateAccountVdmAttributes } = await env.stack.request(UpdateAccountVdm, { input: { enabled: 'ENABLED', guardianOptimizedSharedDelivery: 'DISABLED' } });
    expect(updateAccountVdmAttributes.account?.vdmAttributes).toEqual({ enabled: 'ENABLED', dashboardEngagementMetrics: null, guardianOptimizedSharedDelivery: 'DISABLED' });
  });

  it('is read back by the next request even after the old attributes were cached', async () => {
    await env.stack.request(Account, {});
    await env.stack.request(UpdateAccountVdm, { input: { enabled: 'ENABLED', dashboardEngagementMetrics: 'DISABLED' } });
    const { account } = await env.stack.request(Account, {});
    expect(account?.vdmAttributes).toEqual({ enabled: 'ENABLED', dashboardEngagementMetrics: 'DISABLED', guardianOptimizedSharedDelivery: null });
  });

  it('changes only the region it is given', async () => {
    const { updateAccountVdmAttributes } = await env.stack.request(UpdateAccountVdm, { input: { region: 'eu-west-1', enabled: 'ENABLED' } });
    expect(updateAccountVdmAttributes.account).toEqual({
      region: 'eu-west-1',
      vdmAttributes: { enabled: 'ENABLED', dashboardEngagementMetrics: null, guardianOptimizedSharedDelivery: null },
    });
    expect((await env.stack.request(Account, {})).account?.vdmAttributes.enabled).toBe('DISABLED');
  });

  it('rejects a malformed region without calling SES', async () => {
    const result = await env.stack.execute(UpdateAccountVdm, { input: { region: 'mars', enabled: 'ENABLED' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('Mutation.setConfigurationSetVdmOptions', () => {
  it('sets the set\'s options and returns the set read back', async () => {
    await createSet('news');
    await resetStats();
    const { setConfigurationSetVdmOptions } = await env.stack.request(SetVdmOptions, {
      input: { name: 'news', vdmOptions: { dashboardEngagementMetrics: 'ENABLED', guardianOptimizedSharedDelivery: 'DISABLED' } },
    });
    expect(setConfigurationSetVdmOptions).toEqual({
      configurationSet: {
        name: 'news',
        vdmOptions: { dashboardEngagementMetrics: 'ENABLED', guardianOptimizedSharedDelivery: 'DISABLED' },
        effectiveVdmOptions: {
          dashboardEngagementMetrics: 'ENABLED',
          dashboardEngagementMetricsSource: 'CONFIGURATION_SET',
          guardianOptimizedSharedDelivery: 'DISABLED',
          guardianOptimizedSharedDeliverySource: 'CONFIGURATION_SET',
        },
      },
      userErrors: [],
    });
    expect(await env.stack.calls()).toEqual({ PutConfigurationSetVdmOptions: 1, GetConfigurationSet: 1 });
  });

  it('clears the options with null, so the account\'s attributes apply', async () => {
    await createSet('news', { DashboardOptions: { EngagementMetrics: 'ENABLED' } });
    await putAccountAttributes({ VdmEnabled: 'ENABLED', DashboardAttributes: { EngagementMetrics: 'DISABLED' } });
    const { setConfigurationSetVdmOptions } = await env.stack.request(SetVdmOptions, { input: { name: 'news', vdmOptions: null } });
    expect(setConfigurationSetVdmOptions.configurationSet?.vdmOptions).toBeNull();
    expect(setConfigurationSetVdmOptions.configurationSet?.effectiveVdmOptions).toMatchObject({
      dashboardEngagementMetrics: 'DISABLED',
      dashboardEngagementMetricsSource: 'ACCOUNT',
    });
  });

  it('clears the options when they set nothing', async () => {
    await createSet('news', { GuardianOptions: { OptimizedSharedDelivery: 'ENABLED' } });
    const { setConfigurationSetVdmOptions } = await env.stack.request(SetVdmOptions, { input: { name: 'news', vdmOptions: {} } });
    expect(setConfigurationSetVdmOptions.configurationSet?.vdmOptions).toBeNull();
  });

  it('is read back by the next request even after the old options were cached', async () => {
    await createSet('news');
    await env.stack.request(EffectiveVdm, { name: 'news' });
    await env.stack.request(SetVdmOptions, { input: { name: 'news', vdmOptions: { guardianOptimizedSharedDelivery: 'ENABLED' } } });
    const { configurationSet } = await env.stack.request(EffectiveVdm, { name: 'news' });
    expect(configurationSet?.vdmOptions).toEqual({ dashboardEngagementMetrics: null, guardianOptimizedSharedDelivery: 'ENABLED' });
  });

  it('reports a set that does not exist as NOT_FOUND on name', async () => {
    const { setConfigurationSetVdmOptions } = await env.stack.request(SetVdmOptions, { input: { name: 'missing', vdmOptions: { dashboardEngagementMetrics: 'ENABLED' } } });
    expect(setConfigurationSetVdmOptions).toEqual({
      configurationSet: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('missing') }],
    });
  });

  it('rejects a name SES would reject as INVALID_INPUT on name, without calling SES', async () => {
    const { setConfigurationSetVdmOptions } = await env.stack.request(SetVdmOptions, { input: { name: 'not a name', vdmOptions: null } });
    expect(setConfigurationSetVdmOptions).toEqual({
      configurationSet: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['name'], message: expect.stringContaining('name') }],
    });
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('ConfigurationSet.effectiveVdmOptions', () => {
  it('takes the set\'s own options over the account\'s, without reading the account', async () => {
    await putAccountAttributes({ VdmEnabled: 'ENABLED', DashboardAttributes: { EngagementMetrics: 'DISABLED' }, GuardianAttributes: { OptimizedSharedDelivery: 'DISABLED' } });
    await createSet('news', { DashboardOptions: { EngagementMetrics: 'ENABLED' }, GuardianOptions: { OptimizedSharedDelivery: 'ENABLED' } });
    await resetStats();
    const { configurationSet } = await env.stack.request(EffectiveVdm, { name: 'news' });
    expect(configurationSet?.effectiveVdmOptions).toEqual({
      dashboardEngagementMetrics: 'ENABLED',
      dashboardEngagementMetricsSource: 'CONFIGURATION_SET',
      guardianOptimizedSharedDelivery: 'ENABLED',
      guardianOptimizedSharedDeliverySource: 'CONFIGURATION_SET',
    });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('falls back to the account\'s attributes for what the set leaves out', async () => {
    await putAccountAttributes({ VdmEnabled: 'ENABLED', DashboardAttributes: { EngagementMetrics: 'ENABLED' }, GuardianAttributes: { OptimizedSharedDelivery: 'ENABLED' } });
    await createSet('news', { DashboardOptions: { EngagementMetrics: 'DISABLED' } });
    await resetStats();
    const { configurationSet } = await env.stack.request(EffectiveVdm, { name: 'news' });
    expect(configurationSet?.effectiveVdmOptions).toEqual({
      dashboardEngagementMetrics: 'DISABLED',
      dashboardEngagementMetricsSource: 'CONFIGURATION_SET',
      guardianOptimizedSharedDelivery: 'ENABLED',
      guardianOptimizedSharedDeliverySource: 'ACCOUNT',
    });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, GetAccount: 1 });
  });

  it('is DISABLED, from the account, when neither the set nor the account sets anything', async () => {
    await createSet('news');
    const { configurationSet } = await env.stack.request(EffectiveVdm, { name: 'news' });
    expect(configurationSet).toEqual({
      vdmOptions: null,
      effectiveVdmOptions: {
        dashboardEngagementMetrics: 'DISABLED',
        dashboardEngagementMetricsSource: 'ACCOUNT',
        guardianOptimizedSharedDelivery: 'DISABLED',
        guardianOptimizedSharedDeliverySource: 'ACCOUNT',
      },
    });
  });

  it('reads the account once for every set in a list', async () => {
    await putAccountAttributes({ VdmEnabled: 'ENABLED', GuardianAttributes: { OptimizedSharedDelivery: 'ENABLED' } });
    for (const name of ['a', 'b', 'c', 'd', 'e']) await createSet(name);
    await resetStats();
    const { configurationSets } = await env.stack.request(SetsEffectiveVdm, {});
    expect(configurationSets?.nodes.map((set) => set?.effectiveVdmOptions?.guardianOptimizedSharedDelivery)).toEqual(['ENABLED', 'ENABLED', 'ENABLED', 'ENABLED', 'ENABLED']);
    expect(await env.stack.calls()).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 5, GetAccount: 1 });
  });
});

describe('Query.recommendations', () => {
  const arn = (name: string) => `arn:aws:ses:us-east-1:123456789012:identity/${name}`;

  interface Seed {
    resourceArn: string;
    type: string;
    description: string;
    impact: string;
    status?: string;
    createdTimestamp?: string;
    lastUpdatedTimestamp?: string;
  }

  async function seed(recommendations: Seed[], region = 'us-east-1') {
    await env.stack.emulator.admin('POST', `/_emulator/recommendations?region=${region}`, { recommendations });
  }

  /** Seven recommendations: types and impacts vary, the odd ones FIXED. */
  const seven = (): Seed[] =>
    Array.from({ length: 7 }, (_, i) => ({
      resourceArn: arn(`d${i}.example.com`),
      type: ['DMARC', 'SPF', 'DKIM'][i % 3] as string,
      description: `r${i}`,
      impact: i < 3 ? 'HIGH' : 'LOW',
      status: i % 2 === 1 ? 'FIXED' : 'OPEN',
    }));

  const descriptions = async (filter: RecommendationFilter) =>
    (await env.stack.request(Recommendations, { filter })).recommendations?.nodes.map((node) => node?.description);

  it('lists seeded recommendations with every field, in SES\'s order', async () => {
    await seed([
      { resourceArn: arn('example.com'), type: 'DMARC', description: 'No DMARC record.', impact: 'HIGH', createdTimestamp: '2026-11-01T00:00:00Z', lastUpdatedTimestamp: '2026-11-02T00:00:00Z' },
      { resourceArn: arn('example.org'), type: 'SPF', description: 'No SPF record.', impact: 'LOW', status: 'FIXED', createdTimestamp: '2026-11-03T00:00:00Z' },
    ]);
    const { recommendations } = await env.stack.request(Recommendations, {});
    expect(recommendations?.edges.map((edge) => edge?.node)).toEqual([
      {
        resourceArn: arn('example.com'),
        type: 'DMARC',
        description: 'No DMARC record.',
        status: 'OPEN',
        impact: 'HIGH',
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-02T00:00:00.000Z',
      },
      {
        resourceArn: arn('example.org'),
        type: 'SPF',
        description: 'No SPF record.',
        status: 'FIXED',
        impact: 'LOW',
        createdAt: '2026-11-03T00:00:00.000Z',
        updatedAt: '2026-11-03T00:00:00.000Z',
      },
    ]);
    expect(recommendations?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(await env.stack.calls()).toEqual({ ListRecommendations: 1 });
  });

  it('answers an empty connection when SES has none', async () => {
    const { recommendations } = await env.stack.request(Recommendations, {});
    expect(recommendations).toEqual({ edges: [], nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('filters by type', async () => {
    await seed(seven());
    expect(await descriptions({ type: 'SPF' })).toEqual(['r1', 'r4']);
  });

  it('filters by status with impact', async () => {
    await seed(seven());
    expect(await descriptions({ status: 'OPEN', impact: 'LOW' })).toEqual(['r4', 'r6']);
  });

  it('filters by status with type', async () => {
    await seed(seven());
    expect(await descriptions({ status: 'FIXED', type: 'DMARC' })).toEqual(['r3']);
  });

  it('filters by resource', async () => {
    await seed(seven());
    expect(await descriptions({ resourceArn: arn('d5.example.com') })).toEqual(['r5']);
  });

  it('pages with first and after until every recommendation is seen once', async () => {
    await seed(seven());
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 5; page += 1) {
      const { recommendations } = await env.stack.request(Recommendations, { first: 3, after });
      seen.push(...(recommendations?.nodes.map((node) => node?.description ?? '') ?? []));
      if (!recommendations?.pageInfo.hasNextPage) break;
      after = recommendations?.pageInfo.endCursor;
    }
    expect(seen).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('pages through a filtered list', async () => {
    await seed(seven());
    const first = await env.stack.request(Recommendations, { first: 2, filter: { status: 'OPEN' } });
    const rest = await env.stack.request(Recommendations, { first: 2, after: first.recommendations?.pageInfo.endCursor, filter: { status: 'OPEN' } });
    expect([...(first.recommendations?.nodes ?? []), ...(rest.recommendations?.nodes ?? [])].map((node) => node?.description)).toEqual(['r0', 'r2', 'r4', 'r6']);
    expect(rest.recommendations?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('reads the region it is given', async () => {
    await seed([{ resourceArn: arn('eu.example.com'), type: 'BIMI', description: 'eu', impact: 'LOW' }], 'eu-west-1');
    const { recommendations } = await env.stack.request(Recommendations, { region: 'eu-west-1' });
    expect(recommendations?.nodes).toEqual([{ description: 'eu' }]);
    expect((await env.stack.request(Recommendations, {})).recommendations?.nodes).toEqual([]);
  });

  it.each<[string, RecommendationFilter]>([
    ['type with impact', { type: 'DMARC', impact: 'HIGH' }],
    ['resourceArn with status', { resourceArn: arn('example.com'), status: 'OPEN' }],
    ['three filters', { type: 'DMARC', impact: 'HIGH', status: 'OPEN' }],
    ['an empty resourceArn', { resourceArn: '' }],
    ['a resourceArn of 513 characters', { resourceArn: 'a'.repeat(513) }],
  ])('rejects %s naming filter, without calling SES', async (_case, filter) => {
    const result = await env.stack.execute(Recommendations, { filter });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('filter'), extensions: { code: 'BAD_USER_INPUT', argument: 'filter' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it.each([0, 101])('rejects first = %i naming the argument, without calling SES', async (first) => {
    const result = await env.stack.execute(Recommendations, { first });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('first'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await env.stack.calls()).toEqual({});
  });
});
