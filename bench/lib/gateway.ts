/**
 * The gateway under test: main.ts in its own process, configured only
 * through its environment as a deployment would be, talking to the emulator
 * child as to an external SES endpoint.
 */
import { EMULATOR_ACCOUNT_ID } from '../../src/gateway/config.js';
import type { Emulator } from './emulator.js';
import { freePort, spawnChild, spawnTs, waitForHttp, type Child, type SpawnOptions } from './processes.js';

export interface GatewayProcess {
  child: Child;
  url: string;
  graphql: string;
}

export interface GatewaySettings {
  name: string;
  emulator: Emulator;
  redisUrl?: string;
  /** The most identities a region has: prices identity scans truly (the default assumes 25). */
  identities: number;
  /** dist/main.js (compiled, as `npm start` runs it) or src/main.ts under tsx (as `npm run dev` runs it). */
  entry: 'dist' | 'source';
}

export async function startGatewayProcess({ name, emulator, redisUrl, identities, entry }: GatewaySettings): Promise<GatewayProcess> {
  const port = await freePort();
  const options: SpawnOptions = {
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      // SES at an endpoint URL, as a deployment in front of a real SES endpoint: no embedded emulator in this process.
      SES_BACKEND: 'aws',
      AWS_ENDPOINT_URL_SESV2: emulator.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCOUNT_ID: EMULATOR_ACCOUNT_ID,
      AWS_ACCESS_KEY_ID: EMULATOR_ACCOUNT_ID,
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // Loopback only; API-key checks are measured by the auth tests, not here.
      AUTH_MODE: 'none',
      // Warnings and errors only: a line per request would measure the log pipe, which the baseline does not have.
      LOG_LEVEL: 'warn',
      // The limiter paces at the same scaled rates the emulator enforces.
      SES_DEFAULT_RATE: String(emulator.rateOf('default')),
      SES_RATES: `BatchGetMetricData=${emulator.rateOf('BatchGetMetricData')}`,
      // The cold dashboard is one deliberately large request (its price is ~20 s of quota at the bench's rates).
      MAX_QUOTA_SECONDS_PER_REQUEST: '300',
      IDENTITY_SCAN_ESTIMATE: String(identities),
      GRAPHQL_MAX_COST: '1000000',
      // Longer than the whole bench: an expiry in the middle of a warm measurement would mix a cold refill into it.
      CACHE_TTL_SECONDS: '3600',
      SHUTDOWN_TIMEOUT_MS: '2000',
      // The identity index's background passes would share the quota the cold figure measures against;
      // `npm run bench:identity-index` measures the index on its own.
      IDENTITY_INDEX_RECONCILE: 'off',
      ...(redisUrl !== undefined && { REDIS_URL: redisUrl, LIMITER_ID: `bench-${process.pid}` }),
    },
  };
  const child = entry === 'dist' ? spawnChild(name, process.execPath, ['dist/main.js'], options) : spawnTs(name, 'src/main.ts', [], options);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/healthz`, 60_000);
  return { child, url, graphql: `${url}/graphql` };
}
