/**
 * Field resolvers that read one member of their parent, for the types codegen
 * maps onto SDK shapes and models (codegen.ts `mappers`): every field of those
 * types then has a line naming where its value comes from, and the member's
 * name and type are checked against the parent's mapped type. graphql-js's
 * default resolver is left only to types whose parent is the generated type
 * itself (payloads, connections, edges, PageInfo, UserError), where the
 * property is the field (test/gateway/resolverMaps.test.ts holds that list).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { faultWith } from '../errors.js';

/** A resolver of one field of TParent; of the rest it reads only the parent type's name, for the log. */
type MemberResolver<TResult, TParent> = (parent: TParent, args: unknown, context: unknown, info: Pick<GraphQLResolveInfo, 'parentType'>) => TResult;

/** A member of a model (models.ts), as it is: models carry the field's own value. */
export function prop<TParent, TKey extends keyof TParent>(key: TKey): MemberResolver<TParent[TKey], TParent> {
  return (parent) => parent[key];
}

/**
 * A member of an SDK shape (PascalCase, every member optional). With a
 * fallback, the fallback when SES left the member out; without one, the field
 * cannot do without it, and an answer without it is a fault of the field
 * (INTERNAL_SERVER_ERROR to the client, the missing member in the log).
 */
export function sdk<TParent, TKey extends keyof TParent>(key: TKey): MemberResolver<NonNullable<TParent[TKey]>, TParent>;
export function sdk<TParent, TKey extends keyof TParent, TFallback>(key: TKey, fallback: TFallback): MemberResolver<NonNullable<TParent[TKey]> | TFallback, TParent>;
export function sdk<TParent, TKey extends keyof TParent, TFallback>(key: TKey, ...fallback: [] | [TFallback]): MemberResolver<NonNullable<TParent[TKey]> | TFallback, TParent> {
  if (fallback.length === 1) {
    const [value] = fallback;
    return (parent) => parent[key] ?? value;
  }
  return (parent, _args, _context, info) => {
    const value = parent[key];
    if (value === undefined || value === null) throw faultWith(new Error(`SES answered a ${info.parentType.name} without its ${String(key)}.`));
    return value;
  };
}
