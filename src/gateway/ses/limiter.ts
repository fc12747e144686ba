/**
 * SES quotas, on the calling side. For every (region, operation) a fair queue
 * (fairQueue.ts) holds each caller's calls apart and serves callers in turn;
 * behind it one Bottleneck limiter spaces the calls at the operation's rate.
 * For every region a write slot lets one write through at a time: each
 * caller's writes in their arrival order, callers in turn.
 *
 * With REDIS_URL set, every Bottleneck limiter keeps its state in Redis
 * (cluster mode), so all replicas together stay within one quota and hold one
 * write slot per region. The fair queues are per process: each replica is
 * fair between the callers it serves.
 */
import Bottleneck from 'bottleneck';
import { Redis } from 'ioredis';
import { isThrottle } from '../errors.js';
import { FairQueue, type Gate } from './fairQueue.js';
import { SYSTEM_SCOPE, type CallScope } from './scope.js';

export { CallAbandonedError, QueueTimeoutError } from './fairQueue.js';

export interface LimiterOptions {
  /** Calls per second for operations without their own rate. */
  defaultRate: number;
  /** Calls per second by SES operation name. */
  rates: Record<string, number>;
  /** Redis for state shared by replicas. */
  redisUrl?: string;
  /** Prefix of the limiter keys in Redis; replicas sharing a quota share it. */
  limiterId: string;
  /** How long a call may wait for its turn before it fails. @default 60000 */
  queueTimeoutMs: number;
  /** Where limiter and Redis failures are reported. */
  onError?: (error: unknown) => void;
}

/**
 * How long a call waits for Redis when the connection is being made for the
 * first time, or for a Bottleneck limiter to finish starting, before it fails
 * with LimiterUnavailableError (Redis answered nothing; a refused connection fails at once).
 */
export const REDIS_WAIT_MS = 2000;

/** Redis is known to be unreachable (or did not become usable within REDIS_WAIT_MS). */
export class RedisUnavailableError extends Error {
  constructor(readonly state: string) {
    super(`Redis is not usable (connection ${state}).`);
    this.name = 'RedisUnavailableError';
  }
}

/** The limiter itself failed (Redis unreachable): no SES call was made. */
export class LimiterUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The rate limiter is unavailable.', { cause });
    this.name = 'LimiterUnavailableError';
  }
}

/**
 * SES counts the interval between arrivals; the limiter can only space sends.
 * Three layers keep arrivals apart:
 * - Bottleneck spaces calls at the rate plus this margin (fleet-wide with Redis).
 * - In each process, the spacing is measured again from the moment the call is
 *   really handed to the SDK (Bottleneck's timers and ticks can start a call
 *   some ms early or late), and widened by how much longer than usual the last
 *   call took: a call held up on its way (a busy event loop, a new connection)
 *   reaches SES late, closer to the next one. In a run of 30 creates from 10
 *   clients on a loaded 2-core machine, sends were 987 ms apart by Bottleneck's
 *   1030, and a cold first call took 238 ms to arrive: two throttles in 32 calls.
 * - When SES throttles an operation anyway, its spacing widens at once by
 *   SLOWDOWN, up to MAX_SLOWDOWN intervals, and eases back by RECOVERY per
 *   answered call to the base spacing: about eight answers undo one throttle.
 */
export const SPACING_MARGIN = 1.03;
const SLOWDOWN = 1.5;
const MAX_SLOWDOWN = 4;
const RECOVERY = 0.95;
/** How many recent latencies define "usual" for an operation. */
const LATENCY_WINDOW = 8;
/**
 * The most a slow answer widens the next gap, as a share of the spacing: enough
 * for a first call's cold start (about 240 ms seen at 1/s on a busy machine),
 * small enough that jittery latency never costs a fast operation much rate.
 */
const MAX_DELAY_SHARE = 0.25;

interface Spacing {
  /** The spacing SES's quota needs, with the margin, in ms. */
  readonly base: number;
  readonly max: number;
  /** The spacing in force. */
  current: number;
  /** When this process last handed a call of the operation to the SDK (Date.now()). */
  lastSend: number;
  /** How much longer than usual the last answered call took, capped at MAX_DELAY_SHARE of the base spacing. */
  delayed: number;
  /** Recent latencies, oldest first. */
  latencies: number[];
  /** The calls of this process waiting for their moment, one after another. */
  turn: Promise<void>;
  /** The Bottleneck limiter's key: the limiter itself may be replaced (see usableLimiter). */
  readonly key: string;
}

/**
 * Redis lost the limiter's keys (a restart without persistence, a flush, a
 * failover to an empty replica). Bottleneck 2.19 means to re-create them,
 * but compares the error message without the "ERR " prefix Redis 7 puts on
 * script errors, so the limiter would fail every call from then on.
 */
function lostItsState(error: unknown): boolean {
  return error instanceof Error && /\b(SETTINGS_KEY_NOT_FOUND|UNKNOWN_CLIENT)\b/.test(error.message);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SesLimiter {
  private readonly limiters = new Map<string, Bottleneck>();
  private readonly queues = new Map<string, FairQueue>();
  private readonly spacings = new Map<string, Spacing>();
  private readonly connection: Bottleneck.IORedisConnection | undefined;
  private readonly redis: Redis | undefined;
  /** Set by a connection error or close, cleared when the connection is ready: calls fail at once instead of waiting. */
  private redisDown = false;
  /** Settles when the connection being made is ready or fails: one listener, however many calls wait for it. */
  private redisReady: Promise<void> | undefined;
  /** The settings each Bottleneck limiter was made with (kept up to date), to make it again. */
  private readonly settings = new Map<string, Bottleneck.ConstructorOptions>();
  private readonly report: (error: unknown) => void;

  constructor(private readonly options: LimiterOptions) {
    this.report = options.onError ?? (() => {});
    if (options.redisUrl) {
      const client = new Redis(options.redisUrl, {
        // Fail fast while Redis is away instead of queueing commands, so
        // requests get LIMITER_UNAVAILABLE rather than hanging.
        enableOfflineQueue: false,
        connectTimeout: REDIS_WAIT_MS,
        // A Redis that accepts connections but does not answer (hung, paused) must not hold calls either.
        commandTimeout: REDIS_WAIT_MS,
        maxRetriesPerRequest: 1,
      });
      client.on('error', this.report);
      const down = () => {
        this.redisDown = true;
      };
      client.on('error', down);
      client.on('close', down);
      client.on('ready', () => {
        this.redisDown = false;
      });
      this.redis = client;
      this.connection = new Bottleneck.IORedisConnection({ client });
      this.connection.on('error', this.report);
    }
  }

  rateOf(operation: string): number {
    return this.options.rates[operation] ?? this.options.defaultRate;
  }

  /** The spacing in ms between calls of `operation` in `region` now (wider than the base after throttles). */
  spacingOf(region: string, operation: string): number {
    return this.spacing(region, operation).current;
  }

  /** Calls waiting now in each fair queue (for /metrics): `queue` is the SES operation, or `writes` for the region's write slot. */
  queueDepths(): { region: string; queue: string; depth: number }[] {
    return [...this.queues].map(([key, queue]) => {
      const colon = key.indexOf(':');
      return { region: key.slice(0, colon), queue: key.slice(colon + 1), depth: queue.size };
    });
  }

  /**
   * Runs one SES call in the caller's turn, when the operation's rate allows.
   * A throttle widens the operation's spacing; answers narrow it back.
   */
  rated<T>(region: string, operation: string, call: () => Promise<T>, scope: CallScope = SYSTEM_SCOPE): Promise<T> {
    const key = `${region}:${operation}`;
    const queue = this.queue(key, () => this.gate(this.spacing(region, operation).key));
    return queue.submit(scope.callerId, () => this.paced(region, operation, call), scope.signal);
  }

  /**
   * Runs `work` while holding the region's write slot: one at a time, each
   * caller's writes in their arrival order, callers in turn. Retries of a
   * throttled write happen inside `work`, so a write never loses its place.
   */
  exclusive<T>(region: string, work: () => Promise<T>, scope: CallScope = SYSTEM_SCOPE): Promise<T> {
    const key = `${region}:writes`;
    this.settings.set(key, { maxConcurrent: 1 });
    const queue = this.queue(key, () => this.gate(key));
    return queue.submit(scope.callerId, work, scope.signal);
  }

  /**
   * Whether Redis answers (readiness): resolves when a PING is answered
   * within `timeoutMs`, rejects otherwise; resolves at once without Redis.
   */
  async checkRedis(timeoutMs: number): Promise<void> {
    const redis = this.redis;
    if (!redis) return;
    if (redis.status !== 'ready') throw new RedisUnavailableError(redis.status);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        redis.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new RedisUnavailableError('not answering')), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const closed = new LimiterUnavailableError(new Error('The limiter was closed.'));
    for (const queue of this.queues.values()) queue.close(closed);
    this.queues.clear();
    await Promise.all([...this.limiters.values()].map((limiter) => limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)));
    this.limiters.clear();
    this.spacings.clear();
    await this.connection?.disconnect(true).catch(() => undefined);
  }

  /** Sends `call` no sooner than the spacing after this process's last call, and adapts the spacing to what happened. */
  private async paced<T>(region: string, operation: string, call: () => Promise<T>): Promise<T> {
    const spacing = this.spacing(region, operation);
    const turn = spacing.turn.then(() => this.waitForMoment(spacing));
    spacing.turn = turn;
    await turn;
    const sent = spacing.lastSend;
    let throttled = false;
    try {
      return await call();
    } catch (error) {
      throttled = isThrottle(error);
      throw error;
    } finally {
      const latency = Date.now() - sent;
      const usual = spacing.latencies.length > 0 ? Math.min(...spacing.latencies) : 0;
      spacing.delayed = Math.min(spacing.base * MAX_DELAY_SHARE, Math.max(0, latency - usual));
      spacing.latencies.push(latency);
      if (spacing.latencies.length > LATENCY_WINDOW) spacing.latencies.shift();
      this.adjust(spacing, throttled ? SLOWDOWN : RECOVERY);
    }
  }

  private async waitForMoment(spacing: Spacing): Promise<void> {
    // Rechecked after each wait: an answer that came in meanwhile may have widened the spacing.
    for (let i = 0; i < 3; i += 1) {
      const wait = spacing.lastSend + spacing.current + spacing.delayed - Date.now();
      if (wait <= 0) break;
      await delay(wait);
    }
    spacing.lastSend = Date.now();
  }

  private adjust(spacing: Spacing, factor: number): void {
    const next = Math.round(Math.min(spacing.max, Math.max(spacing.base, spacing.current * factor)));
    if (next === spacing.current) return;
    spacing.current = next;
    this.settings.set(spacing.key, { minTime: next });
    // Typed as returning the limiter, it returns a promise in cluster mode; a rejection must not go unhandled.
    Promise.resolve(this.limiter(spacing.key).updateSettings({ minTime: next }) as unknown).catch(this.report);
  }

  private spacing(region: string, operation: string): Spacing {
    const key = `${region}:${operation}`;
    let spacing = this.spacings.get(key);
    if (!spacing) {
      const interval = 1000 / this.rateOf(operation);
      const base = Math.ceil(interval * SPACING_MARGIN);
      this.settings.set(key, { minTime: base });
      spacing = {
        base,
        max: Math.ceil(interval * MAX_SLOWDOWN),
        current: base,
        lastSend: Number.NEGATIVE_INFINITY,
        delayed: 0,
        latencies: [],
        turn: Promise.resolve(),
        key,
      };
      this.spacings.set(key, spacing);
    }
    return spacing;
  }

  private gate(key: string): Gate {
    return async (ticket) => {
      const limiter = await this.usableLimiter(key);
      let started = false;
      const run = () => {
        started = true;
        return ticket();
      };
      try {
        return await limiter.schedule(run);
      } catch (error) {
        if (started || !lostItsState(error)) throw error;
        // Redis came back empty: the same call goes through a limiter made anew, once.
        this.drop(key, limiter);
        return (await this.usableLimiter(key)).schedule(run);
      }
    };
  }

  /**
   * Forgets a limiter that cannot recover, so the next call makes it again
   * (which writes its settings and registers it in Redis anew). Its
   * heartbeat, the one thing it still runs, is stopped: Bottleneck's own
   * disconnect() would unsubscribe the channels its successor shares, and
   * rejects unhandled while Redis is away.
   */
  private drop(key: string, limiter: Bottleneck): void {
    if (this.limiters.get(key) !== limiter) return;
    this.limiters.delete(key);
    clearInterval((limiter as unknown as { _store?: { heartbeat?: NodeJS.Timeout } })._store?.heartbeat);
  }

  /**
   * The Bottleneck limiter for `key`, once it can take a call. Without Redis
   * that is at once. With Redis, a cluster limiter waits for its connection
   * and its start-up scripts (Bottleneck's ready()) before it schedules
   * anything, and would wait forever while Redis is down at start-up: here a
   * call fails at once while Redis is known to be down, and after
   * REDIS_WAIT_MS otherwise. A limiter whose start-up failed (Redis went away
   * during it) never recovers: it is dropped and made again on the next call.
   */
  private async usableLimiter(key: string): Promise<Bottleneck> {
    const limiter = this.limiter(key);
    const redis = this.redis;
    if (!redis) return limiter;
    if (redis.status !== 'ready') {
      if (this.redisDown) throw new RedisUnavailableError(redis.status);
      this.redisReady ??= new Promise<void>((resolve, reject) => {
        const settle = (error?: unknown) => {
          redis.off('ready', ready);
          redis.off('error', failed);
          this.redisReady = undefined;
          if (error === undefined) resolve();
          else reject(new RedisUnavailableError(redis.status));
        };
        const ready = () => settle();
        const failed = (error: unknown) => settle(error);
        redis.once('ready', ready);
        redis.once('error', failed);
      });
      await this.within(REDIS_WAIT_MS, this.redisReady, redis.status);
    }
    try {
      await this.within(REDIS_WAIT_MS, limiter.ready(), 'starting');
      return limiter;
    } catch (error) {
      if (error instanceof RedisUnavailableError) throw error;
      // Its start failed earlier (made while Redis was away): Redis is back, so a limiter made now can start.
      this.drop(key, limiter);
    }
    const again = this.limiter(key);
    await this.within(REDIS_WAIT_MS, again.ready(), 'starting');
    return again;
  }

  private async within(ms: number, promise: Promise<unknown>, state: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        promise,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new RedisUnavailableError(state)), ms);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private queue(key: string, gate: () => Gate): FairQueue {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new FairQueue({
        gate: gate(),
        queueTimeoutMs: this.options.queueTimeoutMs,
        gateFailure: (error) => new LimiterUnavailableError(error),
        onError: this.report,
      });
      this.queues.set(key, queue);
    }
    return queue;
  }

  private limiter(key: string): Bottleneck {
    let limiter = this.limiters.get(key);
    if (!limiter) {
      const settings = this.settings.get(key) ?? {};
      limiter = this.connection
        ? new Bottleneck({
            ...settings,
            id: `${this.options.limiterId}:${key}`,
            datastore: 'ioredis',
            connection: this.connection,
            clearDatastore: false,
            // Idle limiters keep their Redis keys for a day, not Bottleneck's 5 minutes of in-process use.
            timeout: 24 * 60 * 60 * 1000,
          })
        : new Bottleneck(settings);
      limiter.on('error', this.report);
      if (this.connection) {
        // With clearDatastore: false, settings already stored in Redis win over the constructor's: re-apply ours.
        // Typed as returning the limiter, it returns a promise in cluster mode; a rejection must not go unhandled.
        Promise.resolve(limiter.updateSettings(settings) as unknown).catch(this.report);
      }
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
