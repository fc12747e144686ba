/**
 * Configuration set writes: create, update (the option groups an input names,
 * in the fixed order of ConfigurationSetOptionGroup), enable or pause
 * sending, delete (guarded by the identities that use the set as their
 * default) and clone. Inputs arrive validated. A fault part-way through update
 * or clone stays a top-level error, with what was already done in its
 * extensions (faultWith): the client learns the progress all the same.
 */
import type { CreateConfigurationSetCommandInput, EventDestination, GetConfigurationSetCommandOutput } from '@aws-sdk/client-sesv2';
import { faultWith, userError, type ExpectedFailures } from '../errors.js';
import type { ConfigurationSetOptionGroup, CreateConfigurationSetInput, UpdateConfigurationSetInput, UserError } from '../generated/resolvers.js';
import type { ConfigurationSetModel, EmailIdentityModel } from '../models.js';
import { identitiesUsingSet } from '../resolvers/identityUsage.js';
import type { RequestSes } from './requestSes.js';
import { attempt, type Result } from './result.js';
import {
  toSdkArchivingOptions,
  toSdkCreateConfigurationSet,
  toSdkDeliveryOptions,
  toSdkMessageSecurityOptions,
  toSdkSuppressionOptions,
  toSdkTrackingOptions,
  toSdkVdmOptions,
} from './toSdk.js';

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

/** The groups an update names, also as null; `in`, because GraphQL leaves an omitted field out and keeps an explicit null. */
export const requestedGroups = (input: UpdateConfigurationSetInput): ConfigurationSetOptionGroup[] => OPTION_GROUP_ORDER.filter((group) => GROUP_FIELD[group] in input);

// ---------------------------------------------------------------------------
// The userErrors these writes can expect

const setMissing = (set: ConfigurationSetModel, field = ['name']): UserError =>
  userError('NOT_FOUND', `${field.join('.')}: configuration set "${set.name}" does not exist in ${set.region}.`, field);

const notFoundSet = (set: ConfigurationSetModel) => ({ field: ['name'], message: setMissing(set).message });

const nameTaken = ({ region, name }: ConfigurationSetModel) => ({ field: ['name'], message: `name: configuration set "${name}" already exists in ${region}.` });

const regionFull = (region: string) => ({ field: null, message: `The region ${region} already has as many configuration sets as the account's SES quota allows.` });

const poolMissing = (pool: string, region: string) => ({
  field: ['deliveryOptions', 'sendingPoolName'],
  message: `deliveryOptions.sendingPoolName: dedicated IP pool "${pool}" does not exist in ${region}.`,
});

// ---------------------------------------------------------------------------
// create, setSendingEnabled

export async function createConfigurationSet(ses: RequestSes, set: ConfigurationSetModel, input: CreateConfigurationSetInput): Promise<Result<ConfigurationSetModel>> {
  const pool = input.deliveryOptions?.sendingPoolName;
  const created = await attempt(() => ses.write(set.region, 'CreateConfigurationSet', toSdkCreateConfigurationSet(input)), {
    ALREADY_EXISTS: nameTaken(set),
    LIMIT_EXCEEDED: regionFull(set.region),
    ...(pool != null && { NOT_FOUND: poolMissing(pool, set.region) }),
  });
  return created.ok ? { ok: true, value: set } : created;
}

export async function setSendingEnabled(ses: RequestSes, set: ConfigurationSetModel, enabled: boolean): Promise<Result<ConfigurationSetModel>> {
  const written = await attempt(() => ses.write(set.region, 'PutConfigurationSetSendingOptions', { ConfigurationSetName: set.name, SendingEnabled: enabled }), {
    NOT_FOUND: notFoundSet(set),
  });
  return written.ok ? { ok: true, value: set } : written;
}

// ---------------------------------------------------------------------------
// update

interface UpdateStep {
  group: ConfigurationSetOptionGroup;
  write: () => Promise<unknown>;
  expected: ExpectedFailures;
}

const has = (input: object, key: string): boolean => key in input;

/** The SES call of each group the input names (omitted: untouched; null: cleared), in OPTION_GROUP_ORDER. */
function updateSteps(input: UpdateConfigurationSetInput, set: ConfigurationSetModel, ses: RequestSes): UpdateStep[] {
  const { region, name } = set;
  const ConfigurationSetName = name;
  const groupFailure = (field: string, what: string): ExpectedFailures => ({
    INVALID_INPUT: { field: [field], message: `${field}: SES rejected the ${what}.` },
    CONFLICT: { field: [field], message: `${field}: SES refused to change the ${what} in the set's current state; try again.` },
    LIMIT_EXCEEDED: { field: [field], message: `${field}: changing the ${what} would exceed an SES quota.` },
    NOT_FOUND: notFoundSet(set),
  });
  const steps: Partial<Record<ConfigurationSetOptionGroup, UpdateStep>> = {};
  const step = (group: ConfigurationSetOptionGroup, write: () => Promise<unknown>, expected: ExpectedFailures) => {
    steps[group] = { group, write, expected };
  };

  if (has(input, 'deliveryOptions')) {
    const delivery = input.deliveryOptions ? toSdkDeliveryOptions(input.deliveryOptions) : {};
    step('DELIVERY', () => ses.write(region, 'PutConfigurationSetDeliveryOptions', { ConfigurationSetName, ...delivery }), {
      ...groupFailure('deliveryOptions', 'delivery options'),
      ...(delivery.SendingPoolName !== undefined && { NOT_FOUND: poolMissing(delivery.SendingPoolName, region) }),
    });
  }
  if (has(input, 'trackingOptions')) {
    const tracking = input.trackingOptions ? toSdkTrackingOptions(input.trackingOptions) : {};
    step('TRACKING', () => ses.write(region, 'PutConfigurationSetTrackingOptions', { ConfigurationSetName, ...tracking }), groupFailure('trackingOptions', 'tracking options'));
  }
  if (input.reputationOptions) {
    const enabled = input.reputationOptions.reputationMetricsEnabled;
    step(
      'REPUTATION',
      () => ses.write(region, 'PutConfigurationSetReputationOptions', { ConfigurationSetName, ReputationMetricsEnabled: enabled }),
      groupFailure('reputationOptions', 'reputation options'),
    );
  }
  if (input.suppressionOptions) {
    // Never null here: SES has no call that removes a set's suppression options, so validation refuses null.
    const suppression = toSdkSuppressionOptions(input.suppressionOptions);
    step(
      'SUPPRESSION',
      () => ses.write(region, 'PutConfigurationSetSuppressionOptions', { ConfigurationSetName, ...suppression }),
      groupFailure('suppressionOptions', 'suppression options'),
    );
  }
  if (has(input, 'vdmOptions')) {
    const vdm = input.vdmOptions ? { VdmOptions: toSdkVdmOptions(input.vdmOptions) } : {};
    step('VDM', () => ses.write(region, 'PutConfigurationSetVdmOptions', { ConfigurationSetName, ...vdm }), groupFailure('vdmOptions', 'VDM options'));
  }
  if (has(input, 'archivingOptions')) {
    const archiving = input.archivingOptions ? toSdkArchivingOptions(input.archivingOptions) : {};
    step(
      'ARCHIVING',
      () => ses.write(region, 'PutConfigurationSetArchivingOptions', { ConfigurationSetName, ...archiving }),
      groupFailure('archivingOptions', 'archiving options'),
    );
  }
  if (has(input, 'messageSecurityOptions')) {
    const security = input.messageSecurityOptions ? { MessageSecurityOptions: toSdkMessageSecurityOptions(input.messageSecurityOptions) } : {};
    step(
      'MESSAGE_SECURITY',
      () => ses.write(region, 'UpdateConfigurationSet', { ConfigurationSetName, ...security }),
      groupFailure('messageSecurityOptions', 'message security options'),
    );
  }
  if (input.sendingEnabled != null) {
    const enabled = input.sendingEnabled;
    step('SENDING', () => ses.write(region, 'PutConfigurationSetSendingOptions', { ConfigurationSetName, SendingEnabled: enabled }), groupFailure('sendingEnabled', 'sending option'));
  }
  return OPTION_GROUP_ORDER.flatMap((group) => steps[group] ?? []);
}

/** How far an update went. */
export interface UpdateReport {
  appliedGroups: ConfigurationSetOptionGroup[];
  notAppliedGroups: ConfigurationSetOptionGroup[];
  /** Why the update stopped; null when it applied every group it named. */
  error: UserError | null;
  /** False when the set did not exist, or was deleted part-way. */
  setExists: boolean;
}

/** Applies the groups the input names, one SES call each, stopping at the first that fails. */
export async function updateConfigurationSet(ses: RequestSes, set: ConfigurationSetModel, input: UpdateConfigurationSetInput): Promise<UpdateReport> {
  const requested = requestedGroups(input);
  // Refuse a missing set before any write, rather than learning it from the first Put.
  if (!(await ses.loaders.getConfigurationSet.load(set))) return { appliedGroups: [], notAppliedGroups: requested, error: setMissing(set), setExists: false };
  const appliedGroups: ConfigurationSetOptionGroup[] = [];
  for (const [index, { group, write, expected }] of updateSteps(input, set, ses).entries()) {
    let result: Result<unknown>;
    try {
      result = await attempt(write, expected);
    } catch (error) {
      throw faultWith(error, { extensions: { appliedGroups: [...appliedGroups], notAppliedGroups: requested.slice(index) } });
    }
    if (!result.ok) {
      const deleted = result.error.code === 'NOT_FOUND' && result.error.field?.[0] === 'name';
      return { appliedGroups, notAppliedGroups: requested.slice(index), error: result.error, setExists: !deleted };
    }
    appliedGroups.push(group);
  }
  return { appliedGroups, notAppliedGroups: [], error: null, setExists: true };
}

// ---------------------------------------------------------------------------
// delete

export interface DeleteReport {
  /** The identities whose default is the set: always when the delete was guarded, only when asked for with force. */
  identitiesUsingSet: EmailIdentityModel[];
  /** Why the set was not deleted; null when it was. */
  error: UserError | null;
}

/**
 * Deletes the set unless an identity uses it as its default; with `force`,
 * whatever uses it. `listUsers` asks for the identities with force too.
 */
export async function deleteConfigurationSet(ses: RequestSes, set: ConfigurationSetModel, { force, listUsers }: { force: boolean; listUsers: boolean }): Promise<DeleteReport> {
  const remove = () => attempt(() => ses.write(set.region, 'DeleteConfigurationSet', { ConfigurationSetName: set.name }), { NOT_FOUND: notFoundSet(set) });
  if (force) {
    // No guard, so the identity scan (a call per identity) is only for a client that asked. Identities keep a deleted
    // set's name as their default, so scanning after the delete finds the same ones; and the delete itself answers
    // NotFound, so there is no existence read either.
    const deleted = await remove();
    if (!deleted.ok) return { identitiesUsingSet: [], error: deleted.error };
    return { identitiesUsingSet: listUsers ? await identitiesUsingSet(set.region, set.name, ses) : [], error: null };
  }
  // Existence first: the identity scan below costs a call per identity, not worth paying for a missing set.
  if (!(await ses.loaders.getConfigurationSet.load(set))) return { identitiesUsingSet: [], error: setMissing(set) };
  // Without force the scan is the guard, asked for or not.
  const users = await identitiesUsingSet(set.region, set.name, ses);
  if (users.length > 0) return { identitiesUsingSet: users, error: setInUse(set, users) };
  const deleted = await remove();
  return { identitiesUsingSet: users, error: deleted.ok ? null : deleted.error };
}

function setInUse(set: ConfigurationSetModel, users: readonly EmailIdentityModel[]): UserError {
  const names = users.slice(0, 5).map((identity) => identity.name).join(', ');
  const more = users.length > 5 ? ` and ${users.length - 5} more` : '';
  return userError(
    'IN_USE',
    `name: configuration set "${set.name}" is the default configuration set of ${users.length} email ${users.length === 1 ? 'identity' : 'identities'} (${names}${more}); ` +
      'change their default first, or set force: true to delete it anyway.',
    ['name'],
  );
}

// ---------------------------------------------------------------------------
// clone

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

export interface CloneReport {
  /** The new set; null when it was not created. */
  configurationSet: ConfigurationSetModel | null;
  /** Why the clone stopped; null when it copied everything. */
  error: UserError | null;
}

/** Creates `target` with the options of `source` (and its tags, if asked), then copies its event destinations one by one. */
export async function cloneConfigurationSet(ses: RequestSes, source: ConfigurationSetModel, target: ConfigurationSetModel, includeTags: boolean): Promise<CloneReport> {
  const sourceMissing = { configurationSet: null, error: setMissing(source, ['sourceName']) };
  const options = await ses.loaders.getConfigurationSet.load(source);
  if (!options) return sourceMissing;
  const destinations = await ses.loaders.getConfigurationSetEventDestinations.load(source);
  if (!destinations) return sourceMissing;

  // No read of the target first: CreateConfigurationSet refuses a taken name with AlreadyExists and changes nothing.
  const pool = options.DeliveryOptions?.SendingPoolName;
  const created = await attempt(() => ses.write(target.region, 'CreateConfigurationSet', cloneRequest(options, target.name, includeTags)), {
    ALREADY_EXISTS: nameTaken(target),
    LIMIT_EXCEEDED: regionFull(target.region),
    NOT_FOUND: {
      field: null,
      message: `The source's dedicated IP pool "${pool ?? ''}" no longer exists in ${target.region}, so the copy could not be created; change the source's delivery options first.`,
    },
  });
  if (!created.ok) return { configurationSet: null, error: created.error };

  const copied: string[] = [];
  for (const destination of destinations) {
    let result: Result<unknown>;
    try {
      result = await copyDestination(ses, destination, target);
    } catch (error) {
      throw faultWith(error, { extensions: { createdConfigurationSet: target.name, copiedEventDestinations: [...copied] } });
    }
    if (!result.ok) return { configurationSet: target, error: result.error };
    copied.push(destination.Name ?? '');
  }
  return { configurationSet: target, error: null };
}

/** Creates one of the source's event destinations on the clone; a userError naming it if SES refused. */
function copyDestination(ses: RequestSes, destination: EventDestination, target: ConfigurationSetModel): Promise<Result<unknown>> {
  const { Name: name = '', ...definition } = destination;
  const notCopied = (reason: string) => ({
    field: null,
    message: `Event destination "${name}" was not copied: ${reason} The new set has the destinations before it, and none after.`,
  });
  return attempt(
    () => ses.write(target.region, 'CreateConfigurationSetEventDestination', { ConfigurationSetName: target.name, EventDestinationName: name, EventDestination: definition }),
    {
      INVALID_INPUT: notCopied('SES rejected its definition.'),
      ALREADY_EXISTS: notCopied('the new set already has a destination with that name.'),
      LIMIT_EXCEEDED: notCopied('the new set reached SES\'s limit of event destinations.'),
      NOT_FOUND: notCopied('the new set no longer exists.'),
      CONFLICT: notCopied('SES refused it in the set\'s current state.'),
    },
  );
}
