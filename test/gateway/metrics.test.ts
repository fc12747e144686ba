import { CreateConfigurationSetCommand, CreateEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/gateway/ids.js';
import { graphql } from '../generated/index.js';
import type { VdmMetricQueryInput } from '../generated/graphql.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const DAY = 86_400_000;
/** 2026-11-01T00:00:00Z. */
const T0 = Date.UTC(2026, 10, 1);
const iso = (ms: number) => new Date(ms).toISOString();
/** Daily points from T0 with the given values, as the admin API takes them. */
const daily = (...values: number[]) => values.map((value, i) => ({ timestamp: iso(T0 + i * DAY), value }));

interface SeriesSeed {
  metric: string;
  dimensions?: Record<string, string>;
  points?: { timestamp: string; value: number }[];
  /** A per-query error the emulator reports for queries matching the series. */
  error?: 'INTERNAL_FAILURE' | 'ACCESS_DENIED';
}

async function seedMetrics(series: SeriesSeed[]) {
  await env.stack.emulator.admin('POST', '/_emulator/metrics', { series });
}

async function createSets(...names: string[]) {
  const client = env.stack.emulator.client();
  for (const name of names) await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

async function createIdentity(name: string) {
  await env.stack.emulator.client().send(new CreateEmailIdentityCommand({ EmailIdentity: name }));
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

const injectMetricFault = (message: string) =>
  env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'BatchGetMetricData', errorType: 'InternalServiceErrorException', message });

const SetMetric = graphql(`
  query SetMetric($name: String!, $metric: VdmMetric!, $start: DateTime!, $end: DateTime!) {
    configurationSet(name: $name) {
      name
      metrics(metric: $metric, start: $start, end: $end) { metric points { timestamp value } }
    }
  }
`);

const IdentityMetric = graphql(`
  query IdentityMetric($id: ID!, $metric: VdmMetric!, $start: DateTime!, $end: DateTime!, $isp: String) {
    node(id: $id) {
      ... on EmailIdentity {
        name
        metrics(metric: $metric, start: $start, end: $end, isp: $isp) { metric points { timestamp value } }
      }
    }
  }
`);

const SetsWithMetrics = graphql(`
  query SetsWithMetrics($first: Int, $start: DateTime!, $end: DateTime!) {
    configurationSets(first: $first) {
      nodes {
        name
        metrics(metric: SEND, start: $start, end: $end) { points { value } }
      }
    }
  }
`);

/** Ten metric fields on one set: one per metric. */
const TenMetrics = graphql(`
  query TenMetrics($name: String!, $start: DateTime!, $end: DateTime!) {
    configurationSet(name: $name) {
      m01: metrics(metric: SEND, start: $start, end: $end) { metric points { value } }
      m02: metrics(metric: COMPLAINT, start: $start, end: $end) { metric points { value } }
      m03: metrics(metric: PERMANENT_BOUNCE, start: $start, end: $end) { metric points { value } }
      m04: metrics(metric: TRANSIENT_BOUNCE, start: $start, end: $end) { metric points { value } }
      m05: metrics(metric: OPEN, start: $start, end: $end) { metric points { value } }
      m06: metrics(metric: CLICK, start: $start, end: $end) { metric points { value } }
      m07: metrics(metric: DELIVERY, start: $start, end: $end) { metric points { value } }
      m08: metrics(metric: DELIVERY_OPEN, start: $start, end: $end) { metric points { value } }
      m09: metrics(metric: DELIVERY_CLICK, start: $start, end: $end) { metric points { value } }
      m10: metrics(metric: DELIVERY_COMPLAINT, start: $start, end: $end) { metric points { value } }
    }
  }
`);

/** Twenty-five metric fields on one set: ten metrics over $end1, ten over $end2, five over $end3. */
const TwentyFiveMetrics = graphql(`
  query TwentyFiveMetrics($name: String!, $start: DateTime!, $end1: DateTime!, $end2: DateTime!, $end3: DateTime!) {
    configurationSet(name: $name) {
      m01: metrics(metric: SEND, start: $start, end: $end1) { points { value } }
      m02: metrics(metric: COMPLAINT, start: $start, end: $end1) { points { value } }
      m03: metrics(metric: PERMANENT_BOUNCE, start: $start, end: $end1) { points { value } }
      m04: metrics(metric: TRANSIENT_BOUNCE, start: $start, end: $end1) { points { value } }
      m05: metrics(metric: OPEN, start: $start, end: $end1) { points { value } }
      m06: metrics(metric: CLICK, start: $start, end: $end1) { points { value } }
      m07: metrics(metric: DELIVERY, start: $start, end: $end1) { points { value } }
      m08: metrics(metric: DELIVERY_OPEN, start: $start, end: $end1) { points { value } }
      m09: metrics(metric: DELIVERY_CLICK, start: $start, end: $end1) { points { value } }
      m10: metrics(metric: DELIVERY_COMPLAINT, start: $start, end: $end1) { points { value } }
      m11: metrics(metric: SEND, start: $start, end: $end2) { points { value } }
      m12: metrics(metric: COMPLAINT, start: $start, end: $end2) { points { value } }
      m13: metrics(metric: PERMANENT_BOUNCE, start: $start, end: $end2) { points { value } }
      m14: metrics(metric: TRANSIENT_BOUNCE, start: $start, end: $end2) { points { value } }
      m15: metrics(metric: OPEN, start: $start, end: $end2) { points { value } }
      m16: metrics(metric: CLICK, start: $start, end: $end2) { points { value } }
      m17: metrics(metric: DELIVERY, start: $start, end: $end2) { points { value } }
      m18: metrics(metric: DELIVERY_OPEN, start: $start, end: $end2) { points { value } }
      m19: metrics(metric: DELIVERY_CLICK, start: $start, end: $end2) { points { value } }
      m20: metrics(metric: DELIVERY_COMPLAINT, start: $start, end: $end2) { points { value } }
      m21: metrics(metric: SEND, start: $start, end: $end3) { points { value } }
      m22: metrics(metric: COMPLAINT, start: $start, end: $end3) { points { value } }
      m23: metrics(metric: PERMANENT_BOUNCE, start: $start, end: $end3) { points { value } }
      m24: metrics(metric: TRANSIENT_BOUNCE, start: $start, end: $end3) { points { value } }
      m25: metrics(metric: OPEN, start: $start, end: $end3) { points { value } }
    }
  }
`);

const VdmMetrics = graphql(`
  query VdmMetrics($queries: [VdmMetricQueryInput!]!, $region: Region) {
    vdmMetrics(queries: $queries, region: $region) {
      id
      series { metric points { timestamp value } }
      error { code message }
    }
  }
`);

const METRICS = ['SEND', 'COMPLAINT', 'PERMANENT_BOUNCE', 'TRANSIENT_BOUNCE', 'OPEN', 'CLICK', 'DELIVERY', 'DELIVERY_OPEN', 'DELIVERY_CLICK', 'DELIVERY_COMPLAINT'] as const;

/** `count` queries with distinct parameters: the metric cycles, and every ten the range grows by a day. */
const distinctQueries = (count: number): VdmMetricQueryInput[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    metric: METRICS[i % METRICS.length] as VdmMetricQueryInput['metric'],
    start: iso(T0),
    end: iso(T0 + (Math.floor(i / METRICS.length) + 1) * DAY),
  }));

describe('ConfigurationSet.metrics', () => {
  it('reads the set\'s series back between start and end inclusive, with one BatchGetMetricData call', async () => {
    await createSets('news');
    await seedMetrics([{ metric: 'SEND', dimensions: { CONFIGURATION_SET: 'news' }, points: daily(10, 20, 30, 40) }]);
    const { configurationSet } = await env.stack.request(SetMetric, { name: 'news', metric: 'SEND', start: iso(T0 + DAY), end: iso(T0 + 2 * DAY) });
    expect(configurationSet).toEqual({
      name: 'news',
      metrics: { metric: 'SEND', points: [{ timestamp: iso(T0 + DAY), value: 20 }, { timestamp: iso(T0 + 2 * DAY), value: 30 }] },
    });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, BatchGetMetricData: 1 });
  });

  it('does not mix in another set\'s or the account\'s series', async () => {
    await createSets('news', 'alerts');
    await seedMetrics([
      { metric: 'SEND', dimensions: { CONFIGURATION_SET: 'alerts' }, points: daily(7) },
      { metric: 'SEND', points: daily(99) },
    ]);
    const { configurationSet } = await env.stack.request(SetMetric, { name: 'news', metric: 'SEND', start: iso(T0), end: iso(T0 + DAY) });
    expect(configurationSet?.metrics).toEqual({ metric: 'SEND', points: [] });
  });

  it('rejects an end before start naming the argument, without asking for metrics', async () => {
    await createSets('news');
    const result = await env.stack.execute(SetMetric, { name: 'news', metric: 'SEND', start: iso(T0 + DAY), end: iso(T0) });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('end'), extensions: { code: 'BAD_USER_INPUT', argument: 'end' } });
    // The set's existence is checked first; no metric query reaches SES.
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('turns SES\'s per-query ACCESS_DENIED into an UPSTREAM_UNAUTHORIZED error on the field, without SES\'s text', async () => {
    await createSets('news');
    await seedMetrics([{ metric: 'SEND', dimensions: { CONFIGURATION_SET: 'news' }, error: 'ACCESS_DENIED' }]);
    const result = await env.stack.execute(SetMetric, { name: 'news', metric: 'SEND', start: iso(T0), end: iso(T0 + DAY) });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAUTHORIZED', metricErrorCode: 'ACCESS_DENIED' }, path: ['configurationSet', 'metrics'] });
    expect(JSON.stringify(result)).not.toContain('Seeded');
  });

  it('turns a failed BatchGetMetricData call into UPSTREAM_UNAVAILABLE without SES\'s text', async () => {
    await createSets('news');
    await injectMetricFault('secret upstream detail 7');
    const result = await env.stack.execute(SetMetric, { name: 'news', metric: 'SEND', start: iso(T0), end: iso(T0 + DAY) });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' }, path: ['configurationSet', 'metrics'] });
    expect(JSON.stringify(result)).not.toContain('secret upstream detail');
  });
});

describe('EmailIdentity.metrics', () => {
  const identityId = (name: string) => encodeId('EmailIdentity', 'us-east-1', name);

  async function seedIdentitySeries() {
    await createIdentity('example.com');
    await seedMetrics([
      { metric: 'DELIVERY', dimensions: { EMAIL_IDENTITY: 'example.com' }, points: daily(100, 200) },
      { metric: 'DELIVERY', dimensions: { EMAIL_IDENTITY: 'example.com', ISP: 'Gmail' }, points: daily(60, 120) },
      { metric: 'DELIVERY', dimensions: { EMAIL_IDENTITY: 'example.com', ISP: 'Yahoo' }, points: daily(5, 6) },
    ]);
  }

  it('reads the identity\'s series across every mailbox provider', async () => {
    await seedIdentitySeries();
    const { node } = await env.stack.request(IdentityMetric, { id: identityId('example.com'), metric: 'DELIVERY', start: iso(T0), end: iso(T0 + DAY) });
    expect(node).toEqual({
      name: 'example.com',
      metrics: { metric: 'DELIVERY', points: [{ timestamp: iso(T0), value: 100 }, { timestamp: iso(T0 + DAY), value: 200 }] },
    });
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: 1, BatchGetMetricData: 1 });
  });

  it('narrows to one mailbox provider with isp', async () => {
    await seedIdentitySeries();
    const { node } = await env.stack.request(IdentityMetric, { id: identityId('example.com'), metric: 'DELIVERY', start: iso(T0), end: iso(T0 + DAY), isp: 'Gmail' });
    expect(node).toEqual({
      name: 'example.com',
      metrics: { metric: 'DELIVERY', points: [{ timestamp: iso(T0), value: 60 }, { timestamp: iso(T0 + DAY), value: 120 }] },
    });
  });

  it('rejects an empty isp naming the argument, without asking for metrics', async () => {
    await createIdentity('example.com');
    const result = await env.stack.execute(IdentityMetric, { id: identityId('example.com'), metric: 'DELIVERY', start: iso(T0), end: iso(T0 + DAY), isp: '' });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('isp'), extensions: { code: 'BAD_USER_INPUT', argument: 'isp' } });
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: 1 });
  });

  it('rejects an end before start naming the argument, without asking for metrics', async () => {
    await createIdentity('example.com');
    const result = await env.stack.execute(IdentityMetric, { id: identityId('example.com'), metric: 'SEND', start: iso(T0 + DAY), end: iso(T0) });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'end' } });
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: 1 });
  });
});

describe('batching metric fields into BatchGetMetricData calls of at most 10 queries', () => {
  it('answers 10 metric fields of one request with exactly 1 call, each field with its own series', async () => {
    await createSets('news');
    await seedMetrics(METRICS.map((metric, i) => ({ metric, dimensions: { CONFIGURATION_SET: 'news' }, points: daily(i + 1) })));
    const { configurationSet } = await env.stack.request(TenMetrics, { name: 'news', start: iso(T0), end: iso(T0 + DAY) });
    const fields = Object.entries(configurationSet ?? {}).sort(([a], [b]) => a.localeCompare(b));
    expect(fields.map(([, series]) => series)).toEqual(METRICS.map((metric, i) => ({ metric, points: [{ value: i + 1 }] })));
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, BatchGetMetricData: 1 });
  });

  it('answers 25 metric fields of one request with exactly 3 calls', async () => {
    await createSets('news');
    await seedMetrics([{ metric: 'SEND', dimensions: { CONFIGURATION_SET: 'news' }, points: daily(1, 2, 3) }]);
    const { configurationSet } = await env.stack.request(TwentyFiveMetrics, {
      name: 'news',
      start: iso(T0),
      end1: iso(T0),
      end2: iso(T0 + DAY),
      end3: iso(T0 + 2 * DAY),
    });
    expect(Object.keys(configurationSet ?? {})).toHaveLength(25);
    expect([configurationSet?.m01, configurationSet?.m11, configurationSet?.m21]).toEqual([
      { points: [{ value: 1 }] },
      { points: [{ value: 1 }, { value: 2 }] },
      { points: [{ value: 1 }, { value: 2 }, { value: 3 }] },
    ]);
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, BatchGetMetricData: 3 });
  });

  it('answers the metrics of 25 sets in a list with one list call and exactly 3 metric calls', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `set-${String(i).padStart(2, '0')}`);
    await createSets(...names);
    await seedMetrics(names.map((name, i) => ({ metric: 'SEND', dimensions: { CONFIGURATION_SET: name }, points: daily(i) })));
    const { configurationSets } = await env.stack.request(SetsWithMetrics, { first: 25, start: iso(T0), end: iso(T0) });
    expect(configurationSets?.nodes.map((set) => set?.metrics?.points)).toEqual(names.map((_, i) => [{ value: i }]));
    expect(await env.stack.calls()).toEqual({ ListConfigurationSets: 1, BatchGetMetricData: 3 });
  });
});

describe('Query.vdmMetrics', () => {
  it('answers every query under its id, in order, for the account, a set and an identity with an isp', async () => {
    await seedMetrics([
      { metric: 'SEND', points: daily(1000) },
      { metric: 'SEND', dimensions: { CONFIGURATION_SET: 'news' }, points: daily(300) },
      { metric: 'OPEN', dimensions: { EMAIL_IDENTITY: 'example.com', ISP: 'Gmail' }, points: daily(42) },
    ]);
    const range = { start: iso(T0), end: iso(T0) };
    const { vdmMetrics } = await env.stack.request(VdmMetrics, {
      queries: [
        { id: 'account', metric: 'SEND', ...range },
        { id: 'set', metric: 'SEND', dimensions: { configurationSet: 'news' }, ...range },
        { id: 'gmail-opens', metric: 'OPEN', dimensions: { emailIdentity: 'example.com', isp: 'Gmail' }, ...range },
        { id: 'nothing-seeded', metric: 'CLICK', ...range },
      ],
    });
    const point = (value: number) => ({ timestamp: iso(T0), value });
    expect(vdmMetrics).toEqual([
      { id: 'account', series: { metric: 'SEND', points: [point(1000)] }, error: null },
      { id: 'set', series: { metric: 'SEND', points: [point(300)] }, error: null },
      { id: 'gmail-opens', series: { metric: 'OPEN', points: [point(42)] }, error: null },
      { id: 'nothing-seeded', series: { metric: 'CLICK', points: [] }, error: null },
    ]);
    expect(await env.stack.calls()).toEqual({ BatchGetMetricData: 1 });
  });

  it('reports SES\'s per-query error on that query alone, in the gateway\'s words', async () => {
    await seedMetrics([
      { metric: 'SEND', dimensions: { EMAIL_IDENTITY: 'denied.com' }, error: 'INTERNAL_FAILURE' },
      { metric: 'SEND', points: daily(5) },
    ]);
    const range = { start: iso(T0), end: iso(T0) };
    const { vdmMetrics } = await env.stack.request(VdmMetrics, {
      queries: [
        { id: 'broken', metric: 'SEND', dimensions: { emailIdentity: 'denied.com' }, ...range },
        { id: 'fine', metric: 'SEND', ...range },
      ],
    });
    expect(vdmMetrics).toEqual([
      { id: 'broken', series: null, error: { code: 'INTERNAL_FAILURE', message: 'SES failed to compute this query; try again later.' } },
      { id: 'fine', series: { metric: 'SEND', points: [{ timestamp: iso(T0), value: 5 }] }, error: null },
    ]);
    expect(await env.stack.calls()).toEqual({ BatchGetMetricData: 1 });
  });

  it('treats dimensions with nothing set as the whole account', async () => {
    await seedMetrics([{ metric: 'SEND', points: daily(1000) }]);
    const { vdmMetrics } = await env.stack.request(VdmMetrics, { queries: [{ id: 'a', metric: 'SEND', dimensions: {}, start: iso(T0), end: iso(T0) }] });
    expect(vdmMetrics?.[0]?.series?.points).toEqual([{ timestamp: iso(T0), value: 1000 }]);
  });

  it('packs 25 queries into exactly 3 calls', async () => {
    const { vdmMetrics } = await env.stack.request(VdmMetrics, { queries: distinctQueries(25) });
    expect(vdmMetrics?.map((result) => result.id)).toEqual(distinctQueries(25).map((query) => query.id));
    expect(await env.stack.calls()).toEqual({ BatchGetMetricData: 3 });
  });

  it('takes 100 queries, in exactly 10 calls', async () => {
    const { vdmMetrics } = await env.stack.request(VdmMetrics, { queries: distinctQueries(100) });
    expect(vdmMetrics).toHaveLength(100);
    expect(await env.stack.calls()).toEqual({ BatchGetMetricData: 10 });
  });

  it('asks SES once for identical queries under different ids, and answers both', async () => {
    await seedMetrics([{ metric: 'SEND', points: daily(5) }]);
    const range = { start: iso(T0), end: iso(T0) };
    const { vdmMetrics } = await env.stack.request(VdmMetrics, { queries: [{ id: 'a', metric: 'SEND', ...range }, { id: 'b', metric: 'SEND', ...range }] });
    expect(vdmMetrics?.map((result) => [result.id, result.series?.points.length])).toEqual([['a', 1], ['b', 1]]);
    expect(await env.stack.calls()).toEqual({ BatchGetMetricData: 1 });
  });

  it('reads the region it is given', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/metrics?region=eu-west-1', { series: [{ metric: 'SEND', points: daily(8) }] });
    const queries = [{ id: 'a', metric: 'SEND' as const, start: iso(T0), end: iso(T0) }];
    const [inEurope, inDefault] = await Promise.all([env.stack.request(VdmMetrics, { queries, region: 'eu-west-1' }), env.stack.request(VdmMetrics, { queries })]);
    expect(inEurope.vdmMetrics?.[0]?.series?.points).toEqual([{ timestamp: iso(T0), value: 8 }]);
    expect(inDefault.vdmMetrics?.[0]?.series?.points).toEqual([]);
  });

  const valid = { metric: 'SEND' as const, start: iso(T0), end: iso(T0 + DAY) };
  it.each<[string, VdmMetricQueryInput[], string]>([
    ['no queries', [], 'queries'],
    ['101 queries', distinctQueries(101), 'queries'],
    ['an empty id', [{ id: '', ...valid }], 'queries.0.id'],
    ['an id of 256 characters', [{ id: 'x'.repeat(256), ...valid }], 'queries.0.id'],
    ['a repeated id', [{ id: 'a', ...valid }, { id: 'a', ...valid }], 'queries.1.id'],
    ['an end before start', [{ id: 'a', ...valid, start: iso(T0 + DAY), end: iso(T0) }], 'queries.0.end'],
    ['an empty dimension value', [{ id: 'a', ...valid, dimensions: { isp: '' } }], 'queries.0.dimensions.isp'],
  ])('rejects %s naming the argument, without calling SES', async (_case, queries, field) => {
    const result = await env.stack.execute(VdmMetrics, { queries });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining(field), extensions: { code: 'BAD_USER_INPUT', argument: 'queries' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('takes an id of 255 characters', async () => {
    const { vdmMetrics } = await env.stack.request(VdmMetrics, { queries: [{ id: 'x'.repeat(255), ...valid }] });
    expect(vdmMetrics?.[0]?.id).toHaveLength(255);
  });

  it('turns a failed call into a top-level UPSTREAM_UNAVAILABLE without SES\'s text', async () => {
    await injectMetricFault('secret upstream detail 9');
    const result = await env.stack.execute(VdmMetrics, { queries: distinctQueries(3) });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(JSON.stringify(result)).not.toContain('secret upstream detail');
  });
});
