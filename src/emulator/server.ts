import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { badRequest, isSesErrorType, SES_ERROR_STATUS, SesError, tooManyRequests } from './errors.js';
import { resetConnection, sendHtml503, sendTruncatedJson } from './faultResponses.js';
import { FAULT_KINDS, FaultInjector, type FaultDecision } from './faults.js';
import type { AdminRoute, EmulatorBehaviour, OperationContext, OperationDefinition } from './operation.js';
import { operationModules } from './operations/index.js';
import { DEFAULT_ACCOUNT, DEFAULT_REGION, operationInput, parseJsonObject, readBody, scopeOf, sendError, sendJson } from './protocol.js';
import { QuotaEnforcer, quotaConfig, type QuotaConfig } from './quotas.js';
import { Router } from './router.js';
import { CallStats } from './stats.js';
import { SiteGuard } from './siteGuard.js';
import { PersistenceError, type StateFileSystem } from './stateFile.js';
import { StateStore, type Scope } from './store.js';
import { parseInput } from './validation.js';

export interface EmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Where state is kept across restarts; without it, state lives in memory only. */
  dataDir?: string;
  /** `false` turns quotas off; an object overrides the documented SES rates. @default true */
  quotas?: boolean | Partial<QuotaConfig>;
  /** The account for requests whose access key id is not a 12-digit account id. @default '123456789012' */
  defaultAccount?: string;
  behaviour?: Partial<EmulatorBehaviour>;
  /**
   * Host names, besides loopback names and IP addresses, that clients may put
   * in `Host` (and web pages may send as `Origin`), e.g. a container's service
   * name. Any other name is refused with 421. @default []
   */
  allowedHosts?: string[];
  /** Replaces the calls state.json is written with; for tests that simulate a failing disk. @default node:fs */
  fileSystem?: Partial<StateFileSystem>;
  /** Where unexpected failures are reported. @default console.error */
  log?: (message: string, error?: unknown) => void;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

const ADMIN_PREFIX = '/_emulator/';

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

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  const store = new StateStore({ ...(options.dataDir !== undefined && { dataDir: options.dataDir }), ...(options.fileSystem && { fileSystem: options.fileSystem }), log });
  const guard = new SiteGuard(options.allowedHosts);
  const quotas = new QuotaEnforcer(quotaConfig(options.quotas));
  const stats = new CallStats();
  const faults = new FaultInjector();
  const defaultAccount = options.defaultAccount ?? DEFAULT_ACCOUNT;
  const behaviour: EmulatorBehaviour = { defaultVerificationStatus: 'SUCCESS', ...options.behaviour };

  const operations = new Map<string, OperationDefinition>();
  for (const module of operationModules) for (const op of module.operations) operations.set(op.name, op);
  const router = new Router(operationModules.flatMap((module) => module.routes));

  const coreAdmin: AdminRoute[] = [
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
  const adminRoutes = [...coreAdmin, ...operationModules.flatMap((module) => module.adminRoutes ?? [])];
  const adminRouter = new Router(adminRoutes.map((route, index) => ({ method: route.method, path: route.path, operation: String(index) })));

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = adminRouter.match(req.method ?? 'GET', url.pathname);
    if (!match) {
      sendJson(res, 404, { message: `No admin route ${req.method} ${url.pathname}` });
      return;
    }
    const route = adminRoutes[Number(match.route.operation)] as AdminRoute;
    const body = parseJsonObject(await readBody(req));
    const scope: Scope = {
      account: url.searchParams.get('account') ?? defaultAccount,
      region: url.searchParams.get('region') ?? DEFAULT_REGION,
    };
    sendJson(res, 200, route.run({ body, labels: match.labels, scope }, store));
  }

  async function handleOperation(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = router.match(req.method ?? 'GET', url.pathname);
    if (!match) {
      sendJson(res, 404, { __type: 'UnknownOperationException', message: `The emulator has no operation at ${req.method} ${url.pathname}.` }, { 'x-amzn-errortype': 'UnknownOperationException' });
      return;
    }
    const operation = operations.get(match.route.operation) as OperationDefinition;
    const scope = scopeOf(req, url, defaultAccount);
    const end = stats.start(operation.name, operation.kind === 'write');
    try {
      const raw = operationInput(match, url, parseJsonObject(await readBody(req)));
      if (!quotas.admit(`${scope.account}/${scope.region}`, operation.name, operation.queryCount?.(raw) ?? 0)) {
        stats.count(operation.name, 'throttled');
        throw tooManyRequests('Too many requests.');
      }
      const fault = faults.decide(operation.name);
      if (fault) {
        stats.countFaults(operation.name, fault.hits);
        if (fault.latencyMs > 0) await sleep(fault.latencyMs);
        if (await injectBefore(fault, res)) return;
      }
      const run = () => {
        const input = parseInput(operation.input, raw);
        const context: OperationContext = { scope, behaviour, now: () => Date.now() / 1000 };
        return operation.kind === 'write'
          ? store.write(scope, (state) => operation.run(input, state, context))
          : operation.run(input, store.read(scope), context);
      };
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
    } catch (error) {
      stats.count(operation.name, 'errors');
      throw error;
    } finally {
      end();
    }
  }

  /** Enacts the faults that replace the call; returns true when the call must not run. */
  async function injectBefore(fault: FaultDecision, res: ServerResponse): Promise<boolean> {
    switch (fault.kind) {
      case 'error':
        throw new SesError(fault.error?.type ?? 'InternalServiceErrorException', fault.error?.message ?? 'Injected fault.');
      case 'reset-before':
        resetConnection(res);
        return true;
      case 'hang':
        // A client that gave up has closed its end; there is nothing left to hold.
        await Promise.race([faults.hold(fault), new Promise((resolve) => res.once('close', resolve))]);
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

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const refusal = guard.refusal(req);
    if (refusal) {
      // Refused before the body is read or anything is counted: the request never reached the emulator.
      sendJson(res, refusal.status, { __type: refusal.type, message: refusal.message }, { 'x-amzn-errortype': refusal.type, connection: 'close' });
      return;
    }
    const handle = url.pathname.startsWith(ADMIN_PREFIX) ? handleAdmin : handleOperation;
    handle(req, res, url).catch((error: unknown) => {
      if (res.headersSent || res.socket?.destroyed) {
        res.destroy();
        return;
      }
      if (error instanceof SesError) {
        sendError(res, error);
        return;
      }
      if (error instanceof PersistenceError) {
        log(`emulator: ${req.method} ${url.pathname} refused, state not saved: ${error.message}`);
        sendError(res, new SesError('InternalServiceErrorException', `The emulator could not save its state (${error.code}); nothing was changed.`));
        return;
      }
      log(`emulator: unexpected failure in ${req.method} ${url.pathname}`, error);
      sendError(res, new SesError('InternalServiceErrorException', 'The emulator failed to process the request.'));
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        faults.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
