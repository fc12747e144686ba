import type { GatewayContext } from '../context.js';
import type { EmailIdentityModel } from '../models.js';

/**
 * The identities whose default configuration set is `configurationSetName`.
 * SES keeps no reverse index: the gateway's identity index answers once it is
 * complete for the region (identityIndex/), with no SES call; otherwise this
 * reads every identity of the region (through the loaders and the shared
 * cache), once per set and request.
 */
export async function identitiesUsingSet(region: string, configurationSetName: string, context: Pick<GatewayContext, 'loaders' | 'identityIndex' | 'readDependencies'>): Promise<EmailIdentityModel[]> {
  const fromIndex = await context.identityIndex?.usersOf(region, configurationSetName);
  if (fromIndex) {
    // The index is kept apart from the read cache's generations: a response made from it is not kept whole.
    context.readDependencies?.uncacheable();
    return fromIndex.map((name) => ({ region, name }));
  }
  return context.loaders.identitiesUsingSet.load({ region, name: configurationSetName });
}

/**
 * Starts the region's identity scan at once, for a page of sets whose
 * `defaultForIdentities` will need it: the scan then runs beside the sets'
 * own reads instead of after them (each operation has its own quota). The
 * same loads the fields make, so no call is added; nothing when the index
 * answers. Failures are left to the fields, which meet them through the
 * same loaders.
 */
export function startIdentityScan(region: string, context: GatewayContext): void {
  void (async () => {
    if (context.identityIndex && (await context.identityIndex.usersOf(region, '')) !== undefined) return;
    const identities = await context.loaders.listEmailIdentities.load(region);
    await Promise.all(identities.map((identity) => context.loaders.getEmailIdentity.load(identity)));
  })().catch(() => undefined);
}
