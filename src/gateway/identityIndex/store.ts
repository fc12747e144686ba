/**
 * Where the identity index lives: per region, identity -> its default
 * configuration set name ('' for none), plus the index's meta (the pass
 * generation and when the last full pass ended). Two implementations with
 * the same rules: process memory (memoryStore below) and Redis (redisStore.ts).
 *
 * The rules that keep answers right while a pass, the gateway's writes and
 * other requests' reads land in any order:
 *
 * - A write through the gateway is the truth as of its answer, and fences the
 *   identity for `fenceMs` (SES_TIMEOUT_MS and a margin): a read answered in
 *   that time may have been sent before the write, so a read that disagrees
 *   with the write is dropped. A read that agrees, or any read after the
 *   fence, replaces the entry.
 * - Of two writes, the later one (by the time the gateway saw its answer)
 *   wins, so a write replayed after an outage never undoes a newer one.
 * - Every entry is stamped with the generation in force when it was last
 *   written or read. A full pass starts a new generation, lists the
 *   identities, reads each, and at its end removes every entry it did not
 *   stamp: identities SES no longer lists. Entries written or read while the
 *   pass ran carry its generation and stay.
 * - A pass ends (and the index becomes complete) only if its generation is
 *   still the latest: a pass superseded by another replica's changes nothing.
 */

/** An identity's default configuration set: a name, '' for none, or null when the identity does not exist. */
export type DefaultSet = string | null;

export interface IndexMeta {
  /** The generation of the latest pass started; 0 when none has. */
  generation: number;
  /** When the last full pass ended (ms since the epoch); null until one has, since the index was created. */
  completedAt: number | null;
  /** When that pass started: changes made outside the gateway before this time are in the index. */
  completedPassStartedAt: number | null;
}

export interface IndexSnapshot {
  meta: IndexMeta;
  /** identity -> default set ('' for none); only when the index has completed a pass and sets were asked for. */
  sets: ReadonlyMap<string, string> | null;
}

export interface IdentityIndexStore {
  /** Whether the index is shared by replicas (Redis): passes then need the region's lock. */
  readonly shared: boolean;
  /** False while the store is known to be unreachable: callers fall back without waiting. */
  usable(): boolean;
  /** Settles when the store is first usable, or rejects when connecting failed. */
  ready(): Promise<void>;
  /** The region's meta and, with `withSets` and a completed pass, its entries, read together. */
  read(region: string, withSets: boolean): Promise<IndexSnapshot>;
  /** A write through the gateway, answered at `at` (ms since the epoch). */
  applyWrite(region: string, identity: string, set: DefaultSet, at: number): Promise<void>;
  /** What a read of the identity answered. */
  applyRead(region: string, identity: string, set: DefaultSet): Promise<void>;
  /** Starts a full pass: a new generation. */
  startPass(region: string): Promise<number>;
  /** Ends the pass of `generation`: removes what it did not see, and marks the index complete. False when a newer pass superseded it. */
  finishPass(region: string, generation: number): Promise<boolean>;
  /** Forgets that the region's index was complete (updates were lost): answers fall back until the next full pass. */
  invalidate(region: string): Promise<void>;
  /** Takes the region's reconciler lock for `ttlMs` if no one holds it. */
  acquire(region: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends the lock; false when `owner` no longer holds it. */
  renew(region: string, owner: string, ttlMs: number): Promise<boolean>;
  release(region: string, owner: string): Promise<void>;
  /** Regions the index holds (so a restarted replica reconciles them again). */
  regions(): Promise<string[]>;
  addRegion(region: string): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  /** null: deleted through the gateway within the fence (a tombstone, so a stale read does not bring it back). */
  set: DefaultSet;
  generation: number;
  fenceUntil: number;
  writtenAt: number;
}

interface RegionIndex {
  meta: IndexMeta & { passStartedAt: number | null };
  entries: Map<string, Entry>;
}

/** The index in process memory: for a gateway without Redis, which is then the only replica. */
export class MemoryIndexStore implements IdentityIndexStore {
  readonly shared = false;
  private readonly indexes = new Map<string, RegionIndex>();

  constructor(
    private readonly fenceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  usable(): boolean {
    return true;
  }

  async ready(): Promise<void> {}

  async read(region: string, withSets: boolean): Promise<IndexSnapshot> {
    const index = this.indexes.get(region);
    if (!index) return { meta: { generation: 0, completedAt: null, completedPassStartedAt: null }, sets: null };
    const { generation, completedAt, completedPassStartedAt } = index.meta;
    let sets: Map<string, string> | null = null;
    if (withSets && completedAt !== null) {
      sets = new Map();
      for (const [identity, entry] of index.entries) if (entry.set !== null) sets.set(identity, entry.set);
    }
    return { meta: { generation, completedAt, completedPassStartedAt }, sets };
  }

  async applyWrite(region: string, identity: string, set: DefaultSet, at: number): Promise<void> {
    const index = this.index(region);
    const previous = index.entries.get(identity);
    if (previous && previous.writtenAt > at) return;
    this.put(index, identity, set, Math.max(previous?.fenceUntil ?? 0, at + this.fenceMs), at);
  }

  async applyRead(region: string, identity: string, set: DefaultSet): Promise<void> {
    const index = this.index(region);
    const previous = index.entries.get(identity);
    const fenceUntil = previous?.fenceUntil ?? 0;
    const writtenAt = previous?.writtenAt ?? 0;
    if (previous && this.now() < fenceUntil && previous.set !== set) {
      previous.generation = index.meta.generation;
      return;
    }
    this.put(index, identity, set, fenceUntil, writtenAt);
  }

  async startPass(region: string): Promise<number> {
    const index = this.index(region);
    index.meta.generation += 1;
    index.meta.passStartedAt = this.now();
    return index.meta.generation;
  }

  async finishPass(region: string, generation: number): Promise<boolean> {
    const index = this.indexes.get(region);
    if (!index || index.meta.generation !== generation) return false;
    const now = this.now();
    for (const [identity, entry] of index.entries) {
      if (entry.fenceUntil > now) continue;
      if (entry.generation < generation || entry.set === null) index.entries.delete(identity);
    }
    index.meta.completedAt = now;
    index.meta.completedPassStartedAt = index.meta.passStartedAt;
    return true;
  }

  async invalidate(region: string): Promise<void> {
    const index = this.indexes.get(region);
    if (index) index.meta.completedAt = null;
  }

  async acquire(): Promise<boolean> {
    return true;
  }

  async renew(): Promise<boolean> {
    return true;
  }

  async release(): Promise<void> {}

  async regions(): Promise<string[]> {
    return [...this.indexes.keys()];
  }

  async addRegion(region: string): Promise<void> {
    this.index(region);
  }

  async close(): Promise<void> {}

  private put(index: RegionIndex, identity: string, set: DefaultSet, fenceUntil: number, writtenAt: number): void {
    // A deletion is kept only while it fences stale reads; after that, absent is absent.
    if (set === null && fenceUntil <= this.now()) index.entries.delete(identity);
    else index.entries.set(identity, { set, generation: index.meta.generation, fenceUntil, writtenAt });
  }

  private index(region: string): RegionIndex {
    let index = this.indexes.get(region);
    if (!index) {
      index = { meta: { generation: 0, completedAt: null, completedPassStartedAt: null, passStartedAt: null }, entries: new Map() };
      this.indexes.set(region, index);
    }
    return index;
  }
}
