import type { GetEmailIdentityCommandOutput } from '@aws-sdk/client-sesv2';
import { sesArn } from '../arns.js';
import { sesConnection } from '../connections.js';
import type { GatewayContext } from '../context.js';
import { badUserInput, notFound } from '../errors.js';
import type { EmailIdentityResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { encodeId } from '../ids.js';
import type { ConfigurationSetModel, EffectiveConfigurationSetModel, EmailIdentityModel } from '../models.js';
import { coveringIdentities } from '../validation/emailIdentities.js';
import { isEmailAddress, isIdentityName } from '../validation/rules.js';
import { validateMetricArguments } from '../validation/vdm.js';
import { prop, sdk } from './fields.js';
import { metricSeries } from './vdm.js';

/** The identity's GetEmailIdentity answer; the identity was seen to exist, so a null here means it was deleted meanwhile. */
async function emailIdentityDetails(identity: EmailIdentityModel, context: GatewayContext): Promise<GetEmailIdentityCommandOutput> {
  const details = await context.loaders.getEmailIdentity.load(identity);
  if (!details) throw notFound(`Email identity ${identity.name} was deleted while this request was running.`);
  return details;
}

/** The configuration set named `name`, or null when it does not exist (any more). */
async function existingSet(region: string, name: string | undefined | null, context: GatewayContext): Promise<ConfigurationSetModel | null> {
  if (!name) return null;
  const set = { region, name };
  return (await context.loaders.getConfigurationSet.load(set)) ? set : null;
}

const emailIdentity: QueryResolvers['emailIdentity'] = async (_parent, { name, region }, context) => {
  const identity = { region: context.region(region), name };
  // A name SES would refuse to create cannot exist: answer null without asking SES.
  if (!isIdentityName(name)) return null;
  return (await context.loaders.getEmailIdentity.load(identity)) ? identity : null;
};

const emailIdentities: QueryResolvers['emailIdentities'] = (_parent, { first, after, filter, region }, context) => {
  const r = context.region(region);
  const sesFilter = {
    ...(filter?.nameContains ? { IDENTITY_NAME_CONTAINS: filter.nameContains } : {}),
    ...(filter?.type ? { IDENTITY_TYPE: filter.type } : {}),
    ...(filter?.verificationStatus ? { VERIFICATION_STATUS: filter.verificationStatus } : {}),
  };
  return sesConnection<EmailIdentityModel>({ first, after }, 1000, async (token, pageSize) => {
    const page = await context.ses.read(r, 'ListEmailIdentities', {
      ...(token !== undefined && { NextToken: token }),
      PageSize: pageSize,
      ...(Object.keys(sesFilter).length > 0 && { Filter: sesFilter }),
    });
    const items = (page.EmailIdentities ?? []).flatMap((summary) => (summary.IdentityName ? [{ region: r, name: summary.IdentityName, summary }] : []));
    return { items, nextToken: page.NextToken };
  });
};

/**
 * SES's rule for the configuration set of mail from an address that names
 * none. Candidates are read closest first (address, domain, parent domains)
 * and the walk stops at the first verified identity with a default, so an
 * address with its own verified default costs one GetEmailIdentity.
 */
async function resolveEffectiveConfigurationSet(region: string, emailAddress: string, context: GatewayContext): Promise<EffectiveConfigurationSetModel> {
  let anyVerified = false;
  for (const candidate of coveringIdentities(emailAddress)) {
    const identity: EmailIdentityModel = { region, name: candidate.name };
    const details = await context.loaders.getEmailIdentity.load(identity);
    if (!details || details.VerificationStatus !== 'SUCCESS') continue;
    anyVerified = true;
    if (!details.ConfigurationSetName) continue;
    const configurationSet = await existingSet(region, details.ConfigurationSetName, context);
    if (!configurationSet) return { configurationSet: null, decidedBy: identity, reason: 'DEFAULT_SET_MISSING' };
    return { configurationSet, decidedBy: identity, reason: candidate.kind === 'ADDRESS' ? 'ADDRESS_DEFAULT' : 'DOMAIN_DEFAULT' };
  }
  return { configurationSet: null, decidedBy: null, reason: anyVerified ? 'NO_DEFAULT' : 'NO_VERIFIED_IDENTITY' };
}

const effectiveConfigurationSet: QueryResolvers['effectiveConfigurationSet'] = (_parent, { emailAddress, region }, context) => {
  const r = context.region(region);
  if (!isEmailAddress(emailAddress)) {
    throw badUserInput('emailAddress: must be an email address such as sender@example.com (a dot-atom local part of at most 64 characters, @, a domain name).', {
      argument: 'emailAddress',
    });
  }
  return resolveEffectiveConfigurationSet(r, emailAddress, context);
};

const metrics: EmailIdentityResolvers['metrics'] = (identity, { metric, start, end, isp }, context) => {
  validateMetricArguments({ start, end, isp });
  const dimensions = { EMAIL_IDENTITY: identity.name, ...(isp !== null && isp !== undefined && { ISP: isp }) };
  return metricSeries(context, { region: identity.region, metric, dimensions, start, end });
};
export const emailIdentityResolvers: Resolvers = {
  Query: { emailIdentity, emailIdentities, effectiveConfigurationSet },
  EmailIdentity: {
    id: (identity) => encodeId('EmailIdentity', identity.region, identity.name),
    name: prop('name'),
    region: prop('region'),
    arn: (identity, _args, context) => sesArn(identity.region, context.accountId, 'identity', identity.name),
    // The list summary answers these three; GetEmailIdentity only when the identity came from elsewhere.
    type: async (identity, _args, context) => identity.summary?.IdentityType ?? (await emailIdentityDetails(identity, context)).IdentityType ?? 'EMAIL_ADDRESS',
    verificationStatus: async (identity, _args, context) =>
      identity.summary?.VerificationStatus ?? (await emailIdentityDetails(identity, context)).VerificationStatus ?? 'NOT_STARTED',
    // GetEmailIdentity has no SendingEnabled: SES lets you send from a verified identity.
    sendingEnabled: async (identity, _args, context) =>
      identity.summary?.SendingEnabled ?? (await emailIdentityDetails(identity, context)).VerifiedForSendingStatus ?? false,
    verifiedForSending: async (identity, _args, context) => (await emailIdentityDetails(identity, context)).VerifiedForSendingStatus ?? false,
    defaultConfigurationSetName: async (identity, _args, context) => (await emailIdentityDetails(identity, context)).ConfigurationSetName ?? null,
    defaultConfigurationSet: async (identity, _args, context) =>
      existingSet(identity.region, (await emailIdentityDetails(identity, context)).ConfigurationSetName, context),
    // DKIM signs a domain's mail; SES reports a placeholder for address identities, shown here as null.
    dkim: async (identity, _args, context) => {
      const details = await emailIdentityDetails(identity, context);
      return details.IdentityType === 'EMAIL_ADDRESS' ? null : (details.DkimAttributes ?? null);
    },
    tags: async (identity, _args, context) => (await emailIdentityDetails(identity, context)).Tags ?? [],
    metrics,
  },
  DkimAttributes: {
    signingEnabled: sdk('SigningEnabled', false),
    status: sdk('Status', null),
    tokens: sdk('Tokens', []),
    signingAttributesOrigin: sdk('SigningAttributesOrigin', null),
  },
  EffectiveConfigurationSet: {
    configurationSet: prop('configurationSet'),
    decidedBy: prop('decidedBy'),
    reason: prop('reason'),
  },
};
