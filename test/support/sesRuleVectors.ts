/**
 * SES's input rules as boundary vectors, shared by both places that write
 * them down: the gateway's validation (src/gateway/validation/*.ts) and the
 * emulator's operations (src/emulator/validation.ts, operations/*.ts). The
 * two copies stay separate on purpose; test/gateway/sesRuleVectors.test.ts
 * sends every vector to both, so neither can drift alone.
 *
 * A vector is one value at (valid) or just past (invalid) one rule, placed
 * at one site: a GraphQL input field or query argument, and the SES
 * operation member it becomes. It says how the gateway refuses it (a
 * userError or a top-level BAD_USER_INPUT, with the field) and which
 * exception SES answers. Everything else in the request is valid, so the
 * vector's value is the only thing that can be refused.
 *
 * Left out on purpose:
 * - enum values (event types, dimension value sources, policies): GraphQL's
 *   types and the SDK's types both make a wrong value unrepresentable;
 * - the id of a vdmMetrics query (1 to 255 characters): the gateway names
 *   its SES queries itself (q0, q1, ...), so the client's id never reaches SES;
 * - a metric range that ends before it starts: the gateway refuses it
 *   (BAD_USER_INPUT) while SES answers it as a per-query INTERNAL_FAILURE,
 *   not a BadRequestException; the two differ by design;
 * - the 20480-character bound of a BYODKIM key: no valid RSA key is that
 *   long, so a key past it is refused for its content as much as its length.
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  BatchGetMetricDataCommand,
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateDedicatedIpPoolCommand,
  CreateEmailIdentityCommand,
  ListRecommendationsCommand,
  PutConfigurationSetDeliveryOptionsCommand,
  PutEmailIdentityConfigurationSetAttributesCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type CloudWatchDimensionConfiguration,
  type EventDestinationDefinition,
  type EventType,
  type SESv2Client,
  type Tag,
} from '@aws-sdk/client-sesv2';
import { encodeId } from '../../src/gateway/ids.js';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
/** The configuration set, identity and destination names the sites use around the value under test. */
const SET = 'rv-set';
const IDENTITY = 'rv.example.com';
const DESTINATION = 'rv-dest';

/** How the gateway must refuse an invalid vector. */
export type GatewayRefusal =
  /** A userError INVALID_INPUT naming `field` (the path into `input`), before any SES call. */
  | { kind: 'userError'; field: string[] }
  /** A top-level BAD_USER_INPUT error naming the query argument (and the field, where the error lists fields), before any SES call. */
  | { kind: 'argument'; argument: string; field?: string[] }
  /** Refused by GraphQL's own input checks before execution (an input type's `@oneOf`), with HTTP 400 and no SES call. */
  | { kind: 'request'; code: 'BAD_USER_INPUT' }
  /**
   * A rule only SES can check, because it counts what SES stores: the
   * gateway makes exactly this one call and turns SES's refusal into a userError.
   */
  | { kind: 'afterSesCall'; operation: string; code: 'INVALID_INPUT' | 'LIMIT_EXCEEDED'; field: string[] | null };

export type SesException = 'BadRequestException' | 'LimitExceededException';

/** One SDK call, made on the emulator with the harness's client. */
export type SesStep = (client: SESv2Client) => Promise<unknown>;

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface RuleVector {
  /** The rule, e.g. "resource name". */
  rule: string;
  /** The site and the value, e.g. "CreateConfigurationSet.ConfigurationSetName refuses 65 characters". */
  name: string;
  /** SES's verdict. The gateway refuses an invalid value too, unless it never forwards it as is (see `gateway.refusal`). */
  valid: boolean;
  gateway: {
    /** The mutation or query field that carries the value, e.g. createConfigurationSet. */
    field: string;
    /** Where the value sits, e.g. input.deliveryOptions.maxDeliverySeconds. */
    at: string;
    request: GraphQLRequest;
    /** How the gateway refuses the value; absent when it accepts it, and then SES must accept what it sends. */
    refusal?: GatewayRefusal;
  };
  ses: {
    /** The SES operation and member the value goes into, e.g. CreateConfigurationSet.DeliveryOptions.MaxDeliverySeconds. */
    operation: string;
    member: string;
    send: SesStep;
    /** For an invalid vector: the exception SES answers. */
    exception?: SesException;
  };
  /** What must exist before the call (made through the SDK on both sides; its calls are not counted). */
  setup: SesStep[];
}

/** Where a value of type T goes, in the gateway's input and in SES's. */
interface Site<T> {
  graphqlField: string;
  at: string;
  request(value: T): GraphQLRequest;
  /** The refusal of an invalid value unless a case says otherwise; a case's `field` replaces its field. */
  refusal: GatewayRefusal;
  operation: string;
  member: string;
  send(value: T): SesStep;
  setup?(value: T, valid: boolean): SesStep[];
}

interface Case<T> {
  name: string;
  value: T;
  valid: boolean;
  /** The field the refusal names, when it is not the site's. */
  field?: string[];
  exception?: SesException;
  /**
   * An invalid value the gateway accepts because it never forwards it as is
   * (it splits or caps it): the gateway must then stay within the rule itself.
   */
  gatewayAccepts?: true;
}

const valid = <T>(name: string, value: T): Case<T> => ({ name, value, valid: true });
const invalid = <T>(name: string, value: T, more: Pick<Case<T>, 'field' | 'exception' | 'gatewayAccepts'> = {}): Case<T> => ({ name, value, valid: false, ...more });

function vectors<T>(rule: string, site: Site<T>, cases: readonly Case<T>[]): RuleVector[] {
  return cases.map((c) => {
    const refusal: GatewayRefusal = c.field && site.refusal.kind !== 'request' ? { ...site.refusal, field: c.field } : site.refusal;
    return {
      rule,
      name: `${site.operation}.${site.member} ${c.valid ? 'accepts' : 'refuses'} ${c.name}`,
      valid: c.valid,
      gateway: { field: site.graphqlField, at: site.at, request: site.request(c.value), ...(!c.valid && !c.gatewayAccepts && { refusal }) },
      ses: {
        operation: site.operation,
        member: site.member,
        send: site.send(c.value),
        ...(!c.valid && { exception: c.exception ?? 'BadRequestException' }),
      },
      setup: site.setup?.(c.value, c.valid) ?? [],
    };
  });
}

/** A mutation request selecting only the payload's userErrors. */
function mutation(field: string, inputType: string, input: Record<string, unknown>): GraphQLRequest {
  return {
    query: `mutation RuleVector($input: ${inputType}!) { ${field}(input: $input) { userErrors { code field message } } }`,
    variables: { input },
  };
}

const userError = (...field: string[]): GatewayRefusal => ({ kind: 'userError', field });

// ---------------------------------------------------------------- setup steps

const createSet = (name = SET, Tags?: Tag[]): SesStep => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, ...(Tags && { Tags }) }));
const createPool = (name: string): SesStep => (client) => client.send(new CreateDedicatedIpPoolCommand({ PoolName: name }));
const createIdentity = (name = IDENTITY): SesStep => (client) => client.send(new CreateEmailIdentityCommand({ EmailIdentity: name }));
const snsTopic = 'arn:aws:sns:us-east-1:123456789012:ses-events';
const createDestinations = (count: number): SesStep => async (client) => {
  for (let i = 0; i < count; i += 1) {
    await client.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: SET,
        EventDestinationName: `existing-${i}`,
        EventDestination: { MatchingEventTypes: ['SEND'], SnsDestination: { TopicArn: snsTopic } },
      }),
    );
  }
};
const tagsOf = (count: number, prefix = 'k'): Tag[] => Array.from({ length: count }, (_, i) => ({ Key: `${prefix}${i}`, Value: 'v' }));

// ---------------------------------------------------------------- values

const repeat = (n: number, unit = 'a') => unit.repeat(n);
/** Four labels of 63, 63, 63 and `last` characters: 192 + last characters in all. */
const longDomain = (last: number) => [repeat(63, 'a'), repeat(63, 'b'), repeat(63, 'c'), repeat(last, 'd')].join('.');

/** BYODKIM keys as SES takes them: base64 of the DER encoding, no PEM armour. */
const rsaKey = (bits: number, type: 'pkcs1' | 'pkcs8') =>
  generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ format: 'der', type }).toString('base64');
const RSA_1024 = rsaKey(1024, 'pkcs8');
const RSA_2048 = rsaKey(2048, 'pkcs1');
const RSA_512 = rsaKey(512, 'pkcs8');
const EC_P256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const PEM_1024 = `-----BEGIN PRIVATE KEY-----\n${RSA_1024}\n-----END PRIVATE KEY-----`;

// ---------------------------------------------------------------- resource names

const nameCases: Case<string>[] = [
  valid('1 character', 'a'),
  valid('64 characters (the most)', repeat(64)),
  valid('letters, digits, _ and -', 'Ab9_-z'),
  invalid('an empty name', ''),
  invalid('65 characters', repeat(65)),
  invalid('a period', 'a.b'),
  invalid('a space', 'a b'),
  invalid('a non-ASCII letter', 'caf\u00e9'),
];

const configurationSetName: Site<string> = {
  graphqlField: 'createConfigurationSet',
  at: 'input.name',
  request: (name) => mutation('createConfigurationSet', 'CreateConfigurationSetInput', { name }),
  refusal: userError('name'),
  operation: 'CreateConfigurationSet',
  member: 'ConfigurationSetName',
  send: (name) => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name })),
};

const eventDestinationInput = (name: string, matchingEventTypes: EventType[], destination: Record<string, unknown>) => ({
  configurationSetName: SET,
  name,
  matchingEventTypes,
  destination,
});
const createEventDestination = (name: string, MatchingEventTypes: EventType[], target: Partial<EventDestinationDefinition>): SesStep => (client) =>
  client.send(
    new CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: SET,
      EventDestinationName: name,
      EventDestination: { Enabled: true, MatchingEventTypes, ...target },
    }),
  );

const eventDestinationName: Site<string> = {
  graphqlField: 'createEventDestination',
  at: 'input.name',
  request: (name) => mutation('createEventDestination', 'CreateEventDestinationInput', eventDestinationInput(name, ['BOUNCE'], { sns: { topicArn: snsTopic } })),
  refusal: userError('name'),
  operation: 'CreateConfigurationSetEventDestination',
  member: 'EventDestinationName',
  send: (name) => createEventDestination(name, ['BOUNCE'], { SnsDestination: { TopicArn: snsTopic } }),
  setup: () => [createSet()],
};

const sendingPoolName: Site<string> = {
  graphqlField: 'createConfigurationSet',
  at: 'input.deliveryOptions.sendingPoolName',
  request: (pool) => mutation('createConfigurationSet', 'CreateConfigurationSetInput', { name: SET, deliveryOptions: { sendingPoolName: pool } }),
  refusal: userError('deliveryOptions', 'sendingPoolName'),
  operation: 'CreateConfigurationSet',
  member: 'DeliveryOptions.SendingPoolName',
  send: (pool) => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: SET, DeliveryOptions: { SendingPoolName: pool } })),
  // A valid name must name a pool that exists; an invalid one cannot be created.
  setup: (pool, isValid) => (isValid ? [createPool(pool)] : []),
};

const identityDefaultSet: Site<string> = {
  graphqlField: 'setEmailIdentityDefaultConfigurationSet',
  at: 'input.configurationSetName',
  request: (set) => mutation('setEmailIdentityDefaultConfigurationSet', 'SetEmailIdentityDefaultConfigurationSetInput', { name: IDENTITY, configurationSetName: set }),
  refusal: userError('configurationSetName'),
  operation: 'PutEmailIdentityConfigurationSetAttributes',
  member: 'ConfigurationSetName',
  send: (set) => (client) => client.send(new PutEmailIdentityConfigurationSetAttributesCommand({ EmailIdentity: IDENTITY, ConfigurationSetName: set })),
  setup: (set, isValid) => [createIdentity(), ...(isValid ? [createSet(set)] : [])],
};

// ---------------------------------------------------------------- domains and email addresses

const domainCases: Case<string>[] = [
  valid('a 63-character label (the most)', `${repeat(63)}.example.com`),
  valid('253 characters (the most)', longDomain(61)),
  valid('a hyphen inside a label', 'my-track.example.com'),
  invalid('a 64-character label', `${repeat(64)}.example.com`),
  invalid('254 characters', longDomain(62)),
  invalid('a label starting with a hyphen', '-track.example.com'),
  invalid('a label ending with a hyphen', 'track-.example.com'),
  invalid('an empty label', 'track..example.com'),
  invalid('a single label', 'localhost'),
  invalid('an underscore', 'my_track.example.com'),
];

const customRedirectDomain: Site<string> = {
  graphqlField: 'createConfigurationSet',
  at: 'input.trackingOptions.customRedirectDomain',
  request: (domain) => mutation('createConfigurationSet', 'CreateConfigurationSetInput', { name: SET, trackingOptions: { customRedirectDomain: domain } }),
  refusal: userError('trackingOptions', 'customRedirectDomain'),
  operation: 'CreateConfigurationSet',
  member: 'TrackingOptions.CustomRedirectDomain',
  send: (domain) => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: SET, TrackingOptions: { CustomRedirectDomain: domain } })),
};

const identityName: Site<string> = {
  graphqlField: 'createEmailIdentity',
  at: 'input.name',
  request: (name) => mutation('createEmailIdentity', 'CreateEmailIdentityInput', { name }),
  refusal: userError('name'),
  operation: 'CreateEmailIdentity',
  member: 'EmailIdentity',
  send: (name) => (client) => client.send(new CreateEmailIdentityCommand({ EmailIdentity: name })),
};

/** Local parts, sent as `${local}@example.com`. */
const localPartCases: Case<string>[] = [
  valid('a 64-character local part (the most)', repeat(64)),
  valid("every symbol a dot-atom allows (!#$%&'*+/=?^_`{|}~-)", "a!#$%&'*+/=?^_`{|}~-z"),
  valid('dot-separated runs', 'first.last'),
  invalid('a 65-character local part', repeat(65)),
  invalid('an empty local part', ''),
  invalid('two dots in a row', 'first..last'),
  invalid('a leading dot', '.first'),
  invalid('a trailing dot', 'first.'),
  invalid('a quoted local part', '"first last"'),
  invalid('a comma', 'first,last'),
];

const emailIdentityName: Site<string> = {
  ...identityName,
  at: 'input.name (an email address)',
  request: (local) => identityName.request(`${local}@example.com`),
  member: 'EmailIdentity (local part)',
  send: (local) => identityName.send(`${local}@example.com`),
};

// ---------------------------------------------------------------- tags

const tagKeyCases: Case<string>[] = [
  valid('a 1-character key', 'k'),
  valid('a 128-character key (the most)', repeat(128, 'k')),
  valid('letters of any script, digits, spaces and _ . : / = + - @', '\u041a\u043b\u044e\u0447 1_.:/=+-@'),
  invalid('an empty key', ''),
  invalid('a 129-character key', repeat(129, 'k')),
  invalid('a key with the reserved prefix aws:', 'aws:owner'),
  invalid('a key with the reserved prefix in capitals (AWS:)', 'AWS:owner'),
  invalid('a key with # (not allowed)', 'cost#center'),
  invalid('a key with * (not allowed)', 'cost*center'),
];

const tagValueCases: Case<string>[] = [
  valid('an empty value', ''),
  valid('a 256-character value (the most)', repeat(256, 'v')),
  valid('a value of letters of any script, digits, spaces and _ . : / = + - @', '\u00e9t\u00e9 2024_.:/=+-@'),
  invalid('a 257-character value', repeat(257, 'v')),
  invalid('a value with # (not allowed)', 'a#b'),
  invalid('a value with < (not allowed)', 'a<b'),
];

const setTags = (tags: Tag[]) => tags.map(({ Key, Value }) => ({ key: Key, value: Value }));

const createSetTags: Site<Tag[]> = {
  graphqlField: 'createConfigurationSet',
  at: 'input.tags',
  request: (tags) => mutation('createConfigurationSet', 'CreateConfigurationSetInput', { name: SET, tags: setTags(tags) }),
  refusal: userError('tags'),
  operation: 'CreateConfigurationSet',
  member: 'Tags',
  send: (Tags) => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: SET, Tags })),
};

const SET_ID = encodeId('ConfigurationSet', REGION, SET);
const SET_ARN = `arn:aws:ses:${REGION}:${ACCOUNT}:configuration-set/${SET}`;

const tagResourceTags: Site<Tag[]> = {
  graphqlField: 'tagResource',
  at: 'input.tags',
  request: (tags) => mutation('tagResource', 'TagResourceInput', { id: SET_ID, tags: setTags(tags) }),
  refusal: userError('tags'),
  operation: 'TagResource',
  member: 'Tags',
  send: (Tags) => (client) => client.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags })),
  setup: () => [createSet()],
};

const untagKeys: Site<string> = {
  graphqlField: 'untagResource',
  at: 'input.keys',
  request: (key) => mutation('untagResource', 'UntagResourceInput', { id: SET_ID, keys: [key] }),
  refusal: userError('keys', '0'),
  operation: 'UntagResource',
  member: 'TagKeys',
  send: (key) => (client) => client.send(new UntagResourceCommand({ ResourceArn: SET_ARN, TagKeys: [key] })),
  setup: () => [createSet()],
};

/** TagResource counts the tags the set would end up with; the set starts with `existing` tags (k0, k1, ...). */
const tagsOnTaggedSet = (existing: number): Site<Tag[]> => ({
  ...tagResourceTags,
  at: `input.tags (on a set with ${existing} tags)`,
  refusal: { kind: 'afterSesCall', operation: 'TagResource', code: 'INVALID_INPUT', field: ['tags'] },
  member: `Tags (on a resource with ${existing} tags)`,
  setup: () => [createSet(SET, tagsOf(existing))],
});

// ---------------------------------------------------------------- configuration set options

const maxDeliveryCases: Case<number>[] = [
  valid('300 seconds (the least: 5 minutes)', 300),
  valid('50400 seconds (the most: 14 hours)', 50_400),
  invalid('299 seconds', 299),
  invalid('50401 seconds', 50_401),
];

const createMaxDelivery: Site<number> = {
  graphqlField: 'createConfigurationSet',
  at: 'input.deliveryOptions.maxDeliverySeconds',
  request: (seconds) => mutation('createConfigurationSet', 'CreateConfigurationSetInput', { name: SET, deliveryOptions: { maxDeliverySeconds: seconds } }),
  refusal: userError('deliveryOptions', 'maxDeliverySeconds'),
  operation: 'CreateConfigurationSet',
  member: 'DeliveryOptions.MaxDeliverySeconds',
  send: (seconds) => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: SET, DeliveryOptions: { MaxDeliverySeconds: seconds } })),
};

const updateMaxDelivery: Site<number> = {
  graphqlField: 'updateConfigurationSet',
  at: 'input.deliveryOptions.maxDeliverySeconds',
  request: (seconds) => mutation('updateConfigurationSet', 'UpdateConfigurationSetInput', { name: SET, deliveryOptions: { maxDeliverySeconds: seconds } }),
  refusal: userError('deliveryOptions', 'maxDeliverySeconds'),
  operation: 'PutConfigurationSetDeliveryOptions',
  member: 'MaxDeliverySeconds',
  send: (seconds) => (client) => client.send(new PutConfigurationSetDeliveryOptionsCommand({ ConfigurationSetName: SET, MaxDeliverySeconds: seconds })),
  setup: () => [createSet()],
};

const ARCHIVE = 'arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-abc123';
const archiveArn: Site<string> = {
  graphqlField: 'createConfigurationSet',
  at: 'input.archivingOptions.archiveArn',
  request: (arn) => mutation('createConfigurationSet', 'CreateConfigurationSetInput', { name: SET, archivingOptions: { archiveArn: arn } }),
  refusal: userError('archivingOptions', 'archiveArn'),
  operation: 'CreateConfigurationSet',
  member: 'ArchivingOptions.ArchiveArn',
  send: (arn) => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: SET, ArchivingOptions: { ArchiveArn: arn } })),
};

const suppressedReasons: Site<('BOUNCE' | 'COMPLAINT')[]> = {
  graphqlField: 'createConfigurationSet',
  at: 'input.suppressionOptions.suppressedReasons',
  request: (reasons) => mutation('createConfigurationSet', 'CreateConfigurationSetInput', { name: SET, suppressionOptions: { suppressedReasons: reasons } }),
  refusal: userError('suppressionOptions', 'suppressedReasons'),
  operation: 'CreateConfigurationSet',
  member: 'SuppressionOptions.SuppressedReasons',
  send: (SuppressedReasons) => (client) => client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: SET, SuppressionOptions: { SuppressedReasons } })),
};

// ---------------------------------------------------------------- event destinations

/** A site for one ARN of one destination kind: `graphql` and `ses` build the kind's input around the ARN. */
function destinationArn(
  path: [kind: string, field: string],
  member: string,
  graphql: (arn: string) => Record<string, unknown>,
  ses: (arn: string) => Partial<EventDestinationDefinition>,
): Site<string> {
  return {
    graphqlField: 'createEventDestination',
    at: `input.destination.${path.join('.')}`,
    request: (arn) => mutation('createEventDestination', 'CreateEventDestinationInput', eventDestinationInput(DESTINATION, ['BOUNCE'], graphql(arn))),
    refusal: userError('destination', ...path),
    operation: 'CreateConfigurationSetEventDestination',
    member: `EventDestination.${member}`,
    send: (arn) => createEventDestination(DESTINATION, ['BOUNCE'], ses(arn)),
    setup: () => [createSet()],
  };
}

const ROLE = 'arn:aws:iam::123456789012:role/ses-firehose';
const STREAM = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/ses-events';

const snsTopicArn = destinationArn(['sns', 'topicArn'], 'SnsDestination.TopicArn', (topicArn) => ({ sns: { topicArn } }), (TopicArn) => ({ SnsDestination: { TopicArn } }));
const deliveryStreamArn = destinationArn(
  ['kinesisFirehose', 'deliveryStreamArn'],
  'KinesisFirehoseDestination.DeliveryStreamArn',
  (deliveryStreamArn) => ({ kinesisFirehose: { iamRoleArn: ROLE, deliveryStreamArn } }),
  (DeliveryStreamArn) => ({ KinesisFirehoseDestination: { IamRoleArn: ROLE, DeliveryStreamArn } }),
);
const iamRoleArn = destinationArn(
  ['kinesisFirehose', 'iamRoleArn'],
  'KinesisFirehoseDestination.IamRoleArn',
  (iamRoleArn) => ({ kinesisFirehose: { iamRoleArn, deliveryStreamArn: STREAM } }),
  (IamRoleArn) => ({ KinesisFirehoseDestination: { IamRoleArn, DeliveryStreamArn: STREAM } }),
);
const eventBusArn = destinationArn(['eventBridge', 'eventBusArn'], 'EventBridgeDestination.EventBusArn', (eventBusArn) => ({ eventBridge: { eventBusArn } }), (EventBusArn) => ({ EventBridgeDestination: { EventBusArn } }));
const applicationArn = destinationArn(
  ['pinpoint', 'applicationArn'],
  'PinpointDestination.ApplicationArn',
  (applicationArn) => ({ pinpoint: { applicationArn } }),
  (ApplicationArn) => ({ PinpointDestination: { ApplicationArn } }),
);

const DIMENSIONS = ['destination', 'cloudWatch', 'dimensionConfigurations'];
const dimensionAt = (index: number, field: 'dimensionName' | 'defaultDimensionValue') => [...DIMENSIONS, String(index), field];

const cloudWatchDimensions: Site<CloudWatchDimensionConfiguration[]> = {
  graphqlField: 'createEventDestination',
  at: 'input.destination.cloudWatch.dimensionConfigurations',
  request: (dimensions) =>
    mutation(
      'createEventDestination',
      'CreateEventDestinationInput',
      eventDestinationInput(DESTINATION, ['BOUNCE'], {
        cloudWatch: {
          dimensionConfigurations: dimensions.map((d) => ({ dimensionName: d.DimensionName, dimensionValueSource: d.DimensionValueSource, defaultDimensionValue: d.DefaultDimensionValue })),
        },
      }),
    ),
  refusal: userError(...dimensionAt(0, 'dimensionName')),
  operation: 'CreateConfigurationSetEventDestination',
  member: 'EventDestination.CloudWatchDestination.DimensionConfigurations',
  send: (DimensionConfigurations) => createEventDestination(DESTINATION, ['BOUNCE'], { CloudWatchDestination: { DimensionConfigurations } }),
  setup: () => [createSet()],
};

type Source = 'MESSAGE_TAG' | 'EMAIL_HEADER' | 'LINK_TAG';
const dimension = (DimensionName: string, DefaultDimensionValue = 'none', DimensionValueSource: Source = 'MESSAGE_TAG'): CloudWatchDimensionConfiguration => ({
  DimensionName,
  DimensionValueSource,
  DefaultDimensionValue,
});
const VALUE_AT_0 = { field: dimensionAt(0, 'defaultDimensionValue') };

const matchingEventTypes: Site<EventType[]> = {
  graphqlField: 'createEventDestination',
  at: 'input.matchingEventTypes',
  request: (types) => mutation('createEventDestination', 'CreateEventDestinationInput', eventDestinationInput(DESTINATION, types, { sns: { topicArn: snsTopic } })),
  refusal: userError('matchingEventTypes'),
  operation: 'CreateConfigurationSetEventDestination',
  member: 'EventDestination.MatchingEventTypes',
  send: (types) => createEventDestination(DESTINATION, types, { SnsDestination: { TopicArn: snsTopic } }),
  setup: () => [createSet()],
};

/** The destination kinds set, as [GraphQL input, SES members]. */
type Kinds = [Record<string, unknown>, Partial<EventDestinationDefinition>];
const destinationKinds: Site<Kinds> = {
  graphqlField: 'createEventDestination',
  at: 'input.destination',
  request: ([target]) => mutation('createEventDestination', 'CreateEventDestinationInput', eventDestinationInput(DESTINATION, ['BOUNCE'], target)),
  // EventDestinationTargetInput is @oneOf: graphql-js refuses the variable before any resolver runs.
  refusal: { kind: 'request', code: 'BAD_USER_INPUT' },
  operation: 'CreateConfigurationSetEventDestination',
  member: 'EventDestination (its destination kinds)',
  send: ([, target]) => createEventDestination(DESTINATION, ['BOUNCE'], target),
  setup: () => [createSet()],
};

/** A set already holding `existing` destinations gets one more. */
const destinationsPerSet: Site<number> = {
  graphqlField: 'createEventDestination',
  at: 'input (one more destination for the set)',
  request: () => mutation('createEventDestination', 'CreateEventDestinationInput', eventDestinationInput(DESTINATION, ['BOUNCE'], { sns: { topicArn: snsTopic } })),
  refusal: { kind: 'afterSesCall', operation: 'CreateConfigurationSetEventDestination', code: 'LIMIT_EXCEEDED', field: null },
  operation: 'CreateConfigurationSetEventDestination',
  member: 'ConfigurationSetName (its count of destinations)',
  send: () => createEventDestination(DESTINATION, ['BOUNCE'], { SnsDestination: { TopicArn: snsTopic } }),
  setup: (existing) => [createSet(), createDestinations(existing)],
};

// ---------------------------------------------------------------- email identities: BYODKIM

interface Dkim {
  selector: string;
  key: string;
}
const byodkim = (identity: string): Site<Dkim> => ({
  graphqlField: 'createEmailIdentity',
  at: 'input.dkimSigningAttributes',
  request: ({ selector, key }) =>
    mutation('createEmailIdentity', 'CreateEmailIdentityInput', { name: identity, dkimSigningAttributes: { domainSigningSelector: selector, domainSigningPrivateKey: key } }),
  refusal: userError('dkimSigningAttributes', 'domainSigningSelector'),
  operation: 'CreateEmailIdentity',
  member: 'DkimSigningAttributes',
  send: ({ selector, key }) => (client) =>
    client.send(new CreateEmailIdentityCommand({ EmailIdentity: identity, DkimSigningAttributes: { DomainSigningSelector: selector, DomainSigningPrivateKey: key } })),
});
const KEY_FIELD = { field: ['dkimSigningAttributes', 'domainSigningPrivateKey'] };

// ---------------------------------------------------------------- VDM query arguments

const METRIC_START = '2026-01-01T00:00:00.000Z';
const METRIC_END = '2026-01-02T00:00:00.000Z';
type MetricDimension = 'isp' | 'configurationSet' | 'emailIdentity';
const SES_DIMENSION = { isp: 'ISP', configurationSet: 'CONFIGURATION_SET', emailIdentity: 'EMAIL_IDENTITY' } as const;

const metricDimension = (dimension: MetricDimension): Site<string> => ({
  graphqlField: 'vdmMetrics',
  at: `queries[0].dimensions.${dimension}`,
  request: (value) => ({
    query: 'query RuleVector($queries: [VdmMetricQueryInput!]!) { vdmMetrics(queries: $queries) { id } }',
    variables: { queries: [{ id: 'm', metric: 'SEND', start: METRIC_START, end: METRIC_END, dimensions: { [dimension]: value } }] },
  }),
  refusal: { kind: 'argument', argument: 'queries', field: ['queries', '0', 'dimensions', dimension] },
  operation: 'BatchGetMetricData',
  member: `Queries[0].Dimensions.${SES_DIMENSION[dimension]}`,
  send: (value) => (client) =>
    client.send(
      new BatchGetMetricDataCommand({
        Queries: [{ Id: 'q0', Namespace: 'VDM', Metric: 'SEND', Dimensions: { [SES_DIMENSION[dimension]]: value }, StartDate: new Date(METRIC_START), EndDate: new Date(METRIC_END) }],
      }),
    ),
});

type RecommendationFilter = { type?: 'DKIM'; impact?: 'HIGH'; status?: 'OPEN'; resourceArn?: string };
const recommendationFilter: Site<RecommendationFilter> = {
  graphqlField: 'recommendations',
  at: 'filter',
  request: (filter) => ({
    query: 'query RuleVector($filter: RecommendationFilter) { recommendations(filter: $filter) { nodes { type } } }',
    variables: { filter },
  }),
  refusal: { kind: 'argument', argument: 'filter', field: ['filter'] },
  operation: 'ListRecommendations',
  member: 'Filter',
  send: ({ type, impact, status, resourceArn }) => (client) =>
    client.send(
      new ListRecommendationsCommand({
        Filter: {
          ...(type && { TYPE: type }),
          ...(impact && { IMPACT: impact }),
          ...(status && { STATUS: status }),
          ...(resourceArn !== undefined && { RESOURCE_ARN: resourceArn }),
        },
      }),
    ),
};
const ARN_FIELD = { field: ['filter', 'resourceArn'] };

/**
 * The gateway asks SES for at most `first` + 1 recommendations per page,
 * capped at the 100 SES allows; `first` itself is 1 to 100.
 */
const recommendationsPage: Site<number> = {
  graphqlField: 'recommendations',
  at: 'first',
  request: (first) => ({ query: 'query RuleVector($first: Int) { recommendations(first: $first) { nodes { type } } }', variables: { first } }),
  refusal: { kind: 'argument', argument: 'first' },
  operation: 'ListRecommendations',
  member: 'PageSize',
  send: (PageSize) => (client) => client.send(new ListRecommendationsCommand({ PageSize })),
};

/** `count` distinct metric queries; the gateway packs them into BatchGetMetricData calls of at most 10. */
const metricQueries: Site<number> = {
  graphqlField: 'vdmMetrics',
  at: 'queries',
  request: (count) => ({
    query: 'query RuleVector($queries: [VdmMetricQueryInput!]!) { vdmMetrics(queries: $queries) { id } }',
    variables: { queries: Array.from({ length: count }, (_, i) => ({ id: `m${i}`, metric: 'SEND', start: METRIC_START, end: METRIC_END, dimensions: { isp: `isp-${i}` } })) },
  }),
  refusal: { kind: 'argument', argument: 'queries', field: ['queries'] },
  operation: 'BatchGetMetricData',
  member: 'Queries (per call)',
  send: (count) => (client) =>
    client.send(
      new BatchGetMetricDataCommand({
        Queries: Array.from({ length: count }, (_, i) => ({
          Id: `q${i}`,
          Namespace: 'VDM',
          Metric: 'SEND',
          Dimensions: { ISP: `isp-${i}` },
          StartDate: new Date(METRIC_START),
          EndDate: new Date(METRIC_END),
        })),
      }),
    ),
};

// ---------------------------------------------------------------- the table

export const RULE_VECTORS: readonly RuleVector[] = [
  // Names of configuration sets, event destinations and dedicated IP pools: 1 to 64 of [A-Za-z0-9_-].
  ...vectors('resource name', configurationSetName, nameCases),
  ...vectors('resource name', eventDestinationName, nameCases),
  ...vectors('resource name', sendingPoolName, nameCases),
  ...vectors('resource name', identityDefaultSet, nameCases),

  // Domain names: labels of 1 to 63 letters, digits and inner hyphens; 253 characters in all; at least two labels.
  ...vectors('domain name', customRedirectDomain, domainCases),
  ...vectors('domain name', identityName, domainCases),

  // Email address identities: a dot-atom local part of at most 64 characters.
  ...vectors('email local part', emailIdentityName, localPartCases),

  // Tags: key 1 to 128, value 0 to 256, of letters, digits, spaces and _ . : / = + - @; no aws: key; unique keys; at most 50.
  ...vectors('tag key', createSetTags, tagKeyCases.map((c) => ({ ...c, value: [{ Key: c.value, Value: 'v' }], field: ['tags', '0', 'key'] }))),
  ...vectors('tag value', createSetTags, tagValueCases.map((c) => ({ ...c, value: [{ Key: 'k', Value: c.value }], field: ['tags', '0', 'value'] }))),
  ...vectors('tag key', tagResourceTags, tagKeyCases.map((c) => ({ ...c, value: [{ Key: c.value, Value: 'v' }], field: ['tags', '0', 'key'] }))),
  ...vectors('tag key', untagKeys, tagKeyCases),
  ...vectors('tags per resource', createSetTags, [valid('50 tags (the most)', tagsOf(50)), invalid('51 tags', tagsOf(51))]),
  ...vectors('tags per resource', tagResourceTags, [valid('50 tags (the most)', tagsOf(50)), invalid('51 tags', tagsOf(51))]),
  ...vectors('tags per resource', tagsOnTaggedSet(49), [valid('a 50th tag', tagsOf(1, 'new'))]),
  ...vectors('tags per resource', tagsOnTaggedSet(50), [valid('a new value for a key it has', [{ Key: 'k0', Value: 'changed' }]), invalid('a 51st tag', tagsOf(1, 'new'))]),
  ...vectors('unique tag keys', createSetTags, [invalid('a repeated key', [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }], { field: ['tags', '1', 'key'] })]),

  // MaxDeliverySeconds: 300 (5 minutes) to 50400 (14 hours).
  ...vectors('delivery time limit', createMaxDelivery, maxDeliveryCases),
  ...vectors('delivery time limit', updateMaxDelivery, maxDeliveryCases),

  // A MailManager archive ARN.
  ...vectors('archive ARN', archiveArn, [
    valid('a MailManager archive ARN', ARCHIVE),
    invalid('another service (s3)', ARCHIVE.replace(':ses:', ':s3:')),
    invalid('an 11-digit account', ARCHIVE.replace('123456789012', '12345678901')),
    invalid('another resource type', ARCHIVE.replace('mailmanager-archive/', 'configuration-set/')),
    invalid('no archive id', 'arn:aws:ses:us-east-1:123456789012:mailmanager-archive/'),
    invalid('a bare archive id', 'a-abc123'),
  ]),

  // Suppressed reasons: each at most once.
  ...vectors('suppressed reasons', suppressedReasons, [
    valid('none', []),
    valid('both, once each', ['BOUNCE', 'COMPLAINT']),
    invalid('a repeated reason', ['BOUNCE', 'BOUNCE']),
  ]),

  // Event destination ARNs: each kind's service, a region and 12-digit account where the service has them, and its resource's shape.
  ...vectors('SNS topic ARN', snsTopicArn, [
    valid('a 256-character topic name (the most)', `arn:aws:sns:us-east-1:123456789012:${repeat(256, 't')}`),
    valid('the China partition', 'arn:aws-cn:sns:cn-north-1:123456789012:ses-events'),
    valid('the GovCloud partition', 'arn:aws-us-gov:sns:us-gov-west-1:123456789012:ses-events'),
    invalid('a 257-character topic name', `arn:aws:sns:us-east-1:123456789012:${repeat(257, 't')}`),
    invalid('a FIFO topic', `${snsTopic}.fifo`),
    invalid('another service (sqs)', snsTopic.replace(':sns:', ':sqs:')),
    invalid('a region without its number', snsTopic.replace('us-east-1', 'us-east')),
    invalid('an 11-digit account', snsTopic.replace('123456789012', '12345678901')),
    invalid('an unknown partition', snsTopic.replace('arn:aws:', 'arn:aws-xx:')),
  ]),
  ...vectors('Firehose delivery stream ARN', deliveryStreamArn, [
    valid('a 64-character stream name with . _ - (the most)', `arn:aws:firehose:us-east-1:123456789012:deliverystream/${repeat(61, 's')}._-`),
    invalid('a 65-character stream name', `arn:aws:firehose:us-east-1:123456789012:deliverystream/${repeat(65, 's')}`),
    invalid('a Kinesis data stream', 'arn:aws:kinesis:us-east-1:123456789012:stream/ses-events'),
    invalid('no region', 'arn:aws:firehose::123456789012:deliverystream/ses-events'),
  ]),
  ...vectors('IAM role ARN', iamRoleArn, [
    valid('a 64-character role name (the most)', `arn:aws:iam::123456789012:role/${repeat(64, 'r')}`),
    valid('a role with a path', 'arn:aws:iam::123456789012:role/service-role/ses-firehose'),
    invalid('a 65-character role name', `arn:aws:iam::123456789012:role/${repeat(65, 'r')}`),
    invalid('an IAM user', 'arn:aws:iam::123456789012:user/ses-firehose'),
    invalid('a region (IAM has none)', 'arn:aws:iam:us-east-1:123456789012:role/ses-firehose'),
  ]),
  ...vectors('EventBridge bus ARN', eventBusArn, [
    valid('the default bus', 'arn:aws:events:us-east-1:123456789012:event-bus/default'),
    invalid('a custom bus', 'arn:aws:events:us-east-1:123456789012:event-bus/ses-events'),
    invalid('an 11-digit account', 'arn:aws:events:us-east-1:12345678901:event-bus/default'),
  ]),
  ...vectors('Pinpoint project ARN', applicationArn, [
    valid('a 64-character project id (the most)', `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${repeat(64, 'f')}`),
    invalid('a 65-character project id', `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${repeat(65, 'f')}`),
    invalid('a segment of a project', 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef/segments/s1'),
    invalid('another service (sns)', 'arn:aws:sns:us-east-1:123456789012:apps/0123456789abcdef'),
  ]),

  // CloudWatch dimensions: names 1 to 256 of [A-Za-z0-9_:-], default values 1 to 256 of [A-Za-z0-9_.@-],
  // no reserved header as an EMAIL_HEADER name, names unique, at least one.
  ...vectors('CloudWatch dimension name', cloudWatchDimensions, [
    valid('a 256-character name (the most)', [dimension(repeat(256, 'n'))]),
    valid('a name with _ - and : (an SES auto-tag)', [dimension('ses:configuration-set'), dimension('my_dim-1')]),
    invalid('an empty name', [dimension('')]),
    invalid('a 257-character name', [dimension(repeat(257, 'n'))]),
    invalid('a name with a period', [dimension('my.dim')]),
    invalid('a name with @', [dimension('my@dim')]),
    invalid('a name with a space', [dimension('my dim')]),
    invalid('a repeated name', [dimension('campaign'), dimension('campaign')], { field: dimensionAt(1, 'dimensionName') }),
  ]),
  ...vectors('CloudWatch default dimension value', cloudWatchDimensions, [
    valid('a 256-character value (the most)', [dimension('campaign', repeat(256, 'v'))]),
    valid('a value with _ - @ and .', [dimension('campaign', 'ops_team-1@example.com')]),
    invalid('an empty value', [dimension('campaign', '')], VALUE_AT_0),
    invalid('a 257-character value', [dimension('campaign', repeat(257, 'v'))], VALUE_AT_0),
    invalid('a value with a colon', [dimension('campaign', 'a:b')], VALUE_AT_0),
    invalid('a value with a space', [dimension('campaign', 'a b')], VALUE_AT_0),
    invalid('a value with /', [dimension('campaign', 'a/b')], VALUE_AT_0),
  ]),
  ...vectors('CloudWatch dimension value source', cloudWatchDimensions, [
    valid('a reserved header name from a message tag', [dimension('To', 'none', 'MESSAGE_TAG')]),
    valid('a reserved header name from a link tag', [dimension('From', 'none', 'LINK_TAG')]),
    valid('an unreserved header', [dimension('X-Campaign', 'none', 'EMAIL_HEADER')]),
    ...['Received', 'To', 'From', 'DKIM-Signature', 'CC', 'Message-ID', 'Return-Path'].map((header) => invalid(`the reserved header ${header} from EMAIL_HEADER`, [dimension(header, 'none', 'EMAIL_HEADER')])),
    invalid('a reserved header in another case (dkim-signature)', [dimension('dkim-signature', 'none', 'EMAIL_HEADER')]),
  ]),
  ...vectors('CloudWatch dimensions', cloudWatchDimensions, [invalid('no dimension', [], { field: DIMENSIONS })]),

  // Matching event types: at least one, each once.
  ...vectors('matching event types', matchingEventTypes, [
    valid('all ten event types', ['SEND', 'REJECT', 'BOUNCE', 'COMPLAINT', 'DELIVERY', 'OPEN', 'CLICK', 'RENDERING_FAILURE', 'DELIVERY_DELAY', 'SUBSCRIPTION']),
    invalid('none', []),
    invalid('a repeated event type', ['SEND', 'SEND'], { field: ['matchingEventTypes', '1'] }),
  ]),

  // Exactly one destination kind.
  ...vectors('destination kinds', destinationKinds, [
    invalid('no kind', [{}, {}]),
    invalid('two kinds', [
      { sns: { topicArn: snsTopic }, eventBridge: { eventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/default' } },
      { SnsDestination: { TopicArn: snsTopic }, EventBridgeDestination: { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/default' } },
    ]),
  ]),

  // At most 10 event destinations per configuration set: only SES can count them.
  ...vectors('event destinations per set', destinationsPerSet, [
    valid('a 10th destination (the most)', 9),
    invalid('an 11th destination', 10, { exception: 'LimitExceededException' }),
  ]),

  // BYODKIM: a selector of 1 to 63 letters, digits and inner hyphens; a 1024- or 2048-bit RSA key, base64 DER; domains only.
  ...vectors('DKIM selector', byodkim(IDENTITY), [
    valid('a 1-character selector', { selector: 's', key: RSA_1024 }),
    valid('a 63-character selector (the most)', { selector: repeat(63, 's'), key: RSA_1024 }),
    valid('a hyphen inside', { selector: 'ses-2026', key: RSA_1024 }),
    invalid('a 64-character selector', { selector: repeat(64, 's'), key: RSA_1024 }),
    invalid('a selector starting with a hyphen', { selector: '-ses', key: RSA_1024 }),
    invalid('a selector ending with a hyphen', { selector: 'ses-', key: RSA_1024 }),
    invalid('a selector with an underscore', { selector: 'ses_2026', key: RSA_1024 }),
  ]),
  ...vectors('DKIM private key', byodkim(IDENTITY), [
    valid('a 1024-bit RSA key (PKCS#8)', { selector: 'ses', key: RSA_1024 }),
    valid('a 2048-bit RSA key (PKCS#1)', { selector: 'ses', key: RSA_2048 }),
    invalid('a 512-bit RSA key', { selector: 'ses', key: RSA_512 }, KEY_FIELD),
    invalid('an EC key', { selector: 'ses', key: EC_P256 }, KEY_FIELD),
    invalid('a PEM-armoured key', { selector: 'ses', key: PEM_1024 }, KEY_FIELD),
    invalid('base64 that is no key', { selector: 'ses', key: Buffer.from('not a key').toString('base64') }, KEY_FIELD),
  ]),
  ...vectors('DKIM identity type', byodkim('ops@rv.example.com'), [invalid('an email address identity', { selector: 'ses', key: RSA_1024 }, { field: ['dkimSigningAttributes'] })]),

  // VDM metric dimensions: values of at least one character.
  ...vectors('metric dimension value', metricDimension('isp'), [valid('a 1-character ISP', 'G'), invalid('an empty ISP', '')]),
  ...vectors('metric dimension value', metricDimension('configurationSet'), [valid('a 1-character set name', 's'), invalid('an empty set name', '')]),

  // BatchGetMetricData takes 1 to 10 queries; the gateway takes up to 100 and packs them 10 to a call.
  ...vectors('metric queries per call', metricQueries, [
    valid('10 queries (the most)', 10),
    invalid('11 queries (the gateway sends them as 10 and 1)', 11, { gatewayAccepts: true }),
  ]),

  // ListRecommendations PageSize: 1 to 100; the gateway's `first` is 1 to 100 and it asks for at most 100.
  ...vectors('recommendations page size', recommendationsPage, [
    valid('100 (the most)', 100),
    invalid('101', 101),
    invalid('0', 0),
  ]),

  // ListRecommendations filter: one key, or STATUS with IMPACT or with TYPE; a resource ARN of 1 to 512 characters.
  ...vectors('recommendation filter', recommendationFilter, [
    valid('a 512-character resource ARN (the most)', { resourceArn: `arn:aws:ses:us-east-1:123456789012:identity/${repeat(512 - 44, 'd')}` }),
    valid('a 1-character resource ARN', { resourceArn: 'a' }),
    valid('status with type', { status: 'OPEN', type: 'DKIM' }),
    valid('status with impact', { status: 'OPEN', impact: 'HIGH' }),
    invalid('a 513-character resource ARN', { resourceArn: `arn:aws:ses:us-east-1:123456789012:identity/${repeat(513 - 44, 'd')}` }, ARN_FIELD),
    invalid('an empty resource ARN', { resourceArn: '' }, ARN_FIELD),
    invalid('type with impact', { type: 'DKIM', impact: 'HIGH' }),
    invalid('status, type and impact', { status: 'OPEN', type: 'DKIM', impact: 'HIGH' }),
    invalid('a resource ARN with status', { resourceArn: 'a', status: 'OPEN' }),
  ]),
];
