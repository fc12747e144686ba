import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { startHarness, type EmulatorHarness } from './emulator.js';

export interface GatewayStack {
  emulator: EmulatorHarness;
  gateway: RunningGateway;
  /** Runs an operation over HTTP and returns the whole response (data and errors). */
  execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<ExecutionResult<TData>>;
  /** Runs an operation and returns its data, failing the test on any error. */
  request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData>;
  /** SES calls per operation since the last reset, from the emulator's /_emulator/stats. */
  calls(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export interface StackOptions {
  emulator?: EmulatorOptions;
  /** Environment overrides for the gateway's configuration (e.g. CACHE_TTL_SECONDS). */
  env?: Record<string, string>;
  /** The SES retries' jitter source (GatewayOptions.retryRandom), to fix the backoff. @default Math.random */
  retryRandom?: () => number;
}

export async function startStack(options: StackOptions = {}): Promise<GatewayStack> {
  const emulator = await startHarness({ quotas: false, ...options.emulator });
  // With the emulator's quotas off (the default here), pace the gateway fast too; quota tests pass real rates.
  // The identity index off: tests reset the emulator behind the gateway's back, and count every SES call; its tests turn it on.
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SES_RETRY_BASE_MS: '50', SES_DEFAULT_RATE: '1000', SES_RATES: 'BatchGetMetricData=1000', IDENTITY_INDEX: 'off', ...options.env });
  const gateway = await startGateway({
    config,
    ses: { endpoint: emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'test' } },
    logger: false,
    ...(options.retryRandom !== undefined && { retryRandom: options.retryRandom }),
  });
  const execute = async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as ExecutionResult<TData>;
  };
  return {
    emulator,
    gateway,
    execute,
    async request(document, variables) {
      const result = await execute(document, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    async calls() {
      const stats = await emulator.stats();
      return Object.fromEntries(Object.entries(stats.operations).map(([name, op]) => [name, op.calls]));
    },
    async close() {
      await gateway.close();
      await emulator.close();
    },
  };
}

/**
 * One gateway and emulator for a test file. Before each test the emulator's
 * state and counters are reset and the gateway's shared cache is cleared, so
 * call counts start from zero.
 */
export function useStack(options: StackOptions = {}): { stack: GatewayStack } {
  const holder = {} as { stack: GatewayStack };
  beforeAll(async () => {
    holder.stack = await startStack(options);
  });
  afterAll(() => holder.stack.close());
  beforeEach(async () => {
    await holder.stack.emulator.admin('POST', '/_emulator/reset');
    holder.stack.gateway.ses.clearCache();
    holder.stack.gateway.ses.resetBreakers();
  });
  return holder;
}
