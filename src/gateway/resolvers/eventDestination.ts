import type { EventDestination as SesEventDestination, EventDestinationDefinition } from '@aws-sdk/client-sesv2';
import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../context.js';
import { fault, isNotFound, userError } from '../errors.js';
import type { EventDestinationTargetInput, MutationResolvers, Resolvers, UserError } from '../generated/resolvers.js';
import { encodeId } from '../ids.js';
import type { EventDestinationModel } from '../models.js';
import {
  MAX_EVENT_DESTINATIONS,
  validateCreateEventDestination,
  validateDeleteEventDestination,
  validateUpdateEventDestination,
} from '../validation/eventDestinations.js';
import { sdk } from './fields.js';
import { attempt } from './payload.js';
import { selectedFields } from './selection.js';

type Target = Pick<EventDestinationDefinition, 'CloudWatchDestination' | 'KinesisFirehoseDestination' | 'SnsDestination' | 'EventBridgeDestination' | 'PinpointDestination'>;

/** The input's destination kind, as SES names it. */
function toSesTarget(destination: EventDestinationTargetInput): Target {
  const { cloudWatch, kinesisFirehose, sns, eventBridge, pinpoint } = destination;
  return {
    ...(cloudWatch && {
      CloudWatchDestination: {
        DimensionConfigurations: cloudWatch.dimensionConfigurations.map((d) => ({
          DimensionName: d.dimensionName,
          DimensionValueSource: d.dimensionValueSource,
          DefaultDimensionValue: d.defaultDimensionValue,
        })),
      },
    }),
    ...(kinesisFirehose && { KinesisFirehoseDestination: { IamRoleArn: kinesisFirehose.iamRoleArn, DeliveryStreamArn: kinesisFirehose.deliveryStreamArn } }),
    ...(sns && { SnsDestination: { TopicArn: sns.topicArn } }),
    ...(eventBridge && { EventBridgeDestination: { EventBusArn: eventBridge.eventBusArn } }),
    ...(pinpoint && { PinpointDestination: { ApplicationArn: pinpoint.applicationArn } }),
  };
}

/** The destination kind SES stored, to send back unchanged in an update. */
function currentTarget(destination: SesEventDestination): Target {
  const { CloudWatchDestination, KinesisFirehoseDestination, SnsDestination, EventBridgeDestination, PinpointDestination } = destination;
  return {
    ...(CloudWatchDestination && { CloudWatchDestination }),
    ...(KinesisFirehoseDestination && { KinesisFirehoseDestination }),
    ...(SnsDestination && { SnsDestination }),
    ...(EventBridgeDestination && { EventBridgeDestination }),
    ...(PinpointDestination && { PinpointDestination }),
  };
}

interface DestinationKey {
  region: string;
  configurationSetName: string;
  name: string;
}

/** The destination as the gateway reads it through this request's loaders (cleared after each write), or null. */
async function readDestination({ region, configurationSetName, name }: DestinationKey, context: GatewayContext): Promise<EventDestinationModel | null> {
  const destinations = await context.loaders.getConfigurationSetEventDestinations.load({ region, name: configurationSetName });
  const destination = destinations?.find((d) => d.Name === name);
  return destination ? { region, configurationSetName, destination } : null;
}

/** Reads back the payload's destination only when the client selected it. */
async function readBackIfSelected(key: DestinationKey, context: GatewayContext, info: GraphQLResolveInfo): Promise<EventDestinationModel | null> {
  return selectedFields(info).has('eventDestination') ? readDestination(key, context) : null;
}

const notFoundMessages = ({ region, configurationSetName, name }: DestinationKey) => ({
  set: `configurationSetName: no configuration set "${configurationSetName}" exists in ${region}.`,
  destination: `name: configuration set "${configurationSetName}" has no event destination "${name}".`,
});

/**
 * SES answers NotFound both for a missing set and for a missing destination;
 * one read (only on this failure path) tells which, so the userError names the right field.
 */
async function notFound(key: DestinationKey, context: GatewayContext): Promise<UserError> {
  const messages = notFoundMessages(key);
  const destinations = await context.loaders.getConfigurationSetEventDestinations.load({ region: key.region, name: key.configurationSetName });
  return destinations === null
    ? { code: 'NOT_FOUND', field: ['configurationSetName'], message: messages.set }
    : { code: 'NOT_FOUND', field: ['name'], message: messages.destination };
}


const createEventDestination: MutationResolvers['createEventDestination'] = async (_parent, { input }, context, info) => {
  const region = context.region(input.region);
  const errors = validateCreateEventDestination(input);
  if (!errors.ok) return { eventDestination: null, userErrors: errors.errors };
  const key = { region, configurationSetName: input.configurationSetName, name: input.name };
  const result = await attempt(
    () =>
      context.write(region, 'CreateConfigurationSetEventDestination', {
        ConfigurationSetName: input.configurationSetName,
        EventDestinationName: input.name,
        EventDestination: {
          // SES's own default is false; the schema's is true.
          Enabled: input.enabled ?? true,
          MatchingEventTypes: input.matchingEventTypes,
          ...toSesTarget(input.destination),
        },
      }),
    {
      fields: { NOT_FOUND: ['configurationSetName'], ALREADY_EXISTS: ['name'] },
      messages: {
        NOT_FOUND: notFoundMessages(key).set,
        ALREADY_EXISTS: `name: configuration set "${input.configurationSetName}" already has an event destination "${input.name}".`,
        LIMIT_EXCEEDED: `configuration set "${input.configurationSetName}" already has ${MAX_EVENT_DESTINATIONS} event destinations, the most SES allows; delete one first.`,
      },
    },
  );
  if (!result.ok) return { eventDestination: null, userErrors: [result.error] };
  return { eventDestination: await readBackIfSelected(key, context, info), userErrors: [] };
};

const updateEventDestination: MutationResolvers['updateEventDestination'] = async (_parent, { input }, context, info) => {
  const region = context.region(input.region);
  const errors = validateUpdateEventDestination(input);
  if (!errors.ok) return { eventDestination: null, userErrors: errors.errors };
  const key = { region, configurationSetName: input.configurationSetName, name: input.name };
  // SES replaces the whole definition: merge onto the current one, read fresh
  // inside the region's write slot so a concurrent update cannot be lost.
  let missing: 'configurationSetName' | 'name' | undefined;
  const result = await attempt(() =>
    context.readModifyWrite(region, 'UpdateConfigurationSetEventDestination', async (readFresh) => {
      let destinations: SesEventDestination[];
      try {
        destinations = (await readFresh('GetConfigurationSetEventDestinations', { ConfigurationSetName: input.configurationSetName })).EventDestinations ?? [];
      } catch (error) {
        if (!isNotFound(error)) throw error;
        missing = 'configurationSetName';
        return undefined;
      }
      const current = destinations.find((destination) => destination.Name === input.name);
      if (!current) {
        missing = 'name';
        return undefined;
      }
      return {
        result: true,
        input: {
          ConfigurationSetName: input.configurationSetName,
          EventDestinationName: input.name,
          EventDestination: {
            Enabled: input.enabled ?? current.Enabled ?? false,
            MatchingEventTypes: input.matchingEventTypes ?? current.MatchingEventTypes ?? [],
            ...(input.destination ? toSesTarget(input.destination) : currentTarget(current)),
          },
        },
      };
    }),
  );
  if (missing) {
    const messages = notFoundMessages(key);
    return { eventDestination: null, userErrors: [userError('NOT_FOUND', missing === 'name' ? messages.destination : messages.set, [missing])] };
  }
  if (!result.ok) {
    if (result.error.code === 'NOT_FOUND') return { eventDestination: null, userErrors: [await notFound(key, context)] };
    return { eventDestination: null, userErrors: [result.error] };
  }
  return { eventDestination: await readBackIfSelected(key, context, info), userErrors: [] };
};

const deleteEventDestination: MutationResolvers['deleteEventDestination'] = async (_parent, { input }, context) => {
  const region = context.region(input.region);
  const errors = validateDeleteEventDestination(input);
  if (!errors.ok) return { deletedEventDestinationId: null, userErrors: errors.errors };
  const key = { region, configurationSetName: input.configurationSetName, name: input.name };
  const result = await attempt(() =>
    context.write(region, 'DeleteConfigurationSetEventDestination', { ConfigurationSetName: input.configurationSetName, EventDestinationName: input.name }),
  );
  if (!result.ok) {
    if (result.error.code === 'NOT_FOUND') return { deletedEventDestinationId: null, userErrors: [await notFound(key, context)] };
    return { deletedEventDestinationId: null, userErrors: [result.error] };
  }
  return { deletedEventDestinationId: encodeId('EventDestination', region, input.configurationSetName, input.name), userErrors: [] };
};

export const eventDestinationResolvers: Resolvers = {
  Mutation: { createEventDestination, updateEventDestination, deleteEventDestination },
  EventDestination: {
    id: (d) => encodeId('EventDestination', d.region, d.configurationSetName, d.destination.Name ?? ''),
    name: (d) => d.destination.Name ?? '',
    configurationSet: (d) => ({ region: d.region, name: d.configurationSetName }),
    enabled: (d) => d.destination.Enabled ?? false,
    matchingEventTypes: (d) => d.destination.MatchingEventTypes ?? [],
    destination: (d) => {
      const { CloudWatchDestination, KinesisFirehoseDestination, SnsDestination, EventBridgeDestination, PinpointDestination } = d.destination;
      const target = CloudWatchDestination ?? KinesisFirehoseDestination ?? SnsDestination ?? EventBridgeDestination ?? PinpointDestination;
      // SES always stores exactly one kind; none means an answer this gateway does not understand.
      if (!target) throw fault('INTERNAL_SERVER_ERROR');
      return target;
    },
  },
  EventDestinationTarget: {
    __resolveType: (target) => {
      if ('DimensionConfigurations' in target) return 'CloudWatchDestination';
      if ('DeliveryStreamArn' in target) return 'KinesisFirehoseDestination';
      if ('TopicArn' in target) return 'SnsDestination';
      if ('EventBusArn' in target) return 'EventBridgeDestination';
      if ('ApplicationArn' in target) return 'PinpointDestination';
      throw fault('INTERNAL_SERVER_ERROR');
    },
  },
  CloudWatchDestination: {
    dimensionConfigurations: sdk('DimensionConfigurations', []),
  },
  CloudWatchDimensionConfiguration: {
    dimensionName: sdk('DimensionName', ''),
    dimensionValueSource: sdk('DimensionValueSource', 'MESSAGE_TAG'),
    defaultDimensionValue: sdk('DefaultDimensionValue', ''),
  },
  KinesisFirehoseDestination: {
    iamRoleArn: sdk('IamRoleArn', ''),
    deliveryStreamArn: sdk('DeliveryStreamArn', ''),
  },
  SnsDestination: { topicArn: sdk('TopicArn', '') },
  EventBridgeDestination: { eventBusArn: sdk('EventBusArn', '') },
  PinpointDestination: { applicationArn: sdk('ApplicationArn', '') },
};
