import { describe, expect, it } from 'vitest';
import { KnownRegions } from '../../src/gateway/regions.js';
import { CircuitOpenError, isUpstreamOutage, SesBreakers } from '../../src/gateway/ses/breaker.js';
import { SYSTEM_SCOPE } from '../../src/gateway/ses/scope.js';
import { useStack } from '../support/gateway.js';

/**
 * The circuit breaker per (region, operation), against the emulator's fault
 * injection. The gateway paces most operations at SES's 1 call a second, so a
 * call that had to wait for its rate slot would take about a second: an open
 * breaker answers far sooner, without an SES call.
 */
const THRESHOLD = 3;
const HALF_OPEN_MS = 1500;

const env = useStack({
  env: {
    SES_DEFAULT_RATE: '1',
    // Throttles widen an operation's spacing; this one is paced fast so the throttle test stays short.
    SES_RATES: 'GetDedicatedIpPool=20',
    // One SES call per request: the breaker counts calls, and retries would multiply them.
    SES_RETRY_ATTEMPTS: '1',
    SES_BREAKER_THRESHOLD: String(THRESHOLD),
    SES_BREAKER_HALF_OPEN_MS: String(HALF_OPEN_MS),
    CACHE_TTL_SECONDS: '0',
  },
});

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function execute(query: string): Promise<GraphQLResponse> {
  const response = await fetch(`${env.stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLResponse;
}

async function timed(query: string): Promise<{ result: GraphQLResponse; ms: number }> {
  const start = performance.now();
  const result = await execute(query);
  return { result, ms: performance.now() - start };
}

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

const injectFault = (body: Record<string, unknown>) => env.stack.emulator.admin<{ id: string }>('POST', '/_emulator/faults', body);

const stateOf = (operation: string) => env.stack.gateway.ses.breakerStates().find((b) => b.region === 'us-east-1' && b.operation === operation);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the circuit breaker', () => {
  it('opens after the threshold of upstream faults, then fails at once with UPSTREAM_UNAVAILABLE and no SES call', async () => {
    await injectFault({ operation: 'GetConfigurationSet', errorType: 'InternalServiceErrorException' });
    for (let i = 0; i < THRESHOLD; i += 1) {
      expect(codeOf(await execute('{ configurationSet(name: "down") { sendingEnabled } }'))).toBe('UPSTREAM_UNAVAILABLE');
    }
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: THRESHOLD });
    expect(stateOf('GetConfigurationSet')).toMatchObject({ state: 'open', consecutiveFaults: THRESHOLD });

    // The last call was just sent: a call waiting for its rate slot would wait about a second.
    const { result, ms } = await timed('{ configurationSet(name: "down") { sendingEnabled } }');
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['configurationSet'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(ms).toBeLessThan(300);
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: THRESHOLD });

    // Other operations have their own breakers.
    expect(await execute('{ account { sendingEnabled } }')).toMatchObject({ data: { account: { sendingEnabled: true } } });
    expect(stateOf('GetAccount')).toMatchObject({ state: 'closed' });
  });

  it('lets one probe through after halfOpenAfter: a failing probe opens it again, a good one closes it', async () => {
    const rule = await injectFault({ operation: 'GetEmailIdentity', errorType: 'InternalServiceErrorException' });
    const query = '{ emailIdentity(name: "probe.example.com") { verifiedForSending } }';
    for (let i = 0; i < THRESHOLD; i += 1) expect(codeOf(await execute(query))).toBe('UPSTREAM_UNAVAILABLE');
    expect(stateOf('GetEmailIdentity')?.state).toBe('open');

    await sleep(HALF_OPEN_MS + 100);
    // The probe reaches SES, fails, and the breaker opens again: the next call is refused without SES.
    expect(codeOf(await execute(query))).toBe('UPSTREAM_UNAVAILABLE');
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: THRESHOLD + 1 });
    expect(stateOf('GetEmailIdentity')?.state).toBe('open');
    expect(codeOf(await execute(query))).toBe('UPSTREAM_UNAVAILABLE');
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: THRESHOLD + 1 });

    // SES recovers; after halfOpenAfter the probe succeeds (NotFound is an answer) and the breaker closes.
    await env.stack.emulator.admin('DELETE', `/_emulator/faults/${rule.id}`);
    await sleep(HALF_OPEN_MS + 100);
    expect(await execute(query)).toMatchObject({ data: { emailIdentity: null } });
    expect(stateOf('GetEmailIdentity')).toMatchObject({ state: 'closed', consecutiveFaults: 0 });
    expect(await execute(query)).toMatchObject({ data: { emailIdentity: null } });
    expect(await env.stack.calls()).toEqual({ GetEmailIdentity: THRESHOLD + 3 });
  });

  it('does not count throttles: every throttled request still reaches SES', async () => {
    await injectFault({ operation: 'GetDedicatedIpPool', errorType: 'TooManyRequestsException' });
    const runs = THRESHOLD + 2;
    for (let i = 0; i < runs; i += 1) expect(codeOf(await execute('{ dedicatedIpPool(name: "busy") { name } }'))).toBe('UPSTREAM_THROTTLED');
    expect(await env.stack.calls()).toEqual({ GetDedicatedIpPool: runs });
    expect(stateOf('GetDedicatedIpPool')).toMatchObject({ state: 'closed', consecutiveFaults: 0 });
  });

  it('releases the calls queued for a rate slot when it opens, instead of letting each wait for its slot', async () => {
    await injectFault({ operation: 'GetConfigurationSetEventDestinations', errorType: 'InternalServiceErrorException' });
    const requests = THRESHOLD * 2;
    const start = performance.now();
    // Distinct names: no request can share another's SES call.
    const results = await Promise.all(
      Array.from({ length: requests }, (_, i) => execute(`{ configurationSet(name: "queued-${i}") { eventDestinations { name } } }`)),
    );
    const elapsed = performance.now() - start;
    expect(results.map(codeOf)).toEqual(Array.from({ length: requests }, () => 'UPSTREAM_UNAVAILABLE'));
    // Only the calls before the breaker opened reached SES; the rest left their queue without an SES call.
    expect(await env.stack.calls()).toEqual({ GetConfigurationSetEventDestinations: THRESHOLD });
    // Paced at 1 a second, all of them would take about `requests - 1` seconds; the released ones do not wait.
    expect(elapsed).toBeLessThan((requests - 1) * 1000);
  });
});

describe(SesBreakers.name, () => {
  const serverError = () => Object.assign(new Error('boom'), { name: 'InternalServiceErrorException', $fault: 'server', $metadata: { httpStatusCode: 500 } });
  const notFound = () => Object.assign(new Error('gone'), { name: 'NotFoundException', $fault: 'client', $metadata: { httpStatusCode: 404 } });
  const breakers = () => new SesBreakers({ threshold: 2, halfOpenAfterMs: 50, regions: new KnownRegions([]) });
  /** One call as the access layer makes it: admitted before its (here instant) rate slot, counted at the send. */
  const run = (b: SesBreakers, send: () => Promise<string>) => b.admit('us-east-1', 'GetAccount', SYSTEM_SCOPE, (scope) => b.call('us-east-1', 'GetAccount', scope, send));
  const failWith = (error: Error) => () => Promise.reject(error);

  it('counts faults in a row only: an SES answer in between (even NotFound) starts the count again', async () => {
    const b = breakers();
    await expect(run(b, failWith(serverError()))).rejects.toThrow('boom');
    await expect(run(b, failWith(notFound()))).rejects.toThrow('gone');
    await expect(run(b, failWith(serverError()))).rejects.toThrow('boom');
    expect(b.states()).toMatchObject([{ state: 'closed', consecutiveFaults: 1 }]);
    await expect(run(b, failWith(serverError()))).rejects.toThrow('boom');
    expect(b.states()).toMatchObject([{ state: 'open' }]);
    await expect(run(b, () => Promise.resolve('sent'))).rejects.toBeInstanceOf(CircuitOpenError);
  });

  it('admits one probe after halfOpenAfter and refuses the others while it runs', async () => {
    const b = breakers();
    for (let i = 0; i < 2; i += 1) await expect(run(b, failWith(serverError()))).rejects.toThrow('boom');
    await sleep(60);
    let answer: (value: string) => void = () => {};
    const probe = run(b, () => new Promise<string>((resolve) => (answer = resolve)));
    await expect(run(b, () => Promise.resolve('second'))).rejects.toBeInstanceOf(CircuitOpenError);
    answer('recovered');
    await expect(probe).resolves.toBe('recovered');
    expect(b.states()).toMatchObject([{ state: 'closed', consecutiveFaults: 0 }]);
    await expect(run(b, () => Promise.resolve('after'))).resolves.toBe('after');
  });

  it('classifies only outages as faults', () => {
    expect(isUpstreamOutage(serverError())).toBe(true);
    expect(isUpstreamOutage(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isUpstreamOutage(notFound())).toBe(false);
    expect(isUpstreamOutage(Object.assign(new Error('slow down'), { name: 'TooManyRequestsException', $fault: 'client', $metadata: { httpStatusCode: 429 } }))).toBe(false);
    // SES sends ConcurrentModificationException as a 500; it is about the resource, not SES's health.
    expect(isUpstreamOutage(Object.assign(new Error('busy'), { name: 'ConcurrentModificationException', $fault: 'server', $metadata: { httpStatusCode: 500 } }))).toBe(false);
  });
});
