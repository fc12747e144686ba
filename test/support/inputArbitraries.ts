/**
 * fast-check arbitraries for every mutation's `input`, built by walking the
 * served schema's input types, for the property tests in
 * test/gateway/properties.test.ts.
 *
 * Each input field gets a rule here, keyed `InputType.field`: which strings,
 * numbers and lists the gateway accepts, and which it must refuse. A field
 * without a rule makes `missingRules` name it, so a new mutation or input
 * field fails the property tests until it is described here.
 *
 * From a valid input, `corruptionCandidates` lists what can be broken and
 * where, each tagged with the layer that must refuse it: `gateway` (its own
 * input rules: a userError naming the field, before any SES call) or
 * `graphql` (type checking: a validation or BAD_USER_INPUT error).
 */
import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { decodeId, encodeId } from '../../src/gateway/ids.js';
import { isTargeted, MUTATION_TARGETS } from '../../src/gateway/mutationTargets.js';

export type Path = (string | number)[];

/** Who must refuse a corrupted value: the gateway's input rules (userError) or GraphQL's type checks (request error). */
export type Layer = 'gateway' | 'graphql';

/** Marks a field to delete from its object. */
export const OMIT: unique symbol = Symbol('omit');

export interface Candidate {
  path: Path;
  layer: Layer;
  label: string;
  value: fc.Arbitrary<unknown>;
  /** A break that only means something on an otherwise valid input (how the object is named: the id is checked before the rest). */
  alone?: true;
}

export interface Corruption {
  path: Path;
  layer: Layer;
  label: string;
}

/** Names the pool of valid values draws on, so that some valid inputs reach existing resources. */
export const SEEDED = { sets: ['prop-a', 'prop-b'], identities: ['prop.example.com', 'ops@prop.example.com'], destination: 'prop-dest' } as const;

// ---------------------------------------------------------------- characters

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** Letters and marks that look harmless but are outside every ASCII-only rule. */
const exotic = pick(['é', 'ß', 'Ω', '名', '😀', '\u200d', '\u202e', '\u00a0', '\u2028', 'Ａ', '\ufeff', '\u0301', '\u007f']);
const punctuation = pick([' ', '.', '/', ':', '@', '#', '!', '"', "'", '\\', '<', '>', '%', '*', '?', '&', '{', '}', '[', ']', '`', '$', ',', ';', '|', '~', '^', '=', '+']);
/** One character outside `allowed`, from every family above or anywhere in Unicode. */
const forbiddenChar = (allowed: RegExp) =>
  fc.oneof(control, loneSurrogate, exotic, punctuation, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })).filter((c) => !allowed.test(c));
/** A valid value with one forbidden character inserted at a random place. */
const withForbidden = (valid: fc.Arbitrary<string>, allowed: RegExp) =>
  fc.tuple(valid, forbiddenChar(allowed), fc.nat()).map(([text, bad, at]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + bad + text.slice(i);
  });
const blank = pick(['', ' ', '   ', '\t', '\n', '\r\n', '\u00a0', '\u3000']);
const longOf = (allowed: string, min: number, max: number) => fc.string({ unit: pick([...allowed]), minLength: min, maxLength: max });

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

// ---------------------------------------------------------------- string rules

export interface StringRule {
  valid: fc.Arbitrary<string>;
  /** Values the gateway's own rules refuse; omit when every string is acceptable. */
  invalid?: fc.Arbitrary<string>;
}

const resourceChars = /^[A-Za-z0-9_-]$/;
const freshResourceName = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/) },
  { weight: 1, arbitrary: longOf(`${ALNUM}_-`, 64, 64) },
);
const resourceName: StringRule = {
  valid: fc.oneof({ weight: 1, arbitrary: pick(SEEDED.sets) }, { weight: 3, arbitrary: freshResourceName }),
  invalid: fc.oneof(
    blank,
    longOf(`${ALNUM}_-`, 65, 400),
    withForbidden(freshResourceName, resourceChars),
    fc.string({ unit: 'grapheme', minLength: 65, maxLength: 200 }),
  ),
};

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const freshDomain = fc.tuple(label, pick(['example.com', 'example.org', 'mail.test'])).map(([first, rest]) => `${first}.${rest}`);
const invalidDomain = fc.oneof(
  blank,
  pick(['localhost', 'a..example.com', '-a.example.com', 'a-.example.com', 'example.com.', '.example.com', 'bücher.example', 'a_b.example.com', 'exa mple.com']),
  label.map((l) => `${l}${'x'.repeat(64)}.example.com`),
  fc.integer({ min: 254, max: 600 }).map((n) => `${'a.'.repeat(Math.ceil(n / 2))}com`),
  // '@' changes which part is the domain, and '.' or '-' may still leave a valid name.
  withForbidden(freshDomain, /^[A-Za-z0-9.\-@]$/),
);
const domain: StringRule = { valid: freshDomain, invalid: invalidDomain };

const localPart = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,12}(?:\.[A-Za-z0-9_-]{1,8})?$/);
const identityName: StringRule = {
  valid: fc.oneof({ weight: 1, arbitrary: pick(SEEDED.identities) }, { weight: 3, arbitrary: freshDomain }, { weight: 2, arbitrary: fc.tuple(localPart, freshDomain).map(([l, d]) => `${l}@${d}`) }),
  invalid: fc.oneof(
    invalidDomain,
    freshDomain.map((d) => `@${d}`),
    localPart.map((l) => `${l}@`),
    fc.tuple(localPart, invalidDomain.filter((d) => !d.includes('@'))).map(([l, d]) => `${l}@${d}`),
    freshDomain.map((d) => `${'a'.repeat(65)}@${d}`),
    fc.tuple(pick(['a b', '.ab', 'ab.', 'a..b', 'ü', '"q"', 'a\u0000b', '(c)', 'a,b', 'a\nb']), freshDomain).map(([l, d]) => `${l}@${d}`),
  ),
};

const TAG_ALPHABET = `${ALNUM} _.:/=+-@éñ名Ω٣\u00a0`;
const tagKeyValid = fc
  .oneof({ weight: 5, arbitrary: longOf(TAG_ALPHABET, 1, 24) }, { weight: 1, arbitrary: longOf(TAG_ALPHABET, 128, 128) })
  .filter((key) => !key.toLowerCase().startsWith('aws:'));
const tagChars = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;
const tagKey: StringRule = {
  valid: tagKeyValid,
  invalid: fc.oneof(
    fc.constant(''),
    longOf(TAG_ALPHABET, 129, 300),
    fc.tuple(pick(['aws:', 'AWS:', 'Aws:']), longOf(ALNUM, 0, 10)).map(([prefix, rest]) => prefix + rest),
    withForbidden(tagKeyValid, tagChars),
  ),
};
const tagValueValid = fc.oneof({ weight: 5, arbitrary: longOf(TAG_ALPHABET, 0, 24) }, { weight: 1, arbitrary: longOf(TAG_ALPHABET, 256, 256) });
const tagValue: StringRule = {
  valid: tagValueValid,
  invalid: fc.oneof(longOf(TAG_ALPHABET, 257, 600), withForbidden(tagValueValid, tagChars)),
};

const account = fc.stringMatching(/^\d{12}$/);
const region = pick(['us-east-1', 'eu-west-1', 'ap-southeast-2']);
/** Breaks an ARN in the ways every ARN rule here refuses. */
const invalidArn = (valid: fc.Arbitrary<string>) =>
  fc.oneof(
    blank,
    pick(['not-an-arn', 'arn:aws', 'arn:aws:::', 'arn:aws:s3:::bucket']),
    valid.map((arn) => arn.replace(/:\d{12}:/, ':12345678901:')),
    valid.map((arn) => arn.replace(/^arn:aws/, 'arn:gcp')),
    valid.map((arn) => ` ${arn}`),
    fc.tuple(valid, forbiddenChar(/^[\w+=,.@:/-]$/)).map(([arn, bad]) => `${arn}${bad}`),
  );
const arnRule = (valid: fc.Arbitrary<string>, ...extraInvalid: fc.Arbitrary<string>[]): StringRule => ({ valid, invalid: fc.oneof(invalidArn(valid), ...extraInvalid) });

const snsArn = fc.tuple(region, account, fc.stringMatching(/^[\w-]{1,40}$/)).map(([r, a, t]) => `arn:aws:sns:${r}:${a}:${t}`);
const busArn = fc.tuple(region, account).map(([r, a]) => `arn:aws:events:${r}:${a}:event-bus/default`);
const roleArn = fc.tuple(account, fc.stringMatching(/^[\w+=,.@-]{1,40}$/)).map(([a, n]) => `arn:aws:iam::${a}:role/${n}`);
const streamArn = fc.tuple(region, account, fc.stringMatching(/^[\w.-]{1,40}$/)).map(([r, a, n]) => `arn:aws:firehose:${r}:${a}:deliverystream/${n}`);
const pinpointArn = fc.tuple(region, account, fc.stringMatching(/^[\w-]{1,40}$/)).map(([r, a, n]) => `arn:aws:mobiletargeting:${r}:${a}:apps/${n}`);
const archiveArn = fc.tuple(region, account, fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/)).map(([r, a, n]) => `arn:aws:ses:${r}:${a}:mailmanager-archive/${n}`);

/** Headers SES refuses as EMAIL_HEADER dimension names. */
export const RESERVED_HEADERS = ['received', 'to', 'from', 'dkim-signature', 'cc', 'message-id', 'return-path'];
const dimensionNameValid = fc.stringMatching(/^[A-Za-z0-9_:-]{1,30}$/).filter((n) => !RESERVED_HEADERS.includes(n.toLowerCase()));
const dimensionValueValid = fc.stringMatching(/^[A-Za-z0-9_.@-]{1,30}$/);

/** A taggable resource's id as the gateway hands them out. */
const taggableId = fc.oneof(
  resourceName.valid.map((name) => encodeId('ConfigurationSet', 'us-east-1', name)),
  identityName.valid.map((name) => encodeId('EmailIdentity', 'us-east-1', name)),
  freshResourceName.map((name) => encodeId('DedicatedIpPool', 'us-east-1', name)),
);
const invalidId = fc.oneof(
  blank,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null', 'utf8').toString('base64url')),
  fc.constant(encodeId('EventDestination', 'us-east-1', 'prop-a', 'prop-dest')),
  fc.constant(encodeId('Unknown' as never, 'us-east-1', 'prop-a')),
  freshResourceName.map((name) => encodeId('ConfigurationSet', 'mars-east-1', name)),
  resourceName.invalid!.map((name) => encodeId('ConfigurationSet', 'us-east-1', name)),
  identityName.invalid!.map((name) => encodeId('EmailIdentity', 'us-east-1', name)),
);

/** Not an id of `type` the gateway could have handed out: not an id at all, another type's, a region not served, a name SES refuses. */
const notAnIdOf = (type: 'ConfigurationSet' | 'EmailIdentity' | 'EventDestination') =>
  fc.oneof(
    blank,
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null', 'utf8').toString('base64url')),
    fc.constant(type === 'ConfigurationSet' ? encodeId('EmailIdentity', 'us-east-1', 'prop.example.com') : encodeId('ConfigurationSet', 'us-east-1', 'prop-a')),
    fc.constant(encodeId(type, 'mars-east-1', ...(type === 'EventDestination' ? ['prop-a', 'prop-dest'] : ['prop-a']))),
    (type === 'EmailIdentity' ? identityName : resourceName).invalid!.map((name) => encodeId(type, 'us-east-1', ...(type === 'EventDestination' ? ['prop-a', name] : [name]))),
  );
const idRegion = pick(['us-east-1', 'eu-west-1']);
/** Ids of a set, an identity or a destination as the gateway hands them out (mutations on existing objects take them beside names). */
const setId: StringRule = { valid: fc.tuple(idRegion, resourceName.valid).map(([r, n]) => encodeId('ConfigurationSet', r, n)), invalid: notAnIdOf('ConfigurationSet') };
const identityId: StringRule = { valid: fc.tuple(idRegion, identityName.valid).map(([r, n]) => encodeId('EmailIdentity', r, n)), invalid: notAnIdOf('EmailIdentity') };
const destinationId: StringRule = {
  valid: fc.tuple(idRegion, resourceName.valid, fc.oneof(fc.constant(SEEDED.destination), resourceName.valid)).map(([r, set, n]) => encodeId('EventDestination', r, set, n)),
  invalid: notAnIdOf('EventDestination'),
};

/** Every String and ID input field, by `InputType.field`. List fields of strings use the key of the list field. */
export const STRING_RULES: Record<string, StringRule> = {
  'CreateConfigurationSetInput.name': resourceName,
  'UpdateConfigurationSetInput.name': resourceName,
  'SetConfigurationSetSendingEnabledInput.name': resourceName,
  'DeleteConfigurationSetInput.name': resourceName,
  'CloneConfigurationSetInput.sourceName': resourceName,
  'CloneConfigurationSetInput.name': resourceName,
  'SetConfigurationSetVdmOptionsInput.name': resourceName,
  'DeliveryOptionsInput.sendingPoolName': resourceName,
  'CreateEventDestinationInput.configurationSetName': resourceName,
  'UpdateEventDestinationInput.configurationSetName': resourceName,
  'DeleteEventDestinationInput.configurationSetName': resourceName,
  'CreateEventDestinationInput.name': { valid: fc.oneof(fc.constant(SEEDED.destination), resourceName.valid), invalid: resourceName.invalid! },
  'UpdateEventDestinationInput.name': { valid: fc.oneof(fc.constant(SEEDED.destination), resourceName.valid), invalid: resourceName.invalid! },
  'DeleteEventDestinationInput.name': { valid: fc.oneof(fc.constant(SEEDED.destination), resourceName.valid), invalid: resourceName.invalid! },
  'CreateEmailIdentityInput.defaultConfigurationSetName': resourceName,
  'SetEmailIdentityDefaultConfigurationSetInput.configurationSetName': resourceName,
  'CreateEmailIdentityInput.name': identityName,
  'DeleteEmailIdentityInput.name': identityName,
  'SetEmailIdentityDefaultConfigurationSetInput.name': identityName,
  'TagInput.key': tagKey,
  'TagInput.value': tagValue,
  'UntagResourceInput.keys': tagKey,
  'UpdateConfigurationSetInput.id': setId,
  'SetConfigurationSetSendingEnabledInput.id': setId,
  'DeleteConfigurationSetInput.id': setId,
  'SetConfigurationSetVdmOptionsInput.id': setId,
  'CloneConfigurationSetInput.sourceId': setId,
  'CreateEventDestinationInput.configurationSetId': setId,
  'UpdateEventDestinationInput.id': destinationId,
  'DeleteEventDestinationInput.id': destinationId,
  'DeleteEmailIdentityInput.id': identityId,
  'SetEmailIdentityDefaultConfigurationSetInput.id': identityId,
  'TagResourceInput.id': { valid: taggableId, invalid: invalidId },
  'UntagResourceInput.id': { valid: taggableId, invalid: invalidId },
  'TrackingOptionsInput.customRedirectDomain': domain,
  'ArchivingOptionsInput.archiveArn': arnRule(archiveArn, archiveArn.map((arn) => arn.replace(/\/.*$/, '/'))),
  'SnsDestinationInput.topicArn': arnRule(snsArn, snsArn.map((arn) => `${arn}.fifo`)),
  'EventBridgeDestinationInput.eventBusArn': arnRule(busArn, busArn.map((arn) => arn.replace(/default$/, 'custom-bus'))),
  'KinesisFirehoseDestinationInput.iamRoleArn': arnRule(roleArn, account.map((a) => `arn:aws:iam::${a}:role/${'r'.repeat(65)}`)),
  'KinesisFirehoseDestinationInput.deliveryStreamArn': arnRule(streamArn),
  'PinpointDestinationInput.applicationArn': arnRule(pinpointArn),
  'CloudWatchDimensionConfigurationInput.dimensionName': {
    valid: dimensionNameValid,
    invalid: fc.oneof(fc.constant(''), longOf(`${ALNUM}_:-`, 257, 400), withForbidden(dimensionNameValid, /^[A-Za-z0-9_:-]$/)),
  },
  'CloudWatchDimensionConfigurationInput.defaultDimensionValue': {
    valid: dimensionValueValid,
    invalid: fc.oneof(fc.constant(''), longOf(`${ALNUM}_.@-`, 257, 400), withForbidden(dimensionValueValid, /^[A-Za-z0-9_.@-]$/)),
  },
};

// ---------------------------------------------------------------- numbers and lists

export interface IntRule {
  valid: fc.Arbitrary<number>;
  invalid?: fc.Arbitrary<number>;
}

export const INT_RULES: Record<string, IntRule> = {
  'DeliveryOptionsInput.maxDeliverySeconds': {
    valid: fc.oneof(pick([300, 50_400]), fc.integer({ min: 300, max: 50_400 })),
    invalid: fc.oneof(pick([299, 50_401, 0, -1, 2_147_483_647, -2_147_483_648]), fc.integer({ min: -2_147_483_648, max: 299 }), fc.integer({ min: 50_401, max: 2_147_483_647 })),
  },
};

export interface ListRule {
  /** Fewest items the gateway accepts. */
  min?: number;
  /** Most items the gateway accepts. */
  max?: number;
  /** Items must differ in this key. */
  unique?: (item: never) => unknown;
}

const byTagKey = (tag: { key: string }) => tag.key;
const same = (item: unknown) => item;

/** Every list input field, by `InputType.field`: `{}` for a list the gateway puts no rule on. */
export const LIST_RULES: Record<string, ListRule> = {
  'TagResourceInput.tags': { min: 1, max: 50, unique: byTagKey },
  'CreateConfigurationSetInput.tags': { max: 50, unique: byTagKey },
  'CreateEmailIdentityInput.tags': { max: 50, unique: byTagKey },
  'UntagResourceInput.keys': { min: 1 },
  'CreateEventDestinationInput.matchingEventTypes': { min: 1, unique: same },
  'UpdateEventDestinationInput.matchingEventTypes': { min: 1, unique: same },
  'SuppressionOptionsInput.suppressedReasons': { unique: same },
  'CloudWatchDestinationInput.dimensionConfigurations': { min: 1, unique: (d: { dimensionName: string }) => d.dimensionName },
};

/** Fields an update may leave out but not clear: null for them breaks a gateway rule. */
export const NULL_FORBIDDEN: Record<string, string[]> = {
  UpdateConfigurationSetInput: ['sendingEnabled', 'reputationOptions', 'suppressionOptions'],
};

/**
 * Optional input fields the walk leaves out. BYODKIM attributes hold rules
 * across fields and the identity (domains only, selector and key together, a
 * real RSA key), which a field-by-field break cannot state; they have their
 * own tests in test/gateway/byodkim.test.ts, with zero SES calls asserted.
 */
export const NOT_GENERATED: Record<string, true> = { 'CreateEmailIdentityInput.dkimSigningAttributes': true };

/**
 * How an input names its existing object, when its mutation acts on one
 * (src/gateway/mutationTargets.ts; each input is named after its mutation,
 * `UpdateConfigurationSetInput` for `updateConfigurationSet`): a valid input
 * uses exactly one form, id or names, so the schema requires neither.
 */
function targetOf(inputType: string) {
  const mutation = inputType.replace(/Input$/, '').replace(/^./, (c) => c.toLowerCase());
  return isTargeted(mutation) ? MUTATION_TARGETS[mutation] : undefined;
}

const REGIONS = ['us-east-1', 'eu-west-1'];
const INVALID_REGIONS = ['', 'mars-east-1', 'US-EAST-1', 'us-east-1 ', 'us-east-1\u0000', 'us_east_1', 'useast1', 'us-east-100', 'aws-global'];

// ---------------------------------------------------------------- the walk

const keyOf = (parent: string, field: string) => `${parent}.${field}`;

/** Input fields (as `Type.field`) the rules above do not describe; the property tests require none. */
export function missingRules(schema: GraphQLSchema): string[] {
  const missing = new Set<string>();
  const seen = new Set<string>();
  const visit = (type: GraphQLInputObjectType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const key = keyOf(type.name, field.name);
      if (NOT_GENERATED[key]) continue;
      let t = getNullableType(field.type);
      if (isListType(t)) {
        if (!Object.hasOwn(LIST_RULES, key)) missing.add(`${key} (list: add to LIST_RULES)`);
        t = getNullableType(t.ofType);
      }
      if (isInputObjectType(t)) visit(t);
      else if (isScalarType(t) && (t.name === 'String' || t.name === 'ID') && !Object.hasOwn(STRING_RULES, key)) missing.add(`${key} (add to STRING_RULES)`);
      else if (isScalarType(t) && t.name === 'Int' && !Object.hasOwn(INT_RULES, key)) missing.add(`${key} (add to INT_RULES)`);
      else if (isScalarType(t) && !['String', 'ID', 'Int', 'Boolean', 'Region'].includes(t.name)) missing.add(`${key} (scalar ${t.name}: teach inputArbitraries.ts)`);
    }
  };
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    for (const arg of field.args) {
      const t = getNullableType(arg.type);
      if (isInputObjectType(t)) visit(t);
      else missing.add(`Mutation.${field.name}(${arg.name}) is not an input object`);
      if (isTargeted(field.name) && targetOf(String(t)) === undefined) missing.add(`${String(t)} (names its object by id or names, but is not named after ${field.name}: teach targetOf)`);
    }
  }
  return [...missing].sort();
}

/** Values of `type` that the gateway's rules accept (SES may still refuse them, e.g. NOT_FOUND). */
export function validValue(type: GraphQLInputType, key = ''): fc.Arbitrary<unknown> {
  const t = getNullableType(type);
  if (isListType(t)) {
    const rule = LIST_RULES[key] ?? {};
    const item = validValue(t.ofType, key);
    const bounds = { minLength: rule.min ?? 0, maxLength: Math.min(rule.max ?? 4, 4) };
    return rule.unique ? fc.uniqueArray(item, { ...bounds, selector: rule.unique as (v: unknown) => unknown }) : fc.array(item, bounds);
  }
  if (isEnumType(t)) return pick(t.getValues().map((v) => v.name));
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => !NOT_GENERATED[keyOf(t.name, f.name)]);
    // A @oneOf input's fields are alternatives: exactly one is set.
    if (t.isOneOf) return fc.oneof(...fields.map((f) => validValue(f.type, keyOf(t.name, f.name)).map((v) => ({ [f.name]: v }))));
    const model = Object.fromEntries(fields.map((f) => [f.name, validValue(f.type, keyOf(t.name, f.name))]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    const target = targetOf(t.name);
    if (target) {
      // By names (region optional), or by the id alone: the id names its region.
      const { [target.idField]: _id, ...byNames } = model;
      const byId = Object.fromEntries(Object.entries(model).filter(([name]) => !(target.nameFields as readonly string[]).includes(name) && name !== 'region'));
      return fc.oneof(
        fc.record(byNames, { requiredKeys: [...requiredKeys, ...target.nameFields] }),
        fc.record(byId, { requiredKeys: [...requiredKeys, target.idField] }),
      );
    }
    return fc.record(model, { requiredKeys });
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'String':
      case 'ID': {
        const rule = STRING_RULES[key];
        if (!rule) throw new Error(`no string rule for ${key}`);
        return rule.valid;
      }
      case 'Int': {
        const rule = INT_RULES[key];
        if (!rule) throw new Error(`no int rule for ${key}`);
        return rule.valid;
      }
      case 'Boolean':
        return fc.boolean();
      case 'Region':
        return pick(REGIONS);
    }
  }
  throw new Error(`no arbitrary for ${String(type)} at ${key}`);
}

/** A value of the wrong GraphQL type for `type`, that no coercion turns into a right one. */
function wrongType(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const t = getNullableType(type);
  // A single item stands for a one-item list in GraphQL, so a list needs an item that fits no item type;
  // and an array passes for an input object whose fields are all optional, so objects get no array.
  if (isListType(t)) return fc.constant(42.5);
  if (isEnumType(t)) return pick([7, true, { value: 'x' }]);
  if (isInputObjectType(t)) return pick(['an object', 12, true]);
  switch (t.name) {
    case 'Int':
      return pick(['300', 1.5, true, 2_147_483_648, -2_147_483_649]);
    case 'Boolean':
      return pick(['true', 1, 0, 'yes']);
    case 'ID':
      return pick([true, 1.5, { id: 'x' }]);
    default:
      return pick([42, true, { value: 'x' }, 1.5]);
  }
}

const invalidEnum = (values: string[]) =>
  fc.oneof(
    pick(['NOPE', '', ' ', 'null', '__typename']),
    pick(values).map((v) => v.toLowerCase()),
    pick(values).map((v) => ` ${v}`),
    pick(values).map((v) => `${v}\u0000`),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  ).filter((v) => !values.includes(v));

/** What can be broken in `value` (of `type`, at `path`), and which layer must refuse each break. */
export function corruptionCandidates(value: unknown, type: GraphQLInputType, key = '', path: Path = []): Candidate[] {
  const out: Candidate[] = [];
  const t = getNullableType(type);
  const last = path[path.length - 1];
  out.push({ path, layer: 'graphql', label: 'wrong type', value: wrongType(t) });
  if (isNonNullType(type)) {
    out.push({ path, layer: 'graphql', label: 'null for a non-null', value: fc.constant(null) });
    if (typeof last === 'string') out.push({ path, layer: 'graphql', label: 'required field left out', value: fc.constant(OMIT) });
  }
  if (isListType(t) && Array.isArray(value)) {
    const rule = LIST_RULES[key] ?? {};
    const item = validValue(t.ofType, key);
    if ((rule.min ?? 0) > 0) out.push({ path, layer: 'gateway', label: 'empty list', value: fc.constant([]) });
    if (rule.max !== undefined) {
      const max = rule.max;
      out.push({ path, layer: 'gateway', label: `more than ${max} items`, value: fc.uniqueArray(item, { minLength: max + 1, maxLength: max + 60, selector: (rule.unique ?? same) as (v: unknown) => unknown }) });
    }
    if (rule.unique) {
      const dup = value.length > 0 ? fc.nat(value.length - 1).map((i) => [...value, value[i]]) : item.map((x) => [x, x]);
      out.push({ path, layer: 'gateway', label: 'repeated item', value: dup });
    }
    // Bigger than the body limit, whatever the rules: refused with 413 before parsing.
    out.push({
      path,
      layer: 'graphql',
      label: 'list past the body limit',
      value: item.map((x) => Array.from({ length: Math.min(40_000, Math.ceil(70_000 / ((JSON.stringify(x)?.length ?? 1) + 1))) }, () => x)),
    });
    value.forEach((element, index) => out.push(...corruptionCandidates(element, t.ofType, key, [...path, index])));
    return out;
  }
  if (isEnumType(t)) {
    out.push({ path, layer: 'graphql', label: 'not an enum value', value: invalidEnum(t.getValues().map((v) => v.name)) });
    return out;
  }
  if (isInputObjectType(t) && value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const fields = t.getFields();
    out.push({ path, layer: 'graphql', label: 'unknown field', value: pick(['extra', 'Name', '__proto__x', 'name ']).map((f) => ({ ...object, [f]: 1 })) });
    for (const field of NULL_FORBIDDEN[t.name] ?? []) out.push({ path: [...path, field], layer: 'gateway', label: 'null where it cannot be cleared', value: fc.constant(null) });
    const target = targetOf(t.name);
    if (target) {
      const id = object[target.idField];
      if (id === undefined) {
        // Names given: an id beside them names the object twice.
        out.push({ path: [...path, target.idField], layer: 'gateway', label: 'an id beside the names', value: validValue(fields[target.idField]!.type, keyOf(t.name, target.idField)), alone: true });
      } else {
        // The id given: a region beside it must be the id's own.
        const own = typeof id === 'string' ? decodeId(id)?.region : undefined;
        out.push({ path: [...path, 'region'], layer: 'gateway', label: "a region other than the id's", value: pick(REGIONS.filter((r) => r !== own)), alone: true });
      }
    }
    // graphql-js enforces @oneOf, before any resolver.
    if (t.isOneOf) {
      const others = Object.values(fields).filter((f) => object[f.name] === undefined);
      const chosen = Object.keys(object).filter((name) => object[name] !== undefined);
      out.push({ path, layer: 'graphql', label: 'no alternative set', value: fc.constant({}) });
      out.push({ path, layer: 'graphql', label: 'the alternative set to null', value: fc.constant(Object.fromEntries(chosen.map((name) => [name, null]))) });
      if (others.length > 0) {
        out.push({
          path,
          layer: 'graphql',
          label: 'two alternatives set',
          value: pick(others).chain((f) => validValue(f.type, keyOf(t.name, f.name)).map((v) => ({ ...object, [f.name]: v }))),
        });
      }
    }
    if (t.name === 'CloudWatchDimensionConfigurationInput') {
      out.push({
        path,
        layer: 'gateway',
        label: 'reserved header as an EMAIL_HEADER dimension',
        value: pick(RESERVED_HEADERS).chain((h) => pick([h, h.toUpperCase(), h.replace(/^./, (c) => c.toUpperCase())])).map((h) => ({ ...object, dimensionName: h, dimensionValueSource: 'EMAIL_HEADER' })),
      });
    }
    for (const field of Object.values(fields)) {
      if (object[field.name] === undefined) continue;
      out.push(...corruptionCandidates(object[field.name], field.type, keyOf(t.name, field.name), [...path, field.name]));
    }
    return out;
  }
  if (isScalarType(t)) {
    if (t.name === 'String' || t.name === 'ID') {
      const invalid = STRING_RULES[key]?.invalid;
      if (invalid) out.push({ path, layer: 'gateway', label: 'string the rules refuse', value: invalid });
    } else if (t.name === 'Int') {
      const invalid = INT_RULES[key]?.invalid;
      if (invalid) out.push({ path, layer: 'gateway', label: 'number out of range', value: invalid });
    } else if (t.name === 'Region') {
      out.push({ path, layer: 'graphql', label: 'not a region', value: pick(INVALID_REGIONS) });
    }
  }
  return out;
}

const overlaps = (a: Path, b: Path) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (String(a[i]) !== String(b[i])) return false;
  return true;
};

/** Sets `next` at `path` in a copy of `root`; `OMIT` deletes the field. */
export function setAt(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as Record<string, unknown>) }) as Record<string | number, unknown>;
  const child = setAt(copy[head], rest, next);
  if (child === OMIT) delete copy[head];
  else copy[head] = child;
  return copy;
}

export interface Corrupted {
  input: unknown;
  corruptions: Corruption[];
}

/** A valid input with one to three breaks at separate places (no break inside another, so none can hide another). */
export function corruptedValue(type: GraphQLInputType, key = ''): fc.Arbitrary<Corrupted> {
  return validValue(type, key).chain((valid) => {
    const candidates = corruptionCandidates(valid, type, key);
    const gateway = candidates.filter((c) => c.layer === 'gateway');
    const separate = (chosen: Candidate[]) =>
      (chosen.length === 1 || !chosen.some((c) => c.alone)) && chosen.every((a, i) => chosen.every((b, j) => i === j || !overlaps(a.path, b.path)));
    // Type errors are plentiful (every node can be null or of the wrong type) and all end the same way, before
    // any resolver; the gateway's own rules are what can drift, so most cases break only what they check.
    const some = (from: Candidate[]) => fc.subarray(from, { minLength: 1, maxLength: Math.min(3, from.length) }).filter(separate);
    return (gateway.length > 0 ? fc.oneof({ weight: 3, arbitrary: some(gateway) }, { weight: 1, arbitrary: some(candidates) }) : some(candidates))
      .chain((chosen) =>
        fc.tuple(...chosen.map((c) => c.value)).map((values) => ({
          input: chosen.reduce<unknown>((acc, c, i) => setAt(acc, c.path, values[i]), valid),
          corruptions: chosen.map(({ path, layer, label }) => ({ path, layer, label })),
        })),
      );
  });
}

// ---------------------------------------------------------------- documents

const ENUM_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** `value` as a GraphQL literal, enums bare where `type` says so and the value can be one. */
export function toLiteral(value: unknown, type?: GraphQLInputType): string {
  const t = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => toLiteral(v, t && isListType(t) ? t.ofType : undefined)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = t && isInputObjectType(t) ? t.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${toLiteral(v, fields[k]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return t && isEnumType(t) && ENUM_NAME.test(value) && !['true', 'false', 'null'].includes(value) ? value : JSON.stringify(value);
  return String(value);
}

/** The selection every payload has: enough to see userErrors and nothing that costs an SES read. */
export const PAYLOAD_SELECTION = '__typename userErrors { code field message }';

export interface MutationRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The request for `field` with `input`: through a variable (how clients send
 * input, type-checked by variable coercion) or inline in the document
 * (type-checked by validation, and counted by the token limit).
 */
export function mutationRequest(schema: GraphQLSchema, field: string, input: unknown, transport: 'variables' | 'inline'): MutationRequest {
  const arg = schema.getMutationType()?.getFields()[field]?.args[0];
  if (!arg) throw new Error(`no mutation ${field}`);
  if (transport === 'variables') {
    return { query: `mutation Prop($input: ${String(arg.type)}) { ${field}(${arg.name}: $input) { ${PAYLOAD_SELECTION} } }`, variables: { input } };
  }
  // A left-out input has no literal; an argument-less call is what it means.
  const args = input === OMIT ? '' : `(${arg.name}: ${toLiteral(input, arg.type)})`;
  return { query: `mutation Prop { ${field}${args} { ${PAYLOAD_SELECTION} } }` };
}

/** Whether graphql-js parses `query` within `maxTokens` (the gateway's parser runs with the same limit). */
export function parses(query: string, maxTokens: number): boolean {
  try {
    parse(query, { maxTokens });
    return true;
  } catch {
    return false;
  }
}
