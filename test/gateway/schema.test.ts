import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/gateway/server.js';

describe('the schema', () => {
  const schema = buildSchema(loadTypeDefs());

  it('describes every type, field, argument, input field and enum value (GraphiQL is the documentation)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description?.trim() && !['first', 'after', 'region'].includes(arg.name)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && !type.description?.trim()) missing.push(type.name);
    }
    expect(missing).toEqual([]);
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

  it('gives every mutation one input argument and a payload with userErrors', () => {
    const offenders: string[] = [];
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const payload = schema.getType(field.type.toString().replace('!', ''));
      const hasUserErrors = isObjectType(payload) && 'userErrors' in payload.getFields();
      if (field.args.length !== 1 || field.args[0]?.name !== 'input' || !hasUserErrors) offenders.push(field.name);
    }
    expect(offenders).toEqual([]);
  });
});
