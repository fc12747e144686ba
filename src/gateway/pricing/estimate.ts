/**
 * The price of an operation before it runs: the SES calls it can make at
 * worst, per SES operation, found by walking the resolved operation (document,
 * variables, schema) with the cost table of costs.ts.
 *
 * Objects the walk reaches are abstract "entities": one entity stands for
 * `count` objects (a page of 50 sets is one entity of count 50), and its `key`
 * says which objects they are as far as the gateway's DataLoaders can tell. A
 * read charged twice on the same key is made once, as the loaders make it
 * once; anything else is charged every time it appears.
 */
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import type { SesOperationName } from '../ses/operations.js';
import { isAbstractKind, isObjectKind } from '../schemaKinds.js';
import { FIELD_PRICES } from './costs.js';

/** What the walk knows about the objects a field returns. */
export interface Entity {
  /** The object type (or an interface or union, when the walk cannot tell which member). */
  typeName: string;
  /** Which objects these are: reads of the same key are made once per request (per mutation step). */
  key: string;
  /** How many objects this entity stands for, at most. */
  count: number;
  region: string;
  /** EmailIdentity from a listing: its summary answers type, verificationStatus and sendingEnabled. */
  listed?: boolean;
  /** A connection: how many items its page holds at most. */
  pageItems?: number;
  /** What fields of this object lead to, when pricing the object already decided it (mutation payloads, event destinations' set). */
  fields?: Readonly<Record<string, Entity>>;
}

export interface EstimateOptions {
  /** The region of queries and inputs that name none (AWS_REGION). */
  defaultRegion: string;
  /** How many identities an identity scan (ListEmailIdentities, then GetEmailIdentity each) is priced at. */
  identityScanEstimate: number;
  /** Whether the identity index answers for the region without a scan (IDENTITY_INDEX); without it, every scan is priced. */
  identityIndexComplete?: (region: string) => boolean;
}

/** One field of the operation, on one parent entity, as the cost table sees it. */
export interface PricingSite {
  parent: Entity;
  fieldName: string;
  /** The field's arguments: literals and variables resolved, schema defaults applied. */
  args: Readonly<Record<string, unknown>>;
  /** This field with these arguments on this parent: aliases of the same field and arguments share it. */
  key: string;
  /** The named type the field returns. */
  typeName: string;
  /** Prefix for keys: loaders are emptied by every write, so each mutation field starts afresh. */
  epoch: string;
  options: EstimateOptions;
  /** `args.region`, else the parent's region. */
  region(): string;
  /** The fields selected directly under this field, through fragments that apply to `typeName`. */
  selected(typeName: string): Set<string>;
  /** A read made once per `key` (through a DataLoader), for `count` objects. */
  read(operation: SesOperationName, key: string, count: number): void;
  /** Calls made for this field wherever it appears in the response (list pages, writes): not shared with other fields. */
  call(operation: SesOperationName, count: number): void;
  /** One metric query for `count` objects; queries of one group are packed 10 to a BatchGetMetricData call. */
  metric(group: string, query: string, count: number): void;
}

/**
 * How a field is priced: 'free' (no SES call), or a function that charges
 * its calls and returns what the field leads to: an entity (or several), null
 * when it leads to nothing worth walking, or nothing for the default (the
 * named return type, same key path, same count as the parent).
 */
export type FieldPrice = 'free' | ((site: PricingSite) => Entity | readonly Entity[] | null | void);

interface CallEstimate {
  /** Worst-case SES calls by operation. */
  calls: Record<string, number>;
}

export interface OperationToPrice {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Readonly<Record<string, unknown>> | undefined;
}

/** SES answers 1 to 10 metric queries per BatchGetMetricData call. */
const METRIC_QUERIES_PER_CALL = 10;

/**
 * The walk visits each (entity, field) pair once, so repeated fragment spreads
 * cost nothing extra; this bounds the pairs of a pathological document.
 */
const MAX_PRICED_SELECTIONS = 20_000;

/** An operation too large to price: it is refused like one over the budget. */
export class PricingLimitError extends Error {}

interface SchemaField {
  type: unknown;
  args: readonly { name: string; defaultValue?: unknown }[];
}

/** The named type under lists and non-nulls, by structure: Apollo's graphql realm may not be this module's. */
function namedTypeName(type: unknown): string {
  let current = type as { ofType?: unknown; name?: string };
  for (let depth = 0; depth < 10 && current.ofType !== undefined; depth += 1) current = current.ofType as { ofType?: unknown; name?: string };
  return current.name ?? '';
}

/** Stable JSON: the same arguments in any order give the same key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const ABSENT = Symbol('absent');

/** A literal or variable as the resolver will see it (before scalar parsing, which only checks and converts). */
function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return Object.hasOwn(variables, node.name.value) ? variables[node.name.value] : ABSENT;
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.STRING:
    case Kind.ENUM:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((item) => valueOf(item, variables)).filter((item) => item !== ABSENT);
    case Kind.OBJECT: {
      const object: Record<string, unknown> = {};
      for (const field of node.fields) {
        const value = valueOf(field.value, variables);
        if (value !== ABSENT) object[field.name.value] = value;
      }
      return object;
    }
  }
}

/** The operation's variables with the defaults its variable definitions declare. */
function effectiveVariables(operation: OperationDefinitionNode, given: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...given };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!Object.hasOwn(variables, name) && definition.defaultValue) variables[name] = valueOf(definition.defaultValue, {});
  }
  return variables;
}

/** The worst-case SES calls of `operation`, by SES operation. */
export function estimateCalls({ schema, document, operation, variables = {} }: OperationToPrice, options: EstimateOptions): CallEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const vars = effectiveVariables(operation, variables);
  const reads = new Map<string, { operation: SesOperationName; count: number }>();
  const calls = new Map<string, { operation: SesOperationName; count: number }>();
  const metricGroups = new Map<string, Map<string, number>>();
  const visited = new Map<string, Set<FieldNode>>();
  let selections = 0;

  const applies = (condition: string | undefined, typeName: string): boolean => {
    if (condition === undefined || condition === typeName) return true;
    const conditionType = schema.getType(condition);
    const type = schema.getType(typeName);
    return isAbstractKind(conditionType) && isObjectKind(type) && schema.isSubType(conditionType, type);
  };

  /** The field nodes of a selection set that apply to `typeName`, through fragments (cycles are refused by validation; bounded anyway). */
  const collect = (selectionSet: SelectionSetNode, typeName: string, into: FieldNode[] = [], depth = 0): FieldNode[] => {
    if (depth > 50) return into;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) into.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, typeName)) collect(selection.selectionSet, typeName, into, depth + 1);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value, typeName)) collect(fragment.selectionSet, typeName, into, depth + 1);
      }
    }
    return into;
  };

  const argumentsOf = (field: SchemaField, node: FieldNode): Record<string, unknown> => {
    const args: Record<string, unknown> = {};
    for (const argument of field.args) {
      const given = node.arguments?.find((a) => a.name.value === argument.name);
      const value = given ? valueOf(given.value, vars) : ABSENT;
      if (value !== ABSENT) args[argument.name] = value;
      else if (argument.defaultValue !== undefined) args[argument.name] = argument.defaultValue;
    }
    return args;
  };

  const walk = (entity: Entity, selectionSet: SelectionSetNode, epoch: string, mutationRoot: boolean): void => {
    if (entity.count <= 0) return;
    const type = schema.getType(entity.typeName);
    if (!type) return;
    if (isAbstractKind(type)) {
      // Which member it will be is known only at run time: price each, keep the sum (an upper bound).
      for (const member of schema.getPossibleTypes(type)) walk({ ...entity, typeName: member.name }, selectionSet, epoch, mutationRoot);
      return;
    }
    // Scalars and enums select nothing.
    const fields: Record<string, SchemaField> = isObjectKind(type) ? type.getFields() : {};
    const seen = visited.get(`${entity.key}\u0000${entity.typeName}`) ?? new Set<FieldNode>();
    visited.set(`${entity.key}\u0000${entity.typeName}`, seen);
    for (const [index, node] of collect(selectionSet, entity.typeName).entries()) {
      if (seen.has(node)) continue;
      seen.add(node);
      selections += 1;
      if (selections > MAX_PRICED_SELECTIONS) throw new PricingLimitError(`the operation selects more than ${MAX_PRICED_SELECTIONS} fields on distinct objects`);
      const fieldName = node.name.value;
      const field = fields[fieldName];
      if (!field || fieldName.startsWith('__')) continue;
      const args = argumentsOf(field, node);
      const argsKey = Object.keys(args).length > 0 ? stableJson(args) : '';
      // Mutation fields run one after another, and each write empties the loaders: give each its own epoch.
      const fieldEpoch = mutationRoot ? `${epoch}m${index}:${node.alias?.value ?? fieldName}:` : epoch;
      const key = `${mutationRoot ? fieldEpoch : entity.key + '/'}${fieldName}${argsKey}`;
      // GraphQL merges fields of one response name into one execution: so does this key.
      const responsePath = `${entity.key}/${node.alias?.value ?? fieldName}`;
      const typeName = namedTypeName(field.type);
      const site: PricingSite = {
        parent: entity,
        fieldName,
        args,
        key,
        typeName,
        epoch: fieldEpoch,
        options,
        region: () => (typeof args.region === 'string' ? args.region : entity.region),
        selected: (concrete) => new Set(node.selectionSet ? collect(node.selectionSet, concrete).map((f) => f.name.value) : []),
        read: (operationName, readKey, count) => {
          const id = `${operationName}\u0000${readKey}`;
          const previous = reads.get(id);
          if (count > 0 && (!previous || previous.count < count)) reads.set(id, { operation: operationName, count });
        },
        call: (operationName, count) => {
          const id = `${operationName}\u0000${responsePath}`;
          const previous = calls.get(id);
          if (count > 0 && (!previous || previous.count < count)) calls.set(id, { operation: operationName, count });
        },
        metric: (group, query, count) => {
          const queries = metricGroups.get(group) ?? new Map<string, number>();
          metricGroups.set(group, queries);
          queries.set(query, Math.max(queries.get(query) ?? 0, count));
        },
      };
      const price = FIELD_PRICES[`${entity.typeName}.${fieldName}`];
      const result = typeof price === 'function' ? price(site) : undefined;
      if (result === null || !node.selectionSet) continue;
      const children: readonly Entity[] = result === undefined ? [{ typeName, key, count: entity.count, region: site.region() }] : Array.isArray(result) ? result : [result as Entity];
      for (const child of children) walk(child, node.selectionSet, fieldEpoch, false);
    }
  };

  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (rootType) {
    walk({ typeName: rootType.name, key: '', count: 1, region: options.defaultRegion }, operation.selectionSet, '', operation.operation === 'mutation');
  }

  const totals: Record<string, number> = {};
  const add = (operationName: string, count: number) => {
    totals[operationName] = (totals[operationName] ?? 0) + count;
  };
  for (const { operation: operationName, count } of reads.values()) add(operationName, count);
  for (const { operation: operationName, count } of calls.values()) add(operationName, count);
  for (const queries of metricGroups.values()) {
    const total = [...queries.values()].reduce((sum, count) => sum + count, 0);
    add('BatchGetMetricData', Math.ceil(total / METRIC_QUERIES_PER_CALL));
  }
  const sorted = Object.fromEntries(Object.entries(totals).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { calls: sorted };
}

/** Calls per second for each SES operation: the rates the limiter enforces. */
export interface Rates {
  defaultRate: number;
  rates: Readonly<Record<string, number>>;
}

/**
 * Seconds of quota: SES limits each operation separately, so the operations
 * run side by side and the slowest decides: the largest calls / rate.
 */
export function quotaSeconds(calls: Readonly<Record<string, number>>, { defaultRate, rates }: Rates): { seconds: number; operation: string | null } {
  let seconds = 0;
  let operation: string | null = null;
  for (const [name, count] of Object.entries(calls)) {
    const cost = count / (rates[name] ?? defaultRate);
    if (cost > seconds) {
      seconds = cost;
      operation = name;
    }
  }
  return { seconds, operation };
}
