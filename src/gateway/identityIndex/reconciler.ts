/**
 * The background reconciler: full passes over a region's identities
 * (ListEmailIdentities to the end, then GetEmailIdentity for each), so the
 * index also learns of changes made outside the gateway.
 *
 * It never stands in users' way:
 * - It spends at most `quotaShare` of each operation's rate: its calls of an
 *   operation are spaced 1 / (rate x share) apart, by when they were issued.
 * - It issues one call at a time, as its own caller in the fair queues
 *   (fairQueue.ts), which serve callers round-robin per (region, operation):
 *   with at most one background call queued, a user's call waits behind at
 *   most one of them.
 * - Its SES layer has no shared cache (a pass over 10,000 identities would
 *   evict everything users read) and its own circuit breakers; the limiter,
 *   and with it the quota, is the one users share.
 *
 * With Redis, one replica reconciles a region at a time: the one holding the
 * region's lock, renewed while it works and released between passes.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isNotFound } from '../errors.js';
import type { SesAccess } from '../ses/access.js';
import type { CallScope, ScopeLog } from '../ses/scope.js';
import type { DefaultSet, IdentityIndexStore, IndexMeta } from './store.js';

/** The reconciler's fairness key: a caller of its own, apart from users and from SYSTEM_SCOPE. */
const RECONCILER_CALLER = 'gateway:identity-index';

/** How long a region's lock lasts unless renewed; renewed every third of it while a pass runs. */
const LOCK_TTL_MS = 30_000;
/** Enough ListEmailIdentities pages of 1000 for 100,000 identities, ten times SES's default limit: a bound, not an expectation. */
const MAX_PAGES = 100;
/** An idle region is looked at again at least this often (the pass may have been invalidated, or the lock freed). */
const MAX_IDLE_MS = 60_000;
/** A step that failed (SES or Redis away) is tried again after 1, 2, 4, 8 s before the pass gives up. */
const STEP_ATTEMPTS = 5;
const MAX_BACKOFF_MS = 60_000;

interface ReconcilerOptions {
  store: IdentityIndexStore;
  /** The reconciler's own SES layer (no shared cache), on the users' limiter. */
  ses: SesAccess;
  /** Calls per second the limiter allows for an SES operation. */
  rateOf: (operation: string) => number;
  quotaShare: number;
  refreshMs: number;
  log: ScopeLog;
  /** Told of the region's meta whenever the reconciler reads or changes it. */
  onMeta: (region: string, meta: IndexMeta) => void;
}

/** What a pass did, for the log and for tests. */
export interface PassResult {
  region: string;
  identities: number;
  startedAt: number;
  endedAt: number;
  completed: boolean;
}

class PassAbandoned extends Error {}

export class Reconciler {
  private readonly loops = new Map<string, Promise<void>>();
  private readonly stopping = new AbortController();
  private readonly owner = randomUUID();
  /** When the next call of (region, operation) may be issued, for the quota share. */
  private readonly nextCall = new Map<string, number>();
  private readonly scope: CallScope;
  private readonly passListeners = new Set<(result: PassResult) => void>();

  constructor(private readonly options: ReconcilerOptions) {
    this.scope = { callerId: RECONCILER_CALLER, signal: this.stopping.signal, log: options.log };
  }

  /** Starts reconciling `region`, once. */
  track(region: string): void {
    if (this.loops.has(region) || this.stopping.signal.aborted) return;
    this.loops.set(region, this.loop(region));
  }

  /** Told of every pass that ends (completed or not). */
  onPass(listener: (result: PassResult) => void): () => void {
    this.passListeners.add(listener);
    return () => this.passListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled(this.loops.values());
  }

  private async loop(region: string): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      let waitMs: number;
      try {
        waitMs = await this.cycle(region);
        failures = 0;
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        failures += 1;
        waitMs = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1));
        // A store that is away has said so once already (redisStore.ts).
        if (this.options.store.usable()) this.options.log.warn({ err: error, region, retryInMs: waitMs }, 'identity index: full pass failed');
      }
      try {
        await sleep(waitMs, undefined, { signal: this.stopping.signal });
      } catch {
        return;
      }
    }
  }

  /** Runs a pass if one is due and this replica may; returns how long to wait before looking again. */
  private async cycle(region: string): Promise<number> {
    const { store } = this.options;
    if (!(await store.acquire(region, this.owner, LOCK_TTL_MS))) return LOCK_TTL_MS / 2;
    try {
      // Read after taking the lock: a pass another replica just finished counts.
      const { meta } = await store.read(region, false);
      this.options.onMeta(region, meta);
      const due = meta.completedAt === null ? 0 : meta.completedAt + this.options.refreshMs - Date.now();
      if (due > 0) return Math.min(due, MAX_IDLE_MS);
      await this.pass(region);
      return Math.min(this.options.refreshMs, MAX_IDLE_MS);
    } finally {
      await store.release(region, this.owner).catch(() => undefined);
    }
  }

  private async pass(region: string): Promise<void> {
    const { store } = this.options;
    const lock = this.keepLock(region);
    const startedAt = Date.now();
    let identities = 0;
    let completed = false;
    try {
      const generation = await this.step(lock, () => store.startPass(region));
      const names = await this.listAll(region, lock);
      identities = names.length;
      // Each answer is stored while the next read waits its turn, so storing does not slow the pass below its share.
      let storing: Promise<void> = Promise.resolve();
      for (const name of names) {
        const set = await this.step(lock, () => this.defaultSetOf(region, name));
        await storing;
        storing = this.step(lock, () => store.applyRead(region, name, set));
        // Awaited in the next turn; until then a failure must not count as unhandled.
        storing.catch(() => undefined);
      }
      await storing;
      completed = await this.step(lock, () => store.finishPass(region, generation));
      const { meta } = await store.read(region, false);
      this.options.onMeta(region, meta);
      this.options.log.info({ region, identities, ms: Date.now() - startedAt, completed }, 'identity index: full pass ended');
    } finally {
      lock.stop();
      const result = { region, identities, startedAt, endedAt: Date.now(), completed };
      for (const listener of this.passListeners) listener(result);
    }
  }

  private async listAll(region: string, lock: HeldLock): Promise<string[]> {
    const names: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const output = await this.step(lock, () =>
        this.paced(region, 'ListEmailIdentities', () =>
          this.options.ses.read(region, 'ListEmailIdentities', { PageSize: 1000, ...(token !== undefined && { NextToken: token }) }, this.scope),
        ),
      );
      for (const summary of output.EmailIdentities ?? []) if (summary.IdentityName) names.push(summary.IdentityName);
      token = output.NextToken;
      if (!token) break;
    }
    return names;
  }

  private async defaultSetOf(region: string, identity: string): Promise<DefaultSet> {
    try {
      const output = await this.paced(region, 'GetEmailIdentity', () => this.options.ses.read(region, 'GetEmailIdentity', { EmailIdentity: identity }, this.scope));
      return output.ConfigurationSetName ?? '';
    } catch (error) {
      // Listed, then deleted before its turn: gone.
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** Issues `call` no sooner than 1 / (rate x share) after this reconciler's previous call of the operation in the region. */
  private async paced<T>(region: string, operation: string, call: () => Promise<T>): Promise<T> {
    const key = `${region}:${operation}`;
    const wait = (this.nextCall.get(key) ?? 0) - Date.now();
    if (wait > 0) await sleep(wait, undefined, { signal: this.stopping.signal });
    this.nextCall.set(key, Date.now() + 1000 / (this.options.rateOf(operation) * this.options.quotaShare));
    return call();
  }

  /** One step of a pass, tried again after a backoff while it fails; never after the lock was lost or the gateway is closing. */
  private async step<T>(lock: HeldLock, run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      if (this.stopping.signal.aborted) throw new PassAbandoned('the gateway is closing');
      if (lock.lost) throw new PassAbandoned('the region\'s lock was lost to another replica');
      try {
        return await run();
      } catch (error) {
        if (attempt >= STEP_ATTEMPTS || this.stopping.signal.aborted) throw error;
        await sleep(1000 * 2 ** (attempt - 1), undefined, { signal: this.stopping.signal });
      }
    }
  }

  /** Renews the region's lock while a pass runs; `lost` turns true when another replica holds it. */
  private keepLock(region: string): HeldLock {
    const { store } = this.options;
    let timer: NodeJS.Timeout | undefined;
    const held: HeldLock = { lost: false, stop: () => clearInterval(timer) };
    if (!store.shared) return held;
    timer = setInterval(() => {
      store.renew(region, this.owner, LOCK_TTL_MS).then(
        (renewed) => {
          if (!renewed) held.lost = true;
        },
        // Redis away: the lock may lapse; the pass's next step fails on Redis too, or finds the lock lost.
        () => undefined,
      );
    }, LOCK_TTL_MS / 3);
    timer.unref();
    return held;
  }
}

interface HeldLock {
  lost: boolean;
  stop(): void;
}
