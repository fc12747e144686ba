/**
 * Email identity mutations: each validates its input, runs its service
 * (services/emailIdentities.ts) and maps the result to its payload.
 */
import type { MutationResolvers, Resolvers } from '../generated/resolvers.js';
import { resolveTarget } from '../mutationTargets.js';
import { encodeId } from '../ids.js';
import * as emailIdentities from '../services/emailIdentities.js';
import { validateCreateEmailIdentity, validateDeleteEmailIdentity, validateSetEmailIdentityDefaultConfigurationSet } from '../validation/emailIdentities.js';

const createEmailIdentity: MutationResolvers['createEmailIdentity'] = async (_parent, { input }, context) => {
  const invalid = validateCreateEmailIdentity(input);
  if (invalid.length > 0) return { emailIdentity: null, userErrors: invalid };
  const result = await emailIdentities.createEmailIdentity(context, { region: context.region(input.region), name: input.name }, input);
  return result.ok ? { emailIdentity: result.value, userErrors: [] } : { emailIdentity: null, userErrors: [result.error] };
};

const deleteEmailIdentity: MutationResolvers['deleteEmailIdentity'] = async (_parent, args, context) => {
  const target = resolveTarget('deleteEmailIdentity', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateDeleteEmailIdentity(args.input)];
  if (!target.ok || invalid.length > 0) return { deletedEmailIdentityId: null, userErrors: invalid };
  const { input } = target;
  const result = await emailIdentities.deleteEmailIdentity(context, { region: context.region(input.region), name: input.name });
  if (!result.ok) return { deletedEmailIdentityId: null, userErrors: [result.error] };
  return { deletedEmailIdentityId: encodeId('EmailIdentity', result.value.region, result.value.name), userErrors: [] };
};

const setEmailIdentityDefaultConfigurationSet: MutationResolvers['setEmailIdentityDefaultConfigurationSet'] = async (_parent, args, context) => {
  const target = resolveTarget('setEmailIdentityDefaultConfigurationSet', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateSetEmailIdentityDefaultConfigurationSet(args.input)];
  if (!target.ok || invalid.length > 0) return { emailIdentity: null, userErrors: invalid };
  const { input } = target;
  const identity = { region: context.region(input.region), name: input.name };
  const result = await emailIdentities.setDefaultConfigurationSet(context, identity, input.configurationSetName ?? undefined);
  return result.ok ? { emailIdentity: result.value, userErrors: [] } : { emailIdentity: null, userErrors: [result.error] };
};

export const emailIdentityMutationResolvers: Resolvers = {
  Mutation: { createEmailIdentity, deleteEmailIdentity, setEmailIdentityDefaultConfigurationSet },
};
