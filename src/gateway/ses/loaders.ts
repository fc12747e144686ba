/**
 * Per-request DataLoaders: every read by key goes through one, so a request
 * never asks SES the same thing twice, and reads the shared cache first.
 * Keys include the region. Each loader is named after the SES operation it
 * calls. Loaders are built fresh for every request (they are request-scoped
 * caches); everything under them is built once per process.
 */
import type { DedicatedIpPool, EventDestination, GetAccountCommandOutput, GetConfigurationSetCommandOutput, GetEmailIdentityCommandOutput, Metric, Tag } from '@aws-sdk/client-sesv2';
import DataLoader from 'dataloader';
import { isNotFound } from '../errors.js';
import type { EmailIdentityModel, MetricSeriesModel } from '../models.js';
import type { ScopedSes } from './access.js';

interface NamedKey {
  region: string;
  name: string;
}

/** A taggable resource by ARN; the ARN names the region too, but the call is made in `region`. */
interface ArnKey {
  region: string;
  arn: string;
}

export interface MetricKey {
  region: string;
  metric: Metric;
  dimensions: { EMAIL_IDENTITY?: string; CONFIGURATION_SET?: string; ISP?: string };
  start: Date;
  end: Date;
}

/** A metric query's answer: the series, or SES's error for that query alone. */
export type MetricAnswer = { series: MetricSeriesModel; error: null } | { series: null; error: { code: string; message: string | null } };

/** SES answers 1 to 10 queries per BatchGetMetricData call. */
const METRIC_QUERIES_PER_CALL = 10;

const namedKey = (key: NamedKey) => `${key.region}\u0000${key.name}`;

/** Enough ListEmailIdentities pages for 100,000 identities, ten times SES's default quota: a bound, not an expectation. */
const MAX_IDENTITY_PAGES = 100;

/** Every email identity of a region, by paging ListEmailIdentities to the end. */
async function listAllEmailIdentities(ses: ScopedSes, region: string): Promise<EmailIdentityModel[]> {
  const identities: EmailIdentityModel[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_IDENTITY_PAGES; page += 1) {
    const output = await ses.read(region, 'ListEmailIdentities', { PageSize: 1000, ...(token !== undefined && { NextToken: token }) });
    for (const summary of output.EmailIdentities ?? []) {
      if (summary.IdentityName) identities.push({ region, name: summary.IdentityName, summary });
    }
    token = output.NextToken;
    if (!token) break;
  }
  return identities;
}

async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function byName<V>(load: (key: NamedKey) => Promise<V>): DataLoader<NamedKey, V, string> {
  return new DataLoader<NamedKey, V, string>(
    (keys) => Promise.all(keys.map((key) => load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))))),
    { cacheKeyFn: namedKey },
  );
}

export function createLoaders(ses: ScopedSes) {
  const reads = {
    getConfigurationSet: byName<GetConfigurationSetCommandOutput | null>(({ region, name }) =>
      orNull(ses.read(region, 'GetConfigurationSet', { ConfigurationSetName: name })),
    ),
    getConfigurationSetEventDestinations: byName<EventDestination[] | null>(async ({ region, name }) => {
      const output = await orNull(ses.read(region, 'GetConfigurationSetEventDestinations', { ConfigurationSetName: name }));
      return output ? (output.EventDestinations ?? []) : null;
    }),
    getEmailIdentity: byName<GetEmailIdentityCommandOutput | null>(({ region, name }) => orNull(ses.read(region, 'GetEmailIdentity', { EmailIdentity: name }))),
    getDedicatedIpPool: byName<DedicatedIpPool | null>(async ({ region, name }) => {
      const output = await orNull(ses.read(region, 'GetDedicatedIpPool', { PoolName: name }));
      return output?.DedicatedIpPool ?? null;
    }),
    /** By ARN; null when the resource does not exist. */
    listTagsForResource: new DataLoader<ArnKey, Tag[] | null, string>(
      (keys) =>
        Promise.all(
          keys.map(({ region, arn }) =>
            orNull(ses.read(region, 'ListTagsForResource', { ResourceArn: arn })).then(
              (output) => (output ? (output.Tags ?? []) : null),
              (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
            ),
          ),
        ),
      { cacheKeyFn: (key) => `${key.region}\u0000${key.arn}` },
    ),
    /** Every email identity of a region (every page of ListEmailIdentities), read once per request. */
    listEmailIdentities: new DataLoader<string, EmailIdentityModel[]>((regions) =>
      Promise.all(regions.map((region) => listAllEmailIdentities(ses, region).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))))),
    ),
    getAccount: new DataLoader<string, GetAccountCommandOutput>((regions) =>
      Promise.all(regions.map((region) => ses.read(region, 'GetAccount', {}).catch((error: unknown) => error as Error))),
    ),
    batchGetMetricData: new DataLoader<MetricKey, MetricAnswer, string>((keys) => loadMetrics(ses, keys), {
      maxBatchSize: METRIC_QUERIES_PER_CALL,
      cacheKeyFn: (key) => JSON.stringify([key.region, key.metric, key.dimensions, key.start.getTime(), key.end.getTime()]),
      // Metric fields sit at different depths of a query; waiting one macrotask
      // lets fields resolved a few ticks apart share a BatchGetMetricData call.
      batchScheduleFn: (callback) => setTimeout(callback, 0),
    }),
  };
  return {
    ...reads,
    /**
     * The identities whose default configuration set is the named one. SES keeps
     * no reverse index, so no one operation answers this (hence its name): it
     * reads every identity of the region through the loaders above. It is worked
     * out once per set and request, as a query can ask for it at every level of
     * a nesting (set -> identities -> their set -> ...), and each time it costs
     * work in proportion to the region's identities.
     */
    identitiesUsingSet: byName<EmailIdentityModel[]>(async ({ region, name }) => {
      const identities = await reads.listEmailIdentities.load(region);
      const details = await Promise.all(identities.map((identity) => reads.getEmailIdentity.load(identity)));
      return identities.filter((_identity, index) => details[index]?.ConfigurationSetName === name);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** SES's per-query error codes, explained in the gateway's words: SES's own text is never passed on. */
const METRIC_ERROR_TEXT: Record<string, string> = {
  ACCESS_DENIED: 'SES denied the gateway\'s credentials access to this metric.',
  INTERNAL_FAILURE: 'SES failed to compute this query; try again later.',
};

/** Answers up to 10 metric queries with one BatchGetMetricData call per region. */
async function loadMetrics(ses: ScopedSes, keys: readonly MetricKey[]): Promise<(MetricAnswer | Error)[]> {
  const answers: (MetricAnswer | Error)[] = new Array(keys.length);
  const byRegion = new Map<string, number[]>();
  keys.forEach((key, index) => byRegion.set(key.region, [...(byRegion.get(key.region) ?? []), index]));
  await Promise.all(
    [...byRegion].map(async ([region, indexes]) => {
      try {
        const output = await ses.read(region, 'BatchGetMetricData', {
          Queries: indexes.map((index, position) => {
            const key = keys[index] as MetricKey;
            return {
              Id: `q${position}`,
              Namespace: 'VDM',
              Metric: key.metric,
              ...(Object.keys(key.dimensions).length > 0 && { Dimensions: key.dimensions }),
              StartDate: key.start,
              EndDate: key.end,
            };
          }),
        });
        indexes.forEach((index, position) => {
          const id = `q${position}`;
          const key = keys[index] as MetricKey;
          const result = output.Results?.find((r) => r.Id === id);
          const error = output.Errors?.find((e) => e.Id === id);
          answers[index] = result
            ? {
                series: {
                  metric: key.metric,
                  points: (result.Timestamps ?? []).map((timestamp, i) => ({ timestamp, value: result.Values?.[i] ?? 0 })),
                },
                error: null,
              }
            : { series: null, error: { code: error?.Code ?? 'INTERNAL_FAILURE', message: METRIC_ERROR_TEXT[error?.Code ?? ''] ?? METRIC_ERROR_TEXT.INTERNAL_FAILURE ?? null } };
        });
      } catch (error) {
        for (const index of indexes) answers[index] = error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
  return answers;
}
