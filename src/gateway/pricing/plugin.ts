/**
 * Prices every operation in SES quota before it runs, refuses those over the
 * per-request budget before any SES call, and reports on every response what
 * the request was priced at and the SES calls it actually made.
 */
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { estimateCalls, PricingLimitError, quotaSeconds, type EstimateOptions, type Rates } from './estimate.js';

export const QUOTA_BUDGET_EXCEEDED = 'QUOTA_BUDGET_EXCEEDED';

export interface QuotaPricingOptions extends EstimateOptions, Rates {
  /**
   * Seconds of SES quota one request may cost at worst (the largest, over SES
   * operations, of calls / rate). @default 30 (MAX_QUOTA_SECONDS_PER_REQUEST)
   */
  maxQuotaSeconds: number;
}

/** What a request was priced at: worst-case calls by SES operation, and the seconds of quota they take. */
export interface QuotaEstimate {
  calls: Record<string, number>;
  quotaSeconds: number;
}

/** `extensions.cost` of every response. */
export interface CostExtension {
  estimate: QuotaEstimate;
  limit: { quotaSeconds: number };
  /** SES calls made for this request, by operation: retries included; reads served by the cache or shared with another request's identical read excluded. */
  sesCalls: Record<string, number>;
}

/** Seconds to the millisecond: enough for a client, stable in tests. */
const rounded = (seconds: number) => Math.round(seconds * 1000) / 1000;

function refusal(estimate: QuotaEstimate, limit: number, bottleneck: string | null, rates: Rates, reason?: string): GraphQLError {
  const rate = bottleneck ? (rates.rates[bottleneck] ?? rates.defaultRate) : rates.defaultRate;
  const why = reason
    ? `This request cannot be priced: ${reason}.`
    : `This request could take up to ${estimate.quotaSeconds} seconds of SES quota (${bottleneck}: ${estimate.calls[bottleneck ?? ''] ?? 0} calls at ${rate} per second); the limit is ${limit} seconds per request.`;
  return new GraphQLError(`${why} Ask for less in one request: a smaller \`first\`, fewer aliases, fewer nested lists; or split it.`, {
    extensions: {
      code: QUOTA_BUDGET_EXCEEDED,
      estimate,
      limit: { quotaSeconds: limit },
      // Too big, not too early: retrying the same request would be refused again, so not 429.
      http: { status: 400 },
    },
  });
}

const NOTHING: QuotaEstimate = { calls: {}, quotaSeconds: 0 };

/** The response's result (the first payload of an incremental one), where `extensions.cost` goes. */
function resultOf(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>) {
  const { body } = requestContext.response;
  return body.kind === 'single' ? body.singleResult : body.initialResult;
}

/**
 * The Apollo plugin. Put it after the authorization plugin: a caller who may
 * not run an operation learns that, not its price.
 */
export function quotaPricingPlugin(options: QuotaPricingOptions): ApolloServerPlugin<GatewayContext> {
  const limit = options.maxQuotaSeconds;
  return {
    async requestDidStart() {
      let estimate: QuotaEstimate = NOTHING;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          let calls: Record<string, number>;
          try {
            calls = estimateCalls({ schema, document, operation, variables: request.variables }, options).calls;
          } catch (error) {
            if (error instanceof PricingLimitError) throw refusal(estimate, limit, null, options, error.message);
            throw error;
          }
          const { seconds, operation: bottleneck } = quotaSeconds(calls, options);
          estimate = { calls, quotaSeconds: rounded(seconds) };
          if (seconds > limit) throw refusal(estimate, limit, bottleneck, options);
        },
        async willSendResponse(requestContext) {
          const made = (requestContext.contextValue as Partial<GatewayContext> | undefined)?.sesCalls ?? {};
          const result = resultOf(requestContext);
          // A request that did not run (parse, validation or variable errors, refused by the role check) cost
          // nothing, and a caller refused for its role learns that, not the price of what it may not run.
          const priced = 'data' in result || (result.errors ?? []).some((error) => error.extensions?.code === QUOTA_BUDGET_EXCEEDED);
          const cost: CostExtension = { estimate: priced ? estimate : NOTHING, limit: { quotaSeconds: limit }, sesCalls: { ...made } };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
