import type { GetConfigurationSetCommandOutput } from '@aws-sdk/client-sesv2';
import { GraphQLError } from 'graphql';
import { sesArn } from '../arns.js';
import { sesConnection } from '../connections.js';
import type { GatewayContext } from '../context.js';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { encodeId } from '../ids.js';
import type { ConfigurationSetModel } from '../models.js';
import { isResourceName } from '../validation/rules.js';
import { selectedFields } from './selection.js';

/** Fields answered by GetConfigurationSet; every other field needs its own read, or none. */
export const FROM_GET_CONFIGURATION_SET: ReadonlySet<string> = new Set([
  'sendingEnabled',
  'deliveryOptions',
  'trackingOptions',
  'reputationOptions',
  'suppressionOptions',
  'vdmOptions',
  'effectiveVdmOptions',
  'archivingOptions',
  'messageSecurityOptions',
  'tags',
]);

/** The set's GetConfigurationSet answer; the set was seen to exist, so a null here means it was deleted meanwhile. */
export async function configurationSetDetails(set: ConfigurationSetModel, context: GatewayContext): Promise<GetConfigurationSetCommandOutput> {
  const details = await context.loaders.configurationSet.load(set);
  if (!details) throw new GraphQLError(`Configuration set ${set.name} was deleted while this request was running.`, { extensions: { code: 'NOT_FOUND' } });
  return details;
}

/**
 * Whether a set exists, asked with the read the selection needs anyway:
 * GetConfigurationSet for option fields, else GetConfigurationSetEventDestinations
 * when only destinations are selected, so such a query costs one call per set.
 */
export async function configurationSetExists(set: ConfigurationSetModel, context: GatewayContext, fields: Set<string>): Promise<boolean> {
  const needsDetails = [...fields].some((field) => FROM_GET_CONFIGURATION_SET.has(field));
  if (!needsDetails && fields.has('eventDestinations')) return (await context.loaders.eventDestinations.load(set)) !== null;
  return (await context.loaders.configurationSet.load(set)) !== null;
}

const configurationSet: QueryResolvers['configurationSet'] = async (_parent, { name, region }, context, info) => {
  const set = { region: context.region(region), name };
  // A name SES would reject cannot exist: answer null without asking SES.
  if (!isResourceName(name)) return null;
  return (await configurationSetExists(set, context, selectedFields(info, 'ConfigurationSet'))) ? set : null;
};

const configurationSets: QueryResolvers['configurationSets'] = (_parent, { first, after, nameContains, region }, context) => {
  const r = context.region(region);
  return sesConnection<ConfigurationSetModel>({ first, after }, 1000, async (token, pageSize) => {
    const page = await context.ses.read(r, 'ListConfigurationSets', {
      ...(token !== undefined && { NextToken: token }),
      PageSize: pageSize,
      ...(nameContains ? { Filter: { CONFIGURATION_SET_NAME_CONTAINS: nameContains } } : {}),
    });
    return { items: (page.ConfigurationSets ?? []).map((name) => ({ region: r, name })), nextToken: page.NextToken };
  });
};

export const configurationSetResolvers: Resolvers = {
  Query: { configurationSet, configurationSets },
  ConfigurationSet: {
    id: (set) => encodeId('ConfigurationSet', set.region, set.name),
    arn: (set, _args, context) => sesArn(set.region, context.accountId, 'configuration-set', set.name),
    sendingEnabled: async (set, _args, context) => (await configurationSetDetails(set, context)).SendingOptions?.SendingEnabled ?? true,
    deliveryOptions: async (set, _args, context) => ({ TlsPolicy: 'OPTIONAL', ...(await configurationSetDetails(set, context)).DeliveryOptions, region: set.region }),
    trackingOptions: async (set, _args, context) => (await configurationSetDetails(set, context)).TrackingOptions ?? null,
    reputationOptions: async (set, _args, context) => (await configurationSetDetails(set, context)).ReputationOptions ?? { ReputationMetricsEnabled: false },
    suppressionOptions: async (set, _args, context) => (await configurationSetDetails(set, context)).SuppressionOptions ?? null,
    vdmOptions: async (set, _args, context) => (await configurationSetDetails(set, context)).VdmOptions ?? null,
    archivingOptions: async (set, _args, context) => {
      const archiving = (await configurationSetDetails(set, context)).ArchivingOptions;
      return archiving?.ArchiveArn ? archiving : null;
    },
    messageSecurityOptions: async (set, _args, context) => (await configurationSetDetails(set, context)).MessageSecurityOptions ?? null,
    tags: async (set, _args, context) => (await configurationSetDetails(set, context)).Tags ?? [],
    eventDestinations: async (set, _args, context) => {
      const destinations = await context.loaders.eventDestinations.load(set);
      return (destinations ?? []).map((destination) => ({ region: set.region, configurationSetName: set.name, destination }));
    },
  },
  DeliveryOptions: {
    tlsPolicy: (options) => options.TlsPolicy ?? 'OPTIONAL',
    sendingPoolName: (options) => options.SendingPoolName ?? null,
    maxDeliverySeconds: (options) => options.MaxDeliverySeconds ?? null,
    sendingPool: async (options, _args, context) => {
      if (!options.SendingPoolName) return null;
      const key = { region: options.region, name: options.SendingPoolName };
      return (await context.loaders.dedicatedIpPool.load(key)) ? key : null;
    },
  },
  ReputationOptions: {
    reputationMetricsEnabled: (options) => options.ReputationMetricsEnabled ?? false,
    lastFreshStart: (options) => options.LastFreshStart ?? null,
  },
  SuppressionOptions: {
    suppressedReasons: (options) => options.SuppressedReasons ?? [],
    suppressionScope: (options) => options.SuppressionScope ?? null,
    validationOptions: (options) => options.ValidationOptions ?? null,
  },
  SuppressionValidationOptions: {
    conditionThresholdEnabled: (options) => options.ConditionThreshold?.ConditionThresholdEnabled ?? 'DISABLED',
    overallConfidenceThreshold: (options) => options.ConditionThreshold?.OverallConfidenceThreshold?.ConfidenceVerdictThreshold ?? null,
  },
  MessageSecurityOptions: {
    signingScheme: (options) => (options.SigningScheme?.SmimeScheme ? 'SMIME_DETACHED' : 'DEFAULT'),
  },
};
