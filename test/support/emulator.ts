import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.js';

export interface EmulatorHarness {
  emulator: RunningEmulator;
  /** A real SDK client on the emulator, with SDK retries off so every call is one request. */
  client(options?: { region?: string; accessKeyId?: string }): SESv2Client;
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  stats(): Promise<{ operations: Record<string, { calls: number; throttled: number; faultsInjected: number; faultsByKind: Record<string, number>; errors: number; maxCallsPerSecond: number; maxInFlight: number }>; writes: { maxInFlight: number }; faults: Record<string, number>; totalCalls: number }>;
  close(): Promise<void>;
}

export async function startHarness(options: EmulatorOptions = { quotas: false }): Promise<EmulatorHarness> {
  const emulator = await startEmulator({ log: () => {}, ...options });
  const clients: SESv2Client[] = [];
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  return {
    emulator,
    client({ region = 'us-east-1', accessKeyId = 'AKIDEXAMPLE' } = {}) {
      const client = new SESv2Client({
        region,
        endpoint: emulator.url,
        credentials: { accessKeyId, secretAccessKey: 'secret' },
        maxAttempts: 1,
      });
      clients.push(client);
      return client;
    },
    admin,
    stats: () => admin('GET', '/_emulator/stats'),
    async close() {
      for (const client of clients) client.destroy();
      await emulator.close();
    },
  };
}

/** Resolves to the exception a promise rejects with, failing if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export interface SharedEmulator {
  harness: EmulatorHarness;
  /** A us-east-1 client on the shared emulator. */
  ses: SESv2Client;
}

/**
 * One emulator for a whole test file, reset before each test. The returned
 * object is filled in by beforeAll, so read its members inside tests only.
 */
export function useSharedEmulator(options?: EmulatorOptions): SharedEmulator {
  const shared = {} as SharedEmulator;
  beforeAll(async () => {
    shared.harness = await startHarness(options);
    shared.ses = shared.harness.client();
  });
  afterAll(() => shared.harness.close());
  beforeEach(async () => {
    await shared.harness.admin('POST', '/_emulator/reset');
  });
  return shared;
}
