/**
 * The dependencies /readyz checks, each without spending SES quota: Redis
 * answers PING; the AWS SDK's credential chain resolves (aws mode); the SES
 * endpoint accepts a connection (aws mode: TCP, and TLS for https, to the
 * endpoint the SDK would call in the default region) or the embedded
 * emulator answers its health route.
 */
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { ReadinessCheck } from './readiness.js';

/**
 * Redis answers PING. Without it the gateway still serves when the limiter
 * can fall back to pacing each replica at 1/N of the quota (`fallback` gives
 * N, or undefined when it cannot): then the check passes, degraded, so that
 * a fleet that lost Redis is not taken out of service all at once.
 */
export function redisCheck(checkRedis: (timeoutMs: number) => Promise<void>, timeoutMs: number, fallback: () => number | undefined = () => undefined): ReadinessCheck {
  return {
    name: 'redis',
    describes: 'Redis (REDIS_URL) answers PING',
    run: async () => {
      try {
        await checkRedis(timeoutMs);
      } catch (error) {
        const replicas = fallback();
        if (replicas === undefined) throw error;
        return { degraded: `Redis unavailable: this replica paces its SES calls at 1/${replicas} of each quota, and the read cache is off` };
      }
    },
  };
}

/**
 * The SDK's own default credential chain (environment, shared files, SSO,
 * web identity, container and instance metadata), as the SES clients use it.
 * The SDK keeps resolved credentials until they near expiry, so a check
 * after the first success costs no I/O. The credentials themselves go nowhere.
 */
export function credentialsCheck(client: SESv2Client): ReadinessCheck {
  return {
    name: 'credentials',
    describes: 'the AWS SDK credential provider chain resolves credentials',
    run: async () => {
      const identity = await client.config.credentials();
      if (!identity.accessKeyId || !identity.secretAccessKey) throw Object.assign(new Error('empty credentials'), { name: 'EmptyCredentials' });
    },
  };
}

/** The URL the SDK would send SES calls for the client's region to: the configured endpoint, else the SDK's endpoint resolution. */
export async function sesEndpointOf(client: SESv2Client, configured: string | undefined): Promise<URL> {
  if (configured !== undefined) return new URL(configured);
  const { config } = client;
  const endpoint = config.endpointProvider({
    Region: await config.region(),
    UseFIPS: await config.useFipsEndpoint(),
    UseDualStack: await config.useDualstackEndpoint(),
  });
  return new URL(endpoint.url.href);
}

/** Opens a connection to `url`'s host and port (with a verified TLS handshake for https) and closes it again. */
function reach(url: URL, signal: AbortSignal): Promise<void> {
  const https = url.protocol === 'https:';
  const port = Number(url.port || (https ? 443 : 80));
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise<void>((resolve, reject) => {
    let socket: Socket | undefined;
    const done = (error?: unknown) => {
      signal.removeEventListener('abort', aborted);
      socket?.destroy();
      if (error === undefined) resolve();
      else reject(error);
    };
    const aborted = () => done(Object.assign(new Error('aborted'), { name: 'Timeout' }));
    if (signal.aborted) return aborted();
    signal.addEventListener('abort', aborted, { once: true });
    socket = https ? connectTls({ host, port, servername: host, ALPNProtocols: ['http/1.1'] }, () => done()) : connectTcp({ host, port }, () => done());
    socket.once('error', done);
  });
}

/** aws mode: the SES endpoint of the default region accepts a connection. */
export function sesEndpointCheck(client: SESv2Client, configured: string | undefined): ReadinessCheck {
  let endpoint: Promise<URL> | undefined;
  return {
    name: 'ses',
    describes: 'the SES endpoint of the default region accepts a connection',
    run: async (signal) => {
      endpoint ??= sesEndpointOf(client, configured).catch((error: unknown) => {
        endpoint = undefined;
        throw error;
      });
      await reach(await endpoint, signal);
    },
  };
}

/** embedded mode: the emulator answers GET /_emulator/health. */
export function emulatorCheck(emulatorUrl: string): ReadinessCheck {
  const health = new URL('/_emulator/health', emulatorUrl);
  return {
    name: 'ses',
    describes: 'the embedded SES emulator answers /_emulator/health',
    run: async (signal) => {
      const response = await fetch(health, { signal });
      const body = (await response.json().catch(() => undefined)) as { status?: unknown } | undefined;
      if (!response.ok || body?.status !== 'ok') throw Object.assign(new Error('unhealthy'), { name: `EmulatorHttp${response.status}` });
    },
  };
}
