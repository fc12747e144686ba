import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { allowedHostsSchema, hostOf, isAllowedHost, isLoopbackHost, unsafeBindProblem } from '../../src/gateway/hostCheck.js';
import { useStack } from '../support/gateway.js';

const env = useStack({ env: { ALLOWED_HOSTS: 'ses-gateway.example.com' } });

/** Node's fetch will not send a Host of our choosing; node:http will. */
function send(host: string, path: string, body?: string): Promise<{ status: number; json: unknown; text: string }> {
  const { port } = new URL(env.stack.gateway.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers: { host, ...(body !== undefined && { 'content-type': 'application/json' }) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json, text });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const QUERY = JSON.stringify({ query: '{ configurationSet(name: "x") { name } }' });
const MUTATION = JSON.stringify({ query: 'mutation { createConfigurationSet(input: { name: "rebound" }) { configurationSet { name } userErrors { code } } }' });

describe(hostOf.name, () => {
  it('takes the host without port, brackets, case or trailing dot', () => {
    expect(hostOf('LocalHost:4000')).toBe('localhost');
    expect(hostOf('[::1]:4000')).toBe('::1');
    expect(hostOf('127.0.0.1')).toBe('127.0.0.1');
    expect(hostOf('ses-gateway.example.com.')).toBe('ses-gateway.example.com');
    expect(hostOf('')).toBeUndefined();
    expect(hostOf('a:b:c')).toBeUndefined();
  });
});

describe(isLoopbackHost.name, () => {
  it('allows localhost, *.localhost, 127.0.0.0/8 and ::1 only', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['attacker.example', 'localhost.attacker.example', '10.0.0.1', '0.0.0.0', '::', '128.0.0.1']) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe(isAllowedHost.name, () => {
  it('allows configured names besides loopback ones, and nothing without a Host', () => {
    expect(isAllowedHost('ses-gateway.example.com:443', ['ses-gateway.example.com'])).toBe(true);
    expect(isAllowedHost('attacker.example', ['ses-gateway.example.com'])).toBe(false);
    expect(isAllowedHost(undefined, [])).toBe(false);
  });
});

describe('ALLOWED_HOSTS', () => {
  it('is read comma-separated, lowercased, without brackets', () => {
    expect(allowedHostsSchema.parse(' Gateway.Example.com, [2001:db8::1] ,10.0.0.5')).toEqual(['gateway.example.com', '2001:db8::1', '10.0.0.5']);
    expect(loadConfig({ ALLOWED_HOSTS: 'gateway.example.com' }).allowedHosts).toEqual(['gateway.example.com']);
    expect(loadConfig({}).allowedHosts).toEqual([]);
  });

  it('refuses entries with a scheme or port, naming the variable', () => {
    expect(() => loadConfig({ ALLOWED_HOSTS: 'https://gateway.example.com' })).toThrow(/ALLOWED_HOSTS: .*not a host name/);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'gateway.example.com:8443' })).toThrow(/ALLOWED_HOSTS/);
  });
});

describe('binding beyond loopback', () => {
  it('is refused without authentication, with a message', () => {
    expect(unsafeBindProblem('0.0.0.0', false)).toMatch(/HOST: 0\.0\.0\.0 .*authentication/);
    expect(unsafeBindProblem('::', false)).toMatch(/authentication/);
    expect(unsafeBindProblem('10.1.2.3', false)).toBeDefined();
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: 0\.0\.0\.0 is reachable from other machines/);
  });

  it('is allowed with authentication, and loopback always', () => {
    expect(unsafeBindProblem('0.0.0.0', true)).toBeUndefined();
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]']) expect(unsafeBindProblem(host, false)).toBeUndefined();
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });
});

describe('the Host check', () => {
  it('refuses a query for another host name (DNS rebinding) with 421, naming the rule', async () => {
    const answer = await send('attacker.example', '/graphql', QUERY);
    expect(answer.status).toBe(421);
    expect(answer.json).toEqual({
      errors: [{ message: expect.stringMatching(/"attacker\.example" is not a name of this gateway.*ALLOWED_HOSTS/), extensions: { code: 'MISDIRECTED_REQUEST', rule: 'ALLOWED_HOSTS' } }],
    });
    expect(await env.stack.calls()).toEqual({});
  });

  it('refuses a mutation for another host name, and the mutation does not run', async () => {
    const answer = await send('attacker.example:4000', '/graphql', MUTATION);
    expect(answer.status).toBe(421);
    expect(await env.stack.calls()).toEqual({});
    // The same mutation under a loopback name does run: the check, not the mutation, stopped it.
    const allowed = await send('localhost:4000', '/graphql', MUTATION);
    expect(allowed.json).toMatchObject({ data: { createConfigurationSet: { configurationSet: { name: 'rebound' }, userErrors: [] } } });
    expect(await env.stack.calls()).toMatchObject({ CreateConfigurationSet: 1 });
  });

  it('guards GraphiQL and the health check too', async () => {
    for (const path of ['/', '/graphiql', '/healthz']) expect((await send('attacker.example', path)).status).toBe(421);
  });

  it('serves loopback names and configured ones', async () => {
    for (const host of ['localhost:4000', 'localhost', '127.0.0.1', '127.0.0.1:4000', '[::1]:4000', '[::1]', 'ses-gateway.example.com', 'SES-Gateway.example.com:443']) {
      const answer = await send(host, '/graphql', QUERY);
      expect({ host, status: answer.status, data: (answer.json as { data?: unknown }).data }).toEqual({ host, status: 200, data: { configurationSet: null } });
    }
    expect((await send('localhost:4000', '/healthz')).status).toBe(200);
  });
});
