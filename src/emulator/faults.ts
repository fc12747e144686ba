/**
 * Fault injection for /_emulator/faults: make an operation fail, or slow it
 * down, the way real SES sometimes does, so callers' error handling and
 * retry budgets can be tested.
 */
import { randomUUID } from 'node:crypto';
import type { SesErrorType } from './errors.js';

export interface FaultRule {
  id: string;
  /** Operation name, or `*` for every operation. */
  operation: string;
  /** The exception to answer with; without it the rule only adds latency. */
  errorType?: SesErrorType;
  message?: string;
  /** Chance, from 0 to 1, that a matching call is hit. @default 1 */
  probability: number;
  /** Hit only the next N matching calls; unset means every matching call. */
  remaining?: number;
  latencyMs: number;
}

export interface FaultDecision {
  latencyMs: number;
  error?: { type: SesErrorType; message: string };
}

export class FaultInjector {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(rule: Omit<FaultRule, 'id'>): FaultRule {
    const stored = { ...rule, id: randomUUID() };
    this.rules.push(stored);
    return stored;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /** The faults that apply to one call of `operation`, consuming counted rules. */
  decide(operation: string): FaultDecision | undefined {
    let decision: FaultDecision | undefined;
    for (const rule of this.rules) {
      if (rule.operation !== '*' && rule.operation !== operation) continue;
      if (rule.remaining !== undefined && rule.remaining <= 0) continue;
      if (this.random() >= rule.probability) continue;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      decision ??= { latencyMs: 0 };
      decision.latencyMs += rule.latencyMs;
      if (rule.errorType && !decision.error) {
        decision.error = { type: rule.errorType, message: rule.message ?? `Injected ${rule.errorType} for ${operation}.` };
      }
    }
    this.rules = this.rules.filter((rule) => rule.remaining === undefined || rule.remaining > 0);
    return decision;
  }
}
