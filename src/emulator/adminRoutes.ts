/**
 * The /_emulator/ API tests drive the emulator with: health, reset, stats,
 * fault rules and quotas, plus the routes operation modules add for what real
 * SES decides on its own (verification, metrics, ...).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { badRequest, isSesErrorType, SES_ERROR_STATUS, type SesError } from './errors.js';
import { FAULT_KINDS, type FaultInjector } from './faults.js';
import type { AdminRoute } from './operation.js';
import { operationModules } from './operations/index.js';
import { DEFAULT_REGION, parseJsonObject, readBody, sendJson } from './protocol.js';
import type { QuotaEnforcer } from './quotas.js';
import { Router } from './router.js';
import type { CallStats } from './stats.js';
import type { Scope, StateStore } from './store.js';
import { parseInput } from './validation.js';

export const ADMIN_PREFIX = '/_emulator/';

interface AdminParts {
  store: StateStore;
  quotas: QuotaEnforcer;
  stats: CallStats;
  faults: FaultInjector;
  /** The account admin routes act on when the request names none. */
  defaultAccount: string;
}

const faultInput = z.object({
  operation: z.string().min(1),
  kind: z.enum(FAULT_KINDS).optional(),
  errorType: z.string().refine(isSesErrorType, `errorType must be one of ${Object.keys(SES_ERROR_STATUS).join(', ')}`).optional(),
  message: z.string().optional(),
  probability: z.number().min(0).max(1).default(1),
  count: z.number().int().positive().optional(),
  latencyMs: z.number().int().min(0).max(60_000).default(0),
});

/** A rule without `kind` is an `error` rule when it names an errorType, else a `latency` rule, as before kinds existed. */
function faultRule(body: Record<string, unknown>) {
  const { count, errorType, kind: given, ...rule } = parseInput(faultInput, body);
  const kind = given ?? (errorType ? 'error' : 'latency');
  if (kind === 'error' && !errorType) throw badRequest('errorType is required when kind is error.');
  if (kind !== 'error' && errorType) throw badRequest(`errorType is only allowed when kind is error, not ${kind}.`);
  return { ...rule, kind, ...(count !== undefined && { remaining: count }), ...(errorType && { errorType: errorType as SesError['type'] }) };
}

const quotaInput = z.object({
  enabled: z.boolean().optional(),
  defaultRate: z.number().positive().optional(),
  rates: z.record(z.string(), z.number().positive()).optional(),
  metricQueriesPerSecond: z.number().positive().optional(),
});

/** The routes every emulator has, whatever its operation modules. */
function coreAdminRoutes({ store, quotas, stats, faults }: AdminParts): AdminRoute[] {
  return [
    { method: 'GET', path: '/_emulator/health', run: () => ({ status: 'ok', persistent: store.persistent, writeFailures: store.writeFailures }) },
    {
      method: 'POST',
      path: '/_emulator/reset',
      run: () => {
        store.reset();
        stats.reset();
        quotas.reset();
        faults.clear();
        return {};
      },
    },
    { method: 'GET', path: '/_emulator/stats', run: () => stats.snapshot() },
    { method: 'DELETE', path: '/_emulator/stats', run: () => (stats.reset(), {}) },
    { method: 'GET', path: '/_emulator/faults', run: () => ({ faults: faults.list() }) },
    {
      method: 'POST',
      path: '/_emulator/faults',
      run: ({ body }) => faults.add(faultRule(body)),
    },
    { method: 'DELETE', path: '/_emulator/faults', run: () => (faults.clear(), {}) },
    {
      method: 'DELETE',
      path: '/_emulator/faults/{id}',
      run: ({ labels }) => ({ removed: faults.remove(labels.id ?? '') }),
    },
    { method: 'GET', path: '/_emulator/quotas', run: () => quotas.config },
    {
      method: 'PUT',
      path: '/_emulator/quotas',
      run: ({ body }) => {
        const change = parseInput(quotaInput, body);
        quotas.reconfigure({ ...quotas.config, ...change, rates: { ...quotas.config.rates, ...change.rates } });
        return quotas.config;
      },
    },
  ];
}

export class AdminApi {
  private readonly routes: AdminRoute[];
  /** Routes are looked up by their index, which the router carries as the route's operation. */
  private readonly router: Router<string>;

  constructor(private readonly parts: AdminParts) {
    this.routes = [...coreAdminRoutes(parts), ...operationModules.flatMap((module) => module.adminRoutes ?? [])];
    this.router = new Router(this.routes.map((route, index) => ({ method: route.method, path: route.path, operation: String(index) })));
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = this.router.match(req.method ?? 'GET', url.pathname);
    const route = match && this.routes[Number(match.route.operation)];
    if (!match || !route) {
      sendJson(res, 404, { message: `No admin route ${req.method} ${url.pathname}` });
      return;
    }
    const body = parseJsonObject(await readBody(req));
    const scope: Scope = {
      account: url.searchParams.get('account') ?? this.parts.defaultAccount,
      region: url.searchParams.get('region') ?? DEFAULT_REGION,
    };
    sendJson(res, 200, route.run({ body, labels: match.labels, scope }, this.parts.store));
  }
}
