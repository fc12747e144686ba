import type { GatewayContext } from '../context.js';
import type { EmailIdentityModel } from '../models.js';

/** Every email identity of a region: the whole ListEmailIdentities listing, read once per request (through the loaders). */
export function allEmailIdentities(region: string, context: GatewayContext): Promise<EmailIdentityModel[]> {
  return context.loaders.allEmailIdentities.load(region);
}

/**
 * The identities whose default configuration set is `configurationSetName`.
 * SES keeps no reverse index: the gateway's identity index answers once it is
 * complete for the region (identityIndex/), with no SES call; otherwise this
 * reads every identity of the region (through the loaders and the shared
 * cache), once per set and request.
 */
export async function identitiesUsingSet(region: string, configurationSetName: string, context: GatewayContext): Promise<EmailIdentityModel[]> {
  const fromIndex = await context.identityIndex?.usersOf(region, configurationSetName);
  if (fromIndex) {
    // The index is kept apart from the read cache's generations: a response made from it is not kept whole.
    context.readDependencies?.uncacheable();
    return fromIndex.map((name) => ({ region, name }));
  }
  return context.loaders.identitiesUsingSet.load({ region, name: configurationSetName });
}
