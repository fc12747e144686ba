/**
 * Configuration set mutations: create, update (any subset of option groups,
 * in the fixed order of ConfigurationSetOptionGroup), enable or pause
 * sending, delete (guarded by the identities that use the set as their
 * default) and clone. Every input is validated before any SES call; the
 * payload's configurationSet is only { region, name }, so what the client
 * selects is read back through this request's loaders, which every
 * context.write clears: a client reads its own writes. A fault part-way
 * through update or clone stays a top-level error, but its extensions say
 * what was already done (see withProgress).
 */
import type {
  ArchivingOptions,
  CreateConfigurationSetCommandInput,
  DeliveryOptions,
  EventDestination,
  GetConfigurationSetCommandOutput,
  MessageSecurityOptions,
  SuppressionOptions,
  Tag,
  TrackingOptions,
  VdmOptions,
} from '@aws-sdk/client-sesv2';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { toFault, userError } from '../errors.js';
import type {
  ConfigurationSetOptionGroup,
  DeliveryOptionsInput,
  MessageSecurityOptionsInput,
  MutationResolvers,
  Resolvers,
  SuppressionOptionsInput,
  TagInput,
  TrackingOptionsInput,
  UpdateConfigurationSetInput,
  UserError,
  UserErrorCode,
  VdmOptionsInput,
} from '../generated/resolvers.js';
import { encodeId } from '../ids.js';
import type { ConfigurationSetModel } from '../models.js';
import {
  validateCloneConfigurationSet,
  validateConfigurationSetName,
  validateCreateConfigurationSet,
  validateUpdateConfigurationSet,
} from '../validation/configurationSets.js';
import { identitiesUsingSet } from './identityUsage.js';
import { attempt, type Attempt } from './payload.js';
import { selectedFields } from './selection.js';

/** The order updateConfigurationSet applies groups in: the schema's enum order, sending last. */
export const OPTION_GROUP_ORDER: readonly ConfigurationSetOptionGroup[] = [
  'DELIVERY',
  'TRACKING',
  'REPUTATION',
  'SUPPRESSION',
  'VDM',
  'ARCHIVING',
  'MESSAGE_SECURITY',
  'SENDING',
];

/** The input field of each group. */
const GROUP_FIELD: Record<ConfigurationSetOptionGroup, keyof UpdateConfigurationSetInput> = {
  DELIVERY: 'deliveryOptions',
  TRACKING: 'trackingOptions',
  REPUTATION: 'reputationOptions',
  SUPPRESSION: 'suppressionOptions',
  VDM: 'vdmOptions',
  ARCHIVING: 'archivingOptions',
  MESSAGE_SECURITY: 'messageSecurityOptions',
  SENDING: 'sendingEnabled',
};

// ---------------------------------------------------------------------------
// GraphQL input -> SDK shapes

export function toSdkDeliveryOptions(input: DeliveryOptionsInput): DeliveryOptions {
  return {
    ...(input.tlsPolicy != null && { TlsPolicy: input.tlsPolicy }),
    ...(input.sendingPoolName != null && { SendingPoolName: input.sendingPoolName }),
    ...(input.maxDeliverySeconds != null && { MaxDeliverySeconds: input.maxDeliverySeconds }),
  };
}

export function toSdkTrackingOptions(input: TrackingOptionsInput): TrackingOptions {
  return { CustomRedirectDomain: input.customRedirectDomain, ...(input.httpsPolicy != null && { HttpsPolicy: input.httpsPolicy }) };
}

export function toSdkSuppressionOptions(input: SuppressionOptionsInput): SuppressionOptions {
  const validation = input.validationOptions;
  return {
    SuppressedReasons: [...input.suppressedReasons],
    ...(input.suppressionScope != null && { SuppressionScope: input.suppressionScope }),
    ...(validation != null && {
      ValidationOptions: {
        ConditionThreshold: {
          ConditionThresholdEnabled: validation.conditionThresholdEnabled,
          ...(validation.overallConfidenceThreshold != null && {
            OverallConfidenceThreshold: { ConfidenceVerdictThreshold: validation.overallConfidenceThreshold },
          }),
        },
      },
    }),
  };
}

/** dashboardEngagementMetrics / guardianOptimizedSharedDelivery -> DashboardOptions.EngagementMetrics / GuardianOptions.OptimizedSharedDelivery; an omitted one follows the account. */
export function toSdkVdmOptions(input: VdmOptionsInput): VdmOptions {
  return {
    ...(input.dashboardEngagementMetrics != null && { DashboardOptions: { EngagementMetrics: input.dashboardEngagementMetrics } }),
    ...(input.guardianOptimizedSharedDelivery != null && { GuardianOptions: { OptimizedSharedDelivery: input.guardianOptimizedSharedDelivery } }),
  };
}

/** SigningScheme is a union in SES: DEFAULT -> { DefaultScheme: {} }, SMIME_DETACHED -> { SmimeScheme: { SignatureFormat: 'DETACHED' } }. */
export function toSdkMessageSecurityOptions(input: MessageSecurityOptionsInput): MessageSecurityOptions {
  return {
    SigningScheme: input.signingScheme === 'SMIME_DETACHED' ? { SmimeScheme: { SignatureFormat: 'DETACHED' } } : { DefaultScheme: {} },
  };
}

export const toSdkTags = (tags: readonly TagInput[]): Tag[] => tags.map(({ key, value }) => ({ Key: key, Value: value }));

// ---------------------------------------------------------------------------
// Helpers

type Failures = Partial<Record<UserErrorCode, { field: string[] | null; message: string }>>;

/** attempt(), with the input field and message chosen per error code (a not-found pool and a not-found set point at different fields). */
async function tryWrite<T>(write: () => Promise<T>, failures: Failures): Promise<Attempt<T>> {
  const messages = Object.fromEntries(Object.entries(failures).map(([code, failure]) => [code, failure.message]));
  const result = await attempt(write, { messages });
  if (result.ok) return result;
  return { ok: false, error: { ...result.error, field: failures[result.error.code]?.field ?? null } };
}

const setMissing = (set: ConfigurationSetModel, field = ['name']): UserError =>
  userError('NOT_FOUND', `${field.join('.')}: configuration set "${set.name}" does not exist in ${set.region}.`, field);

const notFoundSet = (set: ConfigurationSetModel) => ({ field: ['name'], message: setMissing(set).message });

const poolMissing = (pool: string, region: string) => ({
  field: ['deliveryOptions', 'sendingPoolName'],
  message: `deliveryOptions.sendingPoolName: dedicated IP pool "${pool}" does not exist in ${region}.`,
});

const has = (input: object, key: string): boolean => key in input;

/**
 * The top-level fault for `error` (same message and extensions.code), with
 * what the mutation had already changed in SES added to its extensions:
 * faults stay top-level errors, and the client still learns the progress
 * the payload would have carried. Never SES's own text: only the mapped fault's.
 */
function withProgress(error: unknown, progress: Record<string, readonly string[] | string>): GraphQLError {
  const fault = toFault(error);
  return new GraphQLError(fault.message, {
    extensions: { ...fault.extensions, ...progress },
    ...(error instanceof Error && { originalError: error }),
  });
}

// ---------------------------------------------------------------------------
// createConfigurationSet

const createConfigurationSet: MutationResolvers['createConfigurationSet'] = async (_parent, { input }, context) => {
  const region = context.region(input.region);
  const invalid = validateCreateConfigurationSet(input);
  if (invalid.length > 0) return { configurationSet: null, userErrors: invalid };
  const set = { region, name: input.name };
  const request: CreateConfigurationSetCommandInput = {
    ConfigurationSetName: input.name,
    ...(input.sendingEnabled != null && { SendingOptions: { SendingEnabled: input.sendingEnabled } }),
    ...(input.deliveryOptions && { DeliveryOptions: toSdkDeliveryOptions(input.deliveryOptions) }),
    ...(input.trackingOptions && { TrackingOptions: toSdkTrackingOptions(input.trackingOptions) }),
    ...(input.reputationOptions && { ReputationOptions: { ReputationMetricsEnabled: input.reputationOptions.reputationMetricsEnabled } }),
    ...(input.suppressionOptions && { SuppressionOptions: toSdkSuppressionOptions(input.suppressionOptions) }),
    ...(input.vdmOptions && { VdmOptions: toSdkVdmOptions(input.vdmOptions) }),
    ...(input.archivingOptions && { ArchivingOptions: { ArchiveArn: input.archivingOptions.archiveArn } }),
    ...(input.messageSecurityOptions && { MessageSecurityOptions: toSdkMessageSecurityOptions(input.messageSecurityOptions) }),
    ...(input.tags && input.tags.length > 0 && { Tags: toSdkTags(input.tags) }),
  };
  const pool = input.deliveryOptions?.sendingPoolName;
  const result = await tryWrite(() => context.write(region, 'CreateConfigurationSet', request), {
    ALREADY_EXISTS: { field: ['name'], message: `name: configuration set "${input.name}" already exists in ${region}.` },
    LIMIT_EXCEEDED: { field: null, message: `The region ${region} already has as many configuration sets as the account's SES quota allows.` },
    ...(pool != null && { NOT_FOUND: poolMissing(pool, region) }),
  });
  return result.ok ? { configurationSet: set, userErrors: [] } : { configurationSet: null, userErrors: [result.error] };
};

// ---------------------------------------------------------------------------
// updateConfigurationSet

interface UpdateStep {
  group: ConfigurationSetOptionGroup;
  write: () => Promise<unknown>;
  failures: Failures;
}

/** The SES call of each group the input names (omitted: untouched; null: cleared), in OPTION_GROUP_ORDER. */
function updateSteps(input: UpdateConfigurationSetInput, set: ConfigurationSetModel, context: GatewayContext): UpdateStep[] {
  const { region, name } = set;
  const ConfigurationSetName = name;
  const groupFailure = (field: string, what: string): Failures => ({
    INVALID_INPUT: { field: [field], message: `${field}: SES rejected the ${what}.` },
    CONFLICT: { field: [field], message: `${field}: SES refused to change the ${what} in the set's current state; try again.` },
    LIMIT_EXCEEDED: { field: [field], message: `${field}: changing the ${what} would exceed an SES quota.` },
    NOT_FOUND: notFoundSet(set),
  });
  const steps: Partial<Record<ConfigurationSetOptionGroup, UpdateStep>> = {};
  const step = (group: ConfigurationSetOptionGroup, write: () => Promise<unknown>, failures: Failures) => {
    steps[group] = { group, write, failures };
  };

  if (has(input, 'deliveryOptions')) {
    const delivery = input.deliveryOptions ? toSdkDeliveryOptions(input.deliveryOptions) : {};
    step('DELIVERY', () => context.write(region, 'PutConfigurationSetDeliveryOptions', { ConfigurationSetName, ...delivery }), {
      ...groupFailure('deliveryOptions', 'delivery options'),
      ...(delivery.SendingPoolName !== undefined && { NOT_FOUND: poolMissing(delivery.SendingPoolName, region) }),
    });
  }
  if (has(input, 'trackingOptions')) {
    const tracking = input.trackingOptions ? toSdkTrackingOptions(input.trackingOptions) : {};
    step('TRACKING', () => context.write(region, 'PutConfigurationSetTrackingOptions', { ConfigurationSetName, ...tracking }), groupFailure('trackingOptions', 'tracking options'));
  }
  if (input.reputationOptions) {
    const enabled = input.reputationOptions.reputationMetricsEnabled;
    step(
      'REPUTATION',
      () => context.write(region, 'PutConfigurationSetReputationOptions', { ConfigurationSetName, ReputationMetricsEnabled: enabled }),
      groupFailure('reputationOptions', 'reputation options'),
    );
  }
  if (input.suppressionOptions) {
    // Never null here: SES has no call that removes a set's suppression options, so validation refuses null.
    const suppression = toSdkSuppressionOptions(input.suppressionOptions);
    step(
      'SUPPRESSION',
      () => context.write(region, 'PutConfigurationSetSuppressionOptions', { ConfigurationSetName, ...suppression }),
      groupFailure('suppressionOptions', 'suppression options'),
    );
  }
  if (has(input, 'vdmOptions')) {
    const vdm = input.vdmOptions ? { VdmOptions: toSdkVdmOptions(input.vdmOptions) } : {};
    step('VDM', () => context.write(region, 'PutConfigurationSetVdmOptions', { ConfigurationSetName, ...vdm }), groupFailure('vdmOptions', 'VDM options'));
  }
  if (has(input, 'archivingOptions')) {
    const archiving: ArchivingOptions = input.archivingOptions ? { ArchiveArn: input.archivingOptions.archiveArn } : {};
    step(
      'ARCHIVING',
      () => context.write(region, 'PutConfigurationSetArchivingOptions', { ConfigurationSetName, ...archiving }),
      groupFailure('archivingOptions', 'archiving options'),
    );
  }
  if (has(input, 'messageSecurityOptions')) {
    const security = input.messageSecurityOptions ? { MessageSecurityOptions: toSdkMessageSecurityOptions(input.messageSecurityOptions) } : {};
    step(
      'MESSAGE_SECURITY',
      () => context.write(region, 'UpdateConfigurationSet', { ConfigurationSetName, ...security }),
      groupFailure('messageSecurityOptions', 'message security options'),
    );
  }
  if (input.sendingEnabled != null) {
    const enabled = input.sendingEnabled;
    step('SENDING', () => context.write(region, 'PutConfigurationSetSendingOptions', { ConfigurationSetName, SendingEnabled: enabled }), groupFailure('sendingEnabled', 'sending option'));
  }
  return OPTION_GROUP_ORDER.flatMap((group) => steps[group] ?? []);
}

const updateConfigurationSet: MutationResolvers['updateConfigurationSet'] = async (_parent, { input }, context) => {
  const region = context.region(input.region);
  const set = { region, name: input.name };
  const invalid = validateUpdateConfigurationSet(input);
  // The groups the input names, also as null; `in`, because GraphQL leaves an omitted field out and keeps an explicit null.
  const requested = OPTION_GROUP_ORDER.filter((group) => GROUP_FIELD[group] in input);
  if (invalid.length > 0) return { configurationSet: null, appliedGroups: [], notAppliedGroups: requested, userErrors: invalid };
  // Refuse a missing set before any write, rather than learning it from the first Put.
  if (!(await context.loaders.getConfigurationSet.load(set))) {
    return { configurationSet: null, appliedGroups: [], notAppliedGroups: requested, userErrors: [setMissing(set)] };
  }
  const steps = updateSteps(input, set, context);
  const appliedGroups: ConfigurationSetOptionGroup[] = [];
  for (const [index, { group, write, failures }] of steps.entries()) {
    let result: Attempt<unknown>;
    try {
      result = await tryWrite(write, failures);
    } catch (error) {
      throw withProgress(error, { appliedGroups: [...appliedGroups], notAppliedGroups: requested.slice(index) });
    }
    if (!result.ok) {
      const deleted = result.error.code === 'NOT_FOUND' && result.error.field?.[0] === 'name';
      return { configurationSet: deleted ? null : set, appliedGroups, notAppliedGroups: requested.slice(index), userErrors: [result.error] };
    }
    appliedGroups.push(group);
  }
  return { configurationSet: set, appliedGroups, notAppliedGroups: [], userErrors: [] };
};

// ---------------------------------------------------------------------------
// setConfigurationSetSendingEnabled

const setConfigurationSetSendingEnabled: MutationResolvers['setConfigurationSetSendingEnabled'] = async (_parent, { input }, context) => {
  const region = context.region(input.region);
  const invalid = validateConfigurationSetName(input.name);
  if (invalid.length > 0) return { configurationSet: null, userErrors: invalid };
  const set = { region, name: input.name };
  const result = await tryWrite(
    () => context.write(region, 'PutConfigurationSetSendingOptions', { ConfigurationSetName: input.name, SendingEnabled: input.enabled }),
    { NOT_FOUND: notFoundSet(set) },
  );
  return result.ok ? { configurationSet: set, userErrors: [] } : { configurationSet: null, userErrors: [result.error] };
};

// ---------------------------------------------------------------------------
// deleteConfigurationSet

const deleteConfigurationSet: MutationResolvers['deleteConfigurationSet'] = async (_parent, { input }, context, info) => {
  const region = context.region(input.region);
  const invalid = validateConfigurationSetName(input.name);
  if (invalid.length > 0) return { deletedConfigurationSetId: null, identitiesUsingSet: [], userErrors: invalid };
  const set = { region, name: input.name };
  const deletedId = encodeId('ConfigurationSet', region, input.name);
  if (input.force) {
    // No guard, so the identity scan (a call per identity) is only for a client that selected its answer. Identities
    // keep a deleted set's name as their default, so scanning after the delete finds the same ones; and the delete
    // itself answers NotFound, so there is no existence read either.
    const deleted = await tryWrite(() => context.write(region, 'DeleteConfigurationSet', { ConfigurationSetName: input.name }), { NOT_FOUND: notFoundSet(set) });
    if (!deleted.ok) return { deletedConfigurationSetId: null, identitiesUsingSet: [], userErrors: [deleted.error] };
    const users = selectedFields(info).has('identitiesUsingSet') ? await identitiesUsingSet(region, input.name, context) : [];
    return { deletedConfigurationSetId: deletedId, identitiesUsingSet: users, userErrors: [] };
  }
  // Existence first: the identity scan below costs a call per identity, not worth paying for a missing set.
  if (!(await context.loaders.getConfigurationSet.load(set))) return { deletedConfigurationSetId: null, identitiesUsingSet: [], userErrors: [setMissing(set)] };
  // Without force the scan is the guard, selected or not.
  const users = await identitiesUsingSet(region, input.name, context);
  if (users.length > 0) {
    const names = users.slice(0, 5).map((identity) => identity.name).join(', ');
    const more = users.length > 5 ? ` and ${users.length - 5} more` : '';
    return {
      deletedConfigurationSetId: null,
      identitiesUsingSet: users,
      userErrors: [
        userError(
          'IN_USE',
          `name: configuration set "${input.name}" is the default configuration set of ${users.length} email ${users.length === 1 ? 'identity' : 'identities'} (${names}${more}); ` +
            'change their default first, or set force: true to delete it anyway.',
          ['name'],
        ),
      ],
    };
  }
  const result = await tryWrite(() => context.write(region, 'DeleteConfigurationSet', { ConfigurationSetName: input.name }), { NOT_FOUND: notFoundSet(set) });
  if (!result.ok) return { deletedConfigurationSetId: null, identitiesUsingSet: users, userErrors: [result.error] };
  return { deletedConfigurationSetId: deletedId, identitiesUsingSet: users, userErrors: [] };
};

// ---------------------------------------------------------------------------
// cloneConfigurationSet

/** A CreateConfigurationSet request that gives `name` every option group of `source` (and its tags, if asked). */
export function cloneRequest(source: GetConfigurationSetCommandOutput, name: string, includeTags: boolean): CreateConfigurationSetCommandInput {
  return {
    ConfigurationSetName: name,
    ...(source.SendingOptions && { SendingOptions: { SendingEnabled: source.SendingOptions.SendingEnabled ?? true } }),
    ...(source.DeliveryOptions && { DeliveryOptions: source.DeliveryOptions }),
    ...(source.TrackingOptions?.CustomRedirectDomain && { TrackingOptions: source.TrackingOptions }),
    // Only the setting: the last fresh start is the source's history, not an option.
    ...(source.ReputationOptions && { ReputationOptions: { ReputationMetricsEnabled: source.ReputationOptions.ReputationMetricsEnabled ?? false } }),
    ...(source.SuppressionOptions && { SuppressionOptions: source.SuppressionOptions }),
    ...(source.VdmOptions && { VdmOptions: source.VdmOptions }),
    ...(source.ArchivingOptions?.ArchiveArn && { ArchivingOptions: { ArchiveArn: source.ArchivingOptions.ArchiveArn } }),
    ...(source.MessageSecurityOptions && { MessageSecurityOptions: source.MessageSecurityOptions }),
    ...(includeTags && source.Tags && source.Tags.length > 0 && { Tags: source.Tags }),
  };
}

const cloneConfigurationSet: MutationResolvers['cloneConfigurationSet'] = async (_parent, { input }, context) => {
  const region = context.region(input.region);
  const invalid = validateCloneConfigurationSet(input);
  if (invalid.length > 0) return { configurationSet: null, userErrors: invalid };
  const sourceSet = { region, name: input.sourceName };
  const target = { region, name: input.name };
  const source = await context.loaders.getConfigurationSet.load(sourceSet);
  if (!source) return { configurationSet: null, userErrors: [setMissing(sourceSet, ['sourceName'])] };
  const destinations = await context.loaders.getConfigurationSetEventDestinations.load(sourceSet);
  if (!destinations) return { configurationSet: null, userErrors: [setMissing(sourceSet, ['sourceName'])] };

  // No read of the target first: CreateConfigurationSet refuses a taken name with AlreadyExists and changes nothing.
  const alreadyExists = { field: ['name'], message: `name: configuration set "${input.name}" already exists in ${region}.` };

  const pool = source.DeliveryOptions?.SendingPoolName;
  const created = await tryWrite(() => context.write(target.region, 'CreateConfigurationSet', cloneRequest(source, input.name, input.includeTags !== false)), {
    ALREADY_EXISTS: alreadyExists,
    LIMIT_EXCEEDED: { field: null, message: `The region ${region} already has as many configuration sets as the account's SES quota allows.` },
    NOT_FOUND: {
      field: null,
      message: `The source's dedicated IP pool "${pool ?? ''}" no longer exists in ${region}, so the copy could not be created; change the source's delivery options first.`,
    },
  });
  if (!created.ok) return { configurationSet: null, userErrors: [created.error] };

  const copied: string[] = [];
  for (const destination of destinations) {
    let failure: UserError | null;
    try {
      failure = await copyDestination(destination, target, context);
    } catch (error) {
      throw withProgress(error, { createdConfigurationSet: input.name, copiedEventDestinations: [...copied] });
    }
    if (failure) return { configurationSet: target, userErrors: [failure] };
    copied.push(destination.Name ?? '');
  }
  return { configurationSet: target, userErrors: [] };
};

/** Creates one of the source's event destinations on the clone; a userError naming it if SES refused. */
async function copyDestination(destination: EventDestination, target: ConfigurationSetModel, context: GatewayContext): Promise<UserError | null> {
  const { Name: name = '', ...definition } = destination;
  const copied = (reason: string) => `Event destination "${name}" was not copied: ${reason} The new set has the destinations before it, and none after.`;
  const result = await tryWrite(
    () => context.write(target.region, 'CreateConfigurationSetEventDestination', { ConfigurationSetName: target.name, EventDestinationName: name, EventDestination: definition }),
    {
      INVALID_INPUT: { field: null, message: copied('SES rejected its definition.') },
      ALREADY_EXISTS: { field: null, message: copied('the new set already has a destination with that name.') },
      LIMIT_EXCEEDED: { field: null, message: copied('the new set reached SES\'s limit of event destinations.') },
      NOT_FOUND: { field: null, message: copied('the new set no longer exists.') },
      CONFLICT: { field: null, message: copied('SES refused it in the set\'s current state.') },
    },
  );
  return result.ok ? null : result.error;
}

export const configurationSetMutationResolvers: Resolvers = {
  Mutation: { createConfigurationSet, updateConfigurationSet, setConfigurationSetSendingEnabled, deleteConfigurationSet, cloneConfigurationSet },
};
