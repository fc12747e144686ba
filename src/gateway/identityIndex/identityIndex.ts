/**
 * The identity index: which email identities use which configuration set as
 * their default, per region, so `ConfigurationSet.defaultForIdentities` and
 * the guard of `deleteConfigurationSet` need no scan of every identity.
 *
 * Kept current by three sources:
 * - the gateway's own writes and every GetEmailIdentity it makes (SesAccess's
 *   `onAnswer` hook: `onAnswer` below);
 * - a background reconciler (reconciler.ts) that walks the region within a
 *   share of the quota, for changes made outside the gateway;
 * - nothing else: SES keeps no such index and sends no change events.
 *
 * A region's index answers once a full pass has completed since the index was
 * created and ended no longer than IDENTITY_INDEX_MAX_AGE_SECONDS ago; before
 * that, and whenever the store cannot be reached, callers scan as they did
 * without an index. Nothing here ever fails a request.
 */
import type { SesObserver } from '../observability/sesObserver.js';
import type { KnownRegions } from '../regions.js';
import type { GatewayConfig } from '../config.js';
import { SesAccess, type SesAnswer, type SesClientOptions } from '../ses/access.js';
import { MemoryReadCache } from '../ses/cache.js';
import type { SesLimiter } from '../ses/limiter.js';
import type { ScopeLog } from '../ses/scope.js';
import type { IdentityIndexConfig } from './config.js';
import { Reconciler, type PassResult } from './reconciler.js';
import { RedisIndexStore } from './redisStore.js';
import { MemoryIndexStore, type DefaultSet, type IdentityIndexStore, type IndexMeta } from './store.js';

/**
 * A read answered up to SES_TIMEOUT_MS after it was sent may predate a write
 * the gateway saw answered meanwhile; the margin covers the time between SES's
 * answer and the index update, on either side.
 */
const FENCE_MARGIN_MS = 1000;
/** Writes kept while the store is away, to replay in order; past this the region's index is invalidated instead. */
const MAX_PENDING_WRITES = 10_000;
const REPLAY_INTERVAL_MS = 1000;
/** How old the meta pricing relies on may be before it is read again (in the background). */
const SNAPSHOT_REFRESH_MS = 2000;
/** How long start-up waits for the index's regions and meta; Redis away does not hold the gateway up. */
const START_WAIT_MS = 2000;

/** What `extensions.identityIndex` says about one region a request asked about. */
export interface IdentityIndexReport {
  region: string;
  /** Whether the region's index was complete (a full pass ended, within the max age) and reachable. */
  complete: boolean;
  /** When the last full pass ended (ISO 8601); null if none has. */
  lastFullPassAt: string | null;
  /** When that pass started: changes made outside the gateway before then are reflected. */
  lastFullPassStartedAt: string | null;
  /** INDEX: answered without SES calls; SCAN: by reading every identity of the region. */
  answeredFrom: 'INDEX' | 'SCAN';
}

/** The freshness of a region's index. */
export interface IndexFreshness {
  region: string;
  complete: boolean;
  lastFullPassAt: number | null;
  lastFullPassStartedAt: number | null;
}

interface Lookup {
  meta: IndexMeta | null;
  complete: boolean;
  /** set name -> its identities, sorted; null when the index cannot answer. */
  bySet: Map<string, string[]> | null;
}

interface PendingWrite {
  region: string;
  identity: string;
  set: DefaultSet;
  at: number;
}

interface IdentityIndexOptions {
  settings: IdentityIndexConfig;
  store: IdentityIndexStore;
  /** The reconciler's SES layer: no shared cache, the users' limiter. */
  ses: SesAccess;
  regions: KnownRegions;
  rateOf: (operation: string) => number;
  log: ScopeLog;
}

const stringField = (value: unknown, name: string): string | undefined => {
  if (value === null || typeof value !== 'object') return undefined;
  const field: unknown = (value as Record<string, unknown>)[name];
  return typeof field === 'string' ? field : undefined;
};

const isoOrNull = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

function bySetName(sets: ReadonlyMap<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [identity, set] of sets) {
    const group = groups.get(set);
    if (group) group.push(identity);
    else groups.set(set, [identity]);
  }
  for (const group of groups.values()) group.sort();
  return groups;
}

export class IdentityIndex {
  private readonly reconciler: Reconciler | undefined;
  private readonly snapshots = new Map<string, { meta: IndexMeta; fetchedAt: number }>();
  private readonly refreshing = new Set<string>();
  private readonly tracked = new Set<string>();
  private pending: PendingWrite[] = [];
  private readonly overflowed = new Set<string>();
  private replayTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: IdentityIndexOptions) {
    const { settings, store, ses, rateOf, log } = options;
    this.reconciler = settings.reconcile
      ? new Reconciler({ store, ses, rateOf, log, quotaShare: settings.quotaShare, refreshMs: settings.refreshMs, onMeta: (region, meta) => this.remember(region, meta) })
      : undefined;
  }

  /**
   * SesAccess's onAnswer: every successful SES call. Called on the caller's
   * path, so it only starts the store's update.
   */
  readonly onAnswer = (answer: SesAnswer): void => {
    if (this.closed) return;
    const identity = stringField(answer.input, 'EmailIdentity');
    if (identity === undefined) return;
    // DeleteConfigurationSet changes nothing here: SES leaves identities naming a deleted set as their
    // default (their sends fail until changed), as does the emulator (operations/configurationSets.ts).
    switch (answer.operation) {
      case 'GetEmailIdentity':
        this.read(answer.region, identity, stringField(answer.output, 'ConfigurationSetName') ?? '');
        return;
      case 'CreateEmailIdentity':
      case 'PutEmailIdentityConfigurationSetAttributes':
        this.write(answer.region, identity, stringField(answer.input, 'ConfigurationSetName') ?? '');
        return;
      case 'DeleteEmailIdentity':
        this.write(answer.region, identity, null);
        return;
      default:
        return;
    }
  };

  /** Reconciles the configured regions, or those the index already holds; waits at most START_WAIT_MS. */
  async start(): Promise<void> {
    const { settings, store } = this.options;
    const loading = (async () => {
      await store.ready().catch(() => undefined);
      const regions = settings.regions ?? (await store.regions().catch(() => [])).filter((region) => this.options.regions.has(region));
      for (const region of regions) this.track(region);
      await Promise.allSettled(regions.map((region) => this.refresh(region)));
    })();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([loading, new Promise<void>((resolve) => (timer = setTimeout(resolve, START_WAIT_MS)))]);
    clearTimeout(timer);
  }

  /** A view for one request: what it asked is reported in `extensions.identityIndex`. */
  forRequest(): RequestIdentityIndex {
    return new RequestIdentityIndex(this);
  }

  /**
   * Whether the region's index is complete, from the meta last read (pricing
   * runs before any resolver and cannot wait). Reads the meta again in the
   * background when it is older than SNAPSHOT_REFRESH_MS. Asking marks the
   * region as one callers care about.
   */
  completeNow(region: string): boolean {
    if (!this.options.regions.has(region)) return false;
    this.track(region);
    const known = this.snapshots.get(region);
    if (!known || Date.now() - known.fetchedAt > SNAPSHOT_REFRESH_MS) void this.refresh(region);
    return known !== undefined && this.options.store.usable() && !this.hasUnsavedWrites(region) && this.isComplete(known.meta);
  }

  /**
   * Which regions' index is complete now, as one string: pricing remembers
   * prices per operation, and a price that counted an identity scan holds only
   * until the region's index completes (or stops being complete).
   */
  pricingState(): string {
    const asked = new Set([...this.tracked, ...this.snapshots.keys()]);
    return [...asked].filter((region) => this.completeNow(region)).sort().join(',');
  }

  /** The region's index as the store has it now. */
  async freshness(region: string): Promise<IndexFreshness> {
    const { meta } = await this.options.store.read(region, false);
    this.remember(region, meta);
    return { region, complete: this.isComplete(meta), lastFullPassAt: meta.completedAt, lastFullPassStartedAt: meta.completedPassStartedAt };
  }

  /** Told of every full pass this replica ends (tests, the benchmark). */
  onPass(listener: (result: PassResult) => void): () => void {
    return this.reconciler?.onPass(listener) ?? (() => undefined);
  }

  /** The identities using each set, or why the index cannot say. Never rejects. */
  async lookup(region: string): Promise<Lookup> {
    this.track(region);
    const { store } = this.options;
    const known = this.snapshots.get(region)?.meta ?? null;
    // This replica's own writes not yet in the store: its answers would miss them.
    if (!store.usable() || this.hasUnsavedWrites(region)) return { meta: known, complete: false, bySet: null };
    try {
      const { meta, sets } = await store.read(region, true);
      this.remember(region, meta);
      if (!sets || !this.isComplete(meta)) return { meta, complete: false, bySet: null };
      return { meta, complete: true, bySet: bySetName(sets) };
    } catch {
      return { meta: known, complete: false, bySet: null };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.replayTimer);
    await this.reconciler?.close();
    this.options.ses.destroy();
    await this.options.store.close();
  }

  private isComplete(meta: IndexMeta): boolean {
    return meta.completedAt !== null && Date.now() - meta.completedAt <= this.options.settings.maxAgeMs;
  }

  private remember(region: string, meta: IndexMeta): void {
    this.snapshots.set(region, { meta, fetchedAt: Date.now() });
  }

  private async refresh(region: string): Promise<void> {
    if (this.refreshing.has(region)) return;
    this.refreshing.add(region);
    try {
      const { meta } = await this.options.store.read(region, false);
      this.remember(region, meta);
    } catch {
      // Unreachable: completeNow says no (store.usable()), lookups fall back.
    } finally {
      this.refreshing.delete(region);
    }
  }

  /** Reconciles `region` from now on, if it is one the gateway serves and (with IDENTITY_INDEX_REGIONS) one listed. */
  private track(region: string): void {
    if (this.tracked.has(region) || !this.options.regions.has(region)) return;
    const listed = this.options.settings.regions;
    if (listed && !listed.includes(region)) return;
    this.tracked.add(region);
    this.reconciler?.track(region);
    this.options.store.addRegion(region).catch(() => undefined);
  }

  private read(region: string, identity: string, set: DefaultSet): void {
    // A read only refreshes what a pass would find: one the store cannot take now is simply left out.
    if (!this.options.store.usable()) return;
    this.options.store.applyRead(region, identity, set).catch(() => undefined);
  }

  private write(region: string, identity: string, set: DefaultSet): void {
    const write: PendingWrite = { region, identity, set, at: Date.now() };
    // Behind writes waiting to be replayed, in order.
    if (this.pending.length > 0 || !this.options.store.usable()) {
      this.defer(write);
      return;
    }
    this.options.store.applyWrite(region, identity, set, write.at).catch(() => this.defer(write));
  }

  private hasUnsavedWrites(region: string): boolean {
    return this.overflowed.has(region) || this.pending.some((write) => write.region === region);
  }

  private defer(write: PendingWrite): void {
    if (this.closed) return;
    if (this.pending.length < MAX_PENDING_WRITES) this.pending.push(write);
    else this.overflowed.add(write.region);
    this.scheduleReplay();
  }

  private scheduleReplay(): void {
    if (this.replayTimer !== undefined || this.closed) return;
    this.replayTimer = setTimeout(() => {
      this.replayTimer = undefined;
      void this.replay();
    }, REPLAY_INTERVAL_MS);
    this.replayTimer.unref();
  }

  /**
   * Applies the writes the store missed, oldest first (a write older than one
   * the store has is skipped there); a region that lost writes past the buffer
   * is invalidated, to answer by scanning until its next full pass.
   */
  private async replay(): Promise<void> {
    const { store, log } = this.options;
    if (!store.usable()) {
      this.scheduleReplay();
      return;
    }
    const count = this.pending.length;
    try {
      for (let write = this.pending[0]; write !== undefined; write = this.pending[0]) {
        await store.applyWrite(write.region, write.identity, write.set, write.at);
        this.pending.shift();
      }
      for (const region of [...this.overflowed]) {
        await store.invalidate(region);
        this.overflowed.delete(region);
        log.warn({ region }, 'identity index: writes were lost while the store was away; answering by scanning until the next full pass');
      }
      log.info({ writes: count }, 'identity index: writes made while the store was away are applied');
    } catch {
      this.scheduleReplay();
    }
  }
}

/** The index as one request sees it: shared lookups per region, and what it reports. */
export class RequestIdentityIndex {
  private readonly reading = new Map<string, Promise<Lookup>>();
  private readonly reported = new Map<string, IdentityIndexReport>();

  constructor(private readonly index: IdentityIndex) {}

  /**
   * The identities whose default set is `set`, sorted, from a complete index;
   * undefined when the caller must scan. Fields resolved side by side share one
   * read of the region's index.
   */
  async usersOf(region: string, set: string): Promise<string[] | undefined> {
    let lookup = this.reading.get(region);
    if (!lookup) {
      const started = this.index.lookup(region);
      lookup = started;
      this.reading.set(region, started);
      void started.then(() => {
        if (this.reading.get(region) === started) this.reading.delete(region);
      });
    }
    const { meta, complete, bySet } = await lookup;
    const users = bySet ? (bySet.get(set) ?? []) : undefined;
    const previous = this.reported.get(region);
    this.reported.set(region, {
      region,
      complete: complete && (previous?.complete ?? true),
      lastFullPassAt: isoOrNull(meta?.completedAt),
      lastFullPassStartedAt: isoOrNull(meta?.completedPassStartedAt),
      answeredFrom: users !== undefined && previous?.answeredFrom !== 'SCAN' ? 'INDEX' : 'SCAN',
    });
    return users;
  }

  /** What `extensions.identityIndex` reports: one entry per region asked about. */
  reports(): IdentityIndexReport[] {
    return [...this.reported.values()];
  }
}

interface IdentityIndexDependencies {
  regions: KnownRegions;
  limiter: SesLimiter;
  /** How to reach SES, as the gateway's own SES layer does. */
  client: SesClientOptions;
  observer?: SesObserver | undefined;
  log: ScopeLog;
}

/** The index the configuration asks for (IDENTITY_INDEX_*), or undefined when it is off. */
export function createIdentityIndex(config: GatewayConfig, { regions, limiter, client, observer, log }: IdentityIndexDependencies): IdentityIndex | undefined {
  const settings = config.identityIndex;
  if (!settings.enabled) return undefined;
  const fenceMs = config.sesTimeoutMs + FENCE_MARGIN_MS;
  const store = settings.redisUrl
    ? new RedisIndexStore({
        url: settings.redisUrl,
        prefix: config.limits.limiterId,
        fenceMs,
        onError: (error) => log.warn({ err: error }, 'identity index: Redis unreachable; identity usage is answered by scanning SES meanwhile'),
      })
    : new MemoryIndexStore(fenceMs);
  const ses = new SesAccess({
    client,
    regions,
    limiter,
    // A pass reads every identity once: through the shared cache it would only evict what users read.
    cache: new MemoryReadCache({ ttlMs: 0, maxEntries: 1 }),
    retry: config.retry,
    breaker: config.breaker,
    onFault: (operation, error) => log.warn({ operation, err: error }, 'identity index: SES call failed'),
    ...(observer !== undefined && { observer }),
  });
  return new IdentityIndex({ settings, store, ses, regions, rateOf: (operation) => limiter.rateOf(operation), log });
}
