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
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { z } from 'zod';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

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

/**
 * The Apollo plugin. Counting happens in `willResolveField`, a counter
 * increment per field; a list adds its length when it resolves. Once tripped,
 * every field that would start throws one shared, already-located error (so
 * graphql-js neither builds nor locates an error per field), which stops the
 * subtree under it; the response is then replaced by a single error.
 */
export function responseLimitPlugin({ maxResponseFields }: ResponseLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const budget = new ResponseBudget(maxResponseFields);
      // A path makes graphql-js treat it as located and reuse it as is; it is never shown (the response is replaced).
      const stop = new GraphQLError('Stopped: the response budget is spent.', { path: [], extensions: { code: RESPONSE_TOO_LARGE } });
      const countItems = (_error: Error | null, result?: unknown) => {
        if (Array.isArray(result)) budget.spend(result.length);
      };
      let startedMutationFields: string[] | null = null;
      return {
        async executionDidStart({ operation }) {
          const mutation = operation.operation === 'mutation';
          if (mutation) startedMutationFields = [];
          return {
            willResolveField({ info }) {
              if (!budget.spend(1)) throw stop;
              if (mutation && info.path.prev === undefined) startedMutationFields?.push(String(info.path.key));
              return countItems;
            },
          };
        },
        async willSendResponse(requestContext) {
          if (!budget.tripped) return;
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
