import type { GatewayContext } from '../context.js';
import type { EmailIdentityModel } from '../models.js';

/** Every email identity of a region: the whole ListEmailIdentities listing, read once per request (through the loaders). */
export function allEmailIdentities(region: string, context: GatewayContext): Promise<EmailIdentityModel[]> {
  return context.loaders.allEmailIdentities.load(region);
}

/**
 * The identities whose default configuration set is `configurationSetName`.
 * SES keeps no reverse index, so this reads every identity of the region
 * (through the loaders and the shared cache), once per set and request.
 */
export function identitiesUsingSet(region: string, configurationSetName: string, context: GatewayContext): Promise<EmailIdentityModel[]> {
  return context.loaders.identitiesUsingSet.load({ region, name: configurationSetName });
}
