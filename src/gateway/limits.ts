/**
 * Request limits: what one request may ask of the gateway before anything
 * runs. Documents are checked by graphql-armor (depth, aliases, directives,
 * cost, all counted through fragments) and by graphql-js's own parser token
 * limit and introspection depth rule; the HTTP layer caps the body size and
 * gives every request a deadline. Every refusal happens before execution, so
 * it costs no SES call.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recommendedRules, type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { z } from 'zod';
import { ClientCode, refusal } from './errors.js';

export interface RequestLimits {
  /** Deepest field nesting, fragments expanded; introspection's `__schema` is exempt. @default 8 */
  maxDepth: number;
  /** Aliases per operation, fragments expanded (each copy of a fragment counts). @default 30 */
  maxAliases: number;
  /** Lexical tokens per document. @default 2000 */
  maxTokens: number;
  /** Directives per operation, fragments expanded. @default 10 */
  maxDirectives: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × `first` on connections, fragments expanded. @default 20000 */
  maxCost: number;
  /** Largest request body in bytes; larger ones get HTTP 413. @default 65536 */
  maxBodyBytes: number;
  /** How long a request may take before it is answered 503 REQUEST_TIMEOUT and its queued SES calls are released. @default 75000 */
  requestTimeoutMs: number;
}

const LIMIT_VARIABLES = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxCost: 'GRAPHQL_MAX_COST',
  maxBodyBytes: 'MAX_BODY_BYTES',
  requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
} as const satisfies Record<keyof RequestLimits, string>;

/**
 * Defaults, from the documents this project ships (tests, README, bench,
 * GraphiQL's example and its introspection query): the deepest is 6 levels,
 * the most aliased 25 (a 25-period metrics comparison), the longest 652
 * tokens, the costliest 2,863 (a 100-set page); none uses a directive.
 */
export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 8,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 10,
  maxCost: 20_000,
  maxBodyBytes: 64 * 1024,
  requestTimeoutMs: 75_000,
};

const count = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The environment variables of the request limits, for config.ts's schema. */
export const limitsEnvShape = {
  GRAPHQL_MAX_DEPTH: count(1, 100, DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: count(0, 1000, DEFAULT_LIMITS.maxAliases),
  GRAPHQL_MAX_TOKENS: count(100, 100_000, DEFAULT_LIMITS.maxTokens),
  GRAPHQL_MAX_DIRECTIVES: count(0, 1000, DEFAULT_LIMITS.maxDirectives),
  GRAPHQL_MAX_COST: count(100, 10_000_000, DEFAULT_LIMITS.maxCost),
  MAX_BODY_BYTES: count(1024, 16 * 1024 * 1024, DEFAULT_LIMITS.maxBodyBytes),
  REQUEST_TIMEOUT_MS: count(1000, 3_600_000, DEFAULT_LIMITS.requestTimeoutMs),
};

type LimitsEnv = { [K in keyof typeof limitsEnvShape]: number };

export function limitsFromEnv(env: LimitsEnv): RequestLimits {
  return {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
    maxCost: env.GRAPHQL_MAX_COST,
    maxBodyBytes: env.MAX_BODY_BYTES,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
  };
}

type ArmorLimit = 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost';

/**
 * Reports armor's refusal as a validation error naming the limit and its
 * variable. Apollo answers validation errors with HTTP 400 and
 * GRAPHQL_VALIDATION_FAILED; `extensions.limit` says which limit it was.
 */
function armorRefusal(limit: ArmorLimit) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const detail = error.message.replace(/^Syntax Error:\s*/, '').replace(/\.$/, '');
    context?.reportError(
      refusal(ClientCode.GRAPHQL_VALIDATION_FAILED, `Request refused before execution: ${detail}, counting every fragment where it is spread. The limit is ${LIMIT_VARIABLES[limit]}.`, {
        limit: LIMIT_VARIABLES[limit],
      }),
    );
  };
}

interface DocumentLimits {
  validationRules: ValidationRule[];
  /** For Apollo Server's `parseOptions`: graphql-js stops lexing past this many tokens (GRAPHQL_PARSE_FAILED, HTTP 400). */
  parseOptions: { maxTokens: number };
  /** Batched (JSON array) requests are refused with HTTP 400: one request, one operation, one price. */
  allowBatchedHttpRequests: false;
  plugins: ApolloServerPlugin[];
}

/** graphql-js words its token refusal without naming the setting; say which one it is. */
function tokenLimitMessage(maxTokens: number): ApolloServerPlugin {
  const refusal = /^Syntax Error: Document contains more th\w* \d+ tokens/;
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!refusal.test(error.message)) continue;
            error.message = `Syntax Error: the document has more than ${maxTokens} tokens, the gateway's limit (GRAPHQL_MAX_TOKENS); parsing stopped.`;
            Object.assign(error.extensions, { limit: 'GRAPHQL_MAX_TOKENS' });
          }
        },
      };
    },
  };
}

/** The document checks, for ApolloServer's options. */
export function documentLimits(limits: RequestLimits): DocumentLimits {
  const armor = new ApolloArmor({
    // Flattened: a fragment spread adds no level of its own, so depth is the response's nesting.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, propagateOnRejection: false, onReject: [armorRefusal('maxDepth')] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [armorRefusal('maxAliases')] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [armorRefusal('maxDirectives')] },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true, propagateOnRejection: false, onReject: [armorRefusal('maxCost')] },
    // graphql-js's own parser limit answers like any syntax error; armor's would surface as a 500.
    maxTokens: { enabled: false },
    // Introspection is on, so masking "Did you mean" would hide nothing and only make errors less helpful.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    // Armor exempts `__schema` from depth and cost; graphql-js's MaxIntrospectionDepthRule bounds introspection's own cycles.
    validationRules: [...armor.validationRules, ...recommendedRules],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    plugins: [tokenLimitMessage(limits.maxTokens)],
  };
}

/** A GraphQL-shaped error body for refusals made by the HTTP layer, before Apollo sees the request. */
export function httpErrorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

const signals = new WeakMap<FastifyRequest, AbortSignal>();

/**
 * Aborted when the request's deadline passes or its client goes away before
 * its answer: its SES calls still queued are then released. One signal per
 * request, made with its deadline, so the context adds no listener of its own.
 */
export function requestSignal(request: FastifyRequest): AbortSignal | undefined {
  return signals.get(request);
}

/**
 * The HTTP side of the limits: a 413 with a GraphQL-shaped body for an
 * oversized body, and a deadline per request. At the deadline the client is
 * answered 503 REQUEST_TIMEOUT and the request's signal aborts.
 */
export function registerRequestLimits(app: FastifyInstance, limits: RequestLimits): void {
  app.addHook('onRequest', (request, reply, done) => {
    const giveUp = new AbortController();
    signals.set(request, giveUp.signal);
    const timer = setTimeout(() => {
      // No reason: the queues then reject the calls they release as abandoned, not as SES failures.
      giveUp.abort();
      if (!reply.sent) {
        void reply
          .code(503)
          .header('retry-after', '5')
          .send(httpErrorBody(`The request took longer than the gateway's limit of ${limits.requestTimeoutMs} ms (REQUEST_TIMEOUT_MS); its SES calls still queued were cancelled.`, 'REQUEST_TIMEOUT', { limit: 'REQUEST_TIMEOUT_MS' }));
      }
    }, limits.requestTimeoutMs);
    reply.raw.once('close', () => {
      clearTimeout(timer);
      // Closed before the answer was written out: the client gave up.
      if (!reply.raw.writableFinished) giveUp.abort();
    });
    done();
  });
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request: FastifyRequest, reply: FastifyReply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .code(413)
        .send(httpErrorBody(`The request body is larger than the gateway's limit of ${limits.maxBodyBytes} bytes (MAX_BODY_BYTES).`, 'PAYLOAD_TOO_LARGE', { limit: 'MAX_BODY_BYTES' }));
    }
    // Everything else keeps Fastify's own answer.
    return reply.send(error);
  });
}
