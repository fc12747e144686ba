/**
 * What a service hands back to its mutation: the value, or the one userError
 * that stopped it. Faults are not results: they are thrown, and become
 * top-level errors.
 */
import { toUserErrorOrThrow, type ExpectedFailures } from '../errors.js';
import type { UserError } from '../generated/resolvers.js';

export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

/**
 * Runs one SES write: an expected SES failure (not found, already exists,
 * limit, bad request, conflict) comes back as a userError with the field and
 * message `expected` gives its code; a fault (throttled past the budget,
 * unavailable, bug) is thrown.
 */
export async function attempt<T>(write: () => Promise<T>, expected: ExpectedFailures = {}): Promise<Result<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    return { ok: false, error: toUserErrorOrThrow(error, expected) };
  }
}
