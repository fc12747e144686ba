import { fault } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { encodeId } from '../ids.js';
import { sdk } from './fields.js';

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
