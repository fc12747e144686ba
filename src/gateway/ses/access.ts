/**
 * The SES access layer: the only code that talks to SES.
 *
 *   reads:  shared cache -> limiter (region, operation) -> throttle retry -> SESv2Client
 *   writes: write queue (one per region) -> limiter -> throttle retry -> SESv2Client -> cache invalidation
 *
 * Resolvers never call SES directly: they go through the per-request
 * DataLoaders (loaders.ts) for reads and through `write` for changes.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { GraphQLError } from 'graphql';
import { isExpectedSesError, isFault, toFault } from '../errors.js';
import { UNKNOWN_REGION_HINT, type KnownRegions } from '../regions.js';
import { ReadCache } from './cache.js';
import { CallAbandonedError, type SesLimiter } from './limiter.js';
import { invalidationsFor } from './invalidation.js';
import { COMMANDS, type InputOf, type OutputOf, type SesReads, type SesWrites } from './operations.js';
import { retryThrottled, type RetryPolicy } from './retry.js';
import { SYSTEM_SCOPE, type CallScope } from './scope.js';

export interface SesClientOptions {
  /** An explicit endpoint (the emulator, or AWS_ENDPOINT_URL_SESV2); undefined uses the SDK's default for the region. */
  endpoint?: string;
  /** Fixed credentials (the embedded emulator); undefined uses the SDK's default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  timeoutMs: number;
}

export type CacheInvalidation = { operation: keyof SesReads; matches?: (input: Record<string, unknown>) => boolean };

export type ReadModifyWritePrepare<K extends keyof SesWrites, T> = (
  readFresh: <R extends keyof SesReads>(read: R, input: InputOf<R>) => Promise<OutputOf<R>>,
) => Promise<{ input: InputOf<K>; result: T } | undefined>;

/** The SES layer as one request sees it: every call carries the request's scope. */
export interface ScopedSes {
  read<K extends keyof SesReads>(region: string, operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  write<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  readModifyWrite<K extends keyof SesWrites, T>(region: string, operation: K, prepare: ReadModifyWritePrepare<K, T>): Promise<{ output: OutputOf<K>; result: T } | undefined>;
  /** Whether calls in `region` are allowed: ids that carry an unknown region name nothing. */
  servesRegion(region: string): boolean;
}

export interface SesAccessOptions {
  client: SesClientOptions;
  limiter: SesLimiter;
  cache: ReadCache;
  retry: RetryPolicy;
  /** Called for every SES call that failed for a reason not the caller's, before it is mapped. */
  onFault?: (operation: string, error: unknown) => void;
  /**
   * The only regions calls may go to. Clients, limiters and write queues are
   * kept per region for the life of the process, so this set is their bound.
   */
  regions: KnownRegions;
}

export class SesAccess {
  private readonly clients = new Map<string, SESv2Client>();

  constructor(private readonly options: SesAccessOptions) {}

  /** This access layer with every call made on behalf of `scope`: what a request's context holds. */
  forScope(scope: CallScope): ScopedSes {
    return {
      read: (region, operation, input) => this.read(region, operation, input, scope),
      write: (region, operation, input) => this.write(region, operation, input, scope),
      readModifyWrite: (region, operation, prepare) => this.readModifyWrite(region, operation, prepare, scope),
      servesRegion: (region) => this.options.regions.has(region),
    };
  }

  /** A read, served from the shared cache when another request made it recently. */
  read<K extends keyof SesReads>(region: string, operation: K, input: InputOf<K>, scope: CallScope = SYSTEM_SCOPE): Promise<OutputOf<K>> {
    // A shared read runs in the first requester's turn, and is given up only when every requester waiting on it gave up.
    const load = (signal?: AbortSignal) => this.guard(operation, () => this.attempt(region, operation, input, { ...scope, ...(signal !== undefined && { signal }) }));
    return this.options.cache.get(ReadCache.key(region, operation, input), load, scope.signal);
  }

  /**
   * A write: it waits for the region's write slot, retries a throttled call
   * inside it (so it keeps its place), then drops every cached read it may
   * have changed.
   */
  async write<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>, scope: CallScope = SYSTEM_SCOPE): Promise<OutputOf<K>> {
    this.assertServed(region);
    return this.guard(operation, () => this.options.limiter.exclusive(region, () => this.writeNow(region, operation, input, scope), scope));
  }

  /**
   * A read-modify-write, atomic with respect to every other write in the
   * region: `prepare` reads fresh from SES (not from the cache) while the
   * write slot is held, and returns the write's input, or undefined to write
   * nothing. Two concurrent updates of one resource therefore never merge
   * onto the same old state.
   */
  async readModifyWrite<K extends keyof SesWrites, T>(
    region: string,
    operation: K,
    prepare: ReadModifyWritePrepare<K, T>,
    scope: CallScope = SYSTEM_SCOPE,
  ): Promise<{ output: OutputOf<K>; result: T } | undefined> {
    this.assertServed(region);
    return this.guard(operation, () =>
      this.options.limiter.exclusive(
        region,
        async () => {
          const prepared = await prepare((read, input) => this.attempt(region, read, input, scope));
          if (!prepared) return undefined;
          return { output: await this.writeNow(region, operation, prepared.input, scope), result: prepared.result };
        },
        scope,
      ),
    );
  }

  /** Forgets every cached read (tests, and operators after changing SES outside the gateway). */
  clearCache(): void {
    this.options.cache.clear();
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private async writeNow<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>, scope: CallScope): Promise<OutputOf<K>> {
    try {
      return await this.attempt(region, operation, input, scope);
    } finally {
      // Also after a failure: a write that timed out may still have landed.
      for (const { operation: read, matches } of invalidationsFor(operation, input)) this.options.cache.invalidate(region, read, matches);
    }
  }

  /** One SES call at the operation's rate, retried while SES throttles it (the only retry there is). */
  private attempt<K extends keyof (SesReads & SesWrites)>(region: string, operation: K, input: InputOf<K>, scope: CallScope): Promise<OutputOf<K>> {
    const client = this.client(region);
    const Command = COMMANDS[operation];
    const send = () => {
      scope.onCall?.(operation);
      return client.send(new Command(input as never) as never) as Promise<OutputOf<K>>;
    };
    return retryThrottled(() => this.options.limiter.rated(region, operation, send, scope), this.options.retry);
  }

  /** Expected SES exceptions pass through for the caller to turn into userErrors or null; faults are mapped here. */
  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isExpectedSesError(error) || isFault(error)) throw error;
      // A caller that gave up is no SES failure worth logging.
      if (!(error instanceof CallAbandonedError)) this.options.onFault?.(operation, error);
      throw toFault(error);
    }
  }

  /** Resolvers check regions first (the Region scalar, ids); this keeps a slip from growing the per-region state. */
  private assertServed(region: string): void {
    if (!this.options.regions.has(region)) {
      throw new GraphQLError(`The gateway does not serve the region ${JSON.stringify(region)}. ${UNKNOWN_REGION_HINT}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }

  private client(region: string): SESv2Client {
    this.assertServed(region);
    let client = this.clients.get(region);
    if (!client) {
      const { endpoint, credentials, timeoutMs } = this.options.client;
      client = new SESv2Client({
        region,
        // Throttling is retried in exactly one place (retry.ts), through the limiter.
        maxAttempts: 1,
        requestHandler: { requestTimeout: timeoutMs, connectionTimeout: Math.min(timeoutMs, 3000) },
        ...(endpoint !== undefined && { endpoint }),
        ...(credentials !== undefined && { credentials }),
      });
      this.clients.set(region, client);
    }
    return client;
  }
}
