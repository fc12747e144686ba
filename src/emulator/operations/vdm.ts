/**
 * The account and Virtual Deliverability Manager (VDM) operations: GetAccount,
 * PutAccountVdmAttributes, BatchGetMetricData and ListRecommendations, plus
 * the admin routes that seed what real SES computes from sending activity
 * (metric series and recommendations).
 */
import type {
  Metric,
  MetricDataError,
  MetricDimensionName,
  RecommendationImpact,
  RecommendationStatus,
  RecommendationType,
} from '@aws-sdk/client-sesv2';
import { z } from 'zod';
import { defineOperation, type AdminRoute, type OperationModule } from '../operation.js';
import type { MetricSeriesRecord, RegionState, Timestamp } from '../state.js';
import { nextToken, page, pageSize } from '../paging.js';
import { featureStatus, parseInput } from '../validation.js';

const METRICS = [
  'SEND',
  'COMPLAINT',
  'PERMANENT_BOUNCE',
  'TRANSIENT_BOUNCE',
  'OPEN',
  'CLICK',
  'DELIVERY',
  'DELIVERY_OPEN',
  'DELIVERY_CLICK',
  'DELIVERY_COMPLAINT',
] as const satisfies readonly Metric[];
const DIMENSION_NAMES = ['EMAIL_IDENTITY', 'CONFIGURATION_SET', 'ISP', 'TENANT_NAME'] as const satisfies readonly MetricDimensionName[];
const RECOMMENDATION_TYPES = ['DKIM', 'DMARC', 'SPF', 'BIMI', 'COMPLAINT', 'BOUNCE', 'FEEDBACK_3P', 'IP_LISTING'] as const satisfies readonly RecommendationType[];
const RECOMMENDATION_IMPACTS = ['LOW', 'HIGH'] as const satisfies readonly RecommendationImpact[];
const RECOMMENDATION_STATUSES = ['OPEN', 'FIXED'] as const satisfies readonly RecommendationStatus[];

/** An enum member whose message says "required" when it is missing and lists the values otherwise. */
const requiredEnum = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? `${what} is required.` : `${what} must be one of ${values.join(', ')}.`) });

const epochSeconds = (what: string) =>
  z.number({ error: (issue) => (issue.input === undefined ? `${what} is required.` : `${what} must be a timestamp.`) });

// GetAccount ---------------------------------------------------------------

/**
 * A new account in the SES sandbox: 200 messages per 24 hours at 1 per
 * second, sending enabled, and the account-level suppression list on for
 * bounces and complaints (the default for accounts since November 2019).
 */
const SANDBOX_SEND_QUOTA = { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 };

const getAccount = defineOperation({
  name: 'GetAccount',
  kind: 'read',
  input: z.object({}),
  run: (_input, state) => ({
    DedicatedIpAutoWarmupEnabled: false,
    EnforcementStatus: 'HEALTHY',
    ProductionAccessEnabled: false,
    SendQuota: SANDBOX_SEND_QUOTA,
    SendingEnabled: true,
    SuppressionAttributes: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    VdmAttributes: state.Account.VdmAttributes,
  }),
});

// PutAccountVdmAttributes --------------------------------------------------

const putAccountVdmAttributes = defineOperation({
  name: 'PutAccountVdmAttributes',
  kind: 'write',
  input: z.object({
    VdmAttributes: z.object(
      {
        VdmEnabled: requiredEnum(['ENABLED', 'DISABLED'], 'VdmEnabled'),
        DashboardAttributes: z.object({ EngagementMetrics: featureStatus('EngagementMetrics').optional() }).optional(),
        GuardianAttributes: z.object({ OptimizedSharedDelivery: featureStatus('OptimizedSharedDelivery').optional() }).optional(),
      },
      { error: (issue) => (issue.input === undefined ? 'VdmAttributes is required.' : 'VdmAttributes must be an object.') },
    ),
  }),
  run(input, state) {
    // A PUT: the attributes sent replace the account's, groups left out included.
    const { VdmEnabled, DashboardAttributes, GuardianAttributes } = input.VdmAttributes;
    state.Account.VdmAttributes = {
      VdmEnabled,
      ...(DashboardAttributes && { DashboardAttributes }),
      ...(GuardianAttributes && { GuardianAttributes }),
    };
    return {};
  },
});

// BatchGetMetricData -------------------------------------------------------

/** SES allows 1 to 10 queries per call, and 1 to 3 dimensions per query. */
const MAX_QUERIES = 10;
const MAX_DIMENSIONS = 3;

const dimensions = (what: string) =>
  z
    .partialRecord(z.enum(DIMENSION_NAMES), z.string({ error: `${what} values must be strings.` }).min(1, `${what} values must not be empty.`), {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? `${what} must be a map of dimension names to values.`
          : `${what} keys must be among ${DIMENSION_NAMES.join(', ')}.`,
    })
    .refine((map) => Object.keys(map).length <= MAX_DIMENSIONS, `${what} must have at most ${MAX_DIMENSIONS} entries.`);

const metricQuery = z.object({
  Id: z
    .string({ error: (issue) => (issue.input === undefined ? 'Id is required.' : 'Id must be a string.') })
    .min(1, 'Id must be 1 to 255 characters.')
    .max(255, 'Id must be 1 to 255 characters.'),
  Namespace: requiredEnum(['VDM'], 'Namespace'),
  Metric: requiredEnum(METRICS, 'Metric'),
  Dimensions: dimensions('Dimensions')
    .refine((map) => Object.keys(map).length >= 1, 'Dimensions must have at least 1 entry when present.')
    .optional(),
  StartDate: epochSeconds('StartDate'),
  EndDate: epochSeconds('EndDate'),
});
type MetricQuery = z.infer<typeof metricQuery>;

const sameDimensions = (a: Partial<Record<string, string>>, b: Partial<Record<string, string>>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
};

const seriesFor = (query: MetricQuery, series: MetricSeriesRecord[]) =>
  series.find((s) => s.Metric === query.Metric && sameDimensions(s.Dimensions, query.Dimensions ?? {}));

function answer(query: MetricQuery, series: MetricSeriesRecord[]) {
  const match = seriesFor(query, series);
  const points = (match?.Points ?? []).filter((p) => p.Timestamp >= query.StartDate && p.Timestamp <= query.EndDate);
  return { Id: query.Id, Timestamps: points.map((p) => p.Timestamp), Values: points.map((p) => p.Value) };
}

/**
 * SES rejects the whole call for a malformed request (the member named in
 * the BadRequestException) and reports the problems of one well-formed
 * query in Errors, answering the other queries. SES documents only the
 * INTERNAL_FAILURE and ACCESS_DENIED codes and no limit on a query's range;
 * the emulator reports an interval that ends before it starts as
 * INTERNAL_FAILURE. Without seeded data a query answers with no points.
 */
const batchGetMetricData = defineOperation({
  name: 'BatchGetMetricData',
  kind: 'read',
  input: z.object({
    Queries: z
      .array(metricQuery, { error: (issue) => (issue.input === undefined ? 'Queries is required.' : 'Queries must be a list.') })
      .min(1, 'Queries must contain at least 1 query.')
      .max(MAX_QUERIES, `Queries must contain at most ${MAX_QUERIES} queries.`)
      .refine((queries) => new Set(queries.map((q) => q.Id)).size === queries.length, 'Queries must not repeat an Id.'),
  }),
  // A call is charged for the queries it carries, at most the 10 a valid call
  // can carry: a malformed call must get its BadRequestException, not be
  // throttled forever because it asks for more than a second's worth.
  queryCount: (input) => (Array.isArray(input.Queries) ? Math.min(input.Queries.length, MAX_QUERIES) : 0),
  run(input, state) {
    const Results: ReturnType<typeof answer>[] = [];
    const Errors: MetricDataError[] = [];
    for (const query of input.Queries) {
      const seededError = seriesFor(query, state.Metrics)?.Error;
      if (query.StartDate > query.EndDate) {
        Errors.push({ Id: query.Id, Code: 'INTERNAL_FAILURE', Message: 'StartDate must not be later than EndDate.' });
      } else if (seededError) {
        Errors.push({ Id: query.Id, Code: seededError, Message: `Seeded ${seededError} for this query.` });
      } else {
        Results.push(answer(query, state.Metrics));
      }
    }
    return { Results, Errors };
  },
});

// ListRecommendations ------------------------------------------------------

const MAX_RECOMMENDATIONS_PAGE = 100;
const filterValue = (what: string) => z.string({ error: `${what} must be a string.` }).min(1, `${what} must be 1 to 512 characters.`).max(512, `${what} must be 1 to 512 characters.`);

/** SES accepts one filter, or STATUS together with IMPACT or with TYPE. */
const recommendationsFilter = z
  .strictObject(
    {
      TYPE: filterValue('Filter.TYPE').pipe(z.enum(RECOMMENDATION_TYPES, { error: `Filter.TYPE must be one of ${RECOMMENDATION_TYPES.join(', ')}.` })).optional(),
      IMPACT: filterValue('Filter.IMPACT').pipe(z.enum(RECOMMENDATION_IMPACTS, { error: `Filter.IMPACT must be one of ${RECOMMENDATION_IMPACTS.join(', ')}.` })).optional(),
      STATUS: filterValue('Filter.STATUS').pipe(z.enum(RECOMMENDATION_STATUSES, { error: `Filter.STATUS must be one of ${RECOMMENDATION_STATUSES.join(', ')}.` })).optional(),
      RESOURCE_ARN: filterValue('Filter.RESOURCE_ARN').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'Filter must be a map of filter keys to values.'
          : 'Filter keys must be among TYPE, IMPACT, STATUS, RESOURCE_ARN.',
    },
  )
  .refine((filter) => {
    const keys = Object.keys(filter).sort().join('+');
    return Object.keys(filter).length <= 1 || keys === 'IMPACT+STATUS' || keys === 'STATUS+TYPE';
  }, 'Filter must be a single filter, or STATUS combined with IMPACT or with TYPE.');

/** Recommendations are listed in the order they were generated (seeded); the page key is that position. */
const positionKey = (index: number) => index.toString().padStart(12, '0');

const listRecommendations = defineOperation({
  name: 'ListRecommendations',
  kind: 'read',
  input: z.object({
    Filter: recommendationsFilter.optional(),
    NextToken: nextToken.optional(),
    PageSize: pageSize(1, MAX_RECOMMENDATIONS_PAGE).optional(),
  }),
  run(input, state) {
    const filter = input.Filter ?? {};
    const matching = state.Recommendations.map((record, index) => ({ record, key: positionKey(index) })).filter(
      ({ record }) =>
        (filter.TYPE === undefined || record.Type === filter.TYPE) &&
        (filter.IMPACT === undefined || record.Impact === filter.IMPACT) &&
        (filter.STATUS === undefined || record.Status === filter.STATUS) &&
        (filter.RESOURCE_ARN === undefined || record.ResourceArn === filter.RESOURCE_ARN),
    );
    const { items, nextToken: token } = page(matching, (item) => item.key, input.PageSize ?? MAX_RECOMMENDATIONS_PAGE, input.NextToken);
    return {
      Recommendations: items.map(({ record }) => ({
        ResourceArn: record.ResourceArn,
        Type: record.Type,
        Description: record.Description,
        Status: record.Status,
        CreatedTimestamp: record.CreatedTimestamp,
        LastUpdatedTimestamp: record.LastUpdatedTimestamp,
        Impact: record.Impact,
      })),
      NextToken: token,
    };
  },
});

// Admin seeding ------------------------------------------------------------

/** An ISO 8601 date string or epoch seconds, as epoch seconds. */
const seedTimestamp = (what: string) => {
  const message = `${what} must be an ISO 8601 date or epoch seconds.`;
  return z
    .union([z.number(), z.string()], { error: message })
    .refine((value) => typeof value === 'number' || !Number.isNaN(Date.parse(value)), message)
    .transform((value): Timestamp => (typeof value === 'number' ? value : Date.parse(value) / 1000));
};

const seriesSeed = z.object({
  metric: z.enum(METRICS, { error: `metric must be one of ${METRICS.join(', ')}.` }),
  dimensions: dimensions('dimensions').optional(),
  points: z
    .array(z.object({ timestamp: seedTimestamp('timestamp'), value: z.number({ error: 'value must be a number.' }) }), {
      error: 'points must be a list.',
    })
    .refine((points) => new Set(points.map((p) => p.timestamp)).size === points.length, 'points must not repeat a timestamp.')
    .default([]),
  /** Makes SES report this per-query error for every query matching the series, instead of its points. */
  error: z.enum(['INTERNAL_FAILURE', 'ACCESS_DENIED'], { error: 'error must be INTERNAL_FAILURE or ACCESS_DENIED.' }).optional(),
});

const recommendationSeed = z.object({
  resourceArn: z.string({ error: 'resourceArn is required.' }).min(1, 'resourceArn must not be empty.'),
  type: z.enum(RECOMMENDATION_TYPES, { error: `type must be one of ${RECOMMENDATION_TYPES.join(', ')}.` }),
  description: z.string({ error: 'description is required.' }),
  status: z.enum(RECOMMENDATION_STATUSES, { error: `status must be one of ${RECOMMENDATION_STATUSES.join(', ')}.` }).default('OPEN'),
  impact: z.enum(RECOMMENDATION_IMPACTS, { error: `impact must be one of ${RECOMMENDATION_IMPACTS.join(', ')}.` }),
  createdTimestamp: seedTimestamp('createdTimestamp').optional(),
  lastUpdatedTimestamp: seedTimestamp('lastUpdatedTimestamp').optional(),
});

function seedSeries(state: RegionState, seeds: z.infer<typeof seriesSeed>[]): void {
  for (const seed of seeds) {
    const record: MetricSeriesRecord = {
      Metric: seed.metric,
      Dimensions: seed.dimensions ?? {},
      Points: seed.points.map((p) => ({ Timestamp: p.timestamp, Value: p.value })).sort((a, b) => a.Timestamp - b.Timestamp),
      ...(seed.error && { Error: seed.error }),
    };
    const existing = state.Metrics.findIndex((s) => s.Metric === record.Metric && sameDimensions(s.Dimensions, record.Dimensions));
    if (existing >= 0) state.Metrics[existing] = record;
    else state.Metrics.push(record);
  }
}

const adminRoutes: AdminRoute[] = [
  {
    method: 'POST',
    path: '/_emulator/metrics',
    run({ body, scope }, store) {
      const { series } = parseInput(z.object({ series: z.array(seriesSeed, { error: 'series must be a list.' }) }), body);
      return store.write(scope, (state) => {
        seedSeries(state, series);
        return { series: state.Metrics.length };
      });
    },
  },
  {
    method: 'DELETE',
    path: '/_emulator/metrics',
    run: ({ scope }, store) => store.write(scope, (state) => ((state.Metrics = []), {})),
  },
  {
    method: 'POST',
    path: '/_emulator/recommendations',
    run({ body, scope }, store) {
      const { recommendations } = parseInput(
        z.object({ recommendations: z.array(recommendationSeed, { error: 'recommendations must be a list.' }) }),
        body,
      );
      const now = Date.now() / 1000;
      return store.write(scope, (state) => {
        for (const seed of recommendations) {
          const created = seed.createdTimestamp ?? now;
          state.Recommendations.push({
            ResourceArn: seed.resourceArn,
            Type: seed.type,
            Description: seed.description,
            Status: seed.status,
            Impact: seed.impact,
            CreatedTimestamp: created,
            LastUpdatedTimestamp: seed.lastUpdatedTimestamp ?? created,
          });
        }
        return { recommendations: state.Recommendations.length };
      });
    },
  },
  {
    method: 'DELETE',
    path: '/_emulator/recommendations',
    run: ({ scope }, store) => store.write(scope, (state) => ((state.Recommendations = []), {})),
  },
];

export const vdm: OperationModule = {
  routes: [
    { method: 'GET', path: '/v2/email/account', operation: 'GetAccount' },
    { method: 'PUT', path: '/v2/email/account/vdm', operation: 'PutAccountVdmAttributes' },
    { method: 'POST', path: '/v2/email/metrics/batch', operation: 'BatchGetMetricData' },
    { method: 'POST', path: '/v2/email/vdm/recommendations', operation: 'ListRecommendations' },
  ],
  operations: [getAccount, putAccountVdmAttributes, batchGetMetricData, listRecommendations],
  adminRoutes,
};
