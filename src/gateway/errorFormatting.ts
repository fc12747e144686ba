/**
 * The last look at every error before it reaches a client (Apollo's
 * formatError). Codes a client can act on pass as they are. Anything else is
 * either an SES failure no resolver mapped (a read's exception thrown as is),
 * which the one error mapper names now, or a bug in the gateway: logged with
 * its stack and shown as INTERNAL_SERVER_ERROR with nothing of it. In every
 * case what a half-done mutation already changed in SES stays in the
 * extensions: the client must learn it whatever went wrong.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { FaultCode, toFault } from './errors.js';

/** What a fault part-way through updateConfigurationSet or cloneConfigurationSet reports of its progress. */
export const PROGRESS_EXTENSIONS = ['appliedGroups', 'notAppliedGroups', 'createdConfigurationSet', 'copiedEventDestinations'] as const;

/** The two log levels the formatter writes at; Fastify's logger (pino) fits. */
export interface ErrorLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

interface ErrorFormatterOptions {
  /** Codes whose errors reach the client unchanged: their messages are written for clients. */
  clientCodes: ReadonlySet<string>;
  log: ErrorLog;
  /** The log of the request an error came from, so the line carries its request id; `log` when unknown. */
  logFor?: (error: unknown) => ErrorLog | undefined;
}

export function errorFormatter({ clientCodes, log: processLog, logFor }: ErrorFormatterOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && clientCodes.has(code)) return formatted;
    const cause = rootCause(error);
    const mapped = toFault(cause);
    const log = logFor?.(error) ?? processLog;
    const mappedCode = String(mapped.extensions.code);
    if (mappedCode === FaultCode.INTERNAL_SERVER_ERROR) {
      // pino's error serializer writes the stack: the log line is where a bug is found.
      log.error({ err: cause, path: formatted.path }, 'unexpected error in a resolver');
    } else {
      log.warn({ err: cause, code: mappedCode, path: formatted.path }, 'SES failure mapped after the resolver');
    }
    const progress = Object.fromEntries(PROGRESS_EXTENSIONS.flatMap((key) => (formatted.extensions?.[key] === undefined ? [] : [[key, formatted.extensions[key]]])));
    return {
      message: mapped.message,
      ...(formatted.locations && { locations: formatted.locations }),
      ...(formatted.path && { path: formatted.path }),
      extensions: { code: mappedCode, ...progress },
    };
  };
}

/**
 * The error a resolver threw, under the GraphQLError graphql-js wraps it in.
 * By name, not instanceof: Apollo and the gateway may load different copies
 * of graphql (its CommonJS and its ESM build), whose classes differ.
 */
function rootCause(error: unknown): unknown {
  let cause = error;
  for (let depth = 0; depth < 5 && isGraphQLError(cause) && cause.originalError; depth += 1) cause = cause.originalError;
  return cause;
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
