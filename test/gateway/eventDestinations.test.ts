import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand } from '@aws-sdk/client-sesv2';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { CreateEventDestinationInput, EventDestinationTargetInput } from '../generated/graphql.js';
import { postGraphQL } from '../support/auth.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

graphql(`
  fragment EventDestinationAllFields on EventDestination {
    id
    name
    enabled
    matchingEventTypes
    configurationSet { name }
    destination {
      __typename
      ... on CloudWatchDestination { dimensionConfigurations { dimensionName dimensionValueSource defaultDimensionValue } }
      ... on KinesisFirehoseDestination { iamRoleArn deliveryStreamArn }
      ... on SnsDestination { topicArn }
      ... on EventBridgeDestination { eventBusArn }
      ... on PinpointDestination { applicationArn }
    }
  }
`);

const CreateDestination = graphql(`
  mutation EventDestinationCreate($input: CreateEventDestinationInput!) {
    createEventDestination(input: $input) {
      eventDestination { ...EventDestinationAllFields }
      userErrors { code field message }
    }
  }
`);

const CreateDestinationErrorsOnly = graphql(`
  mutation EventDestinationCreateErrorsOnly($input: CreateEventDestinationInput!) {
    createEventDestination(input: $input) { userErrors { code field message } }
  }
`);

const UpdateDestination = graphql(`
  mutation EventDestinationUpdate($input: UpdateEventDestinationInput!) {
    updateEventDestination(input: $input) {
      eventDestination { ...EventDestinationAllFields }
      userErrors { code field message }
    }
  }
`);

const TwoUpdates = graphql(`
  mutation EventDestinationTwoUpdates($first: UpdateEventDestinationInput!, $second: UpdateEventDestinationInput!) {
    first: updateEventDestination(input: $first) {
      eventDestination { enabled matchingEventTypes }
      userErrors { code field message }
    }
    second: updateEventDestination(input: $second) {
      eventDestination { enabled matchingEventTypes }
      userErrors { code field message }
    }
  }
`);

const DeleteDestination = graphql(`
  mutation EventDestinationDelete($input: DeleteEventDestinationInput!) {
    deleteEventDestination(input: $input) {
      deletedEventDestinationId
      userErrors { code field message }
    }
  }
`);

const SetDestinations = graphql(`
  query EventDestinationsOfSet($name: String!) {
    configurationSet(name: $name) {
      eventDestinations { ...EventDestinationAllFields }
    }
  }
`);

const DestinationNode = graphql(`
  query EventDestinationNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on EventDestination { name configurationSet { id name } }
    }
  }
`);

const ses = () => env.stack.emulator.client();
const clearCalls = () => env.stack.emulator.admin('DELETE', '/_emulator/stats');

const SNS = 'arn:aws:sns:us-east-1:123456789012:ses-events';

async function createSet(name = 'set-a'): Promise<void> {
  await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
}

/** Seeds an SNS destination straight at SES, bypassing the gateway. */
async function seedDestination(setName: string, name: string, enabled = true): Promise<void> {
  await ses().send(
    new CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: setName,
      EventDestinationName: name,
      EventDestination: { Enabled: enabled, MatchingEventTypes: ['BOUNCE', 'COMPLAINT'], SnsDestination: { TopicArn: SNS } },
    }),
  );
}

const input = (overrides: Partial<CreateEventDestinationInput> = {}): CreateEventDestinationInput => ({
  configurationSetName: 'set-a',
  name: 'dest-a',
  matchingEventTypes: ['SEND', 'DELIVERY'],
  destination: { sns: { topicArn: SNS } },
  ...overrides,
});

const KINDS: { kind: string; destination: EventDestinationTargetInput; expected: Record<string, unknown> }[] = [
  {
    kind: 'CloudWatch',
    destination: {
      cloudWatch: {
        dimensionConfigurations: [
          { dimensionName: 'ses:configuration-set', dimensionValueSource: 'MESSAGE_TAG', defaultDimensionValue: 'none' },
          { dimensionName: 'X-Campaign', dimensionValueSource: 'EMAIL_HEADER', defaultDimensionValue: 'no-campaign@example.com' },
        ],
      },
    },
    expected: {
      __typename: 'CloudWatchDestination',
      dimensionConfigurations: [
        { dimensionName: 'ses:configuration-set', dimensionValueSource: 'MESSAGE_TAG', defaultDimensionValue: 'none' },
        { dimensionName: 'X-Campaign', dimensionValueSource: 'EMAIL_HEADER', defaultDimensionValue: 'no-campaign@example.com' },
      ],
    },
  },
  {
    kind: 'Kinesis Firehose',
    destination: {
      kinesisFirehose: { iamRoleArn: 'arn:aws:iam::123456789012:role/ses-firehose', deliveryStreamArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/ses-events' },
    },
    expected: {
      __typename: 'KinesisFirehoseDestination',
      iamRoleArn: 'arn:aws:iam::123456789012:role/ses-firehose',
      deliveryStreamArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/ses-events',
    },
  },
  { kind: 'SNS', destination: { sns: { topicArn: SNS } }, expected: { __typename: 'SnsDestination', topicArn: SNS } },
  {
    kind: 'EventBridge',
    destination: { eventBridge: { eventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/default' } },
    expected: { __typename: 'EventBridgeDestination', eventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/default' },
  },
  {
    kind: 'Pinpoint',
    destination: { pinpoint: { applicationArn: 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef' } },
    expected: { __typename: 'PinpointDestination', applicationArn: 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef' },
  },
];

describe('Mutation.createEventDestination', () => {
  it.each(KINDS)('creates a $kind destination and reads it back in the payload and through a query', async ({ destination, expected }) => {
    await createSet();
    const { createEventDestination } = await env.stack.request(CreateDestination, { input: input({ destination, enabled: false }) });
    const created = {
      id: expect.any(String),
      name: 'dest-a',
      enabled: false,
      matchingEventTypes: ['SEND', 'DELIVERY'],
      configurationSet: { name: 'set-a' },
      destination: expected,
    };
    expect(createEventDestination).toEqual({ eventDestination: created, userErrors: [] });
    const { configurationSet } = await env.stack.request(SetDestinations, { name: 'set-a' });
    expect(configurationSet?.eventDestinations).toEqual([{ ...created, id: createEventDestination.eventDestination?.id }]);
  });

  it('reads the new destination back with one GetConfigurationSetEventDestinations', async () => {
    await createSet();
    await clearCalls();
    await env.stack.request(CreateDestination, { input: input() });
    expect(await env.stack.calls()).toEqual({ CreateConfigurationSetEventDestination: 1, GetConfigurationSetEventDestinations: 1 });
  });

  it('skips the read-back when the payload does not select the destination', async () => {
    await createSet();
    await clearCalls();
    const { createEventDestination } = await env.stack.request(CreateDestinationErrorsOnly, { input: input() });
    expect(createEventDestination.userErrors).toEqual([]);
    expect(await env.stack.calls()).toEqual({ CreateConfigurationSetEventDestination: 1 });
  });

  it('enables the destination when enabled is left out (SES alone would default to false)', async () => {
    await createSet();
    const { createEventDestination } = await env.stack.request(CreateDestination, { input: input() });
    expect(createEventDestination.eventDestination?.enabled).toBe(true);
  });

  it('shows the new destination to a query whose answer was cached before the write', async () => {
    await createSet();
    expect((await env.stack.request(SetDestinations, { name: 'set-a' })).configurationSet?.eventDestinations).toEqual([]);
    await env.stack.request(CreateDestinationErrorsOnly, { input: input() });
    const after = await env.stack.request(SetDestinations, { name: 'set-a' });
    expect(after.configurationSet?.eventDestinations?.map((d) => d.name)).toEqual(['dest-a']);
  });

  it('answers NOT_FOUND on configurationSetName when the set does not exist', async () => {
    const { createEventDestination } = await env.stack.request(CreateDestination, { input: input({ configurationSetName: 'missing' }) });
    expect(createEventDestination).toEqual({
      eventDestination: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['configurationSetName'], message: expect.stringContaining('"missing"') }],
    });
  });

  it('answers ALREADY_EXISTS on name when the set has a destination of that name', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a');
    const { createEventDestination } = await env.stack.request(CreateDestination, { input: input() });
    expect(createEventDestination).toEqual({
      eventDestination: null,
      userErrors: [{ code: 'ALREADY_EXISTS', field: ['name'], message: expect.stringContaining('"dest-a"') }],
    });
  });

  it('answers LIMIT_EXCEEDED for an 11th destination', async () => {
    await createSet();
    for (let i = 0; i < 10; i += 1) await seedDestination('set-a', `dest-${i}`);
    const { createEventDestination } = await env.stack.request(CreateDestination, { input: input({ name: 'dest-10' }) });
    expect(createEventDestination).toEqual({
      eventDestination: null,
      userErrors: [{ code: 'LIMIT_EXCEEDED', field: null, message: expect.stringContaining('10 event destinations') }],
    });
  });

  const dimension = { dimensionName: 'campaign', dimensionValueSource: 'MESSAGE_TAG' as const, defaultDimensionValue: 'none' };
  const INVALID: { rule: string; input: CreateEventDestinationInput; field: string[] }[] = [
    { rule: 'a set name SES rejects', input: input({ configurationSetName: 'no spaces' }), field: ['configurationSetName'] },
    { rule: 'a destination name over 64 characters', input: input({ name: 'd'.repeat(65) }), field: ['name'] },
    { rule: 'no event types', input: input({ matchingEventTypes: [] }), field: ['matchingEventTypes'] },
    { rule: 'a repeated event type', input: input({ matchingEventTypes: ['SEND', 'SEND'] }), field: ['matchingEventTypes', '1'] },
    { rule: 'no dimensions', input: input({ destination: { cloudWatch: { dimensionConfigurations: [] } } }), field: ['destination', 'cloudWatch', 'dimensionConfigurations'] },
    {
      rule: 'a dimension name with a space',
      input: input({ destination: { cloudWatch: { dimensionConfigurations: [{ ...dimension, dimensionName: 'my dim' }] } } }),
      field: ['destination', 'cloudWatch', 'dimensionConfigurations', '0', 'dimensionName'],
    },
    {
      rule: 'a reserved header as an EMAIL_HEADER dimension',
      input: input({ destination: { cloudWatch: { dimensionConfigurations: [{ ...dimension, dimensionName: 'From', dimensionValueSource: 'EMAIL_HEADER' }] } } }),
      field: ['destination', 'cloudWatch', 'dimensionConfigurations', '0', 'dimensionName'],
    },
    {
      rule: 'a repeated dimension name',
      input: input({ destination: { cloudWatch: { dimensionConfigurations: [dimension, dimension] } } }),
      field: ['destination', 'cloudWatch', 'dimensionConfigurations', '1', 'dimensionName'],
    },
    {
      rule: 'an empty default dimension value',
      input: input({ destination: { cloudWatch: { dimensionConfigurations: [{ ...dimension, defaultDimensionValue: '' }] } } }),
      field: ['destination', 'cloudWatch', 'dimensionConfigurations', '0', 'defaultDimensionValue'],
    },
    {
      rule: 'a default dimension value with a slash',
      input: input({ destination: { cloudWatch: { dimensionConfigurations: [{ ...dimension, defaultDimensionValue: 'a/b' }] } } }),
      field: ['destination', 'cloudWatch', 'dimensionConfigurations', '0', 'defaultDimensionValue'],
    },
    {
      rule: 'a Firehose role that is not an IAM role ARN',
      input: input({ destination: { kinesisFirehose: { iamRoleArn: 'ses-firehose', deliveryStreamArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/s' } } }),
      field: ['destination', 'kinesisFirehose', 'iamRoleArn'],
    },
    {
      rule: 'a Firehose stream that is not a delivery stream ARN',
      input: input({ destination: { kinesisFirehose: { iamRoleArn: 'arn:aws:iam::123456789012:role/r', deliveryStreamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s' } } }),
      field: ['destination', 'kinesisFirehose', 'deliveryStreamArn'],
    },
    { rule: 'a FIFO SNS topic', input: input({ destination: { sns: { topicArn: `${SNS}.fifo` } } }), field: ['destination', 'sns', 'topicArn'] },
    {
      rule: 'an event bus other than the default one',
      input: input({ destination: { eventBridge: { eventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/custom' } } }),
      field: ['destination', 'eventBridge', 'eventBusArn'],
    },
    {
      rule: 'a Pinpoint ARN that is not a project',
      input: input({ destination: { pinpoint: { applicationArn: 'arn:aws:mobiletargeting:us-east-1:123456789012:segments/x' } } }),
      field: ['destination', 'pinpoint', 'applicationArn'],
    },
  ];

  it.each(INVALID)('rejects $rule as INVALID_INPUT on its field, without calling SES', async ({ input: bad, field }) => {
    await createSet();
    await clearCalls();
    const { createEventDestination } = await env.stack.request(CreateDestination, { input: bad });
    expect(createEventDestination).toEqual({ eventDestination: null, userErrors: [{ code: 'INVALID_INPUT', field, message: expect.stringContaining(`${field.join('.')}: `) }] });
    expect(await env.stack.calls()).toEqual({});
  });

  it('reports every broken rule of an input at once', async () => {
    const { createEventDestination } = await env.stack.request(CreateDestination, { input: input({ name: '', matchingEventTypes: [], destination: { sns: { topicArn: `${SNS}.fifo` } } }) });
    expect(createEventDestination.userErrors.map((e) => e.field)).toEqual([['name'], ['matchingEventTypes'], ['destination', 'sns', 'topicArn']]);
    expect(await env.stack.calls()).toEqual({});
  });

  it('rejects a malformed region as a top-level error, without calling SES', async () => {
    const result = await env.stack.execute(CreateDestination, { input: input({ region: 'mars' }) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('the destination kind: EventDestinationTargetInput is @oneOf', () => {
  const BUS = 'arn:aws:events:us-east-1:123456789012:event-bus/default';
  /** The typed documents refuse these inputs at compile time (codegen types a @oneOf input as a union), so they go as raw requests. */
  const send = (document: typeof CreateDestination | typeof UpdateDestination, variables: Record<string, unknown>) =>
    postGraphQL(env.stack.gateway.url, { query: print(document), variables });
  const create = (destination: unknown) => send(CreateDestination, { input: { ...input(), destination } });

  const EXACTLY_ONE = 'Exactly one key must be specified for OneOf type "EventDestinationTargetInput".';
  const REFUSED: { rule: string; destination: unknown; at: string; says: string }[] = [
    { rule: 'two kinds', destination: { sns: { topicArn: SNS }, eventBridge: { eventBusArn: BUS } }, at: 'input.destination', says: EXACTLY_ONE },
    { rule: 'no kind', destination: {}, at: 'input.destination', says: EXACTLY_ONE },
    { rule: 'a null kind', destination: { sns: null }, at: 'input.destination.sns', says: 'Field "sns" must be non-null.' },
    { rule: 'a kind beside a null one', destination: { sns: { topicArn: SNS }, eventBridge: null }, at: 'input.destination', says: EXACTLY_ONE },
  ];

  it.each(REFUSED)('refuses $rule in a variable with BAD_USER_INPUT naming the field and the rule, without calling SES', async ({ destination, at, says }) => {
    await createSet();
    await clearCalls();
    const response = await create(destination);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(new RegExp(`^Variable "\\$input" got invalid value .* at "${at.replaceAll('.', '\\.')}"; `));
    expect(response.body.errors?.[0]?.message.endsWith(says)).toBe(true);
    expect(await env.stack.calls()).toEqual({});
  });

  it.each([
    { rule: 'two kinds', destination: `{ sns: { topicArn: "${SNS}" }, eventBridge: { eventBusArn: "${BUS}" } }`, says: 'OneOf Input Object "EventDestinationTargetInput" must specify exactly one key.' },
    { rule: 'a null kind', destination: '{ sns: null }', says: 'Field "EventDestinationTargetInput.sns" must be non-null.' },
  ])('refuses $rule written in the document with GRAPHQL_VALIDATION_FAILED, without calling SES', async ({ destination, says }) => {
    await createSet();
    await clearCalls();
    const query = `mutation { createEventDestination(input: { configurationSetName: "set-a", name: "dest-a", matchingEventTypes: [SEND], destination: ${destination} }) { userErrors { code } } }`;
    const response = await postGraphQL(env.stack.gateway.url, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toBe(says);
    expect(await env.stack.calls()).toEqual({});
  });

  it('refuses two kinds in an update too, and leaves the destination as it was', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a');
    await clearCalls();
    const response = await send(UpdateDestination, { input: { configurationSetName: 'set-a', name: 'dest-a', destination: { sns: { topicArn: SNS }, eventBridge: { eventBusArn: BUS } } } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await env.stack.calls()).toEqual({});
    const { configurationSet } = await env.stack.request(SetDestinations, { name: 'set-a' });
    expect(configurationSet?.eventDestinations?.[0]?.destination).toEqual({ __typename: 'SnsDestination', topicArn: SNS });
  });
});

describe('Mutation.updateEventDestination', () => {
  it('changes enabled alone and keeps the event types and destination', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a', true);
    const { updateEventDestination } = await env.stack.request(UpdateDestination, { input: { configurationSetName: 'set-a', name: 'dest-a', enabled: false } });
    expect(updateEventDestination.userErrors).toEqual([]);
    expect(updateEventDestination.eventDestination).toMatchObject({
      enabled: false,
      matchingEventTypes: ['BOUNCE', 'COMPLAINT'],
      destination: { __typename: 'SnsDestination', topicArn: SNS },
    });
  });

  it('replaces the destination kind and keeps enabled and the event types', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a', false);
    const eventBusArn = 'arn:aws:events:us-east-1:123456789012:event-bus/default';
    const { updateEventDestination } = await env.stack.request(UpdateDestination, {
      input: { configurationSetName: 'set-a', name: 'dest-a', destination: { eventBridge: { eventBusArn } } },
    });
    expect(updateEventDestination.eventDestination).toMatchObject({
      enabled: false,
      matchingEventTypes: ['BOUNCE', 'COMPLAINT'],
      destination: { __typename: 'EventBridgeDestination', eventBusArn },
    });
  });

  it('changes the event types and keeps the rest, as a later query sees it', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a', true);
    await env.stack.request(UpdateDestination, { input: { configurationSetName: 'set-a', name: 'dest-a', matchingEventTypes: ['OPEN', 'CLICK'] } });
    const { configurationSet } = await env.stack.request(SetDestinations, { name: 'set-a' });
    expect(configurationSet?.eventDestinations).toMatchObject([
      { name: 'dest-a', enabled: true, matchingEventTypes: ['OPEN', 'CLICK'], destination: { __typename: 'SnsDestination', topicArn: SNS } },
    ]);
  });

  it('reads the current definition once, writes once and reads the result back once', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a');
    await clearCalls();
    await env.stack.request(UpdateDestination, { input: { configurationSetName: 'set-a', name: 'dest-a', enabled: false } });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSetEventDestinations: 2, UpdateConfigurationSetEventDestination: 1 });
  });

  it('shows the change to a query whose answer was cached before the write', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a', true);
    expect((await env.stack.request(SetDestinations, { name: 'set-a' })).configurationSet?.eventDestinations?.[0]?.enabled).toBe(true);
    await env.stack.request(UpdateDestination, { input: { configurationSetName: 'set-a', name: 'dest-a', enabled: false } });
    expect((await env.stack.request(SetDestinations, { name: 'set-a' })).configurationSet?.eventDestinations?.[0]?.enabled).toBe(false);
  });

  it('merges a second update in the same document onto the first one, not onto what was read before it', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a', true);
    const result = await env.stack.request(TwoUpdates, {
      first: { configurationSetName: 'set-a', name: 'dest-a', enabled: false },
      second: { configurationSetName: 'set-a', name: 'dest-a', matchingEventTypes: ['OPEN'] },
    });
    expect(result.first.eventDestination).toEqual({ enabled: false, matchingEventTypes: ['BOUNCE', 'COMPLAINT'] });
    expect(result.second.eventDestination).toEqual({ enabled: false, matchingEventTypes: ['OPEN'] });
  });

  it('answers NOT_FOUND on name when the set has no such destination, without writing', async () => {
    await createSet();
    await clearCalls();
    const { updateEventDestination } = await env.stack.request(UpdateDestination, { input: { configurationSetName: 'set-a', name: 'nope', enabled: false } });
    expect(updateEventDestination).toEqual({ eventDestination: null, userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('"nope"') }] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSetEventDestinations: 1 });
  });

  it('answers NOT_FOUND on configurationSetName when the set does not exist', async () => {
    const { updateEventDestination } = await env.stack.request(UpdateDestination, { input: { configurationSetName: 'missing', name: 'dest-a', enabled: false } });
    expect(updateEventDestination.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['configurationSetName'], message: expect.stringContaining('"missing"') }]);
  });

  it('rejects an invalid change as INVALID_INPUT, without calling SES', async () => {
    const { updateEventDestination } = await env.stack.request(UpdateDestination, {
      input: { configurationSetName: 'set-a', name: 'dest-a', matchingEventTypes: [], destination: { sns: { topicArn: 'not-an-arn' } } },
    });
    expect(updateEventDestination.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['matchingEventTypes']],
      ['INVALID_INPUT', ['destination', 'sns', 'topicArn']],
    ]);
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('Mutation.deleteEventDestination', () => {
  it('deletes the destination and returns the id queries gave it', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a');
    await seedDestination('set-a', 'dest-b');
    const before = await env.stack.request(SetDestinations, { name: 'set-a' });
    const id = before.configurationSet?.eventDestinations?.find((d) => d.name === 'dest-a')?.id;
    const { deleteEventDestination } = await env.stack.request(DeleteDestination, { input: { configurationSetName: 'set-a', name: 'dest-a' } });
    expect(deleteEventDestination).toEqual({ deletedEventDestinationId: id, userErrors: [] });
    const after = await env.stack.request(SetDestinations, { name: 'set-a' });
    expect(after.configurationSet?.eventDestinations?.map((d) => d.name)).toEqual(['dest-b']);
  });

  it('answers NOT_FOUND on name when the set has no such destination', async () => {
    await createSet();
    const { deleteEventDestination } = await env.stack.request(DeleteDestination, { input: { configurationSetName: 'set-a', name: 'nope' } });
    expect(deleteEventDestination).toEqual({ deletedEventDestinationId: null, userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('"nope"') }] });
  });

  it('answers NOT_FOUND on configurationSetName when the set does not exist', async () => {
    const { deleteEventDestination } = await env.stack.request(DeleteDestination, { input: { configurationSetName: 'missing', name: 'dest-a' } });
    expect(deleteEventDestination.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['configurationSetName'], message: expect.stringContaining('"missing"') }]);
  });

  it('rejects an invalid name as INVALID_INPUT, without calling SES', async () => {
    const { deleteEventDestination } = await env.stack.request(DeleteDestination, { input: { configurationSetName: 'set-a', name: 'bad/name' } });
    expect(deleteEventDestination.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['name'], message: expect.stringContaining('name: ') }]);
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('EventDestination', () => {
  it('has an id that Query.node resolves back to it and its configuration set', async () => {
    await createSet();
    await seedDestination('set-a', 'dest-a');
    const { configurationSet } = await env.stack.request(SetDestinations, { name: 'set-a' });
    const id = configurationSet?.eventDestinations?.[0]?.id ?? '';
    const { node } = await env.stack.request(DestinationNode, { id });
    expect(node).toEqual({ __typename: 'EventDestination', name: 'dest-a', configurationSet: { id: expect.any(String), name: 'set-a' } });
  });

  it('gives destinations of the same name in different sets different ids', async () => {
    await createSet('set-a');
    await createSet('set-b');
    await seedDestination('set-a', 'dest');
    await seedDestination('set-b', 'dest');
    const a = await env.stack.request(SetDestinations, { name: 'set-a' });
    const b = await env.stack.request(SetDestinations, { name: 'set-b' });
    expect(a.configurationSet?.eventDestinations?.[0]?.id).not.toEqual(b.configurationSet?.eventDestinations?.[0]?.id);
  });
});
