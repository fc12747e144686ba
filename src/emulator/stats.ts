/**
 * Per-operation call accounting for /_emulator/stats: what tests use to
 * prove the gateway made exactly the calls it should, and stayed in quota.
 */
import type { FaultKind } from './faults.js';

interface OperationStats {
  calls: number;
  throttled: number;
  /** Calls hit by at least one fault rule. */
  faultsInjected: number;
  /** Fault rules that hit this operation's calls, by kind (a call hit by a latency and an error rule counts in both). */
  faultsByKind: Partial<Record<FaultKind, number>>;
  errors: number;
  /** The most calls that started within any one-second window. */
  maxCallsPerSecond: number;
  inFlight: number;
  maxInFlight: number;
}

interface StatsSnapshot {
  operations: Record<string, Omit<OperationStats, 'inFlight'>>;
  writes: { inFlight: number; maxInFlight: number };
  /** Fault rule hits over all operations, by kind. */
  faults: Partial<Record<FaultKind, number>>;
  totalCalls: number;
}

const WINDOW_MS = 1000;

export class CallStats {
  private readonly operations = new Map<string, OperationStats & { recent: number[] }>();
  private writesInFlight = 0;
  private writesMaxInFlight = 0;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Records the start of a call and returns the function that records its end. */
  start(operation: string, isWrite: boolean): () => void {
    const entry = this.entry(operation);
    const now = this.clock();
    entry.calls += 1;
    entry.recent.push(now);
    while (entry.recent.length > 0 && (entry.recent[0] as number) <= now - WINDOW_MS) entry.recent.shift();
    entry.maxCallsPerSecond = Math.max(entry.maxCallsPerSecond, entry.recent.length);
    entry.inFlight += 1;
    entry.maxInFlight = Math.max(entry.maxInFlight, entry.inFlight);
    if (isWrite) {
      this.writesInFlight += 1;
      this.writesMaxInFlight = Math.max(this.writesMaxInFlight, this.writesInFlight);
    }
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      entry.inFlight -= 1;
      if (isWrite) this.writesInFlight -= 1;
    };
  }

  count(operation: string, what: 'throttled' | 'faultsInjected' | 'errors'): void {
    this.entry(operation)[what] += 1;
  }

  countFaults(operation: string, kinds: readonly FaultKind[]): void {
    const entry = this.entry(operation);
    entry.faultsInjected += 1;
    for (const kind of kinds) entry.faultsByKind[kind] = (entry.faultsByKind[kind] ?? 0) + 1;
  }

  snapshot(): StatsSnapshot {
    const operations: StatsSnapshot['operations'] = {};
    const faults: StatsSnapshot['faults'] = {};
    let totalCalls = 0;
    for (const [name, { recent: _recent, inFlight: _inFlight, ...rest }] of [...this.operations].sort(([a], [b]) => a.localeCompare(b))) {
      operations[name] = { ...rest, faultsByKind: { ...rest.faultsByKind } };
      totalCalls += rest.calls;
      for (const [kind, n] of Object.entries(rest.faultsByKind) as [FaultKind, number][]) faults[kind] = (faults[kind] ?? 0) + n;
    }
    return { operations, writes: { inFlight: this.writesInFlight, maxInFlight: this.writesMaxInFlight }, faults, totalCalls };
  }

  reset(): void {
    this.operations.clear();
    this.writesMaxInFlight = this.writesInFlight;
  }

  private entry(operation: string) {
    let entry = this.operations.get(operation);
    if (!entry) {
      entry = { calls: 0, throttled: 0, faultsInjected: 0, faultsByKind: {}, errors: 0, maxCallsPerSecond: 0, inFlight: 0, maxInFlight: 0, recent: [] };
      this.operations.set(operation, entry);
    }
    return entry;
  }
}
