/**
 * The one error mapper. Expected failures (bad input, missing or duplicate
 * resources, resource quotas) become userErrors in mutation payloads; faults
 * (throttling past the retry budget, SES unavailable, credentials, bugs)
 * become top-level GraphQL errors with `extensions.code`. SES's own error
 * bodies, stack traces and credentials never reach a client.
 */
import { GraphQLError } from 'graphql';
import type { UserError, UserErrorCode } from './generated/resolvers.js';

export const FaultCode = {
  UPSTREAM_THROTTLED: 'UPSTREAM_THROTTLED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAUTHORIZED: 'UPSTREAM_UNAUTHORIZED',
  UPSTREAM_REJECTED: 'UPSTREAM_REJECTED',
  UPSTREAM_BAD_RESPONSE: 'UPSTREAM_BAD_RESPONSE',
  UPSTREAM_ERROR: 'UPSTREAM_ERROR',
  LIMITER_UNAVAILABLE: 'LIMITER_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type FaultCode = (typeof FaultCode)[keyof typeof FaultCode];

const FAULT_MESSAGES: Record<FaultCode, string> = {
  UPSTREAM_THROTTLED: 'SES kept throttling the request after the retry budget was spent; try again later.',
  UPSTREAM_UNAVAILABLE: 'SES did not answer, or answered with a server error; try again later.',
  UPSTREAM_TIMEOUT: 'SES did not answer within the gateway\'s timeout for one call (SES_TIMEOUT_MS); try again later.',
  UPSTREAM_UNAUTHORIZED: 'SES refused the gateway\'s credentials; check the gateway\'s AWS configuration.',
  UPSTREAM_REJECTED: 'SES refused the request for the account\'s state (for example a suspended account).',
  UPSTREAM_BAD_RESPONSE: 'SES\'s answer could not be read (a truncated or non-JSON body); try again later.',
  UPSTREAM_ERROR: 'SES answered with an error the gateway did not expect for this call; the gateway\'s log names it.',
  LIMITER_UNAVAILABLE: 'The gateway\'s shared rate limiter (Redis) is unavailable, so SES was not called; try again later.',
  INTERNAL_SERVER_ERROR: 'Internal server error.',
};

export function fault(code: FaultCode, message = FAULT_MESSAGES[code], extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/**
 * `cause` as its top-level fault, with the fault's message replaced or
 * details added to its extensions (what a mutation had already changed, what
 * a read-back found). The cause stays attached for the log, never for the client.
 */
export function faultWith(cause: unknown, { message, extensions = {} }: { message?: string; extensions?: Record<string, unknown> } = {}): GraphQLError {
  const base = toFault(cause);
  return new GraphQLError(message ?? base.message, {
    extensions: { ...base.extensions, ...extensions },
    ...(cause instanceof Error && { originalError: cause }),
  });
}

/** Codes of top-level errors the caller can fix; every one is built by the constructors below. */
export const ClientCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  QUOTA_BUDGET_EXCEEDED: 'QUOTA_BUDGET_EXCEEDED',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
} as const;
export type ClientCode = (typeof ClientCode)[keyof typeof ClientCode];

/**
 * An argument (or a variable's value) breaks a rule: the message starts with
 * the argument's name and states the rule; `argument` names it for clients,
 * `fields` lists every input path at fault when there are several. No SES call is made.
 */
export function badUserInput(message: string, where: { argument?: string | null; fields?: (readonly string[] | null)[] } = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ClientCode.BAD_USER_INPUT, ...(where.argument !== undefined && { argument: where.argument }), ...(where.fields && { fields: where.fields }) },
  });
}

/** A top-level NOT_FOUND: an object the query reached was deleted while the request was running. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ClientCode.NOT_FOUND } });
}

/**
 * A request refused before it ran (FORBIDDEN, QUOTA_BUDGET_EXCEEDED,
 * GRAPHQL_VALIDATION_FAILED) or stopped (RESPONSE_TOO_LARGE), with the
 * details a client needs to change it in `extensions`.
 */
export function refusal(
  code: Exclude<ClientCode, 'BAD_USER_INPUT' | 'NOT_FOUND'>,
  message: string,
  extensions: Record<string, unknown> & { code?: never } = {},
  path?: readonly (string | number)[],
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions }, ...(path && { path }) });
}

/** SES exceptions that describe the request, not a fault: they become userErrors. */
const USER_ERROR_CODES: Record<string, UserErrorCode> = {
  BadRequestException: 'INVALID_INPUT',
  // A list token SES no longer accepts; connections turn it into BAD_USER_INPUT on `after`.
  InvalidNextTokenException: 'INVALID_INPUT',
  NotFoundException: 'NOT_FOUND',
  AlreadyExistsException: 'ALREADY_EXISTS',
  LimitExceededException: 'LIMIT_EXCEEDED',
  ConflictException: 'CONFLICT',
  ConcurrentModificationException: 'CONFLICT',
};

/** Whether an SES failure is one a caller can expect and report, rather than a fault. */
export function isExpectedSesError(error: unknown): boolean {
  return !isFault(error) && Object.hasOwn(USER_ERROR_CODES, sesErrorName(error) ?? '');
}

const UNAUTHORIZED = new Set([
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'CredentialsProviderError',
  'SignatureDoesNotMatch',
]);

const REJECTED = new Set(['AccountSuspendedException', 'SendingPausedException', 'MailFromDomainNotVerifiedException', 'MessageRejected']);

export interface SesErrorLike {
  name?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

export function sesErrorName(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'name' in error ? String((error as SesErrorLike).name) : undefined;
}

export function isThrottle(error: unknown): boolean {
  const e = error as SesErrorLike | undefined;
  return sesErrorName(error) === 'TooManyRequestsException' || e?.$metadata?.httpStatusCode === 429 || e?.$retryable?.throttling === true;
}

export function isNotFound(error: unknown): boolean {
  return sesErrorName(error) === 'NotFoundException';
}

/**
 * SES did not answer in time: the SDK's request, socket or connect timeout, or
 * the gateway's own deadline per call (SesCallTimeoutError). node-http-handler
 * renames ECONNRESET and EPIPE errors to TimeoutError: those are resets, not timeouts.
 */
export function isTimeout(error: unknown): boolean {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  if (code === 'ECONNRESET' || code === 'EPIPE') return false;
  const name = sesErrorName(error);
  return name === 'TimeoutError' || name === 'SesCallTimeoutError' || code === 'ETIMEDOUT';
}

/** Marks an error that already passed through the mapper, so it is not mapped twice. */
export function isFault(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && typeof error.extensions.code === 'string';
}

/** The top-level error for an SES failure that is not the caller's to fix. */
export function toFault(error: unknown): GraphQLError {
  if (isFault(error)) return error;
  const name = sesErrorName(error) ?? '';
  const status = (error as SesErrorLike | undefined)?.$metadata?.httpStatusCode;
  if (isThrottle(error)) return fault('UPSTREAM_THROTTLED');
  if (name === 'QueueTimeoutError') return fault('UPSTREAM_THROTTLED', 'The request waited too long for SES quota; try again later or ask for less at once.');
  if (name === 'LimiterUnavailableError') return fault('LIMITER_UNAVAILABLE');
  // The client gave up (it disconnected, or its deadline passed) before SES quota came free: no SES call was made.
  if (name === 'CallAbandonedError') return fault('UPSTREAM_THROTTLED', 'The request gave up before SES quota came free; no SES call was made.');
  // The operation's circuit breaker is open (ses/breaker.ts): SES kept failing it, so it was not called.
  if (name === 'CircuitOpenError') return fault('UPSTREAM_UNAVAILABLE', 'SES failed this operation repeatedly, so the gateway is not calling it for a few seconds; try again later.');
  if (UNAUTHORIZED.has(name) || status === 401 || status === 403) return fault('UPSTREAM_UNAUTHORIZED');
  if (REJECTED.has(name)) return fault('UPSTREAM_REJECTED');
  if (isTimeout(error)) {
    const ms = (error as { timeoutMs?: unknown }).timeoutMs;
    return fault('UPSTREAM_TIMEOUT', typeof ms === 'number' ? `SES did not answer within ${ms} ms (SES_TIMEOUT_MS); try again later.` : undefined);
  }
  // An exception callers expect (NotFound, BadRequest, ConcurrentModification, ...) that no caller handled: SES said it
  // of a call the gateway made with input it had validated (a read, a step of a mutation), so it is neither the
  // client's error nor an outage, whatever its status (SES sends ConcurrentModificationException as a 500).
  if (Object.hasOwn(USER_ERROR_CODES, name) && isServiceException(error)) return fault('UPSTREAM_ERROR');
  if (
    (status !== undefined && status >= 500) ||
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)$/.test(String((error as { code?: unknown })?.code ?? ''))
  ) {
    return fault('UPSTREAM_UNAVAILABLE');
  }
  // The SDK could not parse SES's answer (a truncated body, a proxy's HTML page): a SyntaxError carrying the raw response.
  if (isUnreadableResponse(error)) return fault('UPSTREAM_BAD_RESPONSE');
  // An error name the SDK's model does not know, with a 4xx status.
  if (isServiceException(error)) return fault('UPSTREAM_ERROR');
  return fault('INTERNAL_SERVER_ERROR');
}

/** An exception SES answered with (modelled or not): the SDK marks each with the fault side and the response's metadata. */
function isServiceException(error: unknown): boolean {
  const e = error as { $fault?: unknown; $metadata?: unknown } | undefined;
  return (e?.$fault === 'client' || e?.$fault === 'server') && typeof e.$metadata === 'object';
}

/** A response whose body the SDK could not deserialize: not a service exception, but it carries the raw `$response`. */
function isUnreadableResponse(error: unknown): boolean {
  return error instanceof Error && '$response' in error && !isServiceException(error);
}

/**
 * What one SES write can expect to fail with, by userError code: the input
 * path the failure is about (null when no single field is) and the message
 * the client gets, the code's generic one when left out. SES's own text is
 * never passed on. A code not listed gets its generic message and no field.
 */
export type ExpectedFailures = Partial<Record<UserErrorCode, { field: string[] | null; message?: string }>>;

const DEFAULT_USER_MESSAGES: Record<UserErrorCode, string> = {
  INVALID_INPUT: 'SES rejected the input.',
  NOT_FOUND: 'A resource the input refers to does not exist.',
  ALREADY_EXISTS: 'A resource with that name already exists.',
  LIMIT_EXCEEDED: 'An SES resource quota would be exceeded.',
  IN_USE: 'The resource is in use.',
  CONFLICT: 'SES refused the change because of the resource\'s current state; try again.',
};

/**
 * Maps an SES failure to a userError when it is an expected one, and throws
 * the top-level fault otherwise.
 */
export function toUserErrorOrThrow(error: unknown, expected: ExpectedFailures = {}): UserError {
  const code = USER_ERROR_CODES[sesErrorName(error) ?? ''];
  if (!code || isFault(error)) throw toFault(error);
  const failure = expected[code];
  return userError(code, failure?.message ?? DEFAULT_USER_MESSAGES[code], failure?.field ?? null);
}

export function userError(code: UserErrorCode, message: string, field: string[] | null = null): UserError {
  return { code, message, field };
}
