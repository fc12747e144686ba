/**
 * The Apollo plugin that observes each GraphQL request once: its operation,
 * outcome and duration, for the metrics and for the operation span. Put it
 * after every plugin that changes the response (pricing, the response
 * limit): it reads the response as the client gets it.
 */
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { FaultCode } from '../errors.js';
import { UNKNOWN_OPERATION, type GatewayMetrics, type GraphQLOutcome } from './metrics.js';
import type { GatewayTracing } from './tracing.js';

/** Codes that are the gateway's or SES's failure, not the client's. */
const FAULT_CODES: ReadonlySet<string> = new Set<string>([...Object.values(FaultCode), 'REQUEST_TIMEOUT']);

interface ResultLike {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * - `fault`: any error carries a fault code (UPSTREAM_*, LIMITER_UNAVAILABLE,
 *   INTERNAL_SERVER_ERROR, REQUEST_TIMEOUT), partial data or not; `code` is the first such code.
 * - `user_error`: errors the client can fix (validation, BAD_USER_INPUT, FORBIDDEN, ...),
 *   or a mutation payload with userErrors; `code` is the first one's.
 * - `ok`: neither.
 */
function outcomeOf(result: ResultLike, mutation: boolean): { outcome: GraphQLOutcome; code: string } {
  const errors = result.errors;
  if (errors && errors.length > 0) {
    for (const error of errors) {
      const code = error.extensions?.code;
      if (typeof code === 'string' && FAULT_CODES.has(code)) return { outcome: 'fault', code };
    }
    const code = errors[0]?.extensions?.code;
    return { outcome: 'user_error', code: typeof code === 'string' ? code : '' };
  }
  if (mutation && result.data) {
    for (const payload of Object.values(result.data)) {
      const userErrors = (payload as { userErrors?: unknown } | null)?.userErrors;
      if (Array.isArray(userErrors) && userErrors.length > 0) {
        const code = (userErrors[0] as { code?: unknown }).code;
        return { outcome: 'user_error', code: typeof code === 'string' ? code : '' };
      }
    }
  }
  return { outcome: 'ok', code: '' };
}

function resultOf(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>): ResultLike {
  const { body } = requestContext.response;
  return body.kind === 'single' ? body.singleResult : body.initialResult;
}

interface RequestObservationOptions {
  metrics?: GatewayMetrics;
  tracing?: GatewayTracing;
}

export function requestObservationPlugin({ metrics, tracing }: RequestObservationOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async willSendResponse(requestContext) {
          const seconds = (performance.now() - startedAt) / 1000;
          // Set once the document parsed and validated; a request refused before has no operation to name.
          const operation = requestContext.operation;
          const type = operation?.operation;
          const name = operation?.name?.value;
          const { outcome, code } = outcomeOf(resultOf(requestContext), type === 'mutation');
          metrics?.graphqlRequest(operation ? metrics.operationName(name) : UNKNOWN_OPERATION, type ?? UNKNOWN_OPERATION, outcome, code, seconds);
          tracing?.endRequest(requestContext.contextValue, { ...(type !== undefined && { type }), ...(name !== undefined && { name }) }, outcome, code);
        },
      };
    },
  };
}
