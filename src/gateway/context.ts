import { randomUUID } from 'node:crypto';
import type { RequestIdentityIndex } from './identityIndex/identityIndex.js';
import { detachedLog, type RequestLog } from './logging.js';
import type { ReadModifyWritePrepare, ScopedSes, SesAccess } from './ses/access.js';
import type { ReadDependencies } from './ses/cache.js';
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
  /** Which identities use which set, when the index is on (IDENTITY_INDEX); it reports what it answered in `extensions.identityIndex`. */
  readonly identityIndex?: RequestIdentityIndex;
  /**
   * What this request's reads were made of, for the whole-response cache (responseCache.ts);
   * undefined when nothing may be kept (the cache is off, or the caller asked for fresh data).
   */
  readonly readDependencies: ReadDependencies | undefined;
  /** The region an argument names, or the default. The Region scalar has already refused unknown names. */
  region(argument?: string | null): string;
  /** A write through the SES layer; afterwards this request's loaders forget what they had read. */
  write<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** A read-modify-write, atomic with respect to other writes in the region (SesAccess.readModifyWrite); clears the loaders like `write`. */
  readModifyWrite<K extends keyof SesWrites, T>(region: string, operation: K, prepare: ReadModifyWritePrepare<K, T>): Promise<{ output: OutputOf<K>; result: T } | undefined>;
}

interface ContextOptions {
  ses: SesAccess;
  defaultRegion: string;
  accountId: string;
  caller: Caller;
  /** Aborted when the client gives up on the request: its queued SES calls are released. */
  signal?: AbortSignal;
  /** The request's log (logging.ts requestLog). @default a log that writes nowhere, with a new request id */
  log?: RequestLog;
  /** The caller asked for fresh data (Cache-Control: no-cache): reads skip the shared cache, and keep what SES answered. */
  fresh?: boolean;
  /** This request's view of the identity index; undefined when it is off. */
  identityIndex?: RequestIdentityIndex;
}

/** Whether a request's Cache-Control header asks for fresh data: the `no-cache` directive, as HTTP caches read it. */
export function wantsFreshData(cacheControl: string | string[] | undefined): boolean {
  const value = Array.isArray(cacheControl) ? cacheControl.join(',') : cacheControl;
  return value !== undefined && value.split(',').some((directive) => directive.trim().toLowerCase() === 'no-cache');
}

const SILENT = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function createContext({ ses: access, defaultRegion, accountId, caller, signal, log = detachedLog(SILENT, randomUUID()), fresh = false, identityIndex }: ContextOptions): GatewayContext {
  const sesCalls: Record<string, number> = {};
  // A request that asked for fresh data neither reads kept responses nor keeps its own.
  const readDependencies = fresh ? undefined : access.cache.dependencies();
  const ses = access.forScope({
    callerId: caller.fairnessKey,
    ...(signal !== undefined && { signal }),
    ...(fresh && { fresh }),
    ...(readDependencies !== undefined && { dependencies: readDependencies }),
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
    readDependencies,
    ...(identityIndex !== undefined && { identityIndex }),
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
