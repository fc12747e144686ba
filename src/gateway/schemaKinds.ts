/**
 * The kind of a schema type, by its toStringTag rather than `instanceof`:
 * Apollo builds and executes its schema with graphql's CommonJS build, while
 * this project's modules may load the ESM one (vitest does), and graphql's
 * `isObjectType` & co. throw on a type from the other copy.
 */
import type { GraphQLAbstractType, GraphQLInputObjectType, GraphQLObjectType } from 'graphql';

const tagOf = (value: unknown) => Object.prototype.toString.call(value);

export const isObjectKind = (type: unknown): type is GraphQLObjectType => tagOf(type) === '[object GraphQLObjectType]';

/** An interface or a union: which object type a value of it is, is known only at run time. */
export const isAbstractKind = (type: unknown): type is GraphQLAbstractType =>
  tagOf(type) === '[object GraphQLInterfaceType]' || tagOf(type) === '[object GraphQLUnionType]';

export const isInputObjectKind = (type: unknown): type is GraphQLInputObjectType => tagOf(type) === '[object GraphQLInputObjectType]';
