import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRequiredRolesSdl } from '../../src/gateway/auth/authorize.js';
import { loadTypeDefs } from '../../src/gateway/server.js';
import { postGraphQL } from '../support/auth.js';
import { startStack, type GatewayStack } from '../support/gateway.js';

/** Everything of `schema` that lacks a description: types, fields, arguments, input fields, enum values, directives and their arguments. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (description: string | null | undefined, name: string) => {
    if (!description?.trim()) missing.push(name);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) check(arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(field.description, `${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) check(value.description, `${type.name}.${value.name}`);
    }
  }
  for (const directive of schema.getDirectives()) {
    check(directive.description, `@${directive.name}`);
    for (const arg of directive.args) check(arg.description, `@${directive.name}(${arg.name})`);
  }
  return missing;
}

describe('the schema', () => {
  const schema = buildSchema(loadTypeDefs());

  it('describes every type, field, argument, input field, enum value and directive (GraphiQL is the documentation)', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('finds what lacks a description (the check above can fail)', () => {
    const bare = buildSchema(`
      "Described." type Query { "Described." f("Described." a: Int, b: Int): E, g: Int }
      "Described." enum E { "Described." X Y }
      input I { x: Int }
      directive @d(r: Int) on FIELD_DEFINITION
    `);
    expect(undescribed(bare)).toEqual(['Query.f(b)', 'Query.g', 'E.Y', 'I', 'I.x', '@d', '@d(r)']);
  });

  it('bounds every connection with first and after', () => {
    const unbounded: string[] = [];
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      // Root connections are nullable (a failed list call nulls only its field), so match with or without `!`.
      if (/Connection!?$/.test(field.type.toString())) {
        const names = field.args.map((arg) => arg.name);
        if (!names.includes('first') || !names.includes('after')) unbounded.push(field.name);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('filters every connection the same way: one `filter` argument of type <Thing>Filter, older forms only deprecated', () => {
    const offenders: string[] = [];
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      const connection = getNamedType(field.type).name.match(/^(\w+)Connection$/);
      if (!connection) continue;
      for (const arg of field.args) {
        if (['first', 'after', 'region'].includes(arg.name) || arg.deprecationReason) continue;
        if (arg.name !== 'filter' || String(arg.type) !== `${connection[1]}Filter`) offenders.push(`${field.name}(${arg.name}: ${String(arg.type)})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('gives every mutation one input argument and a payload with userErrors', () => {
    const offenders: string[] = [];
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const payload = schema.getType(field.type.toString().replace('!', ''));
      const hasUserErrors = isObjectType(payload) && 'userErrors' in payload.getFields();
      if (field.args.length !== 1 || field.args[0]?.name !== 'input' || !hasUserErrors) offenders.push(field.name);
    }
    expect(offenders).toEqual([]);
  });

  it('marks the event destination target @oneOf, which graphql-js enforces', () => {
    const target = schema.getType('EventDestinationTargetInput');
    expect(isInputObjectType(target) && target.isOneOf).toBe(true);
  });
});

/** Everything introspection can say: descriptions, deprecated arguments and input fields, @oneOf. */
const FULL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

describe('the schema the running gateway serves', () => {
  let stack: GatewayStack;
  let live: GraphQLSchema;
  beforeAll(async () => {
    stack = await startStack();
    const response = await postGraphQL(stack.gateway.url, { query: FULL_INTROSPECTION });
    expect(response.body.errors).toBeUndefined();
    live = buildClientSchema(response.body.data as unknown as IntrospectionQuery);
  });
  afterAll(() => stack?.close());

  /** schema.graphql as codegen wrote it, with the one thing the server derives on purpose: each `@requiresRole` also said in its field's description. */
  const published = () => buildSchema(describeRequiredRolesSdl(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')));

  it('describes its scalars as schema.graphql does (the scalars built in code take the SDL text)', () => {
    const descriptions = (schema: GraphQLSchema) =>
      Object.fromEntries(Object.values(schema.getTypeMap()).flatMap((type) => (isScalarType(type) && !isSpecifiedScalarType(type) ? [[type.name, type.description]] : [])));
    const expected = descriptions(published());
    expect(Object.keys(expected).sort()).toEqual(['DateTime', 'Region']);
    expect(descriptions(live)).toEqual(expected);
  });

  it('is schema.graphql, as introspection shows it (applied directives other than @deprecated and @oneOf are not introspectable)', () => {
    // Sorted: schema.graphql is written in name order, the served schema in file order.
    expect(printSchema(lexicographicSortSchema(live))).toBe(printSchema(lexicographicSortSchema(published())));
  });

  it('tells clients that EventDestinationTargetInput is @oneOf, and keeps deprecated arguments visible to those who ask', () => {
    const target = live.getType('EventDestinationTargetInput');
    expect(isInputObjectType(target) && target.isOneOf).toBe(true);
    const nameContains = live.getQueryType()?.getFields().configurationSets?.args.find((arg) => arg.name === 'nameContains');
    expect(nameContains?.deprecationReason).toMatch(/filter/);
  });
});
