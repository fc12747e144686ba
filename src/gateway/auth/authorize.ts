/**
 * What each role may do. Every field's required role is declared once, in
 * the schema, with `@requiresRole`; a field without one needs `reader`. The
 * whole operation is checked after validation and before execution, so a
 * request with one forbidden field runs nothing at all.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldDefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type StringValueNode,
} from 'graphql';
import { ROLES, type GatewayContext, type Role } from '../context.js';
import { ClientCode, refusal } from '../errors.js';

const REQUIRES_ROLE = 'requiresRole';
export const FORBIDDEN = ClientCode.FORBIDDEN;

/** The role a field definition declares with `@requiresRole(role: WRITER)`, or undefined. */
export function declaredRole(node: FieldDefinitionNode | undefined | null): Role | undefined {
  const directive = node?.directives?.find((d) => d.name.value === REQUIRES_ROLE);
  const argument = directive?.arguments?.find((a) => a.name.value === 'role');
  if (argument?.value.kind !== Kind.ENUM) return undefined;
  const role = argument.value.value.toLowerCase();
  return (ROLES as readonly string[]).includes(role) ? (role as Role) : undefined;
}

/** The role a field needs: its declaration, else reader. */
function requiredRole(field: GraphQLField<unknown, unknown>): Role {
  return declaredRole(field.astNode) ?? 'reader';
}

export function roleAllows(role: Role | null, required: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(required);
}

const sentence = (role: Role) => `Requires the ${role} role.`;

/**
 * GraphiQL reads the schema by introspection, which does not show directives
 * on fields, so each declared role is also appended to the field's
 * description. Derived here from the directive, so it is written only once.
 */
export function describeRequiredRoles(typeDefs: string): DocumentNode {
  return visit(parse(typeDefs), {
    FieldDefinition(node) {
      const role = declaredRole(node);
      if (role === undefined) return undefined;
      const text = node.description?.value.trim() ?? '';
      if (text.endsWith(sentence(role))) return undefined;
      const description: StringValueNode = { kind: Kind.STRING, value: text ? `${text} ${sentence(role)}` : sentence(role), block: false };
      return { ...node, description };
    },
  });
}

/** `describeRequiredRoles` as SDL text. */
export function describeRequiredRolesSdl(typeDefs: string): string {
  return print(describeRequiredRoles(typeDefs));
}

interface FieldRequirement {
  /** `Type.field` as the schema names it. */
  field: string;
  role: Role;
}

/** The named type under lists and non-nulls. Duck-typed: see `operationRequirements`. */
function namedType(type: GraphQLOutputType): GraphQLNamedType {
  let current: unknown = type;
  while (current !== null && typeof current === 'object' && 'ofType' in current && current.ofType) current = current.ofType;
  return current as GraphQLNamedType;
}

/** An object or interface type: the only types whose fields a selection can name. */
type WithFields = GraphQLNamedType & { getFields(): Record<string, GraphQLField<unknown, unknown>> };

function hasFields(type: GraphQLNamedType | undefined | null): type is WithFields {
  // Every type of this schema comes from SDL, so its definition's kind says what it is (input objects have getFields too).
  const kind = type?.astNode?.kind;
  return kind === Kind.OBJECT_TYPE_DEFINITION || kind === Kind.INTERFACE_TYPE_DEFINITION;
}

/**
 * Every field the operation selects, through fragments and inline fragments,
 * with the role it needs. Fields under @skip/@include count too: the check
 * does not depend on variables. A field of an interface needs the highest
 * role any implementation declares for it.
 *
 * The walk avoids graphql's `instanceof`-based helpers (TypeInfo, isObjectType):
 * Apollo may hold a schema built by another copy of graphql (ESM beside CJS),
 * and those helpers refuse types from another copy.
 */
export function operationRequirements(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): FieldRequirement[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const requirements = new Map<string, Role>();
  const note = (field: string, role: Role) => {
    const known = requirements.get(field);
    if (known === undefined || ROLES.indexOf(role) > ROLES.indexOf(known)) requirements.set(field, role);
  };
  const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
  const pending: { selections: SelectionSetNode; parent: WithFields }[] = hasFields(root) ? [{ selections: operation.selectionSet, parent: root }] : [];
  const seenFragments = new Set<string>();
  // Bounded by the document: each selection set is queued once, fragments once each (validation has refused cycles).
  while (pending.length > 0) {
    const { selections, parent } = pending.pop() as (typeof pending)[number];
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection (__typename, __schema, __type) shows only what the public schema already says.
        if (selection.name.value.startsWith('__')) continue;
        const definition = parent.getFields()[selection.name.value] as GraphQLField<unknown, unknown> | undefined;
        if (!definition) continue;
        let role = requiredRole(definition);
        if (parent.astNode?.kind === Kind.INTERFACE_TYPE_DEFINITION) {
          for (const implementation of schema.getImplementations(parent as GraphQLInterfaceType).objects) {
            const field = implementation.getFields()[definition.name];
            if (field && ROLES.indexOf(requiredRole(field)) > ROLES.indexOf(role)) role = requiredRole(field);
          }
        }
        note(`${parent.name}.${definition.name}`, role);
        const type = namedType(definition.type);
        if (selection.selectionSet && hasFields(type)) pending.push({ selections: selection.selectionSet, parent: type });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (hasFields(type)) pending.push({ selections: selection.selectionSet, parent: type });
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seenFragments.has(name)) continue;
        seenFragments.add(name);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (hasFields(type)) pending.push({ selections: fragment.selectionSet, parent: type });
      }
    }
  }
  return [...requirements].map(([field, role]) => ({ field, role }));
}

/** An operation's requirements, and the highest role among them (null when it selects no field that needs one). */
interface OperationRoles {
  requirements: FieldRequirement[];
  highest: Role | null;
}

/**
 * Refuses the whole operation when any field needs more than the caller's role (HTTP 403, FORBIDDEN).
 *
 * What an operation requires depends on the operation alone (the schema is fixed), and Apollo hands
 * the same document, so the same operation node, for every request with the same text (its
 * parsed-document cache): the walk is made once per operation node and kept with it. Every request's
 * caller is still checked against it.
 */
export function authorizationPlugin(): ApolloServerPlugin<GatewayContext> {
  const known = new WeakMap<OperationDefinitionNode, OperationRoles>();
  const rolesOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationRoles => {
    let roles = known.get(operation);
    if (!roles) {
      const requirements = operationRequirements(schema, document, operation);
      let highest: Role | null = null;
      for (const { role } of requirements) if (highest === null || ROLES.indexOf(role) > ROLES.indexOf(highest)) highest = role;
      roles = { requirements, highest };
      known.set(operation, roles);
    }
    return roles;
  };
  const listener: GraphQLRequestListener<GatewayContext> = {
    async didResolveOperation({ schema, document, operation, contextValue }) {
      const { caller } = contextValue;
      if (!operation) return;
      const { requirements, highest } = rolesOf(schema, document, operation);
      if (highest === null || roleAllows(caller.role, highest)) return;
      const forbidden = requirements.filter(({ role }) => !roleAllows(caller.role, role));
      const who = caller.role === null ? `${caller.name} has no role` : `${caller.name} has the ${caller.role} role`;
      // A caller with no role is refused every field; naming a few is enough, extensions list them all.
      const named = forbidden.slice(0, 3).map(({ field, role }) => `${field} requires the ${role} role`);
      const fields = named.join('; ') + (forbidden.length > named.length ? ` (and ${forbidden.length - named.length} more fields, listed in extensions.forbiddenFields)` : '');
      throw refusal(FORBIDDEN, `Forbidden: ${fields}; ${who}. Nothing in this request was run.`, {
        // The first forbidden field, for clients that show one; `forbiddenFields` has them all.
        field: forbidden[0]?.field,
        requiredRole: forbidden[0]?.role,
        forbiddenFields: forbidden,
        callerRole: caller.role,
        http: { status: 403 },
      });
    },
  };
  return {
    async requestDidStart() {
      // One listener for every request: it keeps no state of its own.
      return listener;
    },
  };
}

/** For tests and docs: every field of a root type with the role it needs. */
export function rootFieldRoles(schema: GraphQLSchema, root: 'Query' | 'Mutation'): FieldRequirement[] {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).map((field) => ({ field: `${root}.${field.name}`, role: requiredRole(field) }));
}
