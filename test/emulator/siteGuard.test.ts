import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { CreateConfigurationSetCommand, ListConfigurationSetsCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, useSharedEmulator, type EmulatorHarness } from '../support/emulator.js';
import { hostNameOf, SiteGuard } from '../../src/emulator/siteGuard.js';

const env = useSharedEmulator();
/** CI images may lack the AWS CLI; the report of the run says whether this test ran. */
const hasAwsCli = await promisify(execFile)('aws', ['--version']).then(
  () => true,
  () => false,
);

interface RawResponse {
  status: number;
  body: string;
}

/** A request with exactly these headers: fetch will not send a chosen Host, and a browser attack is about headers. */
function raw(url: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers: { ...headers, ...(body !== undefined && { 'content-length': String(Buffer.byteLength(body)) }) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const names = async () => (await env.ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets ?? [];
const hostOf = () => new URL(env.harness.emulator.url).host;

/** What a page on another site can send with no CORS preflight: a text/plain POST. */
const simplePost = (path: string, origin: string, body = '{"ConfigurationSetName":"planted"}') =>
  raw(env.harness.emulator.url, 'POST', path, { host: hostOf(), origin, 'content-type': 'text/plain;charset=UTF-8' }, body);

describe('cross-site requests', () => {
  it('refuses a simple POST from another site on an SES route, and nothing is applied or counted', async () => {
    const response = await simplePost('/v2/email/configuration-sets', 'https://attacker.example');
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ __type: 'AccessDeniedException' });
    expect(await names()).toEqual([]);
    expect((await env.harness.stats()).totalCalls).toBe(1);
  });

  it('refuses a simple POST from another site to /_emulator/reset, and the state stays', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'kept' }));
    const response = await simplePost('/_emulator/reset', 'https://attacker.example', '');
    expect(response.status).toBe(403);
    expect(await names()).toEqual(['kept']);
  });

  it('refuses fault injection from another site', async () => {
    const response = await simplePost('/_emulator/faults', 'http://attacker.example', '{"operation":"*","kind":"hang"}');
    expect(response.status).toBe(403);
    expect(await env.harness.admin('GET', '/_emulator/faults')).toEqual({ faults: [] });
  });

  it.each([
    ['a page on another loopback port', 'http://localhost:3000'],
    ['a sandboxed frame or file: page', 'null'],
    ['a page on a foreign https site', 'https://attacker.example:4580'],
  ])('refuses an Origin of %s', async (_what, origin) => {
    expect((await simplePost('/v2/email/configuration-sets', origin)).status).toBe(403);
    expect(await names()).toEqual([]);
  });

  it('refuses a browser request without Origin that says it is cross-site', async () => {
    const response = await raw(env.harness.emulator.url, 'POST', '/_emulator/reset', { host: hostOf(), 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
  });

  it('accepts a request whose Origin is the emulator itself', async () => {
    const response = await raw(env.harness.emulator.url, 'GET', '/_emulator/health', { host: hostOf(), origin: `http://${hostOf()}` });
    expect(response.status).toBe(200);
  });
});

describe('Host header', () => {
  it.each([
    ['GET', '/v2/email/configuration-sets'],
    ['POST', '/v2/email/list-configuration-sets'],
    ['GET', '/_emulator/stats'],
    ['POST', '/_emulator/reset'],
  ])('refuses %s %s for a foreign host name with 421 (a DNS-rebound page)', async (method, path) => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'kept' }));
    const response = await raw(env.harness.emulator.url, method, path, { host: `attacker.example:${env.harness.emulator.port}`, 'content-type': 'application/json' }, method === 'POST' ? '{}' : undefined);
    expect(response.status).toBe(421);
    expect(JSON.parse(response.body)).toMatchObject({ __type: 'MisdirectedRequestException' });
    expect(await names()).toEqual(['kept']);
  });

  it.each(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST.', 'api.localhost', '10.0.0.7'])('accepts Host %s (loopback names and IP addresses)', async (name) => {
    const response = await raw(env.harness.emulator.url, 'GET', '/v2/email/configuration-sets', { host: `${name}:${env.harness.emulator.port}` });
    expect(response.status).toBe(200);
  });
});

describe('allowedHosts', () => {
  let harness: EmulatorHarness;
  beforeAll(async () => {
    harness = await startHarness({ quotas: false, allowedHosts: ['ses-emulator'] });
  });
  afterAll(() => harness.close());

  it('accepts an allowed host name in Host, and still refuses others', async () => {
    expect((await raw(harness.emulator.url, 'GET', '/_emulator/health', { host: 'ses-emulator:4580' })).status).toBe(200);
    expect((await raw(harness.emulator.url, 'GET', '/_emulator/health', { host: 'other-service:4580' })).status).toBe(421);
  });

  it('accepts an allowed host name as Origin', async () => {
    expect((await raw(harness.emulator.url, 'GET', '/_emulator/health', { host: 'ses-emulator:4580', origin: 'http://ses-emulator:8080' })).status).toBe(200);
  });
});

describe('clients that must keep working', () => {
  it('the SDK (JSON body, loopback Host) creates and lists', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'sdk' }));
    expect(await names()).toEqual(['sdk']);
  });

  it('fetch from Node with its default text/plain body and no Origin (as scripts and curl send)', async () => {
    const response = await fetch(`${env.harness.emulator.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ operation: 'X', latencyMs: 1 }) });
    expect(response.status).toBe(200);
  });

  it.skipIf(!hasAwsCli)('the AWS CLI creates (POST) and lists (GET route) through localhost', async () => {
    const cli = (args: string[]) =>
      promisify(execFile)('aws', ['sesv2', ...args, '--endpoint-url', `http://localhost:${env.harness.emulator.port}`, '--output', 'json'], {
        env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '' },
        timeout: 15_000,
      });
    await cli(['create-configuration-set', '--configuration-set-name', 'from-cli']);
    const listed = JSON.parse((await cli(['list-configuration-sets'])).stdout) as { ConfigurationSets: string[] };
    expect(listed.ConfigurationSets).toEqual(['from-cli']);
  });
});

describe(SiteGuard.name, () => {
  it('reads host names from Host headers', () => {
    expect(['127.0.0.1:4580', 'LocalHost', '[::1]:80', '::1', 'ses-emulator:4580'].map(hostNameOf)).toEqual(['127.0.0.1', 'localhost', '::1', '::1', 'ses-emulator']);
  });
});
