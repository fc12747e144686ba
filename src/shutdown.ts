/**
 * Stopping on SIGTERM and SIGINT: stop taking requests, let the ones in flight
 * finish (with the SES writes they queued), close the clients, exit 0; or exit
 * 1 when that takes longer than the shutdown timeout, when closing fails, or
 * when a second signal asks to stop at once.
 */

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type ShutdownSignal = (typeof SHUTDOWN_SIGNALS)[number];

/**
 * A repeat within this window is the same request, not an impatient second
 * one: Ctrl-C on `npm start` reaches the server twice, once from the terminal
 * (the whole foreground process group gets it) and once forwarded by npm.
 */
export const REPEAT_WINDOW_MS = 500;

/** The exit code of a stop that did not finish cleanly (timeout, second signal, a close that failed). */
export const FORCED_EXIT_CODE = 1;

interface ShutdownLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

interface ShutdownOptions {
  /** Stops everything, in order; resolves once nothing is left running. */
  close: () => Promise<void>;
  /** How long `close` may take before the process exits anyway. */
  timeoutMs: number;
  log: ShutdownLog;
  /** @default process.exit */
  exit?: (code: number) => void;
  /** Where the signals arrive. @default process */
  signals?: Pick<NodeJS.Process, 'on' | 'off'>;
  /** @default Date.now */
  now?: () => number;
}

/** Installs the signal handlers; returns a function that removes them. */
export function stopOnSignals(options: ShutdownOptions): () => void {
  const { close, timeoutMs, log, exit = (code: number) => process.exit(code), signals = process, now = Date.now } = options;
  let first: { signal: ShutdownSignal; at: number } | undefined;
  let exited = false;
  const exitOnce = (code: number) => {
    if (exited) return;
    exited = true;
    exit(code);
  };

  const onSignal = (signal: ShutdownSignal) => {
    if (first) {
      if (now() - first.at < REPEAT_WINDOW_MS) return;
      log.warn({ signal }, `${signal} again while stopping: exiting now, without waiting for requests in flight`);
      exitOnce(FORCED_EXIT_CODE);
      return;
    }
    first = { signal, at: now() };
    log.info({ signal, shutdownTimeoutMs: timeoutMs }, `${signal} received: refusing new requests, waiting up to ${timeoutMs} ms for those in flight`);
    // Not unref'd: this timer is what ends a stop that hangs.
    const timer = setTimeout(() => {
      log.error({ signal, shutdownTimeoutMs: timeoutMs }, `requests still running after ${timeoutMs} ms (SHUTDOWN_TIMEOUT_MS): exiting anyway`);
      exitOnce(FORCED_EXIT_CODE);
    }, timeoutMs);
    close().then(
      () => {
        clearTimeout(timer);
        log.info({ signal, stoppedInMs: now() - (first?.at ?? 0) }, 'stopped cleanly');
        exitOnce(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        log.error({ signal, err: error }, 'stopping failed');
        exitOnce(FORCED_EXIT_CODE);
      },
    );
  };

  const handlers = SHUTDOWN_SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, handler] of handlers) signals.on(signal, handler);
  return () => {
    for (const [signal, handler] of handlers) signals.off(signal, handler);
  };
}
