/**
 * SES's rules for event destinations, checked before any SES call. They
 * mirror CreateConfigurationSetEventDestination and
 * UpdateConfigurationSetEventDestination (see the emulator's
 * operations/eventDestinations.ts): names, at least one event type and none
 * twice, CloudWatch dimension rules and the ARN shape of each kind. "Exactly
 * one destination kind" is the schema's: EventDestinationTargetInput is
 * `@oneOf`, so graphql-js refuses none, two or a null kind before any resolver.
 */
import type {
  CloudWatchDestinationInput,
  CreateEventDestinationInput,
  DeleteEventDestinationInput,
  EventDestinationTargetInput,
  EventType,
  UpdateEventDestinationInput,
  UserError,
} from '../generated/resolvers.js';
import { InputErrors } from './rules.js';

type Path = (string | number)[];

/** SES's quota of event destinations per configuration set. */
export const MAX_EVENT_DESTINATIONS = 10;

const PARTITION = 'arn:aws(?:-cn|-us-gov|-iso|-iso-b)?';
const REGION_ACCOUNT = '[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}';
const arnPattern = (body: string) => new RegExp(`^${PARTITION}:${body}$`);

const IAM_ROLE_ARN = arnPattern('iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}');
const DELIVERY_STREAM_ARN = arnPattern(`firehose:${REGION_ACCOUNT}:deliverystream/[\\w.-]{1,64}`);
const SNS_TOPIC_ARN = arnPattern(`sns:${REGION_ACCOUNT}:[\\w-]{1,256}`);
const EVENT_BUS_ARN = arnPattern(`events:${REGION_ACCOUNT}:event-bus/default`);
const PINPOINT_APP_ARN = arnPattern(`mobiletargeting:${REGION_ACCOUNT}:apps/[\\w-]{1,64}`);

/** CloudWatch dimensions: names of ASCII letters, digits, `_`, `-` and `:`; default values of letters, digits, `_`, `-`, `@` and `.`. */
const DIMENSION_NAME = /^[A-Za-z0-9_:-]+$/;
const DIMENSION_VALUE = /^[A-Za-z0-9_.@-]+$/;
/** Headers SES refuses as EMAIL_HEADER dimension names. */
const RESERVED_HEADERS = new Set(['received', 'to', 'from', 'dkim-signature', 'cc', 'message-id', 'return-path']);

function matchingEventTypes(errors: InputErrors, types: readonly EventType[], field: Path): void {
  if (!errors.check(types.length > 0, field, 'must contain at least one event type.')) return;
  const seen = new Set<EventType>();
  types.forEach((type, index) => {
    errors.check(!seen.has(type), [...field, index], `repeats the event type ${type}; each event type may appear once.`);
    seen.add(type);
  });
}

function cloudWatch(errors: InputErrors, destination: CloudWatchDestinationInput, field: Path): void {
  const dimensions = destination.dimensionConfigurations;
  const at = [...field, 'dimensionConfigurations'];
  if (!errors.check(dimensions.length > 0, at, 'must contain at least one dimension.')) return;
  const seen = new Set<string>();
  dimensions.forEach(({ dimensionName, dimensionValueSource, defaultDimensionValue }, index) => {
    const name = [...at, index, 'dimensionName'];
    if (errors.check(dimensionName.length >= 1 && dimensionName.length <= 256, name, 'must be 1 to 256 characters.')) {
      errors.check(DIMENSION_NAME.test(dimensionName), name, 'may contain only ASCII letters, digits, underscores (_), hyphens (-) and colons (:).');
      errors.check(
        dimensionValueSource !== 'EMAIL_HEADER' || !RESERVED_HEADERS.has(dimensionName.toLowerCase()),
        name,
        'must not be Received, To, From, DKIM-Signature, CC, Message-ID or Return-Path for an EMAIL_HEADER dimension.',
      );
      errors.check(!seen.has(dimensionName), name, `repeats the dimension "${dimensionName}"; dimension names must be unique.`);
    }
    seen.add(dimensionName);
    const value = [...at, index, 'defaultDimensionValue'];
    if (errors.check(defaultDimensionValue.length >= 1 && defaultDimensionValue.length <= 256, value, 'must be 1 to 256 characters.')) {
      errors.check(DIMENSION_VALUE.test(defaultDimensionValue), value, 'may contain only ASCII letters, digits, underscores (_), hyphens (-), at signs (@) and periods (.).');
    }
  });
}

/** The rules of the one kind set (graphql-js has already refused any other count: `@oneOf`). */
function target(errors: InputErrors, destination: EventDestinationTargetInput, field: Path = ['destination']): void {
  const { cloudWatch: cw, kinesisFirehose, sns, eventBridge, pinpoint } = destination;
  if (cw) cloudWatch(errors, cw, [...field, 'cloudWatch']);
  if (kinesisFirehose) {
    errors.check(IAM_ROLE_ARN.test(kinesisFirehose.iamRoleArn), [...field, 'kinesisFirehose', 'iamRoleArn'], 'must be the ARN of an IAM role, e.g. arn:aws:iam::123456789012:role/ses-firehose.');
    errors.check(
      DELIVERY_STREAM_ARN.test(kinesisFirehose.deliveryStreamArn),
      [...field, 'kinesisFirehose', 'deliveryStreamArn'],
      'must be the ARN of a Firehose delivery stream, e.g. arn:aws:firehose:us-east-1:123456789012:deliverystream/ses-events.',
    );
  }
  if (sns) {
    errors.check(SNS_TOPIC_ARN.test(sns.topicArn), [...field, 'sns', 'topicArn'], 'must be the ARN of a standard (not FIFO) SNS topic, e.g. arn:aws:sns:us-east-1:123456789012:ses-events.');
  }
  if (eventBridge) {
    errors.check(
      EVENT_BUS_ARN.test(eventBridge.eventBusArn),
      [...field, 'eventBridge', 'eventBusArn'],
      'must be the ARN of the default event bus (the only bus SES supports), e.g. arn:aws:events:us-east-1:123456789012:event-bus/default.',
    );
  }
  if (pinpoint) {
    errors.check(
      PINPOINT_APP_ARN.test(pinpoint.applicationArn),
      [...field, 'pinpoint', 'applicationArn'],
      'must be the ARN of an Amazon Pinpoint project, e.g. arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef.',
    );
  }
}

/** The names when given: names that come from an id were checked by resolveTarget (mutationTargets.ts). */
function names(errors: InputErrors, input: { configurationSetName?: string | null; name?: string | null }): void {
  if (input.configurationSetName != null) errors.resourceName(input.configurationSetName, ['configurationSetName']);
  if (input.name != null) errors.resourceName(input.name, ['name']);
}

export function validateCreateEventDestination(input: CreateEventDestinationInput): UserError[] {
  const errors = new InputErrors();
  names(errors, input);
  matchingEventTypes(errors, input.matchingEventTypes, ['matchingEventTypes']);
  target(errors, input.destination);
  return errors.errors;
}

/** An update checks only what it changes; what it leaves out was valid when SES stored it. */
export function validateUpdateEventDestination(input: UpdateEventDestinationInput): UserError[] {
  const errors = new InputErrors();
  names(errors, input);
  if (input.matchingEventTypes) matchingEventTypes(errors, input.matchingEventTypes, ['matchingEventTypes']);
  if (input.destination) target(errors, input.destination);
  return errors.errors;
}

export function validateDeleteEventDestination(input: DeleteEventDestinationInput): UserError[] {
  const errors = new InputErrors();
  names(errors, input);
  return errors.errors;
}
