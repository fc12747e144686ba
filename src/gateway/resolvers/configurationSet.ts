import type { EventDestination, GetConfigurationSetCommandOutput } from '@aws-sdk/client-sesv2';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { sesArn } from '../arns.js';
import { sesConnection } from '../connections.js';
import type { GatewayContext } from '../context.js';
import { badUserInput, notFound } from '../errors.js';
import type { ConfigurationSetResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { encodeId } from '../ids.js';
import type { ConfigurationSetModel, EffectiveVdmOptionsModel } from '../models.js';
import { isTraced } from '../observability/traced.js';
import { isResourceName } from '../validation/rules.js';
import { validateMetricArguments } from '../validation/vdm.js';
import { prop, sdk } from './fields.js';
import { identitiesUsingSet, startIdentityScan } from './identityUsage.js';
import { selectedFields } from './selection.js';
import { accountDetails, metricSeries } from './vdm.js';

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

/**
 * What this request has already read for a set, kept on the set's model (made
 * per request) so its fields answer at once instead of each waiting on the
 * loader: graphql-js then completes the set without a promise per field.
 */
const PRELOADED = Symbol('sesgw.preloaded');

interface Preloaded {
  details?: GetConfigurationSetCommandOutput;
  destinations?: EventDestination[];
}

type PreloadedSet = ConfigurationSetModel & { [PRELOADED]?: Preloaded };

function preloaded(set: ConfigurationSetModel): Preloaded {
  const model = set as PreloadedSet;
  model[PRELOADED] ??= {};
  return model[PRELOADED];
}

/** The set's GetConfigurationSet answer; the set was seen to exist, so a null here means it was deleted meanwhile. */
async function configurationSetDetails(set: ConfigurationSetModel, context: GatewayContext): Promise<GetConfigurationSetCommandOutput> {
  const details = await context.loaders.getConfigurationSet.load(set);
  if (!details) throw notFound(`Configuration set ${set.name} was deleted while this request was running.`);
  return details;
}

/**
 * A field read from the set's GetConfigurationSet answer: at once when the
 * request already has it (preloaded), else once the loader has it.
 */
function fromDetails<T>(pick: (details: GetConfigurationSetCommandOutput, set: ConfigurationSetModel) => T) {
  return (set: ConfigurationSetModel, _args: unknown, context: GatewayContext): T | Promise<T> => {
    const details = (set as PreloadedSet)[PRELOADED]?.details;
    return details !== undefined ? pick(details, set) : configurationSetDetails(set, context).then((loaded) => pick(loaded, set));
  };
}

/**
 * Whether a set exists, asked with the read the selection needs anyway:
 * GetConfigurationSet for option fields, else GetConfigurationSetEventDestinations
 * when only destinations are selected, so such a query costs one call per set.
 * What it read is kept for the set's fields (a traced request's fields read for themselves, so
 * its trace shows each field's wait as before).
 */
export async function configurationSetExists(set: ConfigurationSetModel, context: GatewayContext, fields: Set<string>): Promise<boolean> {
  const needsDetails = [...fields].some((field) => FROM_GET_CONFIGURATION_SET.has(field));
  if (!needsDetails && fields.has('eventDestinations')) {
    const destinations = await context.loaders.getConfigurationSetEventDestinations.load(set);
    if (destinations !== null && !isTraced(context)) preloaded(set).destinations = destinations;
    return destinations !== null;
  }
  const details = await context.loaders.getConfigurationSet.load(set);
  if (details !== null && !isTraced(context)) preloaded(set).details = details;
  return details !== null;
}

/**
 * The fields selected on the page's sets (under `nodes` and `edges { node }`),
 * through fragments. A field or fragment under @skip or @include is left out:
 * it may not run, and preloading must never read what the fields would not.
 */
function pageSetFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const fragments = info.fragments;
  // Depth-bounded like selectedFields; validation has refused fragment cycles.
  const visit = (selectionSet: SelectionSetNode | undefined, onField: (name: string, selectionSet: SelectionSetNode | undefined) => void, depth: number) => {
    if (!selectionSet || depth > 20) return;
    for (const selection of selectionSet.selections) {
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) onField(selection.name.value, selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        // On a set: only fragments on ConfigurationSet itself (or untyped) surely apply.
        if (!selection.typeCondition || selection.typeCondition.name.value === 'ConfigurationSet') visit(selection.selectionSet, onField, depth + 1);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment && fragment.typeCondition.name.value === 'ConfigurationSet') visit(fragment.selectionSet, onField, depth + 1);
      }
    }
  };
  const onSetField = (name: string) => names.add(name);
  const visitConnection = (selectionSet: SelectionSetNode | undefined, depth: number) => {
    if (!selectionSet || depth > 20) return;
    for (const selection of selectionSet.selections) {
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === 'nodes') visit(selection.selectionSet, onSetField, 0);
        else if (selection.name.value === 'edges') {
          visit(selection.selectionSet, (name, edgeSelection) => {
            if (name === 'node') visit(edgeSelection, onSetField, 0);
          }, 0);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visitConnection(selection.selectionSet, depth + 1);
      else visitConnection(fragments[selection.name.value]?.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visitConnection(node.selectionSet, 0);
  return names;
}

/**
 * Reads, for a page of sets, what the selected fields will read anyway, all
 * at once and through the same loaders (so the same SES calls, batched the
 * same way), before the page is handed to graphql-js: each set's fields then
 * answer from what was read, without a promise each. A read that failed is
 * not kept, so its fields make it again through the loader, which answers
 * them with the same failure as before. A traced request reads field by
 * field as before, so its trace still shows which field waited on SES.
 */
async function preloadPage(sets: readonly ConfigurationSetModel[], context: GatewayContext, info: GraphQLResolveInfo): Promise<void> {
  if (sets.length === 0) return;
  const fields = pageSetFields(info);
  if (fields.has('defaultForIdentities')) startIdentityScan((sets[0] as ConfigurationSetModel).region, context);
  if (isTraced(context)) return;
  const details = [...fields].some((field) => FROM_GET_CONFIGURATION_SET.has(field));
  const destinations = fields.has('eventDestinations');
  if (!details && !destinations) return;
  const keep = (set: ConfigurationSetModel, what: keyof Preloaded) => (value: unknown) => {
    if (value !== null) Object.assign(preloaded(set), { [what]: value });
  };
  const ignore = () => undefined;
  const loads: Promise<unknown>[] = [];
  for (const set of sets) {
    if (details) loads.push(context.loaders.getConfigurationSet.load(set).then(keep(set, 'details'), ignore));
    if (destinations) loads.push(context.loaders.getConfigurationSetEventDestinations.load(set).then(keep(set, 'destinations'), ignore));
  }
  await Promise.all(loads);
}

const configurationSet: QueryResolvers['configurationSet'] = async (_parent, { name, region }, context, info) => {
  const set = { region: context.region(region), name };
  // A name SES would reject cannot exist: answer null without asking SES.
  if (!isResourceName(name)) return null;
  return (await configurationSetExists(set, context, selectedFields(info, 'ConfigurationSet'))) ? set : null;
};

const configurationSets: QueryResolvers['configurationSets'] = async (_parent, { first, after, filter, nameContains: deprecatedNameContains, region }, context, info) => {
  const r = context.region(region);
  // The argument from before `filter` still works; given both ways, neither is picked silently.
  if (deprecatedNameContains != null && filter?.nameContains != null) {
    throw badUserInput('nameContains: give the text once, in filter.nameContains; the nameContains argument is its deprecated older form.', { argument: 'nameContains' });
  }
  const nameContains = filter?.nameContains ?? deprecatedNameContains;
  const page = await sesConnection<ConfigurationSetModel>({ first, after }, 1000, async (token, pageSize) => {
    const listed = await context.ses.read(r, 'ListConfigurationSets', {
      ...(token !== undefined && { NextToken: token }),
      PageSize: pageSize,
      ...(nameContains ? { Filter: { CONFIGURATION_SET_NAME_CONTAINS: nameContains } } : {}),
    });
    return { items: (listed.ConfigurationSets ?? []).map((name) => ({ region: r, name })), nextToken: listed.NextToken };
  });
  await preloadPage(page.nodes, context, info);
  return page;
};

/**
 * The set's own option where it has one, else the account's attribute, else
 * DISABLED. GetAccount is read only when the set leaves an option to it.
 */
const effectiveVdmOptions: ConfigurationSetResolvers['effectiveVdmOptions'] = async (set, _args, context): Promise<EffectiveVdmOptionsModel> => {
  const own = (await configurationSetDetails(set, context)).VdmOptions;
  const ownDashboard = own?.DashboardOptions?.EngagementMetrics;
  const ownGuardian = own?.GuardianOptions?.OptimizedSharedDelivery;
  const account = ownDashboard && ownGuardian ? undefined : (await accountDetails(set.region, context)).VdmAttributes;
  return {
    dashboardEngagementMetrics: ownDashboard ?? account?.DashboardAttributes?.EngagementMetrics ?? 'DISABLED',
    dashboardEngagementMetricsSource: ownDashboard ? 'CONFIGURATION_SET' : 'ACCOUNT',
    guardianOptimizedSharedDelivery: ownGuardian ?? account?.GuardianAttributes?.OptimizedSharedDelivery ?? 'DISABLED',
    guardianOptimizedSharedDeliverySource: ownGuardian ? 'CONFIGURATION_SET' : 'ACCOUNT',
  };
};

const metrics: ConfigurationSetResolvers['metrics'] = (set, { metric, start, end }, context) => {
  validateMetricArguments({ start, end });
  return metricSeries(context, { region: set.region, metric, dimensions: { CONFIGURATION_SET: set.name }, start, end });
};

export const configurationSetResolvers: Resolvers = {
  Query: { configurationSet, configurationSets },
  ConfigurationSet: {
    id: (set) => encodeId('ConfigurationSet', set.region, set.name),
    name: prop('name'),
    region: prop('region'),
    arn: (set, _args, context) => sesArn(set.region, context.accountId, 'configuration-set', set.name),
    sendingEnabled: fromDetails((details) => details.SendingOptions?.SendingEnabled ?? true),
    deliveryOptions: fromDetails((details, set) => ({ TlsPolicy: 'OPTIONAL' as const, ...details.DeliveryOptions, region: set.region })),
    trackingOptions: fromDetails((details) => details.TrackingOptions ?? null),
    reputationOptions: fromDetails((details) => details.ReputationOptions ?? { ReputationMetricsEnabled: false }),
    suppressionOptions: fromDetails((details) => details.SuppressionOptions ?? null),
    vdmOptions: fromDetails((details) => details.VdmOptions ?? null),
    archivingOptions: fromDetails((details) => (details.ArchivingOptions?.ArchiveArn ? details.ArchivingOptions : null)),
    messageSecurityOptions: fromDetails((details) => details.MessageSecurityOptions ?? null),
    tags: fromDetails((details) => details.Tags ?? []),
    eventDestinations: (set, _args, context) => {
      const toModels = (destinations: EventDestination[] | null) =>
        (destinations ?? []).map((destination) => ({ region: set.region, configurationSetName: set.name, destination }));
      const destinations = (set as PreloadedSet)[PRELOADED]?.destinations;
      return destinations !== undefined ? toModels(destinations) : context.loaders.getConfigurationSetEventDestinations.load(set).then(toModels);
    },
    effectiveVdmOptions,
    metrics,
    defaultForIdentities: (set, _args, context) => identitiesUsingSet(set.region, set.name, context),
  },
  DeliveryOptions: {
    tlsPolicy: (options) => options.TlsPolicy ?? 'OPTIONAL',
    sendingPoolName: sdk('SendingPoolName', null),
    maxDeliverySeconds: sdk('MaxDeliverySeconds', null),
    sendingPool: async (options, _args, context) => {
      if (!options.SendingPoolName) return null;
      const key = { region: options.region, name: options.SendingPoolName };
      return (await context.loaders.getDedicatedIpPool.load(key)) ? key : null;
    },
  },
  TrackingOptions: {
    customRedirectDomain: sdk('CustomRedirectDomain'),
    httpsPolicy: sdk('HttpsPolicy', null),
  },
  ReputationOptions: {
    reputationMetricsEnabled: sdk('ReputationMetricsEnabled', false),
    lastFreshStart: sdk('LastFreshStart', null),
  },
  SuppressionOptions: {
    suppressedReasons: sdk('SuppressedReasons', []),
    suppressionScope: sdk('SuppressionScope', null),
    validationOptions: sdk('ValidationOptions', null),
  },
  SuppressionValidationOptions: {
    conditionThresholdEnabled: (options) => options.ConditionThreshold?.ConditionThresholdEnabled ?? 'DISABLED',
    overallConfidenceThreshold: (options) => options.ConditionThreshold?.OverallConfidenceThreshold?.ConfidenceVerdictThreshold ?? null,
  },
  // Only a set whose archiving options name an archive has them (see archivingOptions above).
  ArchivingOptions: {
    archiveArn: sdk('ArchiveArn'),
  },
  MessageSecurityOptions: {
    signingScheme: (options) => (options.SigningScheme?.SmimeScheme ? 'SMIME_DETACHED' : 'DEFAULT'),
  },
};
