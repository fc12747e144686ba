import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  DeleteConfigurationSetCommand,
  DeleteConfigurationSetEventDestinationCommand,
  GetConfigurationSetEventDestinationsCommand,
  UpdateConfigurationSetEventDestinationCommand,
  type EventDestinationDefinition,
} from '@aws-sdk/client-sesv2';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf, useSharedEmulator } from '../support/emulator.js';

const env = useSharedEmulator();
beforeEach(async () => {
  await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'events' }));
});

const SET = 'events';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:ses-events';
const ROLE = 'arn:aws:iam::123456789012:role/service-role/ses-firehose';
const STREAM = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/ses-events';
const BUS = 'arn:aws:events:us-east-1:123456789012:event-bus/default';
const APP = 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef';

const sns: EventDestinationDefinition = { Enabled: true, MatchingEventTypes: ['BOUNCE', 'COMPLAINT'], SnsDestination: { TopicArn: TOPIC } };

const create = (name: string, definition: EventDestinationDefinition, set = SET) =>
  env.ses.send(new CreateConfigurationSetEventDestinationCommand({ ConfigurationSetName: set, EventDestinationName: name, EventDestination: definition }));
const list = async (set = SET) =>
  (await env.ses.send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: set }))).EventDestinations;

describe('CreateConfigurationSetEventDestination', () => {
  it.each<[string, EventDestinationDefinition]>([
    [
      'CloudWatchDestination',
      {
        Enabled: true,
        MatchingEventTypes: ['SEND', 'DELIVERY'],
        CloudWatchDestination: {
          DimensionConfigurations: [
            { DimensionName: 'campaign', DimensionValueSource: 'MESSAGE_TAG', DefaultDimensionValue: 'none' },
            { DimensionName: 'X-Mailer', DimensionValueSource: 'EMAIL_HEADER', DefaultDimensionValue: 'app.example.com' },
            { DimensionName: 'link', DimensionValueSource: 'LINK_TAG', DefaultDimensionValue: 'ops@example.com' },
          ],
        },
      },
    ],
    ['KinesisFirehoseDestination', { Enabled: true, MatchingEventTypes: ['OPEN'], KinesisFirehoseDestination: { IamRoleArn: ROLE, DeliveryStreamArn: STREAM } }],
    ['SnsDestination', sns],
    ['EventBridgeDestination', { Enabled: false, MatchingEventTypes: ['CLICK'], EventBridgeDestination: { EventBusArn: BUS } }],
    ['PinpointDestination', { Enabled: true, MatchingEventTypes: ['REJECT'], PinpointDestination: { ApplicationArn: APP } }],
  ])('stores a %s that GetConfigurationSetEventDestinations returns unchanged', async (_kind, definition) => {
    await create('dest', definition);
    expect(await list()).toEqual([{ Name: 'dest', ...definition }]);
  });

  it('accepts all ten event types in one destination', async () => {
    const all = ['SEND', 'REJECT', 'BOUNCE', 'COMPLAINT', 'DELIVERY', 'OPEN', 'CLICK', 'RENDERING_FAILURE', 'DELIVERY_DELAY', 'SUBSCRIPTION'] as const;
    await create('everything', { ...sns, MatchingEventTypes: [...all] });
    expect((await list())?.[0]?.MatchingEventTypes).toEqual(all);
  });

  it('leaves a destination disabled when Enabled is omitted', async () => {
    await create('quiet', { MatchingEventTypes: ['SEND'], SnsDestination: { TopicArn: TOPIC } });
    expect((await list())?.[0]?.Enabled).toBe(false);
  });

  it('accepts auto-tag dimension names, 256-character dimensions and ARNs of other partitions', async () => {
    const definition: EventDestinationDefinition = {
      Enabled: true,
      MatchingEventTypes: ['SEND'],
      CloudWatchDestination: {
        DimensionConfigurations: [
          { DimensionName: 'ses:configuration-set', DimensionValueSource: 'MESSAGE_TAG', DefaultDimensionValue: 'events' },
          { DimensionName: 'n'.repeat(256), DimensionValueSource: 'MESSAGE_TAG', DefaultDimensionValue: 'v'.repeat(256) },
        ],
      },
    };
    await create('cw', definition);
    await create('cn', { ...sns, SnsDestination: { TopicArn: 'arn:aws-cn:sns:cn-north-1:123456789012:events' } });
    expect((await list())?.map((d) => d.Name)).toEqual(['cw', 'cn']);
  });

  it('answers GetConfigurationSetEventDestinations for a fresh set with an empty list', async () => {
    expect(await list()).toEqual([]);
  });

  it('rejects a duplicate name within the set with AlreadyExistsException', async () => {
    await create('dup', sns);
    const error = await rejectionOf(create('dup', { ...sns, Enabled: false }));
    expect(error.name).toBe('AlreadyExistsException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(await list()).toEqual([{ Name: 'dup', ...sns }]);
  });

  it('allows the same destination name in two different sets', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'other' }));
    await create('shared', sns);
    await create('shared', sns, 'other');
    expect(await list('other')).toEqual([{ Name: 'shared', ...sns }]);
  });

  it('answers NotFoundException with HTTP 404 for a missing configuration set', async () => {
    const error = await rejectionOf(create('dest', sns, 'missing'));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('rejects an eleventh destination with LimitExceededException', async () => {
    for (let i = 0; i < 10; i += 1) await create(`dest-${i}`, sns);
    const error = await rejectionOf(create('dest-10', sns));
    expect(error.name).toBe('LimitExceededException');
    expect(await list()).toHaveLength(10);
  });

  const dims = (...configs: { DimensionName: string; DimensionValueSource: string; DefaultDimensionValue: string }[]) =>
    ({ Enabled: true, MatchingEventTypes: ['SEND'], CloudWatchDestination: { DimensionConfigurations: configs } }) as EventDestinationDefinition;
  const dim = (DimensionName: string, DefaultDimensionValue = 'v', DimensionValueSource = 'MESSAGE_TAG') => ({
    DimensionName,
    DimensionValueSource,
    DefaultDimensionValue,
  });
  const bad: [string, string, EventDestinationDefinition | undefined, string][] = [
    ['a name with a space', 'has space', sns, 'EventDestinationName'],
    ['a 65-character name', 'x'.repeat(65), sns, 'EventDestinationName'],
    ['no EventDestination', 'dest', undefined, 'EventDestination is required'],
    ['no destination kind', 'dest', { Enabled: true, MatchingEventTypes: ['SEND'] }, 'exactly one'],
    ['two destination kinds', 'dest', { ...sns, EventBridgeDestination: { EventBusArn: BUS } }, 'exactly one'],
    ['no MatchingEventTypes', 'dest', { SnsDestination: { TopicArn: TOPIC } }, 'MatchingEventTypes'],
    ['empty MatchingEventTypes', 'dest', { ...sns, MatchingEventTypes: [] }, 'at least one event type'],
    ['an unknown event type', 'dest', { ...sns, MatchingEventTypes: ['SEND', 'READ' as never] }, 'MatchingEventTypes'],
    ['a repeated event type', 'dest', { ...sns, MatchingEventTypes: ['SEND', 'SEND'] }, 'repeat an event type'],
    ['no dimensions', 'dest', dims(), 'DimensionConfigurations'],
    ['a dimension name with a period', 'dest', dims(dim('a.b')), 'DimensionName'],
    ['a 257-character dimension name', 'dest', dims(dim('n'.repeat(257))), 'DimensionName'],
    ['a default value with a space', 'dest', dims(dim('name', 'a b')), 'DefaultDimensionValue'],
    ['an empty default value', 'dest', dims(dim('name', '')), 'DefaultDimensionValue'],
    ['a 257-character default value', 'dest', dims(dim('name', 'v'.repeat(257))), 'DefaultDimensionValue'],
    ['an unknown DimensionValueSource', 'dest', dims(dim('name', 'v', 'BODY')), 'DimensionValueSource'],
    ['a repeated dimension name', 'dest', dims(dim('name'), dim('name', 'w', 'LINK_TAG')), 'repeat a DimensionName'],
    ['a reserved header as EMAIL_HEADER dimension', 'dest', dims(dim('From', 'v', 'EMAIL_HEADER')), 'EMAIL_HEADER dimension'],
    ['an IamRoleArn of another service', 'dest', { ...sns, SnsDestination: undefined, KinesisFirehoseDestination: { IamRoleArn: TOPIC, DeliveryStreamArn: STREAM } }, 'IamRoleArn'],
    ['a DeliveryStreamArn of an IAM role', 'dest', { ...sns, SnsDestination: undefined, KinesisFirehoseDestination: { IamRoleArn: ROLE, DeliveryStreamArn: ROLE } }, 'DeliveryStreamArn'],
    ['a TopicArn of a Firehose stream', 'dest', { ...sns, SnsDestination: { TopicArn: STREAM } }, 'TopicArn'],
    ['a FIFO TopicArn', 'dest', { ...sns, SnsDestination: { TopicArn: `${TOPIC}.fifo` } }, 'TopicArn'],
    ['a TopicArn that is no ARN', 'dest', { ...sns, SnsDestination: { TopicArn: 'ses-events' } }, 'TopicArn'],
    ['a custom event bus', 'dest', { ...sns, SnsDestination: undefined, EventBridgeDestination: { EventBusArn: BUS.replace('default', 'mine') } }, 'EventBusArn'],
    ['an ApplicationArn of another service', 'dest', { ...sns, SnsDestination: undefined, PinpointDestination: { ApplicationArn: TOPIC } }, 'ApplicationArn'],
    ['a PinpointDestination without ApplicationArn', 'dest', { ...sns, SnsDestination: undefined, PinpointDestination: {} }, 'ApplicationArn'],
  ];
  it.each(bad)('rejects %s with BadRequestException naming the member', async (_what, name, definition, member) => {
    const error = await rejectionOf(
      env.ses.send(new CreateConfigurationSetEventDestinationCommand({ ConfigurationSetName: SET, EventDestinationName: name, EventDestination: definition })),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.message).toContain(member);
    expect(await list()).toEqual([]);
  });
});

describe('GetConfigurationSetEventDestinations', () => {
  it('lists every destination of the set in creation order', async () => {
    await create('first', sns);
    await create('second', { Enabled: true, MatchingEventTypes: ['CLICK'], EventBridgeDestination: { EventBusArn: BUS } });
    expect((await list())?.map((d) => d.Name)).toEqual(['first', 'second']);
  });

  it('answers NotFoundException with HTTP 404 for a missing configuration set', async () => {
    const error = await rejectionOf(list('missing'));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });
});

describe('UpdateConfigurationSetEventDestination', () => {
  const update = (name: string, definition: EventDestinationDefinition, set = SET) =>
    env.ses.send(new UpdateConfigurationSetEventDestinationCommand({ ConfigurationSetName: set, EventDestinationName: name, EventDestination: definition }));

  it('replaces the whole definition and keeps the name and position', async () => {
    await create('a', sns);
    await create('b', sns);
    const replacement: EventDestinationDefinition = {
      MatchingEventTypes: ['DELIVERY_DELAY'],
      KinesisFirehoseDestination: { IamRoleArn: ROLE, DeliveryStreamArn: STREAM },
    };
    await update('a', replacement);
    expect(await list()).toEqual([
      { Name: 'a', Enabled: false, ...replacement },
      { Name: 'b', ...sns },
    ]);
  });

  it('rejects an invalid definition with BadRequestException and keeps the old one', async () => {
    await create('a', sns);
    const error = await rejectionOf(update('a', { ...sns, CloudWatchDestination: { DimensionConfigurations: [] } }));
    expect(error.name).toBe('BadRequestException');
    expect(await list()).toEqual([{ Name: 'a', ...sns }]);
  });

  it('answers NotFoundException for a missing destination', async () => {
    const error = await rejectionOf(update('missing', sns));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('answers NotFoundException for a missing configuration set', async () => {
    const error = await rejectionOf(update('a', sns, 'missing'));
    expect(error.name).toBe('NotFoundException');
  });
});

describe('DeleteConfigurationSetEventDestination', () => {
  const remove = (name: string, set = SET) =>
    env.ses.send(new DeleteConfigurationSetEventDestinationCommand({ ConfigurationSetName: set, EventDestinationName: name }));

  it('removes only the named destination', async () => {
    await create('keep', sns);
    await create('drop', sns);
    await remove('drop');
    expect((await list())?.map((d) => d.Name)).toEqual(['keep']);
  });

  it('frees the name and a slot under the limit', async () => {
    for (let i = 0; i < 10; i += 1) await create(`dest-${i}`, sns);
    await remove('dest-3');
    await create('dest-3', { ...sns, Enabled: false });
    expect(await list()).toHaveLength(10);
  });

  it('answers NotFoundException with HTTP 404 for a missing destination', async () => {
    const error = await rejectionOf(remove('missing'));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('answers NotFoundException for a missing configuration set', async () => {
    const error = await rejectionOf(remove('dest', 'missing'));
    expect(error.name).toBe('NotFoundException');
  });
});

describe('DeleteConfigurationSet', () => {
  it('removes the set’s event destinations with it', async () => {
    await create('dest', sns);
    await env.ses.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: SET }));
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: SET }));
    expect(await list()).toEqual([]);
  });
});
