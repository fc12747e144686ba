/**
 * A hard deadline for one SES call, independent of the SDK's own timeouts:
 * whatever the HTTP handler does (a frozen upstream that accepted the
 * connection, a socket that never errors), the call ends at `timeoutMs`, its
 * socket is destroyed through the abort signal, and whatever it held (the
 * region's write slot) is released. It also ends when the request gives up.
 */
import { abandonment, onAbort } from './fairQueue.js';
import { SesCallTimeoutError } from './retry.js';

export async function withCallDeadline<T>(timeoutMs: number, requestSignal: AbortSignal | undefined, send: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (requestSignal?.aborted) throw abandonment(requestSignal);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new SesCallTimeoutError(timeoutMs));
  }, timeoutMs);
  const unwatch = requestSignal ? onAbort(requestSignal, () => controller.abort(abandonment(requestSignal))) : () => {};
  try {
    // Raced rather than trusted: the SDK's promise is not relied on to settle once aborted.
    return await new Promise<T>((resolve, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      send(controller.signal).then(resolve, reject);
    });
  } catch (error) {
    if (timedOut) throw Object.assign(new SesCallTimeoutError(timeoutMs), { cause: error });
    if (requestSignal?.aborted) throw abandonment(requestSignal);
    throw error;
  } finally {
    clearTimeout(timer);
    unwatch();
  }
}
