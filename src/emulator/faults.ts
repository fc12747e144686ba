/**
 * Fault injection for /_emulator/faults: make an operation fail, slow down,
 * lose its connection, hang, or answer garbage, the way real SES and the
 * network in front of it sometimes do, so callers' error handling, timeouts
 * and retry budgets can be tested.
 */
import { randomUUID } from 'node:crypto';
import type { SesErrorType } from './errors.js';

/**
 * - `error`: answer with `errorType` (its SES status), nothing applied.
 * - `latency`: only wait `latencyMs`, then run the call normally.
 * - `reset-before`: reset the connection before the call runs; nothing applied.
 * - `reset-after`: run the call (a write is committed to disk), then reset the
 *   connection instead of answering: the caller cannot know it succeeded.
 * - `hang`: accept the call and never answer; nothing applied. The connection
 *   is closed when the rule is removed (or all rules are, or the emulator closes).
 * - `malformed`: run the call (a write is committed), then send its 200 with
 *   the JSON body cut in half. An operation error is sent intact.
 * - `html-503`: answer 503 with an HTML page, as a load balancer does; nothing applied.
 */
export const FAULT_KINDS = ['error', 'latency', 'reset-before', 'reset-after', 'hang', 'malformed', 'html-503'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  id: string;
  /** Operation name, or `*` for every operation. */
  operation: string;
  kind: FaultKind;
  /** The exception to answer with; only with kind `error`. */
  errorType?: SesErrorType;
  message?: string;
  /** Chance, from 0 to 1, that a matching call is hit. @default 1 */
  probability: number;
  /** Hit only the next N matching calls; unset means every matching call. */
  remaining?: number;
  /** Waited before the fault (or the call) happens. */
  latencyMs: number;
}

export interface FaultDecision {
  latencyMs: number;
  /** The kind that decides the outcome: the first matching rule's that is not `latency`. */
  kind: FaultKind;
  /** The rule that chose the kind; a hung call is released when it is removed. */
  ruleId: string;
  /** Every kind that hit this call, once per rule, for the stats. */
  hits: FaultKind[];
  /** Which clear() the decision was made after; a hold from before a clear is not held. */
  generation: number;
  error?: { type: SesErrorType; message: string };
}

export class FaultInjector {
  private rules: FaultRule[] = [];
  /** Hung calls by the id of the rule that hung them, kept after a counted rule is used up. */
  private readonly hung = new Map<string, Set<() => void>>();
  /** Rules removed by id since the last clear: a call still in its latency when its rule goes must not hang. */
  private readonly removed = new Set<string>();
  private generation = 0;

  constructor(private readonly random: () => number = Math.random) {}

  add(rule: Omit<FaultRule, 'id'>): FaultRule {
    const stored = { ...rule, id: randomUUID() };
    this.rules.push(stored);
    return stored;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** Removes a rule and releases the calls it hung. */
  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    this.removed.add(id);
    const released = this.release(id);
    return this.rules.length < before || released;
  }

  /** Removes every rule and releases every hung call. */
  clear(): void {
    this.rules = [];
    this.generation += 1;
    this.removed.clear();
    for (const id of [...this.hung.keys()]) this.release(id);
  }

  /** Resolves when the rule that decided `decision` is removed or all rules are cleared. */
  hold({ ruleId, generation }: Pick<FaultDecision, 'ruleId' | 'generation'>): Promise<void> {
    if (generation !== this.generation || this.removed.has(ruleId)) return Promise.resolve();
    return new Promise((resolve) => {
      let waiters = this.hung.get(ruleId);
      if (!waiters) {
        waiters = new Set();
        this.hung.set(ruleId, waiters);
      }
      waiters.add(resolve);
    });
  }

  /** The faults that apply to one call of `operation`, consuming counted rules. */
  decide(operation: string): FaultDecision | undefined {
    let decision: FaultDecision | undefined;
    for (const rule of this.rules) {
      if (rule.operation !== '*' && rule.operation !== operation) continue;
      if (rule.remaining !== undefined && rule.remaining <= 0) continue;
      if (this.random() >= rule.probability) continue;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      decision ??= { latencyMs: 0, kind: 'latency', ruleId: rule.id, hits: [], generation: this.generation };
      decision.latencyMs += rule.latencyMs;
      decision.hits.push(rule.kind);
      if (rule.kind !== 'latency' && decision.kind === 'latency') {
        decision.kind = rule.kind;
        decision.ruleId = rule.id;
        if (rule.kind === 'error' && rule.errorType) {
          decision.error = { type: rule.errorType, message: rule.message ?? `Injected ${rule.errorType} for ${operation}.` };
        }
      }
    }
    this.rules = this.rules.filter((rule) => rule.remaining === undefined || rule.remaining > 0);
    return decision;
  }

  private release(id: string): boolean {
    const waiters = this.hung.get(id);
    if (!waiters) return false;
    this.hung.delete(id);
    for (const resolve of waiters) resolve();
    return true;
  }
}
