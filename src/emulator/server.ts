/**
 * The emulator's wiring: the state store, quotas, stats and fault rules, the
 * admin API and the operation dispatcher on them, one HTTP server in front
 * (Host and Origin checked first), and how what a handler throws is answered.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_PREFIX, AdminApi } from './adminRoutes.js';
import { OperationDispatcher } from './dispatch.js';
import { SesError } from './errors.js';
import { FaultInjector } from './faults.js';
import type { EmulatorBehaviour } from './operation.js';
import { DEFAULT_ACCOUNT, sendError, sendJson } from './protocol.js';
import { QuotaEnforcer, quotaConfig, type QuotaConfig } from './quotas.js';
import { CallStats } from './stats.js';
import { SiteGuard } from './siteGuard.js';
import { PersistenceError, type StateFileSystem } from './stateFile.js';
import { StateStore } from './store.js';

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

type Log = NonNullable<EmulatorOptions['log']>;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log: Log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  const store = new StateStore({ ...(options.dataDir !== undefined && { dataDir: options.dataDir }), ...(options.fileSystem && { fileSystem: options.fileSystem }), log });
  const faults = new FaultInjector();
  const parts = { store, faults, quotas: new QuotaEnforcer(quotaConfig(options.quotas)), stats: new CallStats(), defaultAccount: options.defaultAccount ?? DEFAULT_ACCOUNT };
  const behaviour: EmulatorBehaviour = { defaultVerificationStatus: 'SUCCESS', ...options.behaviour };
  const admin = new AdminApi(parts);
  const dispatcher = new OperationDispatcher({ ...parts, behaviour });
  const guard = new SiteGuard(options.allowedHosts);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const refusal = guard.refusal(req);
    if (refusal) {
      // Refused before the body is read or anything is counted: the request never reached the emulator.
      sendJson(res, refusal.status, { __type: refusal.type, message: refusal.message }, { 'x-amzn-errortype': refusal.type, connection: 'close' });
      return;
    }
    const handler = url.pathname.startsWith(ADMIN_PREFIX) ? admin : dispatcher;
    handler.handle(req, res, url).catch((error: unknown) => answerFailure(req, res, url, error, log));
  });

  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? 0, host);
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

/** Answers what a handler threw: SES exceptions as SES sends them, anything else as an InternalServiceErrorException that names no internals. */
function answerFailure(req: IncomingMessage, res: ServerResponse, url: URL, error: unknown, log: Log): void {
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
}

/** Starts listening and returns the port, which the system chooses when asked for 0. */
async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
