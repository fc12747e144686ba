/**
 * Which cached reads a write makes stale: the one place that knows, so that
 * a client always reads its own writes.
 */
import type { InputOf, SesReads, SesWrites } from './operations.js';

/** Cached reads a write makes stale: every answer of `operation` about `subject`, or all of them without one. */
interface CacheInvalidation {
  operation: keyof SesReads;
  subject?: string;
}

/**
 * The input member that names what each read is about: the cache files
 * answers by it, and a write about that resource makes exactly them stale.
 * Reads without one (listings, the account) are made stale as a whole.
 */
const SUBJECT_MEMBER: Record<keyof SesReads, string | undefined> = {
  GetConfigurationSet: 'ConfigurationSetName',
  GetConfigurationSetEventDestinations: 'ConfigurationSetName',
  GetEmailIdentity: 'EmailIdentity',
  GetDedicatedIpPool: 'PoolName',
  ListTagsForResource: 'ResourceArn',
  ListConfigurationSets: undefined,
  ListEmailIdentities: undefined,
  ListDedicatedIpPools: undefined,
  GetAccount: undefined,
  BatchGetMetricData: undefined,
  ListRecommendations: undefined,
};

/** The subject of a read (see SUBJECT_MEMBER). */
export function subjectOf<K extends keyof SesReads>(operation: K, input: InputOf<K>): string | undefined {
  const member = SUBJECT_MEMBER[operation];
  if (member === undefined) return undefined;
  const value: unknown = (input as Record<string, unknown>)[member];
  return typeof value === 'string' ? value : undefined;
}

const about = (operation: keyof SesReads, subject: unknown): CacheInvalidation => ({ operation, subject: String(subject) });

function configurationSet(name: unknown, alsoLists = false): CacheInvalidation[] {
  return [
    about('GetConfigurationSet', name),
    about('GetConfigurationSetEventDestinations', name),
    ...(alsoLists ? [{ operation: 'ListConfigurationSets' as const }, { operation: 'ListTagsForResource' as const }] : []),
  ];
}

function emailIdentity(name: unknown, alsoLists = false): CacheInvalidation[] {
  return [about('GetEmailIdentity', name), ...(alsoLists ? [{ operation: 'ListEmailIdentities' as const }, { operation: 'ListTagsForResource' as const }] : [])];
}

/** arn:aws:ses:region:account:configuration-set/name and the like. */
function tagged(arn: unknown): CacheInvalidation[] {
  const match = /^arn:[^:]+:ses:[^:]*:[^:]*:([a-z-]+)\/(.+)$/.exec(String(arn));
  const [, type, name] = match ?? [];
  const own: CacheInvalidation[] = [about('ListTagsForResource', arn)];
  if (type === 'configuration-set') return [...own, ...configurationSet(name)];
  if (type === 'identity') return [...own, ...emailIdentity(name)];
  if (type === 'dedicated-ip-pool') return [...own, about('GetDedicatedIpPool', name)];
  return own;
}

type Invalidates<K extends keyof SesWrites> = (input: InputOf<K>) => CacheInvalidation[];

/**
 * Every SES write and the reads it makes stale. A Record over every write:
 * adding a write to operations.ts fails the typecheck here until its
 * invalidations are stated, instead of silently leaving stale reads.
 * (SES leaves an identity's default set in place when the set is deleted,
 * so DeleteConfigurationSet leaves GetEmailIdentity alone.)
 */
const INVALIDATIONS: { [K in keyof SesWrites]: Invalidates<K> } = {
  CreateConfigurationSet: (input) => configurationSet(input.ConfigurationSetName, true),
  DeleteConfigurationSet: (input) => configurationSet(input.ConfigurationSetName, true),
  UpdateConfigurationSet: (input) => configurationSet(input.ConfigurationSetName),
  PutConfigurationSetSendingOptions: (input) => configurationSet(input.ConfigurationSetName),
  PutConfigurationSetDeliveryOptions: (input) => configurationSet(input.ConfigurationSetName),
  PutConfigurationSetTrackingOptions: (input) => configurationSet(input.ConfigurationSetName),
  PutConfigurationSetReputationOptions: (input) => configurationSet(input.ConfigurationSetName),
  PutConfigurationSetSuppressionOptions: (input) => configurationSet(input.ConfigurationSetName),
  PutConfigurationSetVdmOptions: (input) => configurationSet(input.ConfigurationSetName),
  PutConfigurationSetArchivingOptions: (input) => configurationSet(input.ConfigurationSetName),
  CreateConfigurationSetEventDestination: (input) => configurationSet(input.ConfigurationSetName),
  UpdateConfigurationSetEventDestination: (input) => configurationSet(input.ConfigurationSetName),
  DeleteConfigurationSetEventDestination: (input) => configurationSet(input.ConfigurationSetName),
  CreateEmailIdentity: (input) => emailIdentity(input.EmailIdentity, true),
  DeleteEmailIdentity: (input) => emailIdentity(input.EmailIdentity, true),
  PutEmailIdentityConfigurationSetAttributes: (input) => emailIdentity(input.EmailIdentity),
  TagResource: (input) => tagged(input.ResourceArn),
  UntagResource: (input) => tagged(input.ResourceArn),
  PutAccountVdmAttributes: () => [{ operation: 'GetAccount' }],
};

export function invalidationsFor<K extends keyof SesWrites>(operation: K, input: InputOf<K>): CacheInvalidation[] {
  const invalidates: Invalidates<K> = INVALIDATIONS[operation];
  return invalidates(input);
}
