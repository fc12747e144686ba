/**
 * VDM mutations: the account's VDM attributes and a configuration set's own
 * VDM options. Each is one SES write.
 */
import type { MutationResolvers, Resolvers } from '../generated/resolvers.js';
import { resolveTarget } from '../mutationTargets.js';
import { attempt } from '../services/result.js';
import { toSdkVdmAttributes, toSdkVdmOptions } from '../services/toSdk.js';
import { validateSetConfigurationSetVdmOptions } from '../validation/vdm.js';

const updateAccountVdmAttributes: MutationResolvers['updateAccountVdmAttributes'] = async (_parent, { input }, context) => {
  const region = context.region(input.region);
  // A PUT: groups left out are cleared at SES, not kept.
  const written = await attempt(() => context.write(region, 'PutAccountVdmAttributes', { VdmAttributes: toSdkVdmAttributes(input) }));
  return written.ok ? { account: { region }, userErrors: [] } : { account: null, userErrors: [written.error] };
};

const setConfigurationSetVdmOptions: MutationResolvers['setConfigurationSetVdmOptions'] = async (_parent, args, context) => {
  const target = resolveTarget('setConfigurationSetVdmOptions', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateSetConfigurationSetVdmOptions(args.input)];
  if (!target.ok || invalid.length > 0) return { configurationSet: null, userErrors: invalid };
  const { input } = target;
  const region = context.region(input.region);
  // Options that set nothing are a clear: the set then follows the account, as with null.
  const options = input.vdmOptions ? toSdkVdmOptions(input.vdmOptions) : {};
  const written = await attempt(
    () => context.write(region, 'PutConfigurationSetVdmOptions', { ConfigurationSetName: input.name, ...(Object.keys(options).length > 0 && { VdmOptions: options }) }),
    {
      NOT_FOUND: { field: ['name'], message: `name: configuration set "${input.name}" does not exist in ${region}.` },
      INVALID_INPUT: { field: ['name'] },
    },
  );
  return written.ok ? { configurationSet: { region, name: input.name }, userErrors: [] } : { configurationSet: null, userErrors: [written.error] };
};

export const vdmMutationResolvers: Resolvers = {
  Mutation: { updateAccountVdmAttributes, setConfigurationSetVdmOptions },
};
