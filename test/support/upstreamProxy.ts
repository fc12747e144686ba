/**
 * A fake SES in front of the emulator, on 127.0.0.1: it forwards every call
 * to the emulator unless a rule answers it first with something the emulator
 * never sends (a truncated body, a proxy's HTML page, an error name the SDK's
 * model does not know). Tests see how the gateway classifies what the real
 * SDK throws for each.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';
import { startHarness, type EmulatorHarness } from './emulator.js';

/** Text every canned body carries, so a test can check it never reaches a client. */
export const UPSTREAM_SECRET = 'upstream-secret-7f3a';

export type CannedAnswer = (res: ServerResponse) => void;

const json = (status: number, errorType: string | undefined, body: string): CannedAnswer => (res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...(errorType !== undefined && { 'x-amzn-errortype': errorType }) });
  res.end(body);
};

const sesError = (status: number, type: string) => json(status, type, JSON.stringify({ __type: type, message: `${type}: ${UPSTREAM_SECRET}` }));

/** What a broken or surprising SES can answer. */
export const CANNED = {
  truncatedJson: json(200, undefined, `{"ConfigurationSetName":"${UPSTREAM_SECRET}","SendingOpt`),
  html503: (res: ServerResponse) => {
    res.writeHead(503, { 'content-type': 'text/html' });
    res.end(`<html><head><title>503 Service Temporarily Unavailable</title></head><body>${UPSTREAM_SECRET}</body></html>`);
  },
  html400: (res: ServerResponse) => {
    res.writeHead(400, { 'content-type': 'text/html' });
    res.end(`<html><head><title>400 Bad Request</title></head><body>${UPSTREAM_SECRET}</body></html>`);
  },
  unknownErrorType: sesError(400, 'SomethingNewException'),
  accessDenied: sesError(403, 'AccessDeniedException'),
  throttled: sesError(429, 'TooManyRequestsException'),
  concurrentModification: sesError(500, 'ConcurrentModificationException'),
  badRequest: sesError(400, 'BadRequestException'),
  internalError: sesError(500, 'InternalServiceErrorException'),
} satisfies Record<string, CannedAnswer>;

export interface ProxyRule {
  method: string;
  /** Matched against the request's path (without the query). */
  path: RegExp;
  answer: CannedAnswer;
  /** Let this many matching calls through to the emulator first. @default 0 */
  skip?: number;
}

export interface UpstreamProxy {
  url: string;
  /** Replaces the rules; an empty list forwards everything. */
  setRules(rules: ProxyRule[]): void;
  /** Calls a rule answered, since the rules were last set. */
  readonly answered: number;
  close(): Promise<void>;
}

export async function startUpstreamProxy(target: string): Promise<UpstreamProxy> {
  let rules: (ProxyRule & { seen: number })[] = [];
  let answered = 0;
  const upstream = new URL(target);
  const pass = (req: IncomingMessage, res: ServerResponse) => {
    const out = forward(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    const rule = rules.find((r) => r.method === req.method && r.path.test(path));
    if (rule && rule.seen++ >= (rule.skip ?? 0)) {
      answered += 1;
      req.resume();
      req.on('end', () => rule.answer(res));
      return;
    }
    pass(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRules(next) {
      rules = next.map((rule) => ({ ...rule, seen: 0 }));
      answered = 0;
    },
    get answered() {
      return answered;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface ProxiedGateway {
  emulator: EmulatorHarness;
  proxy: UpstreamProxy;
  gateway: RunningGateway;
}

/**
 * For a test file (or describe block): an emulator behind a fake SES, and a
 * gateway on the fake SES with one attempt per call, a breaker that never
 * opens and no cache, so each rule is exactly one failed SES answer. Rules,
 * state, cache and breakers are reset before each test. Read the members
 * inside tests only.
 */
export function useProxiedGateway(): ProxiedGateway {
  const env = {} as ProxiedGateway;
  beforeAll(async () => {
    env.emulator = await startHarness({ quotas: false });
    env.proxy = await startUpstreamProxy(env.emulator.emulator.url);
    env.gateway = await startGateway({
      config: loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SES_DEFAULT_RATE: '1000',
        SES_RATES: 'BatchGetMetricData=1000',
        SES_RETRY_ATTEMPTS: '1',
        SES_BREAKER_THRESHOLD: '1000',
        CACHE_TTL_SECONDS: '0',
      }),
      ses: { endpoint: env.proxy.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'test' } },
      logger: false,
    });
  });
  afterAll(async () => {
    await env.gateway?.close();
    await env.proxy?.close();
    await env.emulator?.close();
  });
  beforeEach(async () => {
    env.proxy.setRules([]);
    await env.emulator.admin('POST', '/_emulator/reset');
    env.gateway.ses.clearCache();
    env.gateway.ses.resetBreakers();
  });
  return env;
}
