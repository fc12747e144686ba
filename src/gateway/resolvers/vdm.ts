import type { GetAccountCommandOutput } from '@aws-sdk/client-sesv2';
import { sesConnection } from '../connections.js';
import type { GatewayContext } from '../context.js';
import { fault, FaultCode, toFault } from '../errors.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.js';
import type { MetricSeriesModel } from '../models.js';
import type { MetricAnswer, MetricKey } from '../ses/loaders.js';
import { validateMetricQueries, validateRecommendationFilter } from '../validation/vdm.js';
import { prop, sdk } from './fields.js';

/** SES's largest ListRecommendations page. */
const MAX_RECOMMENDATIONS_PAGE = 100;

/** The region's GetAccount answer, read once per request. */
export async function accountDetails(region: string, context: GatewayContext): Promise<GetAccountCommandOutput> {
  try {
    return await context.loaders.getAccount.load(region);
  } catch (error) {
    throw toFault(error);
  }
}

/** A metric query's answer; a failed BatchGetMetricData call is a fault for every query it carried. */
async function metricAnswer(context: GatewayContext, key: MetricKey): Promise<MetricAnswer> {
  try {
    return await context.loaders.batchGetMetricData.load(key);
  } catch (error) {
    throw toFault(error);
  }
}

/**
 * SES's per-query metric error codes as faults of the field: ACCESS_DENIED
 * is the credentials' permissions, INTERNAL_FAILURE SES's own failure. SES's
 * message text is not passed on; its code is, in `extensions.metricErrorCode`.
 */
const METRIC_ERROR_FAULTS: Record<string, FaultCode> = {
  ACCESS_DENIED: FaultCode.UPSTREAM_UNAUTHORIZED,
  INTERNAL_FAILURE: FaultCode.UPSTREAM_UNAVAILABLE,
};

/** A metric field's series (ConfigurationSet.metrics, EmailIdentity.metrics); SES's error for the query is a fault of the field. */
export async function metricSeries(context: GatewayContext, key: MetricKey): Promise<MetricSeriesModel> {
  const answer = await metricAnswer(context, key);
  if (answer.series) return answer.series;
  const code = METRIC_ERROR_FAULTS[answer.error.code] ?? FaultCode.UPSTREAM_REJECTED;
  throw fault(code, `SES could not answer this metric query (${answer.error.code}).`, { metricErrorCode: answer.error.code });
}

/** A timestamp SES always sends; its absence is an upstream fault, not a null. */
function timestamp(value: Date | undefined): Date {
  if (!value) throw toFault(new Error('SES answered a recommendation without its timestamps.'));
  return value;
}

const account: QueryResolvers['account'] = (_parent, { region }, context) => ({ region: context.region(region) });

const vdmMetrics: QueryResolvers['vdmMetrics'] = async (_parent, { queries, region }, context) => {
  const r = context.region(region);
  validateMetricQueries(queries);
  // Identical queries share one SES query through the loader; every query keeps its own id.
  return Promise.all(
    queries.map(async (query) => {
      const dimensions: MetricKey['dimensions'] = {
        ...(query.dimensions?.emailIdentity != null && { EMAIL_IDENTITY: query.dimensions.emailIdentity }),
        ...(query.dimensions?.configurationSet != null && { CONFIGURATION_SET: query.dimensions.configurationSet }),
        ...(query.dimensions?.isp != null && { ISP: query.dimensions.isp }),
      };
      const answer = await metricAnswer(context, { region: r, metric: query.metric, dimensions, start: query.start, end: query.end });
      return { id: query.id, ...answer };
    }),
  );
};

const recommendations: QueryResolvers['recommendations'] = (_parent, { first, after, filter, region }, context) => {
  const r = context.region(region);
  validateRecommendationFilter(filter);
  const sesFilter: Record<string, string> = {
    ...(filter?.type != null && { TYPE: filter.type }),
    ...(filter?.impact != null && { IMPACT: filter.impact }),
    ...(filter?.status != null && { STATUS: filter.status }),
    ...(filter?.resourceArn != null && { RESOURCE_ARN: filter.resourceArn }),
  };
  return sesConnection({ first, after }, MAX_RECOMMENDATIONS_PAGE, async (token, pageSize) => {
    const page = await context.ses.read(r, 'ListRecommendations', {
      ...(token !== undefined && { NextToken: token }),
      PageSize: pageSize,
      ...(Object.keys(sesFilter).length > 0 && { Filter: sesFilter }),
    });
    return { items: page.Recommendations ?? [], nextToken: page.NextToken };
  });
};

export const vdmResolvers: Resolvers = {
  Query: { account, vdmMetrics, recommendations },
  Account: {
    region: prop('region'),
    sendingEnabled: async (model, _args, context) => (await accountDetails(model.region, context)).SendingEnabled ?? false,
    productionAccessEnabled: async (model, _args, context) => (await accountDetails(model.region, context)).ProductionAccessEnabled ?? false,
    vdmAttributes: async (model, _args, context) => (await accountDetails(model.region, context)).VdmAttributes ?? { VdmEnabled: 'DISABLED' },
  },
  VdmAttributes: {
    enabled: sdk('VdmEnabled', 'DISABLED'),
    dashboardEngagementMetrics: (attributes) => attributes.DashboardAttributes?.EngagementMetrics ?? null,
    guardianOptimizedSharedDelivery: (attributes) => attributes.GuardianAttributes?.OptimizedSharedDelivery ?? null,
  },
  VdmOptions: {
    dashboardEngagementMetrics: (options) => options.DashboardOptions?.EngagementMetrics ?? null,
    guardianOptimizedSharedDelivery: (options) => options.GuardianOptions?.OptimizedSharedDelivery ?? null,
  },
  EffectiveVdmOptions: {
    dashboardEngagementMetrics: prop('dashboardEngagementMetrics'),
    dashboardEngagementMetricsSource: prop('dashboardEngagementMetricsSource'),
    guardianOptimizedSharedDelivery: prop('guardianOptimizedSharedDelivery'),
    guardianOptimizedSharedDeliverySource: prop('guardianOptimizedSharedDeliverySource'),
  },
  MetricSeries: {
    metric: prop('metric'),
    points: prop('points'),
  },
  VdmMetricResult: {
    id: prop('id'),
    series: prop('series'),
    error: prop('error'),
  },
  Recommendation: {
    resourceArn: sdk('ResourceArn'),
    type: sdk('Type'),
    description: sdk('Description'),
    status: sdk('Status'),
    impact: sdk('Impact'),
    createdAt: (recommendation) => timestamp(recommendation.CreatedTimestamp),
    // SES stamps both; a recommendation never updated since it was raised was last updated when created.
    updatedAt: (recommendation) => timestamp(recommendation.LastUpdatedTimestamp ?? recommendation.CreatedTimestamp),
  },
};
