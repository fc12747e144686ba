/**
 * Event destination mutations: each validates its input, runs its service
 * (services/eventDestinations.ts) and maps the result to its payload. The
 * destination is read back only when the payload selects it.
 */
import type { MutationResolvers, Resolvers } from '../generated/resolvers.js';
import { resolveTarget } from '../mutationTargets.js';
import { encodeId } from '../ids.js';
import * as eventDestinations from '../services/eventDestinations.js';
import { validateCreateEventDestination, validateDeleteEventDestination, validateUpdateEventDestination } from '../validation/eventDestinations.js';
import { selectedFields } from './selection.js';

const createEventDestination: MutationResolvers['createEventDestination'] = async (_parent, args, context, info) => {
  const target = resolveTarget('createEventDestination', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateCreateEventDestination(args.input)];
  if (!target.ok || invalid.length > 0) return { eventDestination: null, userErrors: invalid };
  const { input } = target;
  const key = { region: context.region(input.region), configurationSetName: input.configurationSetName, name: input.name };
  const result = await eventDestinations.createEventDestination(context, key, input, { readBack: selectedFields(info).has('eventDestination') });
  return result.ok ? { eventDestination: result.value, userErrors: [] } : { eventDestination: null, userErrors: [result.error] };
};

const updateEventDestination: MutationResolvers['updateEventDestination'] = async (_parent, args, context, info) => {
  const target = resolveTarget('updateEventDestination', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateUpdateEventDestination(args.input)];
  if (!target.ok || invalid.length > 0) return { eventDestination: null, userErrors: invalid };
  const { input } = target;
  const key = { region: context.region(input.region), configurationSetName: input.configurationSetName, name: input.name };
  const result = await eventDestinations.updateEventDestination(context, key, input, { readBack: selectedFields(info).has('eventDestination') });
  return result.ok ? { eventDestination: result.value, userErrors: [] } : { eventDestination: null, userErrors: [result.error] };
};

const deleteEventDestination: MutationResolvers['deleteEventDestination'] = async (_parent, args, context) => {
  const target = resolveTarget('deleteEventDestination', args.input, context.ses);
  const invalid = [...(target.ok ? [] : target.errors), ...validateDeleteEventDestination(args.input)];
  if (!target.ok || invalid.length > 0) return { deletedEventDestinationId: null, userErrors: invalid };
  const { input } = target;
  const key = { region: context.region(input.region), configurationSetName: input.configurationSetName, name: input.name };
  const result = await eventDestinations.deleteEventDestination(context, key);
  if (!result.ok) return { deletedEventDestinationId: null, userErrors: [result.error] };
  return { deletedEventDestinationId: encodeId('EventDestination', key.region, key.configurationSetName, key.name), userErrors: [] };
};

export const eventDestinationMutationResolvers: Resolvers = {
  Mutation: { createEventDestination, updateEventDestination, deleteEventDestination },
};
