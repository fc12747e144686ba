import { randomUUID } from 'node:crypto';
import { detachedLog, type RequestLog } from './logging.js';
import type { ReadModifyWritePrepare, ScopedSes, SesAccess } from './ses/access.js';
import { createLoaders, type Loaders } from './ses/loaders.js';
import type { InputOf, OutputOf, SesWrites } from './ses/operations.js';

/** The roles a caller may hold, lowest first: each role may do everything the ones before it may. */
export const ROLES = ['reader', 'writer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling. `name` is the API key's configured name or the JWT's
 * subject, never a credential; `role` is null for a caller the gateway
 * could not identify and gave no anonymous role.
 */
export interface Caller {
  kind: 'apiKey' | 'jwt' | 'anonymous';
  name: string;
  role: Role | null;
  /** The key the fair queues use: one queue per caller in each (region, operation). */
  fairnessKey: string;
}

/** What every resolver gets: the SES layer bound to this request, its loaders, the caller and the default region. */
export interface GatewayContext {
  /** The SES layer, with every call made on behalf of this request (fair queueing, cost counting, give-up). */
  ses: ScopedSes;
  readonly loaders: Loaders;
  caller: Caller;
  defaultRegion: string;
  /** The AWS account the gateway's credentials belong to, for ARNs. */
  accountId: string;
  /** SES calls made for this request so far, by operation (retries included). */
  readonly sesCalls: Record<string, number>;
  /** The request's log: every line carries its request id (`log.requestId`) and the caller. */
  readonly log: RequestLog;
  /** The region an argument names, or the default. The Region scalar has already refused unknown names. */
  region(argument?: string | null): string;
  /** A write through the SES layer; afterwards this request's loaders forget what they had read. */
  write<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** A read-modify-write, atomic with respect to other writes in the region (SesAccess.readModifyWrite); clears the loaders like `write`. */
  readModifyWrite<K extends keyof SesWrites, T>(region: string, operation: K, prepare: ReadModifyWritePrepare<K, T>): Promise<{ output: OutputOf<K>; result: T } | undefined>;
}

export interface ContextOptions {
  ses: SesAccess;
  defaultRegion: string;
  accountId: string;
  caller: Caller;
  /** Aborted when the client gives up on the request: its queued SES calls are released. */
  signal?: AbortSignal;
  /** The request's log (logging.ts requestLog). @default a log that writes nowhere, with a new request id */
  log?: RequestLog;
}

const SILENT = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function createContext({ ses: access, defaultRegion, accountId, caller, signal, log = detachedLog(SILENT, randomUUID()) }: ContextOptions): GatewayContext {
  const sesCalls: Record<string, number> = {};
  const ses = access.forScope({
    callerId: caller.fairnessKey,
    ...(signal !== undefined && { signal }),
    log,
    onCall: (operation) => {
      sesCalls[operation] = (sesCalls[operation] ?? 0) + 1;
    },
  });
  // Apollo hands each operation a shallow copy of the context, so the loaders
  // are cleared in place, never replaced: every copy sees it.
  const forgetReads = () => {
    for (const loader of Object.values(context.loaders)) loader.clearAll();
  };
  const context: GatewayContext = {
    ses,
    loaders: createLoaders(ses),
    caller,
    defaultRegion,
    accountId,
    sesCalls,
    log,
    region: (argument) => argument ?? defaultRegion,
    async write(region, operation, input) {
      try {
        return await ses.write(region, operation, input);
      } finally {
        forgetReads();
      }
    },
    async readModifyWrite(region, operation, prepare) {
      try {
        return await ses.readModifyWrite(region, operation, prepare);
      } finally {
        forgetReads();
      }
    },
  };
  return context;
}
