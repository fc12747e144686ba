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

export { CallAbandonedError } from './fairQueue.js';

interface LimiterOptions {
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
  /**
   * While Redis is unreachable, each replica paces itself at 1/N of every
   * quota, so the fleet together stays within it (LIMITER_FALLBACK_REPLICAS):
   * 'auto' takes N from the replicas seen alive in Redis before it went away
   * (and refuses calls until it has seen them once); a number fixes N; 0
   * refuses every call with LIMITER_UNAVAILABLE instead. @default 'auto'
   */
  fallbackReplicas?: number | 'auto';
  /** Told when the fallback starts (with N) and ends (undefined). */
  onFallback?: (replicas: number | undefined) => void;
}

/** How often a replica says it is alive, and how long that counts: the fleet's size for the fallback. */
const HEARTBEAT_MS = 2000;
const ALIVE_MS = 3 * HEARTBEAT_MS;

/**
 * How long a call waits for Redis when the connection is being made for the
 * first time, or for a Bottleneck limiter to finish starting, before it fails
 * with LimiterUnavailableError (Redis answered nothing; a refused connection fails at once).
 */
const REDIS_WAIT_MS = 2000;

/** Redis is known to be unreachable (or did not become usable within REDIS_WAIT_MS). */
class RedisUnavailableError extends Error {
  constructor(readonly state: string) {
    super(`Redis is not usable (connection ${state}).`);
    this.name = 'RedisUnavailableError';
  }
}

/** The limiter itself failed (Redis unreachable): no SES call was made. */
class LimiterUnavailableError extends Error {
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
const SPACING_MARGIN = 1.03;
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

/** How late into its interval a replica may still send: within the margin the interval has over SES's own. */
const SLOT_TOLERANCE = (SPACING_MARGIN - 1) / 2 / SPACING_MARGIN;

/** How many replicas share the quota, and this one's place among them (0 to size - 1). */
interface Fleet {
  size: number;
  rank: number;
}

/**
 * One call at a time, each in this replica's own interval: with an interval
 * of `intervalMs`, replica `rank` of `size` sends in intervals k with
 * k mod size = rank, within the first half of it (so a late send does not
 * reach the next replica's interval). Without an interval (the write slot),
 * calls just run one at a time.
 */
class FallbackPacer {
  private chain: Promise<unknown> = Promise.resolve();

  /** No call before this moment: at first, one interval after the fallback began, apart from what the shared limiter let through last. */
  private next: number;

  constructor(
    private readonly intervalMs: number,
    private readonly fleet: Fleet,
  ) {
    this.next = Date.now() + intervalMs;
  }

  schedule<T>(run: () => Promise<T>): Promise<T> {
    if (this.intervalMs <= 0) {
      // The write slot: the next write starts when this one has ended.
      const turn = this.chain.then(run);
      this.chain = turn.catch(() => undefined);
      return turn;
    }
    // A rate: the next call waits for its own moment, not for this one's answer.
    const moment = this.chain.then(async () => {
      const at = this.slotFrom(Math.max(Date.now(), this.next));
      await delay(at - Date.now());
      this.next = at + this.intervalMs * this.fleet.size;
    });
    this.chain = moment;
    return moment.then(run);
  }

  /**
   * The first moment at or after `time` that starts one of this replica's
   * intervals. A send a little into it is still apart enough from the next
   * replica's: the interval is SPACING_MARGIN wider than SES needs.
   */
  private slotFrom(time: number): number {
    const { size, rank } = this.fleet;
    const interval = Math.floor(time / this.intervalMs);
    const offset = time - interval * this.intervalMs;
    const ahead = (((rank - interval) % size) + size) % size;
    if (ahead === 0 && offset <= this.intervalMs * SLOT_TOLERANCE) return time;
    return (interval + (ahead === 0 ? size : ahead)) * this.intervalMs;
  }
}

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
  /** Pacers of this process alone, each call in this replica's own time slot, while Redis is away. */
  private readonly fallbacks = new Map<string, { fleet: Fleet; pacer: FallbackPacer }>();
  /** The replicas seen alive in Redis at the last heartbeat, and this one's place among them. */
  private fleet: Fleet | undefined;
  private readonly replicaId = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  private heartbeat: NodeJS.Timeout | undefined;
  /** The N of the fallback in force, or undefined while the shared limiters work. */
  private fallingBack: number | undefined;

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
        this.beat();
      });
      this.redis = client;
      this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
      this.heartbeat.unref();
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

  /** The N of the fallback pacing in force (1/N of each quota per replica), or undefined while Redis serves. */
  fallbackReplicas(): number | undefined {
    return this.fallingBack;
  }

  /**
   * The N a fallback would pace at now, or undefined when it would refuse:
   * the configured one, or the replicas last seen alive.
   */
  fallbackSize(): number | undefined {
    return this.fallbackFleet()?.size;
  }

  private fallbackFleet(): Fleet | undefined {
    const configured = this.options.fallbackReplicas ?? 'auto';
    if (configured === 'auto') return this.fleet;
    // A fixed N: this replica's slot is its place among those last seen, when known.
    return configured > 0 ? { size: configured, rank: (this.fleet?.rank ?? 0) % configured } : undefined;
  }

  /** Tells Redis this replica is alive, and learns how many are and its place among them (the fallback's N and slot). */
  private beat(): void {
    const redis = this.redis;
    if (!redis || redis.status !== 'ready') return;
    const key = `${this.options.limiterId}:replicas`;
    const now = Date.now();
    redis
      .multi()
      .zadd(key, now, this.replicaId)
      .zremrangebyscore(key, 0, now - ALIVE_MS)
      .zrange(key, 0, -1)
      .pexpire(key, ALIVE_MS * 4)
      .exec()
      .then((results) => {
        const members = results?.[2]?.[1];
        if (Array.isArray(members) && members.length > 0) {
          // Every replica sorts the same names the same way: the same slots for all of them.
          const sorted = members.map(String).sort();
          this.fleet = { size: sorted.length, rank: Math.max(0, sorted.indexOf(this.replicaId)) };
        }
        this.fallbackEnded();
      })
      .catch(() => undefined);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    if (this.redis?.status === 'ready') await this.redis.zrem(`${this.options.limiterId}:replicas`, this.replicaId).catch(() => undefined);
    this.fallbacks.clear();
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
      let started = false;
      const run = () => {
        started = true;
        return ticket();
      };
      let limiter: Bottleneck;
      try {
        limiter = await this.usableLimiter(key);
      } catch (error) {
        return this.fallback(key, error).schedule(run);
      }
      try {
        return await limiter.schedule(run);
      } catch (error) {
        if (started) throw error;
        if (lostItsState(error)) {
          // Redis came back empty: the same call goes through a limiter made anew, once.
          this.drop(key, limiter);
          return (await this.usableLimiter(key)).schedule(run);
        }
        // Redis went away while the call waited for its turn.
        if (this.redis?.status !== 'ready') return this.fallback(key, error).schedule(run);
        throw error;
      }
    };
  }

  /**
   * This process's pacer for `key` while Redis is away, the fleet's quota
   * divided by time: replica r of N sends only in intervals whose number is
   * r modulo N, so replicas never send in one interval together (clocks
   * agree to well within an interval). The region's write slot is held one
   * at a time by this replica. `cause` is rethrown when no fallback applies
   * (LIMITER_FALLBACK_REPLICAS=0, or the fleet is not known yet).
   */
  private fallback(key: string, cause: unknown): FallbackPacer {
    const fleet = this.fallbackFleet();
    if (fleet === undefined) throw cause;
    if (this.fallingBack !== fleet.size) {
      this.fallingBack = fleet.size;
      this.options.onFallback?.(fleet.size);
    }
    let fallback = this.fallbacks.get(key);
    if (!fallback || fallback.fleet.size !== fleet.size || fallback.fleet.rank !== fleet.rank) {
      const minTime = this.settings.get(key)?.minTime;
      fallback = { fleet, pacer: new FallbackPacer(typeof minTime === 'number' ? minTime : 0, fleet) };
      this.fallbacks.set(key, fallback);
    }
    return fallback.pacer;
  }

  private fallbackEnded(): void {
    if (this.fallingBack === undefined) return;
    this.fallingBack = undefined;
    this.options.onFallback?.(undefined);
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
    stopRedisHeartbeat(limiter);
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

/**
 * Stops the heartbeat of a Redis-backed limiter: the interval its Redis
 * datastore runs a script with every few seconds. Bottleneck 2.19 offers no
 * public way to stop it alone (disconnect() also unsubscribes the limiter's
 * channels on the shared connection), so this reads its private
 * `_store.heartbeat`, checking the shape of what it finds at each step.
 */
function stopRedisHeartbeat(limiter: Bottleneck): void {
  const store: unknown = Reflect.get(limiter, '_store');
  const heartbeat: unknown = typeof store === 'object' && store !== null ? Reflect.get(store, 'heartbeat') : undefined;
  if (isTimer(heartbeat)) clearInterval(heartbeat);
}

function isTimer(value: unknown): value is NodeJS.Timeout {
  return typeof value === 'object' && value !== null && 'refresh' in value && typeof value.refresh === 'function';
}
