import { fault } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { encodeId } from '../ids.js';

export const eventDestinationResolvers: Resolvers = {
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
    dimensionConfigurations: (destination) => destination.DimensionConfigurations ?? [],
  },
  CloudWatchDimensionConfiguration: {
    dimensionName: (d) => d.DimensionName ?? '',
    dimensionValueSource: (d) => d.DimensionValueSource ?? 'MESSAGE_TAG',
    defaultDimensionValue: (d) => d.DefaultDimensionValue ?? '',
  },
  KinesisFirehoseDestination: {
    iamRoleArn: (d) => d.IamRoleArn ?? '',
    deliveryStreamArn: (d) => d.DeliveryStreamArn ?? '',
  },
  SnsDestination: { topicArn: (d) => d.TopicArn ?? '' },
  EventBridgeDestination: { eventBusArn: (d) => d.EventBusArn ?? '' },
  PinpointDestination: { applicationArn: (d) => d.ApplicationArn ?? '' },
};
