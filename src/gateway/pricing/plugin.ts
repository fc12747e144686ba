/**
 * Prices every operation in SES quota before it runs, refuses those over the
 * per-request budget before any SES call, and reports on every response what
 * the request was priced at and the SES calls it actually made.
 */
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLError, OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { ClientCode, refusal } from '../errors.js';
import { estimateCalls, PricingLimitError, quotaSeconds, type EstimateOptions, type OperationToPrice, type Rates } from './estimate.js';

export const QUOTA_BUDGET_EXCEEDED = ClientCode.QUOTA_BUDGET_EXCEEDED;

interface QuotaPricingOptions extends EstimateOptions, Rates {
  /**
   * Seconds of SES quota one request may cost at worst (the largest, over SES
   * operations, of calls / rate). @default 30 (MAX_QUOTA_SECONDS_PER_REQUEST)
   */
  maxQuotaSeconds: number;
  /**
   * The state outside the operation that prices depend on (which regions' identity
   * index is complete: `identityIndexComplete`); remembered prices hold for one value.
   */
  pricingState?: () => string;
}

/** What a request was priced at: worst-case calls by SES operation, and the seconds of quota they take. */
interface QuotaEstimate {
  calls: Record<string, number>;
  quotaSeconds: number;
}

/** `extensions.cost` of every response. */
interface CostExtension {
  estimate: QuotaEstimate;
  limit: { quotaSeconds: number };
  /** SES calls made for this request, by operation: retries included; reads served by the cache or shared with another request's identical read excluded. */
  sesCalls: Record<string, number>;
}

/** Seconds to the millisecond: enough for a client, stable in tests. */
const rounded = (seconds: number) => Math.round(seconds * 1000) / 1000;

function budgetRefusal(estimate: QuotaEstimate, limit: number, bottleneck: string | null, rates: Rates, reason?: string): GraphQLError {
  const rate = bottleneck ? (rates.rates[bottleneck] ?? rates.defaultRate) : rates.defaultRate;
  const why = reason
    ? `This request cannot be priced: ${reason}.`
    : `This request could take up to ${estimate.quotaSeconds} seconds of SES quota (${bottleneck}: ${estimate.calls[bottleneck ?? ''] ?? 0} calls at ${rate} per second); the limit is ${limit} seconds per request.`;
  return refusal(QUOTA_BUDGET_EXCEEDED, `${why} Ask for less in one request: a smaller \`first\`, fewer aliases, fewer nested lists; or split it.`, {
    estimate,
    limit: { quotaSeconds: limit },
    // Too big, not too early: retrying the same request would be refused again, so not 429.
    http: { status: 400 },
  });
}

const NOTHING: QuotaEstimate = { calls: {}, quotaSeconds: 0 };

/** The response's result (the first payload of an incremental one), where `extensions.cost` goes. */
function resultOf(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>) {
  const { body } = requestContext.response;
  return body.kind === 'single' ? body.singleResult : body.initialResult;
}

/** What pricing an operation with given variables came to: its estimate, or why it cannot be priced. */
type Pricing = { estimate: QuotaEstimate; seconds: number; bottleneck: string | null } | { unpriceable: string };

/** Variable sets remembered per operation; past this the oldest is forgotten. */
const PRICINGS_PER_OPERATION = 64;
/** Variables longer than this (as JSON) are priced every time rather than kept as a key. */
const MAX_VARIABLES_KEY = 2048;

/**
 * The Apollo plugin. Put it after the authorization plugin: a caller who may
 * not run an operation learns that, not its price.
 *
 * The price is a function of the operation and its variables alone (schema
 * and options are fixed), and Apollo hands the same document, so the same
 * operation node, for every request with the same text (its parsed-document
 * cache): each (operation, variables) is priced once and remembered with the
 * operation node, so it goes when Apollo's cache lets the document go.
 * Every request is still checked against the budget.
 */
export function quotaPricingPlugin(options: QuotaPricingOptions): ApolloServerPlugin<GatewayContext> {
  const limit = options.maxQuotaSeconds;
  const priced = new WeakMap<OperationDefinitionNode, Map<string, Pricing>>();
  const price = (toPrice: OperationToPrice): Pricing => {
    try {
      const calls = estimateCalls(toPrice, options).calls;
      const { seconds, operation: bottleneck } = quotaSeconds(calls, options);
      return { estimate: { calls, quotaSeconds: rounded(seconds) }, seconds, bottleneck };
    } catch (error) {
      if (error instanceof PricingLimitError) return { unpriceable: error.message };
      throw error;
    }
  };
  const pricingOf = (toPrice: OperationToPrice): Pricing => {
    const key = `${options.pricingState?.() ?? ''}\u0000${toPrice.variables === undefined ? '' : JSON.stringify(toPrice.variables)}`;
    if (key.length > MAX_VARIABLES_KEY) return price(toPrice);
    let known = priced.get(toPrice.operation);
    const hit = known?.get(key);
    if (hit) return hit;
    const pricing = price(toPrice);
    if (!known) priced.set(toPrice.operation, (known = new Map()));
    if (known.size >= PRICINGS_PER_OPERATION) known.delete(known.keys().next().value as string);
    known.set(key, pricing);
    return pricing;
  };
  return {
    async requestDidStart() {
      let estimate: QuotaEstimate = NOTHING;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const pricing = pricingOf({ schema, document, operation, variables: request.variables });
          if ('unpriceable' in pricing) throw budgetRefusal(estimate, limit, null, options, pricing.unpriceable);
          estimate = pricing.estimate;
          if (pricing.seconds > limit) throw budgetRefusal(estimate, limit, pricing.bottleneck, options);
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
