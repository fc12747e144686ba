/**
 * One SESv2 call, from request to answer: find the operation, read its input,
 * admit it against the quota, enact any injected fault, run it against the
 * store, and send the answer. Failures are thrown for the server to answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { SesError, tooManyRequests } from './errors.js';
import { resetConnection, sendHtml503, sendTruncatedJson } from './faultResponses.js';
import type { FaultDecision, FaultInjector } from './faults.js';
import type { EmulatorBehaviour, Operation, OperationContext } from './operation.js';
import { operationModules } from './operations/index.js';
import { operationInput, parseJsonObject, readBody, scopeOf, sendJson } from './protocol.js';
import type { QuotaEnforcer } from './quotas.js';
import { Router, type RouteMatch } from './router.js';
import type { CallStats } from './stats.js';
import type { Scope, StateStore } from './store.js';

interface DispatchParts {
  store: StateStore;
  quotas: QuotaEnforcer;
  stats: CallStats;
  faults: FaultInjector;
  behaviour: EmulatorBehaviour;
  defaultAccount: string;
}

export class OperationDispatcher {
  private readonly operations = new Map<string, Operation>();
  private readonly router = new Router(operationModules.flatMap((module) => module.routes));

  constructor(private readonly parts: DispatchParts) {
    for (const module of operationModules) for (const op of module.operations) this.operations.set(op.name, op);
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = this.router.match(req.method ?? 'GET', url.pathname);
    if (!match) {
      sendJson(res, 404, { __type: 'UnknownOperationException', message: `The emulator has no operation at ${req.method} ${url.pathname}.` }, { 'x-amzn-errortype': 'UnknownOperationException' });
      return;
    }
    const operation = this.operations.get(match.route.operation);
    if (!operation) throw new Error(`The route ${match.route.method} ${match.route.path} names ${match.route.operation}, which no module defines.`);
    const end = this.parts.stats.start(operation.name, operation.kind === 'write');
    try {
      await this.call(operation, match, req, res, url);
    } catch (error) {
      this.parts.stats.count(operation.name, 'errors');
      throw error;
    } finally {
      end();
    }
  }

  private async call(operation: Operation, match: RouteMatch<string>, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const scope = scopeOf(req, url, this.parts.defaultAccount);
    const raw = operationInput(match, url, parseJsonObject(await readBody(req)));
    this.admit(operation, scope, raw);
    const fault = this.parts.faults.decide(operation.name);
    if (fault && (await this.faultBefore(operation, fault, res))) return;
    const run = () => this.run(operation, scope, raw);
    if (fault?.kind === 'reset-after') {
      // The answer is lost whether the operation succeeded or failed.
      try {
        run();
      } finally {
        resetConnection(res);
      }
      return;
    }
    const result = run();
    if (fault?.kind === 'malformed') sendTruncatedJson(res, result);
    else sendJson(res, 200, result ?? {});
  }

  /** Spends the call's quota, or counts it as throttled and refuses it. */
  private admit(operation: Operation, scope: Scope, raw: Record<string, unknown>): void {
    if (this.parts.quotas.admit(`${scope.account}/${scope.region}`, operation.name, operation.queryCount?.(raw) ?? 0)) return;
    this.parts.stats.count(operation.name, 'throttled');
    throw tooManyRequests('Too many requests.');
  }

  /** Counts the fault, waits out its latency and enacts what replaces the call; returns true when the call must not run. */
  private async faultBefore(operation: Operation, fault: FaultDecision, res: ServerResponse): Promise<boolean> {
    this.parts.stats.countFaults(operation.name, fault.hits);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    switch (fault.kind) {
      case 'error':
        throw new SesError(fault.error?.type ?? 'InternalServiceErrorException', fault.error?.message ?? 'Injected fault.');
      case 'reset-before':
        resetConnection(res);
        return true;
      case 'hang':
        // A client that gave up has closed its end; there is nothing left to hold.
        await Promise.race([this.parts.faults.hold(fault), new Promise((resolve) => res.once('close', resolve))]);
        resetConnection(res);
        return true;
      case 'html-503':
        sendHtml503(res);
        return true;
      case 'latency':
      case 'reset-after':
      case 'malformed':
        return false;
    }
  }

  /** Validates the input, then runs the operation: a write on a draft of the state that is kept only if it returns. */
  private run(operation: Operation, scope: Scope, raw: Record<string, unknown>): unknown {
    const call = operation.prepare(raw);
    const { store, behaviour } = this.parts;
    const context: OperationContext = { scope, behaviour, now: () => Date.now() / 1000 };
    return operation.kind === 'write' ? store.write(scope, (state) => call(state, context)) : call(store.read(scope), context);
  }
}
