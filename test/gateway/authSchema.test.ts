import { buildASTSchema, buildSchema, parse, type GraphQLSchema } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredRole, describeRequiredRoles, operationRequirements, rootFieldRoles } from '../../src/gateway/auth/authorize.js';
import { loadTypeDefs } from '../../src/gateway/server.js';
import { servedSchema } from '../support/auth.js';

/** The schema as written in schema/*.graphql, before the served descriptions are derived from it. */
function rawSchema(): GraphQLSchema {
  const dir = new URL('../../schema/', import.meta.url).pathname;
  return buildSchema(readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(dir + f, 'utf8')).join('\n'));
}

describe('roles declared in the schema', () => {
  const mutations = Object.values(servedSchema.getMutationType()?.getFields() ?? {});

  it('declares a role with @requiresRole on every Mutation field', () => {
    const undeclared = mutations.filter((field) => declaredRole(field.astNode) === undefined).map((field) => field.name);
    expect(mutations.length).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });

  it('lets no reader reach any mutation', () => {
    const readable = rootFieldRoles(servedSchema, 'Mutation').filter(({ role }) => role === 'reader');
    expect(readable).toEqual([]);
  });

  it('keeps account-level mutations for admins and everything else for writers', () => {
    const admin = rootFieldRoles(servedSchema, 'Mutation').filter(({ role }) => role === 'admin').map(({ field }) => field);
    // A new admin-only mutation belongs here on purpose: widening who may change account settings is a decision.
    expect(admin).toEqual(['Mutation.updateAccountVdmAttributes']);
  });

  it('lets a reader run every query field', () => {
    expect(rootFieldRoles(servedSchema, 'Query').filter(({ role }) => role !== 'reader')).toEqual([]);
  });

  it("shows each mutation's role in its description, where GraphiQL's docs show it", () => {
    const missing = rootFieldRoles(servedSchema, 'Mutation')
      .filter(({ field, role }) => !servedSchema.getMutationType()?.getFields()[field.replace('Mutation.', '')]?.description?.endsWith(`Requires the ${role} role.`))
      .map(({ field }) => field);
    expect(missing).toEqual([]);
    // Written once, as the directive; the sentence is derived, not typed by hand.
    const raw = rawSchema().getMutationType()?.getFields() ?? {};
    expect(Object.values(raw).filter((field) => field.description?.includes('Requires the')).map((f) => f.name)).toEqual([]);
  });

  it('derives the description once, even when applied twice', () => {
    const once = describeRequiredRoles(loadTypeDefs());
    expect(buildSchema(loadTypeDefs()).getMutationType()?.getFields().createConfigurationSet?.description).toBe(
      buildASTSchema(once).getMutationType()?.getFields().createConfigurationSet?.description,
    );
  });
});

describe(operationRequirements.name, () => {
  const requirementsOf = (source: string) => {
    const document = parse(source);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
    return operationRequirements(servedSchema, document, operation);
  };

  it('collects nested fields, fragments and inline fragments, and skips introspection', () => {
    const requirements = requirementsOf(`mutation {
      __typename
      ... on Mutation { deleteConfigurationSet(input: { name: "a" }) { userErrors { code } } }
      ...Vdm
    }
    fragment Vdm on Mutation { updateAccountVdmAttributes(input: { enabled: ENABLED }) { account { region } } }`);
    expect(requirements).toEqual(
      expect.arrayContaining([
        { field: 'Mutation.deleteConfigurationSet', role: 'writer' },
        { field: 'Mutation.updateAccountVdmAttributes', role: 'admin' },
        { field: 'DeleteConfigurationSetPayload.userErrors', role: 'reader' },
        { field: 'UpdateAccountVdmAttributesPayload.account', role: 'reader' },
        { field: 'Account.region', role: 'reader' },
      ]),
    );
    expect(requirements.some(({ field }) => field.includes('__'))).toBe(false);
  });
});
