/**
 * Which cached reads a write makes stale: the one place that knows, so that
 * a client always reads its own writes.
 */
import type { CacheInvalidation } from './access.js';
import type { InputOf, SesWrites } from './operations.js';

const byName = (member: string, value: unknown) => (input: Record<string, unknown>) => input[member] === value;

function configurationSet(name: unknown, alsoLists = false): CacheInvalidation[] {
  return [
    { operation: 'GetConfigurationSet', matches: byName('ConfigurationSetName', name) },
    { operation: 'GetConfigurationSetEventDestinations', matches: byName('ConfigurationSetName', name) },
    ...(alsoLists ? [{ operation: 'ListConfigurationSets' as const }, { operation: 'ListTagsForResource' as const }] : []),
  ];
}

function emailIdentity(name: unknown, alsoLists = false): CacheInvalidation[] {
  return [
    { operation: 'GetEmailIdentity', matches: byName('EmailIdentity', name) },
    ...(alsoLists ? [{ operation: 'ListEmailIdentities' as const }, { operation: 'ListTagsForResource' as const }] : []),
  ];
}

/** arn:aws:ses:region:account:configuration-set/name and the like. */
function tagged(arn: unknown): CacheInvalidation[] {
  const match = /^arn:[^:]+:ses:[^:]*:[^:]*:([a-z-]+)\/(.+)$/.exec(String(arn));
  const [, type, name] = match ?? [];
  const own: CacheInvalidation[] = [{ operation: 'ListTagsForResource', matches: byName('ResourceArn', arn) }];
  if (type === 'configuration-set') return [...own, ...configurationSet(name)];
  if (type === 'identity') return [...own, ...emailIdentity(name)];
  if (type === 'dedicated-ip-pool') return [...own, { operation: 'GetDedicatedIpPool', matches: byName('PoolName', name) }];
  return own;
}

export function invalidationsFor<K extends keyof SesWrites>(operation: K, input: InputOf<K>): CacheInvalidation[] {
  const i = input as unknown as Record<string, unknown>;
  switch (operation) {
    case 'CreateConfigurationSet':
    case 'DeleteConfigurationSet':
      return configurationSet(i.ConfigurationSetName, true);
    case 'UpdateConfigurationSet':
    case 'PutConfigurationSetSendingOptions':
    case 'PutConfigurationSetDeliveryOptions':
    case 'PutConfigurationSetTrackingOptions':
    case 'PutConfigurationSetReputationOptions':
    case 'PutConfigurationSetSuppressionOptions':
    case 'PutConfigurationSetVdmOptions':
    case 'PutConfigurationSetArchivingOptions':
    case 'CreateConfigurationSetEventDestination':
    case 'UpdateConfigurationSetEventDestination':
    case 'DeleteConfigurationSetEventDestination':
      return configurationSet(i.ConfigurationSetName);
    case 'CreateEmailIdentity':
    case 'DeleteEmailIdentity':
      return emailIdentity(i.EmailIdentity, true);
    case 'PutEmailIdentityConfigurationSetAttributes':
      return emailIdentity(i.EmailIdentity);
    case 'TagResource':
    case 'UntagResource':
      return tagged(i.ResourceArn);
    case 'PutAccountVdmAttributes':
      return [{ operation: 'GetAccount' }];
    default:
      return [];
  }
}
