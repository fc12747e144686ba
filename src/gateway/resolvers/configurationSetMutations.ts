/**
 * Configuration set mutations: each validates its input (a bad input costs no
 * SES call), runs its service (services/configurationSets.ts) and maps the
 * result to its payload. The payload's configurationSet is only
 * { region, name }, so what the client selects is read back through this
 * request's loaders, which every write clears: a client reads its own writes.
 */
import type { MutationResolvers, Resolvers } from '../generated/resolvers.js';
import { resolveTarget } from '../mutationTargets.js';
import { encodeId } from '../ids.js';
import * as configurationSets from '../services/configurationSets.js';
import {
  validateCloneConfigurationSet,
  validateConfigurationSetName,
  validateCreateConfigurationSet,
  validateUpdateConfigurationSet,
} from '../validation/configurationSets.js';
import { selectedFields } from './selection.js';

const createConfigurationSet: MutationResolvers['createConfigurationSet'] = async (_parent, { input }, context) => {
  const invalid = validateCreateConfigurationSet(input);
  if (invalid.length > 0) return { configurationSet: null, userErrors: invalid };
  const result = await configurationSets.createConfigurationSet(context, { region: context.region(input.region), name: input.name }, input);
  return result.ok ? { configurationSet: result.value, userErrors: [] } : { configurationSet: null, userErrors: [result.error] };
};

const updateConfigurationSet: MutationResolvers['updateConfigurationSet'] = async (_parent, args, context) => {
  const target = resolveTarget('updateConfigurationSet', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateUpdateConfigurationSet(args.input)];
  if (!target.ok || invalid.length > 0) return { configurationSet: null, appliedGroups: [], notAppliedGroups: configurationSets.requestedGroups(args.input), userErrors: invalid };
  const { input } = target;
  const set = { region: context.region(input.region), name: input.name };
  const { appliedGroups, notAppliedGroups, error, setExists } = await configurationSets.updateConfigurationSet(context, set, input);
  return { configurationSet: setExists ? set : null, appliedGroups, notAppliedGroups, userErrors: error ? [error] : [] };
};

const setConfigurationSetSendingEnabled: MutationResolvers['setConfigurationSetSendingEnabled'] = async (_parent, args, context) => {
  const target = resolveTarget('setConfigurationSetSendingEnabled', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateConfigurationSetName(args.input.name)];
  if (!target.ok || invalid.length > 0) return { configurationSet: null, userErrors: invalid };
  const { input } = target;
  const result = await configurationSets.setSendingEnabled(context, { region: context.region(input.region), name: input.name }, input.enabled);
  return result.ok ? { configurationSet: result.value, userErrors: [] } : { configurationSet: null, userErrors: [result.error] };
};

const deleteConfigurationSet: MutationResolvers['deleteConfigurationSet'] = async (_parent, args, context, info) => {
  const target = resolveTarget('deleteConfigurationSet', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateConfigurationSetName(args.input.name)];
  if (!target.ok || invalid.length > 0) return { deletedConfigurationSetId: null, identitiesUsingSet: [], userErrors: invalid };
  const { input } = target;
  const set = { region: context.region(input.region), name: input.name };
  const { identitiesUsingSet, error } = await configurationSets.deleteConfigurationSet(context, set, {
    force: input.force === true,
    listUsers: selectedFields(info).has('identitiesUsingSet'),
  });
  return { deletedConfigurationSetId: error ? null : encodeId('ConfigurationSet', set.region, set.name), identitiesUsingSet, userErrors: error ? [error] : [] };
};

const cloneConfigurationSet: MutationResolvers['cloneConfigurationSet'] = async (_parent, args, context) => {
  const target = resolveTarget('cloneConfigurationSet', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateCloneConfigurationSet(args.input)];
  if (!target.ok || invalid.length > 0) return { configurationSet: null, userErrors: invalid };
  const { input } = target;
  const region = context.region(input.region);
  const { configurationSet, error } = await configurationSets.cloneConfigurationSet(
    context,
    { region, name: input.sourceName },
    { region, name: input.name },
    input.includeTags !== false,
  );
  return { configurationSet, userErrors: error ? [error] : [] };
};

export const configurationSetMutationResolvers: Resolvers = {
  Mutation: { createConfigurationSet, updateConfigurationSet, setConfigurationSetSendingEnabled, deleteConfigurationSet, cloneConfigurationSet },
};
