/**
 * The orchestrator's endpoints. /healthz (liveness) answers as long as the
 * event loop turns and checks nothing else: a liveness probe that failed
 * with Redis would restart every replica at once for an outage a restart
 * cannot fix. /readyz (readiness) answers 200 only while every dependency is
 * usable (readiness.ts, readinessChecks.ts), 503 otherwise.
 *
 * Neither needs credentials (authentication guards /graphql only), so
 * probes need no key; both answer only what a probe needs.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config.js';
import { Readiness, type ReadinessCheck } from './readiness.js';
import { credentialsCheck, emulatorCheck, redisCheck, sesEndpointCheck } from './readinessChecks.js';
import type { SesAccess, SesClientOptions } from './ses/access.js';
import type { SesLimiter } from './ses/limiter.js';

/** The routes, for the Host check's exemption of IP-literal Host headers (probes name the pod's IP). */
export const HEALTH_PATHS = ['/healthz', '/readyz'] as const;

/** How long one window of event-loop delay lasts: /healthz reports the last full window. */
const DELAY_WINDOW_MS = 10_000;

interface LivenessReport {
  status: 'ok';
  uptimeSeconds: number;
  /** Event-loop delay over the last 10 s window (ms): how late timers ran; high values mean a blocked or overloaded process. */
  eventLoopDelayMs: { p99: number; max: number };
}

export class Liveness {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 20 });
  private readonly timer: NodeJS.Timeout;
  private lastWindow = { p99: 0, max: 0 };

  constructor() {
    this.histogram.enable();
    this.timer = setInterval(() => {
      this.lastWindow = this.current();
      this.histogram.reset();
    }, DELAY_WINDOW_MS);
    this.timer.unref();
  }

  report(): LivenessReport {
    const window = this.lastWindow.max > 0 ? this.lastWindow : this.current();
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()), eventLoopDelayMs: window };
  }

  close(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private current(): { p99: number; max: number } {
    // The histogram counts nanoseconds, and its max is huge before the first sample.
    if (this.histogram.count === 0) return { p99: 0, max: 0 };
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    return { p99: ms(this.histogram.percentile(99)), max: ms(this.histogram.max) };
  }
}

interface ReadinessParts {
  readiness: Readiness;
  /** Releases what the checks hold (the SDK client used for credentials and endpoint resolution). */
  close(): void;
}

/**
 * The checks this configuration needs: Redis when REDIS_URL is set; in aws
 * mode the credential chain and a connection to the SES endpoint; in embedded
 * mode the emulator's health route.
 */
export function createReadiness(config: GatewayConfig, sesOptions: Pick<SesClientOptions, 'endpoint' | 'credentials'>, limiter: SesLimiter, ses: SesAccess): ReadinessParts {
  const { timeoutMs, cacheMs } = config.readiness;
  const checks: ReadinessCheck[] = [];
  if (config.limits.redisUrl !== undefined) checks.push(redisCheck((ms) => limiter.checkRedis(ms), timeoutMs, () => limiter.fallbackSize()));
  let probe: SESv2Client | undefined;
  if (config.backend === 'embedded' && sesOptions.endpoint !== undefined) {
    checks.push(emulatorCheck(sesOptions.endpoint));
  } else {
    // Never sends a request: it only resolves credentials and the endpoint as the gateway's own clients do.
    probe = new SESv2Client({
      region: config.defaultRegion,
      ...(sesOptions.endpoint !== undefined && { endpoint: sesOptions.endpoint }),
      ...(sesOptions.credentials !== undefined && { credentials: sesOptions.credentials }),
    });
    checks.push(credentialsCheck(probe), sesEndpointCheck(probe, sesOptions.endpoint));
  }
  return {
    readiness: new Readiness({ checks, timeoutMs, cacheMs, breakers: () => ses.breakerStates() }),
    close: () => probe?.destroy(),
  };
}

/** GET /healthz and GET /readyz; never cached by intermediaries. */
export function registerHealthRoutes(app: FastifyInstance, readiness: Readiness, liveness: Liveness): void {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send(liveness.report()));
  app.get('/readyz', async (_request, reply) => {
    const snapshot = await readiness.check();
    return reply
      .code(snapshot.status === 'ready' ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(snapshot);
  });
}
