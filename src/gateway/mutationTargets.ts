/**
 * How a mutation's input names the existing object it acts on: by the
 * object's node `id` (as `Query.node` takes it), or by its name(s) and
 * `region`, the older form that keeps working. One table serves the
 * resolvers (which refuse a bad or doubled target with a userError, before any
 * SES call), the audit trail and the pricing (which read the raw input before
 * execution and must name the same object).
 */
import { userError } from './errors.js';
import type { UserError } from './generated/resolvers.js';
import { decodeId, namesAreValid, type NodeType } from './ids.js';

interface TargetSpec {
  /** The type the id must be of. */
  type: NodeType;
  /** The input field that takes the id. */
  idField: string;
  /** The input fields the id stands for, in the id's order of names. */
  nameFields: readonly string[];
  /** What the object is called in messages, and with its article. */
  noun: string;
  aNoun: string;
}

const SET = { type: 'ConfigurationSet', idField: 'id', nameFields: ['name'], noun: 'configuration set', aNoun: 'a configuration set' } as const;
const IDENTITY = { type: 'EmailIdentity', idField: 'id', nameFields: ['name'], noun: 'email identity', aNoun: 'an email identity' } as const;
const DESTINATION = { type: 'EventDestination', idField: 'id', nameFields: ['configurationSetName', 'name'], noun: 'event destination', aNoun: 'an event destination' } as const;

/** Every mutation on an existing object. (tagResource and untagResource take only an id.) */
export const MUTATION_TARGETS = {
  updateConfigurationSet: SET,
  setConfigurationSetSendingEnabled: SET,
  deleteConfigurationSet: SET,
  setConfigurationSetVdmOptions: SET,
  cloneConfigurationSet: { type: 'ConfigurationSet', idField: 'sourceId', nameFields: ['sourceName'], noun: 'configuration set', aNoun: 'a configuration set' },
  createEventDestination: { type: 'ConfigurationSet', idField: 'configurationSetId', nameFields: ['configurationSetName'], noun: 'configuration set', aNoun: 'a configuration set' },
  updateEventDestination: DESTINATION,
  deleteEventDestination: DESTINATION,
  deleteEmailIdentity: IDENTITY,
  setEmailIdentityDefaultConfigurationSet: IDENTITY,
} as const satisfies Record<string, TargetSpec>;

export type TargetedMutation = keyof typeof MUTATION_TARGETS;
type SpecOf<M extends TargetedMutation> = (typeof MUTATION_TARGETS)[M];
type NameField<M extends TargetedMutation> = SpecOf<M>['nameFields'][number];

/** The input with the object named by its names and region, whichever form the client used; the id field is gone. */
/** The input with the object named by its names and region, whichever form the client used. */
type Targeted<M extends TargetedMutation, I> = I & Record<NameField<M>, string> & { region: string | null | undefined };

type TargetResult<M extends TargetedMutation, I> = { ok: true; input: Targeted<M, I> } | { ok: false; errors: UserError[] };

const given = (value: unknown): boolean => value !== undefined && value !== null;

export function isTargeted(mutation: string): mutation is TargetedMutation {
  return Object.hasOwn(MUTATION_TARGETS, mutation);
}

/** The id's names under the fields they stand for, when it is an id of the spec's type. */
function namesOfId<M extends TargetedMutation>(spec: SpecOf<M>, id: unknown): { names: Record<NameField<M>, string>; region: string } | null {
  const decoded = typeof id === 'string' ? decodeId(id) : null;
  if (!decoded || decoded.type !== spec.type || !namesAreValid(decoded)) return null;
  const names = pick(spec.nameFields, decoded.names);
  return names && { names, region: decoded.region };
}

/** `values` under `fields`, in order, when every one is a string. */
function pick<F extends string>(fields: readonly F[], values: readonly unknown[]): Record<F, string> | null {
  const out: Partial<Record<F, string>> = {};
  fields.forEach((field, index) => {
    const value = values[index];
    if (typeof value === 'string') out[field] = value;
  });
  return complete(out, fields) ? out : null;
}

const complete = <F extends string>(record: Partial<Record<F, string>>, fields: readonly F[]): record is Record<F, string> =>
  fields.every((field) => typeof record[field] === 'string');

/**
 * The input with an id replaced by the names and region it stands for, when
 * it is an id of the right type; otherwise the input as it is. For the audit
 * trail and the pricing, which look at the raw input; the resolvers use
 * `resolveTarget`, which also refuses what this lets through.
 */
export function withTargetNames(mutation: string, input: Record<string, unknown>): Record<string, unknown> {
  if (!isTargeted(mutation)) return input;
  const spec = MUTATION_TARGETS[mutation];
  const target = namesOfId(spec, input[spec.idField]);
  return target ? { ...input, ...target.names, region: target.region } : input;
}

/**
 * The object a mutation acts on, named one way: either the id field alone (a
 * region given beside it must be the id's own), or every name field (with an
 * optional region). Anything else is a userError on the field at fault, and
 * no SES call is made.
 */
export function resolveTarget<M extends TargetedMutation, I extends Record<string, unknown>>(
  mutation: M,
  input: I,
  regions: { servesRegion(region: string): boolean },
): TargetResult<M, I> {
  const spec = MUTATION_TARGETS[mutation];
  const fields: Record<string, unknown> = input;
  const region = fields.region;
  const invalid = (field: string, message: string): UserError => userError('INVALID_INPUT', `${field}: ${message}`, [field]);
  const id = fields[spec.idField];
  if (!given(id)) {
    const names = pick(spec.nameFields, spec.nameFields.map((field) => fields[field]));
    if (names) return { ok: true, input: { ...input, ...names, region: typeof region === 'string' ? region : null } };
    const missing = spec.nameFields.filter((field) => typeof fields[field] !== 'string');
    return { ok: false, errors: missing.map((field) => invalid(field, `give the ${spec.noun}'s ${field}, or its ${spec.idField} instead.`)) };
  }
  if (spec.nameFields.some((field) => given(fields[field]))) {
    return { ok: false, errors: [invalid(spec.idField, `give either ${spec.idField} or ${spec.nameFields.join(' and ')}, not both.`)] };
  }
  const target = namesOfId(spec, id);
  if (!target || !regions.servesRegion(target.region)) {
    return { ok: false, errors: [invalid(spec.idField, `is not the id of ${spec.aNoun} (ids come from this API's \`id\` fields).`)] };
  }
  if (given(region) && region !== target.region) {
    return { ok: false, errors: [invalid('region', `the ${spec.idField} names ${spec.aNoun} in ${target.region}, not in ${String(region)}; leave region out.`)] };
  }
  return { ok: true, input: { ...input, ...target.names, region: target.region } };
}
