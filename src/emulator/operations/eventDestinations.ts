import { z } from 'zod';
import { alreadyExists, limitExceeded, notFound } from '../errors.js';
import { defineOperation, type OperationModule } from '../operation.js';
import type { ConfigurationSetRecord, EventDestinationRecord } from '../state.js';
import { enumOf, resourceName } from '../validation.js';
import { getConfigurationSet } from './configurationSets.js';

/** SES's quota of event destinations per configuration set. */
const MAX_EVENT_DESTINATIONS = 10;

const EVENT_TYPES = [
  'SEND',
  'REJECT',
  'BOUNCE',
  'COMPLAINT',
  'DELIVERY',
  'OPEN',
  'CLICK',
  'RENDERING_FAILURE',
  'DELIVERY_DELAY',
  'SUBSCRIPTION',
] as const;

const configurationSetName = resourceName('ConfigurationSetName');
const eventDestinationName = resourceName('EventDestinationName');

/** An ARN string check: `pattern` is matched against the whole ARN; `form` is shown in the message. */
const arn = (what: string, pattern: RegExp, form: string) =>
  z.string({ error: `${what} is required.` }).regex(pattern, `${what} must be ${form}.`);

const PARTITION = 'arn:aws(?:-cn|-us-gov|-iso|-iso-b)?';
const REGION_ACCOUNT = '[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}';
const arnPattern = (body: string) => new RegExp(`^${PARTITION}:${body}$`);

const kinesisFirehoseDestination = z.object({
  IamRoleArn: arn(
    'KinesisFirehoseDestination.IamRoleArn',
    arnPattern('iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}'),
    'the ARN of an IAM role, e.g. arn:aws:iam::123456789012:role/ses-firehose',
  ),
  DeliveryStreamArn: arn(
    'KinesisFirehoseDestination.DeliveryStreamArn',
    arnPattern(`firehose:${REGION_ACCOUNT}:deliverystream/[\\w.-]{1,64}`),
    'the ARN of a Kinesis Data Firehose delivery stream, e.g. arn:aws:firehose:us-east-1:123456789012:deliverystream/ses-events',
  ),
});

/**
 * SES's CloudWatch dimension rules (SES API reference): up to 256 characters;
 * names from ASCII letters, digits, `_`, `-` and `:` (the colon so that SES
 * auto-tags such as ses:configuration-set can be dimensions); default values
 * from ASCII letters, digits, `_`, `-`, `@` and `.`.
 */
const DIMENSION_NAME = /^[A-Za-z0-9_:-]+$/;
const DIMENSION_VALUE = /^[A-Za-z0-9_.@-]+$/;
/** SES refuses these headers as EMAIL_HEADER dimension names (SES developer guide). */
const RESERVED_HEADERS = new Set(['received', 'to', 'from', 'dkim-signature', 'cc', 'message-id', 'return-path']);

const dimensionConfiguration = z
  .object({
    DimensionName: z
      .string({ error: 'DimensionName is required.' })
      .min(1, 'DimensionName must not be empty.')
      .max(256, 'DimensionName must be at most 256 characters.')
      .regex(DIMENSION_NAME, 'DimensionName can contain only ASCII letters, numbers, underscores (_), hyphens (-) and colons (:).'),
    DimensionValueSource: enumOf(['MESSAGE_TAG', 'EMAIL_HEADER', 'LINK_TAG'], 'DimensionValueSource'),
    DefaultDimensionValue: z
      .string({ error: 'DefaultDimensionValue is required.' })
      .min(1, 'DefaultDimensionValue must not be empty.')
      .max(256, 'DefaultDimensionValue must be at most 256 characters.')
      .regex(
        DIMENSION_VALUE,
        'DefaultDimensionValue can contain only ASCII letters, numbers, underscores (_), hyphens (-), at signs (@) and periods (.).',
      ),
  })
  .refine((d) => d.DimensionValueSource !== 'EMAIL_HEADER' || !RESERVED_HEADERS.has(d.DimensionName.toLowerCase()), {
    message: 'DimensionName must not be Received, To, From, DKIM-Signature, CC, Message-ID or Return-Path for an EMAIL_HEADER dimension.',
    path: ['DimensionName'],
  });

const cloudWatchDestination = z.object({
  DimensionConfigurations: z
    .array(dimensionConfiguration, { error: 'CloudWatchDestination.DimensionConfigurations is required.' })
    .min(1, 'CloudWatchDestination.DimensionConfigurations must contain at least one dimension.')
    .refine(
      (dims) => new Set(dims.map((d) => d.DimensionName)).size === dims.length,
      'CloudWatchDestination.DimensionConfigurations must not repeat a DimensionName.',
    ),
});

const snsDestination = z.object({
  TopicArn: arn(
    'SnsDestination.TopicArn',
    arnPattern(`sns:${REGION_ACCOUNT}:[\\w-]{1,256}`),
    'the ARN of a standard (not FIFO) SNS topic, e.g. arn:aws:sns:us-east-1:123456789012:ses-events',
  ),
});

const eventBridgeDestination = z.object({
  EventBusArn: arn(
    'EventBridgeDestination.EventBusArn',
    arnPattern(`events:${REGION_ACCOUNT}:event-bus/default`),
    'the ARN of the default EventBridge bus (the only bus SES supports), e.g. arn:aws:events:us-east-1:123456789012:event-bus/default',
  ),
});

const pinpointDestination = z.object({
  // Optional in the SDK model, but SES cannot publish to a project it is not given.
  ApplicationArn: arn(
    'PinpointDestination.ApplicationArn',
    arnPattern(`mobiletargeting:${REGION_ACCOUNT}:apps/[\\w-]{1,64}`),
    'the ARN of an Amazon Pinpoint project, e.g. arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef',
  ),
});

const DESTINATION_KINDS = [
  'CloudWatchDestination',
  'KinesisFirehoseDestination',
  'SnsDestination',
  'EventBridgeDestination',
  'PinpointDestination',
] as const;

const eventDestinationDefinition = z
  .object(
    {
      Enabled: z.boolean({ error: 'EventDestination.Enabled must be a boolean.' }).optional(),
      MatchingEventTypes: z
        .array(enumOf(EVENT_TYPES, 'MatchingEventTypes'), { error: 'EventDestination.MatchingEventTypes is required.' })
        .min(1, 'EventDestination.MatchingEventTypes must contain at least one event type.')
        .refine((types) => new Set(types).size === types.length, 'EventDestination.MatchingEventTypes must not repeat an event type.'),
      CloudWatchDestination: cloudWatchDestination.optional(),
      KinesisFirehoseDestination: kinesisFirehoseDestination.optional(),
      SnsDestination: snsDestination.optional(),
      EventBridgeDestination: eventBridgeDestination.optional(),
      PinpointDestination: pinpointDestination.optional(),
    },
    { error: 'EventDestination is required.' },
  )
  .refine(
    (definition) => DESTINATION_KINDS.filter((kind) => definition[kind] !== undefined).length === 1,
    `EventDestination must specify exactly one of ${DESTINATION_KINDS.join(', ')}.`,
  );

type EventDestinationInput = z.infer<typeof eventDestinationDefinition>;

function toRecord(name: string, d: EventDestinationInput): EventDestinationRecord {
  return {
    Name: name,
    // The API's default when Enabled is omitted is false (only the console pre-ticks it).
    Enabled: d.Enabled ?? false,
    MatchingEventTypes: d.MatchingEventTypes,
    ...(d.CloudWatchDestination && { CloudWatchDestination: d.CloudWatchDestination }),
    ...(d.KinesisFirehoseDestination && { KinesisFirehoseDestination: d.KinesisFirehoseDestination }),
    ...(d.SnsDestination && { SnsDestination: d.SnsDestination }),
    ...(d.EventBridgeDestination && { EventBridgeDestination: d.EventBridgeDestination }),
    ...(d.PinpointDestination && { PinpointDestination: d.PinpointDestination }),
  };
}

function indexOfDestination(set: ConfigurationSetRecord, name: string): number {
  const index = set.EventDestinations.findIndex((destination) => destination.Name === name);
  if (index < 0) {
    throw notFound(`Event destination ${name} does not exist in configuration set <${set.ConfigurationSetName}>.`);
  }
  return index;
}

/** Create and Update take the same members: SES replaces the whole definition on update. */
const namedDestinationInput = z.object({
  ConfigurationSetName: configurationSetName,
  EventDestinationName: eventDestinationName,
  EventDestination: eventDestinationDefinition,
});

const createConfigurationSetEventDestination = defineOperation({
  name: 'CreateConfigurationSetEventDestination',
  kind: 'write',
  input: namedDestinationInput,
  run(input, state) {
    const set = getConfigurationSet(state, input.ConfigurationSetName);
    const name = input.EventDestinationName;
    if (set.EventDestinations.some((destination) => destination.Name === name)) {
      throw alreadyExists(`Event destination ${name} already exists in configuration set <${set.ConfigurationSetName}>.`);
    }
    if (set.EventDestinations.length >= MAX_EVENT_DESTINATIONS) {
      throw limitExceeded(`A configuration set can have at most ${MAX_EVENT_DESTINATIONS} event destinations.`);
    }
    set.EventDestinations.push(toRecord(name, input.EventDestination));
    return {};
  },
});

const getConfigurationSetEventDestinations = defineOperation({
  name: 'GetConfigurationSetEventDestinations',
  kind: 'read',
  input: z.object({ ConfigurationSetName: configurationSetName }),
  run: (input, state) => ({ EventDestinations: getConfigurationSet(state, input.ConfigurationSetName).EventDestinations }),
});

const updateConfigurationSetEventDestination = defineOperation({
  name: 'UpdateConfigurationSetEventDestination',
  kind: 'write',
  input: namedDestinationInput,
  run(input, state) {
    const set = getConfigurationSet(state, input.ConfigurationSetName);
    const index = indexOfDestination(set, input.EventDestinationName);
    set.EventDestinations[index] = toRecord(input.EventDestinationName, input.EventDestination);
    return {};
  },
});

const deleteConfigurationSetEventDestination = defineOperation({
  name: 'DeleteConfigurationSetEventDestination',
  kind: 'write',
  input: z.object({ ConfigurationSetName: configurationSetName, EventDestinationName: eventDestinationName }),
  run(input, state) {
    const set = getConfigurationSet(state, input.ConfigurationSetName);
    set.EventDestinations.splice(indexOfDestination(set, input.EventDestinationName), 1);
    return {};
  },
});

const path = '/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations';
export const eventDestinations: OperationModule = {
  routes: [
    { method: 'POST', path, operation: 'CreateConfigurationSetEventDestination' },
    { method: 'GET', path, operation: 'GetConfigurationSetEventDestinations' },
    { method: 'PUT', path: `${path}/{EventDestinationName}`, operation: 'UpdateConfigurationSetEventDestination' },
    { method: 'DELETE', path: `${path}/{EventDestinationName}`, operation: 'DeleteConfigurationSetEventDestination' },
  ],
  operations: [
    createConfigurationSetEventDestination,
    getConfigurationSetEventDestinations,
    updateConfigurationSetEventDestination,
    deleteConfigurationSetEventDestination,
  ],
};
