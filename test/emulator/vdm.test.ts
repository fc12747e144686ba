import {
  BatchGetMetricDataCommand,
  GetAccountCommand,
  ListRecommendationsCommand,
  PutAccountVdmAttributesCommand,
  type BatchGetMetricDataQuery,
  type ListRecommendationsRequest,
  type PutAccountVdmAttributesRequest,
  type SESv2Client,
} from '@aws-sdk/client-sesv2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, useSharedEmulator, type EmulatorHarness } from '../support/emulator.js';

const env = useSharedEmulator();

const DAY = 86_400;
/** 2024-03-01T00:00:00Z in epoch seconds. */
const T0 = Date.UTC(2024, 2, 1) / 1000;
const at = (seconds: number) => new Date(seconds * 1000);
const seconds = (dates: Date[] | undefined) => (dates ?? []).map((date) => date.getTime() / 1000);

interface SeriesSeed {
  metric: string;
  dimensions?: Record<string, string>;
  points?: { timestamp: number | string; value: number }[];
  error?: 'INTERNAL_FAILURE' | 'ACCESS_DENIED';
}
const seedMetrics = (series: SeriesSeed[], query = '') => env.harness.admin('POST', `/_emulator/metrics${query}`, { series });

/** Daily points T0, T0+1d, ... with the given values. */
const daily = (...values: number[]) => values.map((value, i) => ({ timestamp: T0 + i * DAY, value }));

const query = (Id: string, overrides: Partial<BatchGetMetricDataQuery> = {}): BatchGetMetricDataQuery => ({
  Id,
  Namespace: 'VDM',
  Metric: 'SEND',
  StartDate: at(T0),
  EndDate: at(T0 + 30 * DAY),
  ...overrides,
});

const batch = (...queries: BatchGetMetricDataQuery[]) => env.ses.send(new BatchGetMetricDataCommand({ Queries: queries }));

/** Sends a request body the SDK's types would not let through. */
const raw = <T>(value: unknown) => value as T;

describe('GetAccount', () => {
  it('describes a healthy sandbox account with VDM disabled', async () => {
    const account = await env.ses.send(new GetAccountCommand({}));
    expect(account).toMatchObject({
      DedicatedIpAutoWarmupEnabled: false,
      EnforcementStatus: 'HEALTHY',
      ProductionAccessEnabled: false,
      SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
      SendingEnabled: true,
      SuppressionAttributes: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      VdmAttributes: { VdmEnabled: 'DISABLED' },
    });
    expect(account.Details).toBeUndefined();
  });

  it('keeps VDM attributes per region', async () => {
    await env.ses.send(new PutAccountVdmAttributesCommand({ VdmAttributes: { VdmEnabled: 'ENABLED' } }));
    const other = await env.harness.client({ region: 'eu-west-1' }).send(new GetAccountCommand({}));
    expect(other.VdmAttributes).toEqual({ VdmEnabled: 'DISABLED' });
  });
});

describe('PutAccountVdmAttributes', () => {
  it('stores the attributes that GetAccount then returns', async () => {
    const VdmAttributes = {
      VdmEnabled: 'ENABLED',
      DashboardAttributes: { EngagementMetrics: 'ENABLED' },
      GuardianAttributes: { OptimizedSharedDelivery: 'DISABLED' },
    } as const;
    await env.ses.send(new PutAccountVdmAttributesCommand({ VdmAttributes }));
    const account = await env.ses.send(new GetAccountCommand({}));
    expect(account.VdmAttributes).toEqual(VdmAttributes);
  });

  it('replaces the attributes, dropping groups the request leaves out', async () => {
    await env.ses.send(
      new PutAccountVdmAttributesCommand({
        VdmAttributes: { VdmEnabled: 'ENABLED', DashboardAttributes: { EngagementMetrics: 'ENABLED' } },
      }),
    );
    await env.ses.send(new PutAccountVdmAttributesCommand({ VdmAttributes: { VdmEnabled: 'DISABLED' } }));
    const account = await env.ses.send(new GetAccountCommand({}));
    expect(account.VdmAttributes).toEqual({ VdmEnabled: 'DISABLED' });
  });

  it('rejects a request without VdmAttributes with BadRequestException naming it', async () => {
    const error = await rejectionOf(env.ses.send(new PutAccountVdmAttributesCommand(raw<PutAccountVdmAttributesRequest>({}))));
    expect(error.name).toBe('BadRequestException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toContain('VdmAttributes is required');
  });

  it('rejects VdmAttributes without VdmEnabled', async () => {
    const error = await rejectionOf(
      env.ses.send(new PutAccountVdmAttributesCommand(raw<PutAccountVdmAttributesRequest>({ VdmAttributes: { DashboardAttributes: {} } }))),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('VdmEnabled is required');
  });

  it('rejects a feature status outside ENABLED and DISABLED, leaving the account unchanged', async () => {
    const error = await rejectionOf(
      env.ses.send(
        new PutAccountVdmAttributesCommand(
          raw<PutAccountVdmAttributesRequest>({ VdmAttributes: { VdmEnabled: 'ENABLED', GuardianAttributes: { OptimizedSharedDelivery: 'ON' } } }),
        ),
      ),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('OptimizedSharedDelivery must be one of ENABLED, DISABLED');
    expect((await env.ses.send(new GetAccountCommand({}))).VdmAttributes).toEqual({ VdmEnabled: 'DISABLED' });
  });
});

describe('BatchGetMetricData', () => {
  it('answers every query with no points when nothing is seeded', async () => {
    const result = await batch(query('a'), query('b', { Metric: 'OPEN', Dimensions: { EMAIL_IDENTITY: 'example.com' } }));
    expect(result.Results).toEqual([
      { Id: 'a', Timestamps: [], Values: [] },
      { Id: 'b', Timestamps: [], Values: [] },
    ]);
    expect(result.Errors).toEqual([]);
  });

  it('returns the series seeded for an email identity', async () => {
    await seedMetrics([
      { metric: 'DELIVERY', dimensions: { EMAIL_IDENTITY: 'example.com' }, points: daily(10, 12, 9) },
      { metric: 'DELIVERY', dimensions: { EMAIL_IDENTITY: 'other.com' }, points: daily(1, 1, 1) },
    ]);
    const [result] = (await batch(query('q', { Metric: 'DELIVERY', Dimensions: { EMAIL_IDENTITY: 'example.com' } }))).Results ?? [];
    expect(seconds(result?.Timestamps)).toEqual([T0, T0 + DAY, T0 + 2 * DAY]);
    expect(result?.Values).toEqual([10, 12, 9]);
  });

  it('returns the series seeded for a configuration set', async () => {
    await seedMetrics([{ metric: 'COMPLAINT', dimensions: { CONFIGURATION_SET: 'marketing' }, points: daily(2, 0) }]);
    const [result] = (await batch(query('q', { Metric: 'COMPLAINT', Dimensions: { CONFIGURATION_SET: 'marketing' } }))).Results ?? [];
    expect(result?.Values).toEqual([2, 0]);
  });

  it('matches ISP combined with an identity exactly, apart from the identity-only and ISP-only series', async () => {
    await seedMetrics([
      { metric: 'SEND', dimensions: { EMAIL_IDENTITY: 'example.com', ISP: 'Gmail' }, points: daily(40) },
      { metric: 'SEND', dimensions: { EMAIL_IDENTITY: 'example.com' }, points: daily(100) },
      { metric: 'SEND', dimensions: { ISP: 'Gmail' }, points: daily(70) },
    ]);
    const result = await batch(
      query('both', { Dimensions: { ISP: 'Gmail', EMAIL_IDENTITY: 'example.com' } }),
      query('identity', { Dimensions: { EMAIL_IDENTITY: 'example.com' } }),
      query('isp', { Dimensions: { ISP: 'Gmail' } }),
      query('yahoo', { Dimensions: { ISP: 'Yahoo', EMAIL_IDENTITY: 'example.com' } }),
    );
    expect(result.Results?.map((r) => [r.Id, r.Values])).toEqual([
      ['both', [40]],
      ['identity', [100]],
      ['isp', [70]],
      ['yahoo', []],
    ]);
  });

  it('matches the metric as well as the dimensions', async () => {
    await seedMetrics([{ metric: 'OPEN', dimensions: { EMAIL_IDENTITY: 'example.com' }, points: daily(5) }]);
    const result = await batch(
      query('open', { Metric: 'OPEN', Dimensions: { EMAIL_IDENTITY: 'example.com' } }),
      query('click', { Metric: 'CLICK', Dimensions: { EMAIL_IDENTITY: 'example.com' } }),
    );
    expect(result.Results?.map((r) => r.Values)).toEqual([[5], []]);
  });

  it('answers a query without dimensions from the account-wide series only', async () => {
    await seedMetrics([
      { metric: 'SEND', points: daily(500) },
      { metric: 'SEND', dimensions: { EMAIL_IDENTITY: 'example.com' }, points: daily(100) },
    ]);
    const [result] = (await batch(query('account'))).Results ?? [];
    expect(result?.Values).toEqual([500]);
  });

  it('returns only the points from StartDate through EndDate, inclusive, in time order', async () => {
    await seedMetrics([
      {
        metric: 'SEND',
        dimensions: { EMAIL_IDENTITY: 'example.com' },
        points: [
          { timestamp: T0 + 3 * DAY, value: 4 },
          { timestamp: T0, value: 1 },
          { timestamp: T0 + 2 * DAY, value: 3 },
          { timestamp: T0 + DAY, value: 2 },
          { timestamp: T0 + 4 * DAY, value: 5 },
        ],
      },
    ]);
    const [result] =
      (await batch(query('q', { Dimensions: { EMAIL_IDENTITY: 'example.com' }, StartDate: at(T0 + DAY), EndDate: at(T0 + 3 * DAY) }))).Results ?? [];
    expect(seconds(result?.Timestamps)).toEqual([T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY]);
    expect(result?.Values).toEqual([2, 3, 4]);
  });

  it('accepts seeded timestamps as ISO 8601 strings', async () => {
    await seedMetrics([{ metric: 'SEND', points: [{ timestamp: '2024-03-02T00:00:00Z', value: 8 }] }]);
    const [result] = (await batch(query('q'))).Results ?? [];
    expect(seconds(result?.Timestamps)).toEqual([T0 + DAY]);
  });

  it('replaces a seeded series of the same metric and dimensions', async () => {
    await seedMetrics([{ metric: 'SEND', dimensions: { ISP: 'Gmail' }, points: daily(1, 2) }]);
    await seedMetrics([{ metric: 'SEND', dimensions: { ISP: 'Gmail' }, points: daily(9) }]);
    const [result] = (await batch(query('q', { Dimensions: { ISP: 'Gmail' } }))).Results ?? [];
    expect(result?.Values).toEqual([9]);
  });

  it('forgets every series after DELETE /_emulator/metrics', async () => {
    await seedMetrics([{ metric: 'SEND', points: daily(3) }]);
    await env.harness.admin('DELETE', '/_emulator/metrics');
    const [result] = (await batch(query('q'))).Results ?? [];
    expect(result?.Values).toEqual([]);
  });

  it('seeds the account and region named in the admin query string', async () => {
    await seedMetrics([{ metric: 'SEND', points: daily(6) }], '?account=111122223333&region=eu-west-1');
    const scoped = env.harness.client({ region: 'eu-west-1', accessKeyId: '111122223333' });
    const [there] = (await scoped.send(new BatchGetMetricDataCommand({ Queries: [query('q')] }))).Results ?? [];
    const [here] = (await batch(query('q'))).Results ?? [];
    expect(there?.Values).toEqual([6]);
    expect(here?.Values).toEqual([]);
  });

  it('answers 10 queries in one call', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
    const result = await batch(...ids.map((id) => query(id)));
    expect(result.Results?.map((r) => r.Id)).toEqual(ids);
  });

  it('rejects 11 queries with BadRequestException naming Queries', async () => {
    const error = await rejectionOf(batch(...Array.from({ length: 11 }, (_, i) => query(`q${i}`))));
    expect(error.name).toBe('BadRequestException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toContain('Queries must contain at most 10 queries');
  });

  it('rejects an empty Queries list', async () => {
    const error = await rejectionOf(batch());
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Queries must contain at least 1 query');
  });

  it('rejects two queries with the same Id', async () => {
    const error = await rejectionOf(batch(query('same'), query('same', { Metric: 'OPEN' })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Queries must not repeat an Id');
  });

  it('rejects a Metric outside the enum, naming the query member', async () => {
    const error = await rejectionOf(batch(query('q', { Metric: raw('BOUNCE') })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Queries.0.Metric: Metric must be one of SEND');
  });

  it('rejects a Namespace other than VDM', async () => {
    const error = await rejectionOf(batch(query('q', { Namespace: raw('CLOUDWATCH') })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Namespace must be one of VDM');
  });

  it('rejects a dimension name outside MetricDimensionName', async () => {
    const error = await rejectionOf(batch(query('q', { Dimensions: raw({ DOMAIN: 'example.com' }) })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Dimensions keys must be among EMAIL_IDENTITY, CONFIGURATION_SET, ISP');
  });

  it('rejects a query without EndDate', async () => {
    const error = await rejectionOf(batch(query('q', { EndDate: undefined })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Queries.0.EndDate: EndDate is required');
  });

  it('reports a query whose StartDate is after its EndDate in Errors and still answers the others', async () => {
    await seedMetrics([{ metric: 'SEND', points: daily(7) }]);
    const result = await batch(query('backwards', { StartDate: at(T0 + DAY), EndDate: at(T0) }), query('fine'));
    expect(result.Errors).toEqual([{ Id: 'backwards', Code: 'INTERNAL_FAILURE', Message: 'StartDate must not be later than EndDate.' }]);
    expect(result.Results).toEqual([{ Id: 'fine', Timestamps: [at(T0)], Values: [7] }]);
  });

  it('reports a seeded per-query error in Errors for queries matching that series only', async () => {
    await seedMetrics([{ metric: 'SEND', dimensions: { EMAIL_IDENTITY: 'denied.com' }, error: 'ACCESS_DENIED' }, { metric: 'SEND', points: daily(3) }]);
    const result = await batch(query('denied', { Dimensions: { EMAIL_IDENTITY: 'denied.com' } }), query('fine'));
    expect(result.Errors).toEqual([{ Id: 'denied', Code: 'ACCESS_DENIED', Message: expect.any(String) }]);
    expect(result.Results).toEqual([{ Id: 'fine', Timestamps: [at(T0)], Values: [3] }]);
  });

  it('refuses a malformed seed with HTTP 400 naming the field', async () => {
    const response = await fetch(`${env.harness.emulator.url}/_emulator/metrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ series: [{ metric: 'SEND', points: [{ timestamp: 'yesterday', value: 1 }] }] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('timestamp must be an ISO 8601 date or epoch seconds');
  });
});

describe('ListRecommendations', () => {
  const arn = (identity: string) => `arn:aws:ses:us-east-1:123456789012:identity/${identity}`;
  const seedRecommendations = (recommendations: Record<string, unknown>[]) =>
    env.harness.admin('POST', '/_emulator/recommendations', { recommendations });
  const list = (request: ListRecommendationsRequest = {}) => env.ses.send(new ListRecommendationsCommand(request));
  const descriptions = async (request: ListRecommendationsRequest) => (await list(request)).Recommendations?.map((r) => r.Description);

  const SEEDS = [
    { resourceArn: arn('a.com'), type: 'DKIM', description: 'DKIM1', impact: 'HIGH' },
    { resourceArn: arn('a.com'), type: 'DMARC', description: 'DMARC1', impact: 'LOW', status: 'FIXED' },
    { resourceArn: arn('b.com'), type: 'SPF', description: 'SPF1', impact: 'HIGH', status: 'FIXED' },
    { resourceArn: arn('b.com'), type: 'DKIM', description: 'DKIM2', impact: 'LOW' },
  ];

  it('lists seeded recommendations with every member, in the order they were seeded', async () => {
    await seedRecommendations([
      {
        resourceArn: arn('a.com'),
        type: 'BIMI',
        description: 'BIMI1',
        impact: 'LOW',
        status: 'FIXED',
        createdTimestamp: '2024-03-01T00:00:00Z',
        lastUpdatedTimestamp: T0 + DAY,
      },
      { resourceArn: arn('b.com'), type: 'COMPLAINT', description: 'COMPLAINT1', impact: 'HIGH' },
    ]);
    const { Recommendations, NextToken } = await list();
    expect(NextToken).toBeUndefined();
    expect(Recommendations?.[0]).toEqual({
      ResourceArn: arn('a.com'),
      Type: 'BIMI',
      Description: 'BIMI1',
      Status: 'FIXED',
      Impact: 'LOW',
      CreatedTimestamp: at(T0),
      LastUpdatedTimestamp: at(T0 + DAY),
    });
    expect(Recommendations?.[1]).toMatchObject({ Description: 'COMPLAINT1', Status: 'OPEN' });
    expect(Recommendations?.[1]?.LastUpdatedTimestamp).toEqual(Recommendations?.[1]?.CreatedTimestamp);
  });

  it('filters by TYPE', async () => {
    await seedRecommendations(SEEDS);
    expect(await descriptions({ Filter: { TYPE: 'DKIM' } })).toEqual(['DKIM1', 'DKIM2']);
  });

  it('filters by IMPACT', async () => {
    await seedRecommendations(SEEDS);
    expect(await descriptions({ Filter: { IMPACT: 'LOW' } })).toEqual(['DMARC1', 'DKIM2']);
  });

  it('filters by STATUS together with IMPACT', async () => {
    await seedRecommendations(SEEDS);
    expect(await descriptions({ Filter: { STATUS: 'FIXED', IMPACT: 'HIGH' } })).toEqual(['SPF1']);
  });

  it('filters by STATUS together with TYPE', async () => {
    await seedRecommendations(SEEDS);
    expect(await descriptions({ Filter: { STATUS: 'OPEN', TYPE: 'DKIM' } })).toEqual(['DKIM1', 'DKIM2']);
  });

  it('filters by RESOURCE_ARN', async () => {
    await seedRecommendations(SEEDS);
    expect(await descriptions({ Filter: { RESOURCE_ARN: arn('b.com') } })).toEqual(['SPF1', 'DKIM2']);
  });

  it('rejects TYPE combined with IMPACT, which SES does not support', async () => {
    const error = await rejectionOf(list({ Filter: { TYPE: 'DKIM', IMPACT: 'HIGH' } }));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('STATUS combined with IMPACT or with TYPE');
  });

  it('rejects a filter value outside its enum', async () => {
    const error = await rejectionOf(list({ Filter: { STATUS: 'CLOSED' } }));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Filter.STATUS must be one of OPEN, FIXED');
  });

  it('rejects a filter key outside ListRecommendationsFilterKey', async () => {
    const error = await rejectionOf(list({ Filter: raw({ SEVERITY: 'HIGH' }) }));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('Filter keys must be among TYPE, IMPACT, STATUS, RESOURCE_ARN');
  });

  it('pages through the list with PageSize and NextToken', async () => {
    await seedRecommendations(SEEDS);
    const seen: (string | undefined)[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const result = await list({ PageSize: 3, NextToken: token });
      seen.push(...(result.Recommendations ?? []).map((r) => r.Description));
      token = result.NextToken;
      pages += 1;
    } while (token !== undefined && pages < 5);
    expect(pages).toBe(2);
    expect(seen).toEqual(['DKIM1', 'DMARC1', 'SPF1', 'DKIM2']);
  });

  it('pages within a filter', async () => {
    await seedRecommendations(SEEDS);
    const first = await list({ Filter: { TYPE: 'DKIM' }, PageSize: 1 });
    const second = await list({ Filter: { TYPE: 'DKIM' }, PageSize: 1, NextToken: first.NextToken });
    expect(first.Recommendations?.map((r) => r.Description)).toEqual(['DKIM1']);
    expect(second.Recommendations?.map((r) => r.Description)).toEqual(['DKIM2']);
    expect(second.NextToken).toBeUndefined();
  });

  it('rejects a PageSize over 100', async () => {
    const error = await rejectionOf(list({ PageSize: 101 }));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('PageSize must be at most 100');
  });

  it('rejects a NextToken it did not issue', async () => {
    const error = await rejectionOf(list({ NextToken: 'not a token!' }));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('NextToken is not valid');
  });

  it('forgets every recommendation after DELETE /_emulator/recommendations', async () => {
    await seedRecommendations(SEEDS);
    await env.harness.admin('DELETE', '/_emulator/recommendations');
    expect((await list()).Recommendations).toEqual([]);
  });

  it('refuses a seed with an unknown type with HTTP 400', async () => {
    const response = await fetch(`${env.harness.emulator.url}/_emulator/recommendations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recommendations: [{ resourceArn: arn('a.com'), type: 'DNS', description: 'x', impact: 'LOW' }] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('type must be one of DKIM');
  });
});

describe('quotas', () => {
  let limited: EmulatorHarness;
  let client: SESv2Client;

  // The 16-call and 160-query arithmetic is tested with a fake clock in
  // quotas.test.ts. Over HTTP these tests prove the wiring, with rates low
  // enough that a bucket cannot refill during a burst (500 ms a slot) on a
  // slow machine.
  beforeEach(async () => {
    limited = await startHarness({ quotas: true });
    client = limited.client();
  });
  afterEach(() => limited.close());

  const queries = (count: number) => Array.from({ length: count }, (_, i) => query(`q${i}`));
  /** Sends the calls at once and sorts the outcomes. */
  async function burst(calls: number, queriesPerCall: number) {
    const settled = await Promise.allSettled(
      Array.from({ length: calls }, () => client.send(new BatchGetMetricDataCommand({ Queries: queries(queriesPerCall) }))),
    );
    const rejected = settled
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason as Error & { $metadata?: { httpStatusCode?: number } });
    return { fulfilled: settled.filter((r) => r.status === 'fulfilled').length, rejected };
  }

  it('defaults to the documented 16 calls and 160 queries per second', async () => {
    expect(await limited.admin('GET', '/_emulator/quotas')).toMatchObject({ rates: { BatchGetMetricData: 16 }, metricQueriesPerSecond: 160 });
  });

  it('throttles calls past the call rate with TooManyRequestsException (429)', async () => {
    await limited.admin('PUT', '/_emulator/quotas', { rates: { BatchGetMetricData: 2 }, metricQueriesPerSecond: 1000 });
    const { fulfilled, rejected } = await burst(3, 1);
    expect(fulfilled).toBe(2);
    expect(rejected.map((e) => [e.name, e.$metadata?.httpStatusCode])).toEqual([['TooManyRequestsException', 429]]);
  });

  it('charges each query against the queries-per-second bucket, whatever the call rate', async () => {
    await limited.admin('PUT', '/_emulator/quotas', { rates: { BatchGetMetricData: 1000 }, metricQueriesPerSecond: 20 });
    const { fulfilled, rejected } = await burst(3, 10);
    expect(fulfilled).toBe(2);
    expect(rejected.map((e) => e.name)).toEqual(['TooManyRequestsException']);
    expect((await limited.stats()).operations.BatchGetMetricData).toMatchObject({ calls: 3, throttled: 1 });
  });

  it('answers a call of more queries than a second allows with BadRequestException, not TooManyRequestsException', async () => {
    const error = await rejectionOf(client.send(new BatchGetMetricDataCommand({ Queries: queries(200) })));
    expect(error.name).toBe('BadRequestException');
  });

  it('throttles a second GetAccount within the same second', async () => {
    await client.send(new GetAccountCommand({}));
    const error = await rejectionOf(client.send(new GetAccountCommand({})));
    expect(error.name).toBe('TooManyRequestsException');
    expect(error.$metadata?.httpStatusCode).toBe(429);
  });
});
