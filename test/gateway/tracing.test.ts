import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { startStack, type GatewayStack } from '../support/gateway.js';

/** A span as OTLP/HTTP JSON carries it, with its attributes flattened. */
interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
  status: { code?: number; message?: string };
  events: { name: string }[];
  serviceName: string;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
}

interface OtlpBody {
  resourceSpans: {
    resource: { attributes: { key: string; value: OtlpValue }[] };
    scopeSpans: { spans: (Omit<ExportedSpan, 'attributes' | 'serviceName' | 'events'> & { attributes?: { key: string; value: OtlpValue }[]; events?: { name: string }[] })[] }[];
  }[];
}

const valueOf = (value: OtlpValue) => value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.doubleValue ?? value.boolValue ?? ''));

/** A local OTLP/HTTP receiver: what the gateway's exporter POSTs to /v1/traces. */
class OtlpReceiver {
  readonly spans: ExportedSpan[] = [];
  readonly contentTypes: string[] = [];
  readonly headers: Record<string, string | string[] | undefined>[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/v1/traces') {
          res.writeHead(404).end();
          return;
        }
        this.contentTypes.push(String(req.headers['content-type']));
        this.headers.push(req.headers);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpBody;
        for (const resource of body.resourceSpans) {
          const serviceName = String(valueOf(resource.resource.attributes.find((a) => a.key === 'service.name')?.value ?? {}));
          for (const scope of resource.scopeSpans) {
            for (const span of scope.spans) {
              this.spans.push({
                ...span,
                attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, valueOf(a.value)])),
                events: span.events ?? [],
                serviceName,
              });
            }
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  trace(traceId: string): ExportedSpan[] {
    return this.spans.filter((span) => span.traceId === traceId);
  }
}

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';

async function ask(stack: GatewayStack, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

/** The one span whose name is `name`. */
function only(spans: ExportedSpan[], name: string): ExportedSpan {
  const found = spans.filter((span) => span.name === name);
  expect(found.map((span) => span.name)).toEqual([name]);
  return found[0] as ExportedSpan;
}

const SERVER = 2;
const CLIENT = 3;
const STATUS_ERROR = 2;

describe('traces over OTLP/HTTP', () => {
  const receiver = new OtlpReceiver();
  let stack: GatewayStack;

  beforeAll(async () => {
    await receiver.start();
    stack = await startStack({
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'sesgw-under-test', OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=abc%20def' },
    });
    const client = stack.emulator.client();
    for (const name of ['traced', 'other']) await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
  });
  afterAll(async () => {
    await stack.close();
    await receiver.stop();
  });
  beforeEach(async () => {
    stack.gateway.ses.clearCache();
    stack.gateway.ses.resetBreakers();
    await stack.emulator.admin('DELETE', '/_emulator/faults');
  });

  it('continues an incoming traceparent: operation span -> resolver span -> SES call span, with their attributes', async () => {
    const answer = await ask(stack, 'query OneSet { configurationSet(name: "traced") { name sendingEnabled } }', { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` });
    expect(answer.errors).toBeUndefined();
    await stack.gateway.observability.flush();
    const spans = receiver.trace(TRACE_ID);

    const operation = only(spans, 'query OneSet');
    expect(operation).toMatchObject({ parentSpanId: PARENT_ID, kind: SERVER, serviceName: 'sesgw-under-test' });
    expect(operation.attributes).toMatchObject({ 'graphql.operation.name': 'OneSet', 'graphql.operation.type': 'query', 'sesgw.outcome': 'ok', 'sesgw.ses_calls': 1 });

    const resolver = only(spans, 'graphql.resolve Query.configurationSet');
    expect(resolver.parentSpanId).toBe(operation.spanId);
    expect(resolver.attributes).toMatchObject({ 'graphql.field.name': 'configurationSet', 'graphql.parent.name': 'Query', 'graphql.field.path': 'configurationSet' });
    expect(resolver.events.map((event) => event.name)).toContain('loader.load');

    const call = only(spans, 'SESv2/GetConfigurationSet');
    expect(call.parentSpanId).toBe(resolver.spanId);
    expect(call.kind).toBe(CLIENT);
    expect(call.attributes).toMatchObject({
      'rpc.system': 'aws-api',
      'rpc.service': 'SESv2',
      'rpc.method': 'GetConfigurationSet',
      'aws.region': 'us-east-1',
      'sesgw.call_kind': 'read',
      'sesgw.retries': 0,
      'sesgw.attempts': 1,
      'sesgw.outcome': 'ok',
    });
    expect(call.attributes['sesgw.quota_wait_ms']).toEqual(expect.any(Number));
    // Exactly these three: `name` (the default resolver) and `sendingEnabled` (answered by the set the request already loaded) get no span.
    expect(spans.map((span) => span.name).sort()).toEqual(['SESv2/GetConfigurationSet', 'graphql.resolve Query.configurationSet', 'query OneSet']);
    expect(receiver.contentTypes.every((type) => type.startsWith('application/json'))).toBe(true);
    expect(receiver.headers.at(-1)?.['x-collector-key']).toBe('abc def');
  });

  it('starts a new trace without a traceparent, and gives only resolvers that wait on SES a span', async () => {
    const before = new Set(receiver.spans.map((span) => span.spanId));
    const answer = await ask(stack, '{ configurationSets(first: 10) { nodes { name eventDestinations { name } } } }');
    expect(answer.errors).toBeUndefined();
    await stack.gateway.observability.flush();
    const fresh = receiver.spans.filter((span) => !before.has(span.spanId));
    const operation = only(fresh, 'query');
    expect(operation.parentSpanId ?? '').toBe('');
    const spans = fresh.filter((span) => span.traceId === operation.traceId);
    const list = only(spans, 'graphql.resolve Query.configurationSets');
    expect(list.parentSpanId).toBe(operation.spanId);
    expect(only(spans, 'SESv2/ListConfigurationSets').parentSpanId).toBe(list.spanId);
    // Each set's eventDestinations waits on the loader; the batch's calls hang under the first resolver that asked.
    const destinations = spans.filter((span) => span.name === 'graphql.resolve ConfigurationSet.eventDestinations');
    expect(destinations.map((span) => span.attributes['graphql.field.path']).sort()).toEqual(['configurationSets.nodes.0.eventDestinations', 'configurationSets.nodes.1.eventDestinations']);
    const calls = spans.filter((span) => span.name === 'SESv2/GetConfigurationSetEventDestinations');
    expect(calls).toHaveLength(2);
    for (const call of calls) expect(destinations.map((span) => span.spanId)).toContain(call.parentSpanId);
    expect(spans.filter((span) => span.name.includes('.name'))).toEqual([]);
  });

  it('puts a write under its mutation resolver, with its wait for the write slot', async () => {
    const before = new Set(receiver.spans.map((span) => span.spanId));
    const answer = await ask(stack, 'mutation Create { createConfigurationSet(input: { name: "written" }) { configurationSet { name } userErrors { code } } }');
    expect(answer.errors).toBeUndefined();
    await stack.gateway.observability.flush();
    const fresh = receiver.spans.filter((span) => !before.has(span.spanId));
    const operation = only(fresh, 'mutation Create');
    const resolver = only(fresh, 'graphql.resolve Mutation.createConfigurationSet');
    expect(resolver.parentSpanId).toBe(operation.spanId);
    const write = only(fresh, 'SESv2/CreateConfigurationSet');
    expect(write.parentSpanId).toBe(resolver.spanId);
    expect(write.attributes).toMatchObject({ 'sesgw.call_kind': 'write', 'sesgw.outcome': 'ok', 'sesgw.attempts': 1 });
    expect(write.attributes['sesgw.quota_wait_ms']).toEqual(expect.any(Number));
  });

  it('keeps concurrent writes in their own traces, though one request\'s turn in the write queue starts the next one\'s', async () => {
    const ids = ['cccccccccccccccccccccccccccccc01', 'cccccccccccccccccccccccccccccc02', 'cccccccccccccccccccccccccccccc03'];
    const answers = await Promise.all(
      ids.map((id, i) => ask(stack, `mutation { createConfigurationSet(input: { name: "concurrent-${i}" }) { userErrors { code } } }`, { traceparent: `00-${id}-${PARENT_ID}-01` })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    await stack.gateway.observability.flush();
    for (const id of ids) {
      const spans = receiver.trace(id);
      const resolver = only(spans, 'graphql.resolve Mutation.createConfigurationSet');
      expect(only(spans, 'SESv2/CreateConfigurationSet').parentSpanId).toBe(resolver.spanId);
    }
  });

  it('records retries and a fault on the SES call span, and the fault on the operation span', async () => {
    await stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', kind: 'error', errorType: 'InternalServiceErrorException', count: 2 });
    const retried = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1';
    expect((await ask(stack, 'query Retried { configurationSet(name: "other") { sendingEnabled } }', { traceparent: `00-${retried}-${PARENT_ID}-01` })).errors).toBeUndefined();
    await stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', kind: 'html-503' });
    stack.gateway.ses.clearCache();
    const failed = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2';
    expect((await ask(stack, 'query Failed { configurationSet(name: "other") { sendingEnabled } }', { traceparent: `00-${failed}-${PARENT_ID}-01` })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    await stack.gateway.observability.flush();

    expect(only(receiver.trace(retried), 'SESv2/GetConfigurationSet').attributes).toMatchObject({ 'sesgw.retries': 2, 'sesgw.attempts': 3, 'sesgw.outcome': 'ok' });
    const call = only(receiver.trace(failed), 'SESv2/GetConfigurationSet');
    expect(call.attributes).toMatchObject({ 'sesgw.retries': 4, 'sesgw.attempts': 5, 'sesgw.outcome': 'fault', 'sesgw.error_code': 'UPSTREAM_UNAVAILABLE' });
    expect(call.status.code).toBe(STATUS_ERROR);
    const operation = only(receiver.trace(failed), 'query Failed');
    expect(operation.attributes).toMatchObject({ 'sesgw.outcome': 'fault', 'sesgw.error_code': 'UPSTREAM_UNAVAILABLE' });
    expect(operation.status.code).toBe(STATUS_ERROR);
  });

  it('honours an unsampled traceparent (flags 00): nothing of that request is exported', async () => {
    const unsampled = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb1';
    await ask(stack, '{ configurationSet(name: "traced") { sendingEnabled } }', { traceparent: `00-${unsampled}-${PARENT_ID}-00` });
    await stack.gateway.observability.flush();
    expect(receiver.trace(unsampled)).toEqual([]);
  });
});

describe('tracing configuration', () => {
  it('is off without an OTLP endpoint, or with OTEL_SDK_DISABLED=true', () => {
    expect(loadConfig({}).observability.tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).observability.tracing).toBeUndefined();
  });

  it('reads the standard OTEL_* variables', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).observability.tracing).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      headers: {},
      serviceName: 'ses-graphql-gateway',
      sampler: { name: 'parentbased_always_on', ratio: 1 },
      exportTimeoutMs: 10_000,
    });
    const tracing = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://ignored:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector.example/otlp/traces',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc',
      OTEL_EXPORTER_OTLP_TRACES_TIMEOUT: '3000',
    }).observability.tracing;
    expect(tracing).toMatchObject({ tracesUrl: 'https://collector.example/otlp/traces', sampler: { name: 'parentbased_traceidratio', ratio: 0.25 }, headers: { authorization: 'Bearer abc' }, exportTimeoutMs: 3000 });
  });

  it('refuses what it cannot do, naming the variable', () => {
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: must be an http:\/\/ or https:\/\/ URL/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL: this gateway exports OTLP over HTTP with JSON bodies only/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf' })).toThrow(/OTEL_EXPORTER_OTLP_TRACES_PROTOCOL/);
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/OTEL_TRACES_SAMPLER: must be one of always_on/);
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(/OTEL_TRACES_SAMPLER_ARG: must be a ratio from 0 to 1/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_HEADERS: 'novalue' })).toThrow(/OTEL_EXPORTER_OTLP_HEADERS: expected key=value pairs/);
  });

  it('exports nothing with OTEL_TRACES_SAMPLER=always_off, and registers no global provider', async () => {
    const receiver = new OtlpReceiver();
    await receiver.start();
    const stack = await startStack({ env: { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`, OTEL_TRACES_SAMPLER: 'always_off' } });
    try {
      await ask(stack, '{ configurationSets(first: 1) { nodes { name } } }', { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` });
      await stack.gateway.observability.flush();
      expect(receiver.spans).toEqual([]);
      const { trace } = await import('@opentelemetry/api');
      expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
    } finally {
      await stack.close();
      await receiver.stop();
    }
  });
});
