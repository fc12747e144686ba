/**
 * What each field can cost in SES calls, keyed by `Type.field`: the one table
 * the estimate walks with. Every field that has a resolver has an entry here,
 * 'free' when it makes no SES call (test/gateway/pricing.test.ts fails
 * otherwise), and every list that leads to a priced field says how long it
 * can be. The entries follow the resolvers: which read answers which field,
 * what a mutation writes and reads, in the worst case.
 */
import { MAX_FIRST } from '../connections.js';
import { decodeId, namesAreValid, type NodeType } from '../ids.js';
import { withTargetNames } from '../mutationTargets.js';
import { FROM_GET_CONFIGURATION_SET } from '../resolvers/configurationSet.js';
import { MAX_NODE_IDS } from '../resolvers/node.js';
import type { SesOperationName } from '../ses/operations.js';
import { MAX_EVENT_DESTINATIONS } from '../validation/eventDestinations.js';
import { coveringIdentities } from '../validation/emailIdentities.js';
import { isEmailAddress, isIdentityName, isResourceName } from '../validation/rules.js';
import type { Entity, FieldPrice, PricingSite } from './estimate.js';

/** SES's largest ListConfigurationSets, ListEmailIdentities and ListDedicatedIpPools page, as the resolvers ask for it. */
const LIST_PAGE = 1000;
/** SES's largest ListRecommendations page. */
const RECOMMENDATIONS_PAGE = 100;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const objectArg = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The entity of a resource known by name; its reads are shared with every other mention of it in the same epoch. */
function named(site: PricingSite, typeName: NodeType, region: string, ...names: string[]): Entity {
  return { typeName, key: `${site.epoch}${typeName}|${region}|${names.join('|')}`, count: 1, region };
}

/** A field answered by one read of its parent object. */
const readsParent =
  (operation: SesOperationName): FieldPrice =>
  (site) => {
    site.read(operation, site.parent.key, site.parent.count);
  };

/**
 * A configuration set looked up by name or id exists if the read its
 * selection needs anyway finds it (configurationSetExists): GetConfigurationSet,
 * or GetConfigurationSetEventDestinations when only destinations are selected.
 */
function existingSet(site: PricingSite, set: Entity): Entity {
  const fields = site.selected('ConfigurationSet');
  const needsDetails = [...fields].some((field) => FROM_GET_CONFIGURATION_SET.has(field));
  site.read(!needsDetails && fields.has('eventDestinations') ? 'GetConfigurationSetEventDestinations' : 'GetConfigurationSet', set.key, set.count);
  return set;
}

/** The `first` a connection resolver accepts, or null when it refuses it (BAD_USER_INPUT, no SES call). */
function firstOf(value: unknown): number | null {
  const first = value ?? 25;
  return typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= MAX_FIRST ? first : null;
}

/** How many items of the cursor's SES page are skipped; 0 for no cursor (a forged one is refused before any call). */
function cursorSkip(after: unknown, pageSize: number): number {
  if (typeof after !== 'string') return 0;
  try {
    const skip: unknown = (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { s?: unknown }).s;
    return typeof skip === 'number' && Number.isInteger(skip) && skip >= 0 && skip <= pageSize ? skip : 0;
  } catch {
    return 0;
  }
}

/**
 * A connection over an SES list operation: enough list calls for `first`
 * items after the cursor's skip, assuming SES fills the pages it is asked for
 * (it does for these operations); the items then count `first` each.
 */
const connection =
  (operation: SesOperationName, pageSize: number): FieldPrice =>
  (site) => {
    const first = firstOf(site.args.first);
    if (first === null) return null;
    const skip = cursorSkip(site.args.after, pageSize);
    site.call(operation, Math.max(1, Math.ceil((skip + first) / pageSize)) * site.parent.count);
    return { typeName: site.typeName, key: site.key, count: site.parent.count, region: site.region(), pageItems: first };
  };

/** A connection's nodes, or its edges: the same objects, so the same key. */
const connectionItems: FieldPrice = (site) => ({
  typeName: site.typeName,
  key: `${site.parent.key}[]`,
  count: site.parent.count * (site.parent.pageItems ?? MAX_FIRST),
  region: site.parent.region,
  listed: true,
});

const edgeNode: FieldPrice = (site) => ({ ...site.parent, typeName: site.typeName });

/**
 * Every identity of the region and its GetEmailIdentity (identitiesUsingSet),
 * once per region and request. How many identities there are is known only
 * after listing them: it is priced at `identityScanEstimate`. A complete
 * identity index answers without any call; how many identities it names is
 * still unknown, so fields they need GetEmailIdentity for are priced as many.
 */
function identityScan(site: PricingSite, region: string): Entity {
  const identities = site.options.identityScanEstimate;
  const key = `${site.epoch}identityScan|${region}`;
  if (site.options.identityIndexComplete?.(region)) return { typeName: 'EmailIdentity', key: `${key}[]`, count: identities, region };
  site.read('ListEmailIdentities', key, Math.max(1, Math.ceil(identities / LIST_PAGE)));
  site.read('GetEmailIdentity', `${key}[]`, identities);
  return { typeName: 'EmailIdentity', key: `${key}[]`, count: identities, region, listed: true };
}

/** The object an id names, and the read that finds it (loadNode). */
function nodeById(site: PricingSite, id: unknown): Entity | null {
  const decoded = typeof id === 'string' ? decodeId(id) : null;
  // As Query.node: an id naming something that cannot exist is null without a call.
  if (!decoded || !namesAreValid(decoded)) return null;
  const { type, region, names } = decoded;
  const [first = '', second = ''] = names;
  switch (type) {
    case 'ConfigurationSet':
      return existingSet(site, named(site, type, region, first));
    case 'EventDestination': {
      const set = named(site, 'ConfigurationSet', region, first);
      site.read('GetConfigurationSetEventDestinations', set.key, 1);
      return { typeName: type, key: `${set.key}/eventDestination|${second}`, count: 1, region, fields: { configurationSet: set } };
    }
    case 'EmailIdentity': {
      const identity = named(site, type, region, first);
      site.read('GetEmailIdentity', identity.key, 1);
      return identity;
    }
    case 'DedicatedIpPool': {
      const pool = named(site, type, region, first);
      site.read('GetDedicatedIpPool', pool.key, 1);
      return pool;
    }
  }
}

/** The resource a tagResource / untagResource id names, read afresh after the write. */
function taggableById(site: PricingSite, id: unknown): Entity | null {
  const decoded = typeof id === 'string' ? decodeId(id) : null;
  if (!decoded || decoded.type === 'EventDestination') return null;
  return named(site, decoded.type, decoded.region, decoded.names[0] ?? '');
}

/** A metric query's identity: identical queries on the same objects are asked once (the metric loader's key). */
const metricQuery = (args: Readonly<Record<string, unknown>>) => JSON.stringify([args.metric, args.start, args.end, args.isp ?? null]);

const metrics: FieldPrice = (site) => {
  site.metric(site.parent.key, metricQuery(site.args), site.parent.count);
};

/** An email identity field the listing's summary answers; others need GetEmailIdentity. */
const fromSummary: FieldPrice = (site) => {
  if (!site.parent.listed) site.read('GetEmailIdentity', site.parent.key, site.parent.count);
};

/** A mutation payload's field: what pricing the mutation decided it leads to. */
const payload: FieldPrice = (site) => site.parent.fields?.[site.fieldName] ?? null;

// --- mutations -------------------------------------------------------------

type MutationPrice = (site: PricingSite, input: Record<string, unknown>, region: string) => Readonly<Record<string, Entity>> | null;

/** A mutation field: its input, its region, and the payload entity whose fields lead where the mutation says. */
const mutation =
  (price: MutationPrice): FieldPrice =>
  (site) => {
    // A mutation may name its object by id: price the object the id stands for.
    const input = withTargetNames(site.fieldName, objectArg(site.args.input));
    const region = text(input.region) ?? site.options.defaultRegion;
    const fields = price(site, input, region);
    return { typeName: site.typeName, key: site.key, count: 1, region, ...(fields && { fields }) };
  };

/** updateConfigurationSet: one SES call per option group the input names (also as null), in this order. */
export const UPDATE_GROUP_CALLS: Readonly<Record<string, SesOperationName>> = {
  deliveryOptions: 'PutConfigurationSetDeliveryOptions',
  trackingOptions: 'PutConfigurationSetTrackingOptions',
  reputationOptions: 'PutConfigurationSetReputationOptions',
  suppressionOptions: 'PutConfigurationSetSuppressionOptions',
  vdmOptions: 'PutConfigurationSetVdmOptions',
  archivingOptions: 'PutConfigurationSetArchivingOptions',
  messageSecurityOptions: 'UpdateConfigurationSet',
  sendingEnabled: 'PutConfigurationSetSendingOptions',
};

/** Reads a mutation makes before its write: the write empties the loaders, so they are not shared with the payload's. */
const before = (site: PricingSite) => `${site.epoch}before|`;

const setPayload = (site: PricingSite, input: Record<string, unknown>, region: string) => ({ configurationSet: named(site, 'ConfigurationSet', region, text(input.name) ?? '') });

/**
 * The event destination a mutation touched. Its read-back and the read that
 * tells a missing set from a missing destination go through the same loader
 * key, and only one of them happens: one GetConfigurationSetEventDestinations.
 */
function destinationPayload(site: PricingSite, input: Record<string, unknown>, region: string): Record<string, Entity> {
  const set = named(site, 'ConfigurationSet', region, text(input.configurationSetName) ?? '');
  site.read('GetConfigurationSetEventDestinations', set.key, 1);
  return { eventDestination: { typeName: 'EventDestination', key: `${set.key}/eventDestination|${text(input.name) ?? ''}`, count: 1, region, fields: { configurationSet: set } } };
}

export const FIELD_PRICES: Readonly<Record<string, FieldPrice>> = {
  // --- Query ---------------------------------------------------------------
  'Query.node': (site) => nodeById(site, site.args.id),
  'Query.nodes': (site) => {
    const ids = Array.isArray(site.args.ids) ? site.args.ids : [];
    if (ids.length > MAX_NODE_IDS) return null;
    return ids.map((id) => nodeById(site, id)).filter((entity): entity is Entity => entity !== null);
  },
  'Query.configurationSet': (site) => {
    const name = text(site.args.name) ?? '';
    return isResourceName(name) ? existingSet(site, named(site, 'ConfigurationSet', site.region(), name)) : null;
  },
  'Query.configurationSets': connection('ListConfigurationSets', LIST_PAGE),
  'Query.emailIdentity': (site) => {
    const name = text(site.args.name) ?? '';
    if (!isIdentityName(name)) return null;
    const identity = named(site, 'EmailIdentity', site.region(), name);
    site.read('GetEmailIdentity', identity.key, 1);
    return identity;
  },
  'Query.emailIdentities': connection('ListEmailIdentities', LIST_PAGE),
  'Query.effectiveConfigurationSet': (site) => {
    const address = text(site.args.emailAddress) ?? '';
    if (!isEmailAddress(address)) return null;
    // Candidates closest first (address, domain, parent domains); the walk can read them all, then the winner's set.
    site.read('GetEmailIdentity', `${site.key}/decidedBy`, coveringIdentities(address).length);
    site.read('GetConfigurationSet', `${site.key}/configurationSet`, 1);
    return undefined;
  },
  'EffectiveConfigurationSet.configurationSet': (site) => ({ typeName: 'ConfigurationSet', key: `${site.parent.key}/configurationSet`, count: site.parent.count, region: site.parent.region }),
  'EffectiveConfigurationSet.decidedBy': (site) => ({ typeName: 'EmailIdentity', key: `${site.parent.key}/decidedBy`, count: site.parent.count, region: site.parent.region }),
  'EffectiveConfigurationSet.reason': 'free',
  'Query.dedicatedIpPool': (site) => {
    const name = text(site.args.name) ?? '';
    if (!isResourceName(name)) return null;
    const pool = named(site, 'DedicatedIpPool', site.region(), name);
    site.read('GetDedicatedIpPool', pool.key, 1);
    return pool;
  },
  'Query.dedicatedIpPools': connection('ListDedicatedIpPools', LIST_PAGE),
  'Query.account': (site) => ({ typeName: 'Account', key: `${site.epoch}Account|${site.region()}`, count: 1, region: site.region() }),
  'Query.vdmMetrics': (site) => {
    const queries = Array.isArray(site.args.queries) ? site.args.queries : [];
    for (const query of queries) {
      const { id: _id, ...rest } = objectArg(query);
      site.metric(site.key, JSON.stringify([rest.metric, rest.start, rest.end, rest.dimensions ?? null]), 1);
    }
  },
  'Query.recommendations': connection('ListRecommendations', RECOMMENDATIONS_PAGE),

  // --- connections -----------------------------------------------------------
  'ConfigurationSetConnection.nodes': connectionItems,
  'ConfigurationSetConnection.edges': connectionItems,
  'ConfigurationSetEdge.node': edgeNode,
  'EmailIdentityConnection.nodes': connectionItems,
  'EmailIdentityConnection.edges': connectionItems,
  'EmailIdentityEdge.node': edgeNode,
  'DedicatedIpPoolConnection.nodes': connectionItems,
  'DedicatedIpPoolConnection.edges': connectionItems,
  'DedicatedIpPoolEdge.node': edgeNode,
  'RecommendationConnection.nodes': connectionItems,
  'RecommendationConnection.edges': connectionItems,
  'RecommendationEdge.node': edgeNode,

  // --- ConfigurationSet ------------------------------------------------------
  'ConfigurationSet.id': 'free',
  'ConfigurationSet.name': 'free',
  'ConfigurationSet.region': 'free',
  'ConfigurationSet.arn': 'free',
  // The fields configurationSetExists counts as GetConfigurationSet's: one list, used by both.
  ...Object.fromEntries([...FROM_GET_CONFIGURATION_SET].map((field) => [`ConfigurationSet.${field}`, readsParent('GetConfigurationSet')])),
  // The set's own VDM options, and the account's when the set leaves one to it: GetAccount once per region.
  'ConfigurationSet.effectiveVdmOptions': (site) => {
    site.read('GetConfigurationSet', site.parent.key, site.parent.count);
    site.read('GetAccount', `${site.epoch}Account|${site.parent.region}`, 1);
  },
  'ConfigurationSet.eventDestinations': (site) => {
    site.read('GetConfigurationSetEventDestinations', site.parent.key, site.parent.count);
    return {
      typeName: 'EventDestination',
      key: `${site.parent.key}/eventDestinations[]`,
      count: site.parent.count * MAX_EVENT_DESTINATIONS,
      region: site.parent.region,
      fields: { configurationSet: site.parent },
    };
  },
  'ConfigurationSet.defaultForIdentities': (site) => identityScan(site, site.parent.region),
  'ConfigurationSet.metrics': metrics,
  'DeliveryOptions.tlsPolicy': 'free',
  'DeliveryOptions.sendingPoolName': 'free',
  'DeliveryOptions.maxDeliverySeconds': 'free',
  'TrackingOptions.customRedirectDomain': 'free',
  'TrackingOptions.httpsPolicy': 'free',
  'DeliveryOptions.sendingPool': (site) => {
    const key = `${site.parent.key}/sendingPool`;
    site.read('GetDedicatedIpPool', key, site.parent.count);
    return { typeName: 'DedicatedIpPool', key, count: site.parent.count, region: site.parent.region };
  },
  'ReputationOptions.reputationMetricsEnabled': 'free',
  'ReputationOptions.lastFreshStart': 'free',
  'SuppressionOptions.suppressedReasons': 'free',
  'SuppressionOptions.suppressionScope': 'free',
  'SuppressionOptions.validationOptions': 'free',
  'SuppressionValidationOptions.conditionThresholdEnabled': 'free',
  'SuppressionValidationOptions.overallConfidenceThreshold': 'free',
  'ArchivingOptions.archiveArn': 'free',
  'MessageSecurityOptions.signingScheme': 'free',

  // --- EventDestination ------------------------------------------------------
  'EventDestination.id': 'free',
  'EventDestination.name': 'free',
  'EventDestination.enabled': 'free',
  'EventDestination.matchingEventTypes': 'free',
  'EventDestination.destination': 'free',
  // The set the destination was read from: its reads are that set's.
  'EventDestination.configurationSet': (site) =>
    site.parent.fields?.configurationSet ?? { typeName: 'ConfigurationSet', key: `${site.parent.key}/configurationSet`, count: site.parent.count, region: site.parent.region },
  'CloudWatchDestination.dimensionConfigurations': 'free',
  'CloudWatchDimensionConfiguration.dimensionName': 'free',
  'CloudWatchDimensionConfiguration.dimensionValueSource': 'free',
  'CloudWatchDimensionConfiguration.defaultDimensionValue': 'free',
  'KinesisFirehoseDestination.iamRoleArn': 'free',
  'KinesisFirehoseDestination.deliveryStreamArn': 'free',
  'SnsDestination.topicArn': 'free',
  'EventBridgeDestination.eventBusArn': 'free',
  'PinpointDestination.applicationArn': 'free',

  // --- EmailIdentity ---------------------------------------------------------
  'EmailIdentity.id': 'free',
  'EmailIdentity.name': 'free',
  'EmailIdentity.region': 'free',
  'EmailIdentity.arn': 'free',
  'EmailIdentity.type': fromSummary,
  'EmailIdentity.verificationStatus': fromSummary,
  'EmailIdentity.sendingEnabled': fromSummary,
  'EmailIdentity.verifiedForSending': readsParent('GetEmailIdentity'),
  'EmailIdentity.defaultConfigurationSetName': readsParent('GetEmailIdentity'),
  'EmailIdentity.dkim': readsParent('GetEmailIdentity'),
  'EmailIdentity.tags': readsParent('GetEmailIdentity'),
  'EmailIdentity.defaultConfigurationSet': (site) => {
    site.read('GetEmailIdentity', site.parent.key, site.parent.count);
    const key = `${site.parent.key}/defaultConfigurationSet`;
    site.read('GetConfigurationSet', key, site.parent.count);
    return { typeName: 'ConfigurationSet', key, count: site.parent.count, region: site.parent.region };
  },
  'EmailIdentity.metrics': metrics,
  'DkimAttributes.signingEnabled': 'free',
  'DkimAttributes.status': 'free',
  'DkimAttributes.tokens': 'free',
  'DkimAttributes.signingAttributesOrigin': 'free',
  'Tag.key': 'free',
  'Tag.value': 'free',

  // --- DedicatedIpPool -------------------------------------------------------
  'DedicatedIpPool.id': 'free',
  'DedicatedIpPool.name': 'free',
  'DedicatedIpPool.region': 'free',
  'DedicatedIpPool.arn': 'free',
  'DedicatedIpPool.scalingMode': readsParent('GetDedicatedIpPool'),
  'DedicatedIpPool.tags': readsParent('ListTagsForResource'),

  // --- Account and VDM -------------------------------------------------------
  'Account.region': 'free',
  'Account.sendingEnabled': readsParent('GetAccount'),
  'Account.productionAccessEnabled': readsParent('GetAccount'),
  'Account.vdmAttributes': readsParent('GetAccount'),
  'VdmAttributes.enabled': 'free',
  'VdmAttributes.dashboardEngagementMetrics': 'free',
  'VdmAttributes.guardianOptimizedSharedDelivery': 'free',
  'VdmOptions.dashboardEngagementMetrics': 'free',
  'VdmOptions.guardianOptimizedSharedDelivery': 'free',
  'EffectiveVdmOptions.dashboardEngagementMetrics': 'free',
  'EffectiveVdmOptions.dashboardEngagementMetricsSource': 'free',
  'EffectiveVdmOptions.guardianOptimizedSharedDelivery': 'free',
  'EffectiveVdmOptions.guardianOptimizedSharedDeliverySource': 'free',
  'MetricSeries.metric': 'free',
  'MetricSeries.points': 'free',
  'VdmMetricResult.id': 'free',
  'VdmMetricResult.series': 'free',
  'VdmMetricResult.error': 'free',
  'Recommendation.resourceArn': 'free',
  'Recommendation.type': 'free',
  'Recommendation.description': 'free',
  'Recommendation.status': 'free',
  'Recommendation.impact': 'free',
  'Recommendation.createdAt': 'free',
  'Recommendation.updatedAt': 'free',

  // --- Mutation --------------------------------------------------------------
  'Mutation.createConfigurationSet': mutation((site, input, region) => {
    site.call('CreateConfigurationSet', 1);
    return setPayload(site, input, region);
  }),
  'Mutation.updateConfigurationSet': mutation((site, input, region) => {
    // The existence check before any write, then one call per named group.
    site.read('GetConfigurationSet', `${before(site)}ConfigurationSet`, 1);
    for (const [group, operation] of Object.entries(UPDATE_GROUP_CALLS)) if (group in input) site.call(operation, 1);
    return setPayload(site, input, region);
  }),
  'Mutation.setConfigurationSetSendingEnabled': mutation((site, input, region) => {
    site.call('PutConfigurationSetSendingOptions', 1);
    return setPayload(site, input, region);
  }),
  'Mutation.deleteConfigurationSet': mutation((site, input, region) => {
    site.call('DeleteConfigurationSet', 1);
    if (input.force === true) {
      // No guard: the scan runs only for a client that selected its answer.
      return site.selected(site.typeName).has('identitiesUsingSet') ? { identitiesUsingSet: identityScan(site, region) } : null;
    }
    // The guard: existence, then the identity scan, before the delete.
    site.read('GetConfigurationSet', `${before(site)}ConfigurationSet`, 1);
    return { identitiesUsingSet: identityScan(site, region) };
  }),
  'Mutation.cloneConfigurationSet': mutation((site, input, region) => {
    // The source's options and destinations, the new set, then each destination copied (at most SES's 10).
    site.read('GetConfigurationSet', `${before(site)}source`, 1);
    site.read('GetConfigurationSetEventDestinations', `${before(site)}source`, 1);
    site.call('CreateConfigurationSet', 1);
    site.call('CreateConfigurationSetEventDestination', MAX_EVENT_DESTINATIONS);
    return setPayload(site, input, region);
  }),
  'Mutation.createEventDestination': mutation((site, input, region) => {
    site.call('CreateConfigurationSetEventDestination', 1);
    return destinationPayload(site, input, region);
  }),
  'Mutation.updateEventDestination': mutation((site, input, region) => {
    // SES replaces the whole definition: a fresh read (not through the loaders) inside the write slot, then the write.
    site.call('GetConfigurationSetEventDestinations', 1);
    site.call('UpdateConfigurationSetEventDestination', 1);
    return destinationPayload(site, input, region);
  }),
  'Mutation.deleteEventDestination': mutation((site, input, region) => {
    site.call('DeleteConfigurationSetEventDestination', 1);
    // The read that tells a missing set from a missing destination, on that failure only.
    site.read('GetConfigurationSetEventDestinations', named(site, 'ConfigurationSet', region, text(input.configurationSetName) ?? '').key, 1);
    return null;
  }),
  'Mutation.createEmailIdentity': mutation((site, input, region) => {
    site.call('CreateEmailIdentity', 1);
    return { emailIdentity: named(site, 'EmailIdentity', region, text(input.name) ?? '') };
  }),
  'Mutation.deleteEmailIdentity': mutation((site) => {
    site.call('DeleteEmailIdentity', 1);
    return null;
  }),
  'Mutation.setEmailIdentityDefaultConfigurationSet': mutation((site, input, region) => {
    site.call('PutEmailIdentityConfigurationSetAttributes', 1);
    const identity = named(site, 'EmailIdentity', region, text(input.name) ?? '');
    // After a NotFound, one read tells a missing identity from a missing set; the payload is then null, so its reads and this one share the key.
    if (input.configurationSetName != null) site.read('GetEmailIdentity', identity.key, 1);
    return { emailIdentity: identity };
  }),
  'Mutation.tagResource': mutation((site, input) => {
    site.call('TagResource', 1);
    const resource = taggableById(site, input.id);
    return resource && { resource };
  }),
  'Mutation.untagResource': mutation((site, input) => {
    site.call('UntagResource', 1);
    const resource = taggableById(site, input.id);
    return resource && { resource };
  }),
  'Mutation.updateAccountVdmAttributes': mutation((site, _input, region) => {
    site.call('PutAccountVdmAttributes', 1);
    return { account: { typeName: 'Account', key: `${site.epoch}Account|${region}`, count: 1, region } };
  }),
  'Mutation.setConfigurationSetVdmOptions': mutation((site, input, region) => {
    site.call('PutConfigurationSetVdmOptions', 1);
    return setPayload(site, input, region);
  }),

  // --- mutation payloads -----------------------------------------------------
  'CreateConfigurationSetPayload.configurationSet': payload,
  'UpdateConfigurationSetPayload.configurationSet': payload,
  'SetConfigurationSetSendingEnabledPayload.configurationSet': payload,
  'DeleteConfigurationSetPayload.identitiesUsingSet': payload,
  'CloneConfigurationSetPayload.configurationSet': payload,
  'CreateEventDestinationPayload.eventDestination': payload,
  'UpdateEventDestinationPayload.eventDestination': payload,
  'CreateEmailIdentityPayload.emailIdentity': payload,
  'SetEmailIdentityDefaultConfigurationSetPayload.emailIdentity': payload,
  'TagResourcePayload.resource': payload,
  'UntagResourcePayload.resource': payload,
  'UpdateAccountVdmAttributesPayload.account': payload,
  'SetConfigurationSetVdmOptionsPayload.configurationSet': payload,
};
