import { CreateConfigurationSetCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { startGateway } from '../../src/gateway/server.js';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

// Every retried 500 counts towards the breaker, and one stack serves the whole file: keep it closed here.
const env = useStack({ env: { SES_RETRY_ATTEMPTS: '4', SES_RETRY_BASE_MS: '20', SES_RETRY_MAX_MS: '100', SES_BREAKER_THRESHOLD: '1000' } });

const SetName = graphql(`
  query FaultySet($name: String!) {
    configurationSet(name: $name) { name sendingEnabled }
  }
`);

async function seedSet() {
  await env.stack.emulator.client().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'faulty' }));
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

const injectFault = (body: Record<string, unknown>) => env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', ...body });

describe('throttling', () => {
  it('is retried with backoff until SES answers, invisibly to the client', async () => {
    await seedSet();
    await injectFault({ errorType: 'TooManyRequestsException', count: 2 });
    const result = await env.stack.execute(SetName, { name: 'faulty' });
    expect(result).toEqual({ data: { configurationSet: { name: 'faulty', sendingEnabled: true } }, extensions: { cost: expect.any(Object) } });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 3 });
  });

  it('becomes UPSTREAM_THROTTLED once the retry budget is spent, after exactly that many calls', async () => {
    await seedSet();
    await injectFault({ errorType: 'TooManyRequestsException' });
    const result = await env.stack.execute(SetName, { name: 'faulty' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_THROTTLED' }, path: ['configurationSet'] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 4 });
  });
});

describe('server faults', () => {
  it('become UPSTREAM_UNAVAILABLE without SES text or stack traces once the read retries are spent', async () => {
    await seedSet();
    await injectFault({ errorType: 'InternalServiceErrorException', message: 'secret upstream detail at line 42' });
    const result = await env.stack.execute(SetName, { name: 'faulty' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    const text = JSON.stringify(result);
    expect(text).not.toContain('secret upstream detail');
    expect(text).not.toMatch(/stacktrace|at .*\.ts:\d+/i);
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 4 });
  });

  it('is not cached: the next request asks SES again and succeeds', async () => {
    await seedSet();
    // As many 500s as the read has attempts: the first request fails, the next one reaches a healthy SES.
    await injectFault({ errorType: 'InternalServiceErrorException', count: 4 });
    expect((await env.stack.execute(SetName, { name: 'faulty' })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await env.stack.execute(SetName, { name: 'faulty' })).toEqual({ data: { configurationSet: { name: 'faulty', sendingEnabled: true } }, extensions: { cost: expect.any(Object) } });
  });
});

describe('an SES endpoint that does not answer', () => {
  it('gives UPSTREAM_UNAVAILABLE', async () => {
    const gateway = await startGateway({
      config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SES_TIMEOUT_MS: '500' }),
      // Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
      ses: { endpoint: 'http://127.0.0.1:9', credentials: { accessKeyId: '123456789012', secretAccessKey: 'x' } },
      logger: false,
    });
    try {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ configurationSet(name: "x") { name } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await gateway.close();
    }
  });
});
