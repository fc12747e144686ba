/**
 * Readiness: whether every dependency the gateway needs is usable now, for
 * orchestrators (/readyz) and for the metrics (`snapshot()`). Each check runs
 * on demand with its own timeout; results are kept for a moment, so a burst
 * of probes (several kubelets, a load balancer, a person) costs one round of
 * checks. Nothing is remembered beyond that: when a dependency comes back,
 * the next round says so.
 *
 * What a check reports is an error name or code, never a message: messages
 * can carry host names, file paths or account details.
 */
import type { BreakerState } from './ses/breaker.js';

export interface ReadinessCheck {
  /** The name in the report: `redis`, `credentials`, `ses`. */
  name: string;
  /** What is checked, for a failed check's report (fixed text, never from the error). */
  describes: string;
  /**
   * Resolves when the dependency is usable; should stop its work when `signal` aborts. It may
   * resolve with `degraded` when the dependency is gone but the gateway serves without it.
   */
  run(signal: AbortSignal): Promise<void | { degraded: string }>;
}

interface CheckResult {
  ok: boolean;
  /** How long the check took, in ms. */
  ms: number;
  /** Why it failed: an error code or name such as ECONNREFUSED, Timeout, CredentialsProviderError. */
  error?: string;
  /** What was checked (failed checks only). */
  checked?: string;
  /** The dependency is gone, and the gateway serves without it in this way (fixed text). */
  degraded?: string;
}

interface OpenBreaker {
  region: string;
  operation: string;
  state: BreakerState['state'];
  since: string;
}

export interface ReadinessSnapshot {
  status: 'ready' | 'unready';
  /** When the checks ran (ISO 8601). */
  checkedAt: string;
  checks: Record<string, CheckResult>;
  /**
   * Circuit breakers that are not closed. They do not make the gateway
   * unready: an open breaker answers its operation at once with
   * UPSTREAM_UNAVAILABLE while every other operation still works, and taking
   * the replica out of rotation would only move the same SES fault elsewhere.
   */
  breakers: { open: OpenBreaker[] };
}

interface ReadinessOptions {
  checks: ReadinessCheck[];
  /** How long one check may take before it counts as failed. @default 800 */
  timeoutMs?: number;
  /** How long a round of results answers further probes. @default 1000 */
  cacheMs?: number;
  /** The circuit breakers' states (SesAccess.breakerStates). */
  breakers?: () => BreakerState[];
}

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/**
 * An error's code (ECONNREFUSED, CERT_HAS_EXPIRED) or class name, and nothing
 * else it carries; fetch hides the network's code in its `cause`.
 */
export function errorName(error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const { code, name, cause } = error as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof code === 'string' && SAFE_NAME.test(code)) return code;
    if (name === 'TypeError' && cause !== undefined) return errorName(cause);
    if (typeof name === 'string' && SAFE_NAME.test(name) && name !== 'Error') return name;
  }
  return 'Error';
}

class CheckTimeout extends Error {
  constructor() {
    super('The check did not finish in time.');
    this.name = 'Timeout';
  }
}

export class Readiness {
  private readonly timeoutMs: number;
  private readonly cacheMs: number;
  private last: { at: number; snapshot: ReadinessSnapshot } | undefined;
  private running: Promise<ReadinessSnapshot> | undefined;

  constructor(private readonly options: ReadinessOptions) {
    this.timeoutMs = options.timeoutMs ?? 800;
    this.cacheMs = options.cacheMs ?? 1000;
  }

  /** The result of the last round of checks, without running any; undefined before the first. For /metrics. */
  snapshot(): ReadinessSnapshot | undefined {
    return this.last?.snapshot;
  }

  /** The readiness now: the last round's if it is younger than cacheMs, else a new round (shared by concurrent callers). */
  check(): Promise<ReadinessSnapshot> {
    if (this.last && Date.now() - this.last.at < this.cacheMs) return Promise.resolve(this.last.snapshot);
    this.running ??= this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<ReadinessSnapshot> {
    const results = await Promise.all(this.options.checks.map(async (check) => [check.name, await this.runOne(check)] as const));
    const checks = Object.fromEntries(results);
    const open = (this.options.breakers?.() ?? [])
      .filter((breaker) => breaker.state !== 'closed')
      .map(({ region, operation, state, since }) => ({ region, operation, state, since }));
    const snapshot: ReadinessSnapshot = {
      status: results.every(([, result]) => result.ok) ? 'ready' : 'unready',
      checkedAt: new Date().toISOString(),
      checks,
      breakers: { open },
    };
    this.last = { at: Date.now(), snapshot };
    return snapshot;
  }

  private async runOne(check: ReadinessCheck): Promise<CheckResult> {
    const started = performance.now();
    const stop = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    try {
      const outcome = await Promise.race([
        check.run(stop.signal),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new CheckTimeout()), this.timeoutMs);
        }),
      ]);
      return { ok: true, ms: Math.round(performance.now() - started), ...(outcome && { degraded: outcome.degraded }) };
    } catch (error) {
      return { ok: false, ms: Math.round(performance.now() - started), error: errorName(error), checked: check.describes };
    } finally {
      clearTimeout(timer);
      stop.abort();
    }
  }
}
