import type { GatewayContext } from '../context.js';
import type { EmailIdentityModel } from '../models.js';

/** Enough pages for 100,000 identities, ten times SES's default quota: a bound, not an expectation. */
const MAX_PAGES = 100;

/** Every email identity of a region, by paging ListEmailIdentities to the end. */
export async function allEmailIdentities(region: string, context: GatewayContext): Promise<EmailIdentityModel[]> {
  const identities: EmailIdentityModel[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const output = await context.ses.read(region, 'ListEmailIdentities', { PageSize: 1000, ...(token !== undefined && { NextToken: token }) });
    for (const summary of output.EmailIdentities ?? []) {
      if (summary.IdentityName) identities.push({ region, name: summary.IdentityName, summary });
    }
    token = output.NextToken;
    if (!token) break;
  }
  return identities;
}

/**
 * The identities whose default configuration set is `configurationSetName`.
 * SES keeps no reverse index, so this reads every identity of the region
 * (through the loaders and the shared cache).
 */
export async function identitiesUsingSet(region: string, configurationSetName: string, context: GatewayContext): Promise<EmailIdentityModel[]> {
  const identities = await allEmailIdentities(region, context);
  const details = await Promise.all(identities.map((identity) => context.loaders.emailIdentity.load(identity)));
  return identities.filter((_identity, index) => details[index]?.ConfigurationSetName === configurationSetName);
}
