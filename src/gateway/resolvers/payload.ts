import { toUserErrorOrThrow, type UserErrorContext } from '../errors.js';
import type { UserError } from '../generated/resolvers.js';

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: UserError };

/**
 * Runs an SES write for a mutation: an expected SES failure (not found,
 * already exists, limit, bad request) comes back as a userError for the
 * payload; a fault (throttled past the budget, unavailable, bug) is thrown and
 * becomes a top-level error.
 */
export async function attempt<T>(write: () => Promise<T>, context: UserErrorContext = {}): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    return { ok: false, error: toUserErrorOrThrow(error, context) };
  }
}
