/**
 * The response budget: how large one operation's response may grow while it
 * runs. The document limits (limits.ts) bound what a query asks for, but not
 * what it gets back: lists such as `defaultForIdentities` are as long as the
 * data makes them, so nesting them multiplies the response by the data (a set
 * that is the default of 60 identities, nested three times, is 216,000
 * objects). This counts every field resolved and every list item produced, and
 * once the count passes the limit, the operation stops: fields not yet started
 * do not run (and so make no SES call), and the client gets one error, no data.
 */
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { defaultFieldResolver, type GraphQLError, type GraphQLFormattedError, type GraphQLObjectType } from 'graphql';
import { z } from 'zod';
import { ClientCode, refusal } from './errors.js';

export const RESPONSE_TOO_LARGE = ClientCode.RESPONSE_TOO_LARGE;

/**
 * The default, from the largest responses the project's documents can get: a
 * page of 100 sets with every option, 50 tags and 10 destinations each counts
 * 47,805; 100 `vdmMetrics` queries of a year of daily points each 110,101.
 * At this limit, the refused operations of the tests grew the process by 50-80 MB.
 */
export const DEFAULT_MAX_RESPONSE_FIELDS = 200_000;

/** The environment variable of the response budget, for config.ts's schema. */
export const responseLimitEnvShape = {
  GRAPHQL_MAX_RESPONSE_FIELDS: z.coerce.number().int().min(100).max(100_000_000).default(DEFAULT_MAX_RESPONSE_FIELDS),
};

export interface ResponseLimits {
  /** Fields resolved plus list items produced, per operation; past it the response is refused. @default 200000 */
  maxResponseFields: number;
}

/** Counts what one operation's response grows to; trips once, for good, when the count passes `max`. */
export class ResponseBudget {
  #used = 0;
  #tripped = false;

  constructor(readonly max: number) {}

  get used(): number {
    return this.#used;
  }

  get tripped(): boolean {
    return this.#tripped;
  }

  /** Counts `n` more fields or list items; false once the budget is spent. */
  spend(n: number): boolean {
    this.#used += n;
    if (this.#used > this.max) this.#tripped = true;
    return !this.#tripped;
  }
}

function refusalMessage(max: number, startedMutationFields: readonly string[] | null): string {
  const base =
    `The response grew past the gateway's limit of ${max} fields and list items (GRAPHQL_MAX_RESPONSE_FIELDS), so the operation was stopped and its data dropped. ` +
    'Ask for less in one request: a smaller `first`, fewer fields, fewer lists nested in lists (such as defaultForIdentities under defaultConfigurationSet); or split it.';
  if (startedMutationFields === null) return base;
  return `${base} Mutation fields that started before the limit ran, and their writes stay applied (${startedMutationFields.join(', ') || 'none'}); the others did not run.`;
}

/** The response's result (the first payload of an incremental one). */
function resultOf(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>) {
  const { body } = requestContext.response;
  return body.kind === 'single' ? body.singleResult : body.initialResult;
}

/** One operation's count, where the schema's resolvers find it: on the context, under COUNT. */
class ResponseCount {
  readonly budget: ResponseBudget;
  /** The root fields of a mutation that started, in order; null for other operations. */
  startedMutationFields: string[] | null = null;
  #stop: GraphQLError | undefined;

  constructor(max: number) {
    this.budget = new ResponseBudget(max);
  }

  /**
   * The error every field that would start once the budget is spent throws: one per operation, made
   * on the first refusal (a GraphQLError captures a stack, too dear for every request). A path makes
   * graphql-js treat it as located and reuse it as is; it is never shown (the response is replaced).
   */
  stop(): GraphQLError {
    this.#stop ??= refusal(RESPONSE_TOO_LARGE, 'Stopped: the response budget is spent.', {}, []);
    return this.#stop;
  }

  /** A list field's items count once it has them. */
  items(result: unknown): void {
    if (Array.isArray(result)) this.budget.spend(result.length);
    else if (isPromise(result)) result.then((value) => this.items(value), ignore);
  }
}

const COUNT = Symbol('sesgw.responseCount');
type CountedContext = { [COUNT]?: ResponseCount } | null | undefined;

const ignore = () => undefined;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** By structure, not instanceof: Apollo's schema may come from another copy of graphql (ESM beside CJS). */
const kindOf = (value: unknown) => Object.prototype.toString.call(value);

function isListField(type: unknown): boolean {
  const nullable = kindOf(type) === '[object GraphQLNonNull]' ? (type as { ofType: unknown }).ofType : type;
  return kindOf(nullable) === '[object GraphQLList]';
}

const WRAPPED = Symbol('sesgw.responseCounted');

/**
 * Makes every field of the schema's object types count itself: one for the
 * field, and a list field its items once resolved. Introspection's own types
 * are left alone, as Apollo's per-field hooks leave them. A field without a
 * resolver of its own (one whose parent has the property itself) gets
 * graphql-js's default resolver, as it would have without this wrapper.
 */
function countFields(schema: { getTypeMap(): Record<string, unknown> }): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (kindOf(type) !== '[object GraphQLObjectType]' || (type as GraphQLObjectType).name.startsWith('__')) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const marked = field as { [WRAPPED]?: true };
      if (marked[WRAPPED]) continue;
      marked[WRAPPED] = true;
      const resolve = field.resolve ?? defaultFieldResolver;
      const list = isListField(field.type);
      field.resolve = (source, args, context: CountedContext, info) => {
        const count = context?.[COUNT];
        if (count === undefined) return resolve(source, args, context, info);
        if (!count.budget.spend(1)) throw count.stop();
        if (count.startedMutationFields !== null && info.path.prev === undefined) count.startedMutationFields.push(String(info.path.key));
        const result = resolve(source, args, context, info);
        if (list) count.items(result);
        return result;
      };
    }
  }
}

/**
 * The Apollo plugin. Counting is a counter increment per field, done by the
 * schema's resolvers themselves (countFields) rather than by an Apollo
 * `willResolveField` hook, which costs an object, a closure and a promise
 * callback per field; a list adds its length when it resolves. Once tripped,
 * every field that would start throws one shared, already-located error (so
 * graphql-js neither builds nor locates an error per field), which stops the
 * subtree under it; the response is then replaced by a single error.
 */
export function responseLimitPlugin({ maxResponseFields }: ResponseLimits): ApolloServerPlugin {
  return {
    async serverWillStart({ schema }) {
      countFields(schema);
    },
    async requestDidStart({ contextValue }) {
      const count = new ResponseCount(maxResponseFields);
      // Not enumerable, as Apollo's own per-request context marks: copies of the context do not carry it.
      Object.defineProperty(contextValue, COUNT, { value: count, configurable: true, writable: true });
      return {
        async executionDidStart({ operation }) {
          if (operation.operation === 'mutation') count.startedMutationFields = [];
        },
        async willSendResponse(requestContext) {
          if (!count.budget.tripped) return;
          const { startedMutationFields } = count;
          const result = resultOf(requestContext);
          const error: GraphQLFormattedError = {
            message: refusalMessage(maxResponseFields, startedMutationFields),
            extensions: {
              code: RESPONSE_TOO_LARGE,
              limit: 'GRAPHQL_MAX_RESPONSE_FIELDS',
              maxResponseFields,
              ...(startedMutationFields && { mutationFieldsRun: startedMutationFields }),
            },
          };
          delete result.data;
          result.errors = [error];
          // The request, not the gateway, is at fault; retrying it unchanged would be refused again while the data stays.
          requestContext.response.http.status = 400;
        },
      };
    },
  };
}
