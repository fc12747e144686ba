import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { encodeId } from '../../src/gateway/ids.js';
import { isSdkRegion, KnownRegions } from '../../src/gateway/regions.js';
import { useStack, type GatewayStack } from '../support/gateway.js';

const env = useStack({ env: { SES_EXTRA_REGIONS: 'ap-southeast-9' } });

async function ask(stack: GatewayStack, query: string, variables?: Record<string, unknown>, bodyLimit?: number) {
  const body = JSON.stringify({ query, variables });
  if (bodyLimit !== undefined) expect(body.length).toBeGreaterThan(bodyLimit);
  const response = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const totalCalls = async () => Object.values(await env.stack.calls()).reduce((sum, n) => sum + n, 0);

/** The probe's names: every name the old pattern accepted, area-direction-number. */
function probeRegions(count: number): string[] {
  const areas = ['af', 'ap', 'ca', 'cn', 'eu', 'il', 'me', 'mx', 'sa', 'us', 'us-gov', 'us-iso', 'us-isob', 'eusc-de'];
  const directions = ['central', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'];
  const names: string[] = [];
  for (let n = 1; names.length < count && n < 100; n++) for (const area of areas) for (const direction of directions) if (names.length < count) names.push(`${area}-${direction}-${n}`);
  return names;
}

describe(KnownRegions.name, () => {
  it('knows the regions the installed AWS SDK lists, in every partition', () => {
    const regions = new KnownRegions();
    for (const name of ['us-east-1', 'eu-west-1', 'ap-southeast-5', 'us-gov-west-1', 'cn-north-1', 'eusc-de-east-1']) expect(regions.has(name)).toBe(true);
  });

  it('refuses names that merely look like regions, endpoint aliases and other spellings', () => {
    const regions = new KnownRegions();
    for (const name of ['us-east-99', 'eu-southwest-7', 'aws-global', 'US-EAST-1', ' us-east-1', 'us-east-1 ', '']) expect(regions.has(name)).toBe(false);
  });

  it('holds a few dozen of the probe\'s 13,860 names, not thousands', () => {
    const known = probeRegions(13_860).filter(isSdkRegion);
    expect(known.length).toBeGreaterThan(20);
    expect(known.length).toBeLessThan(80);
  });

  it('adds the operator\'s extra regions', () => {
    expect(new KnownRegions(['ap-southeast-9']).has('ap-southeast-9')).toBe(true);
    expect(new KnownRegions().has('ap-southeast-9')).toBe(false);
  });
});

describe('region configuration', () => {
  it('refuses an AWS_REGION the SDK does not know, naming the way to add one', () => {
    expect(() => loadConfig({ AWS_REGION: 'us-east-99' })).toThrow(/AWS_REGION: .*SES_EXTRA_REGIONS/);
  });

  it('accepts it once listed in SES_EXTRA_REGIONS', () => {
    const config = loadConfig({ AWS_REGION: 'us-east-99', SES_EXTRA_REGIONS: 'us-east-99, ap-southeast-9' });
    expect(config.defaultRegion).toBe('us-east-99');
    expect(config.regions.extra).toEqual(['us-east-99', 'ap-southeast-9']);
  });

  it('refuses a SES_EXTRA_REGIONS entry that is not a region name', () => {
    expect(() => loadConfig({ SES_EXTRA_REGIONS: 'us-east-1,https://evil.example' })).toThrow(/SES_EXTRA_REGIONS: .*not a region name/);
  });
});

describe('regions in requests', () => {
  it('answers an unknown region as BAD_USER_INPUT naming the variable, with no SES call', async () => {
    const answer = await ask(env.stack, 'query ($region: Region) { configurationSet(name: "x", region: $region) { name } }', { region: 'us-east-99' });
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/\$region.*us-east-99.*SES_EXTRA_REGIONS/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await totalCalls()).toBe(0);
  });

  it('serves a region added with SES_EXTRA_REGIONS', async () => {
    const answer = await ask(env.stack, '{ configurationSet(name: "x", region: "ap-southeast-9") { name } }');
    expect(answer.body).toEqual({ data: { configurationSet: null }, extensions: { cost: expect.any(Object) } });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('treats a node id holding an unknown region as naming nothing, with no SES call', async () => {
    const answer = await ask(env.stack, 'query ($id: ID!) { node(id: $id) { id } }', { id: encodeId('ConfigurationSet', 'us-east-99', 'x') });
    expect(answer.body).toEqual({ data: { node: null }, extensions: { cost: expect.any(Object) } });
    expect(await totalCalls()).toBe(0);
  });

  it('keeps the SES layer itself from calling an unknown region', async () => {
    await expect(env.stack.gateway.ses.read('us-east-99', 'GetConfigurationSet', { ConfigurationSetName: 'x' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(env.stack.gateway.ses.write('us-east-99', 'DeleteConfigurationSet', { ConfigurationSetName: 'x' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await totalCalls()).toBe(0);
  });
});

describe('the probe\'s 10,000 aliases', () => {
  const aliases = (regions: string[]) => `{ ${regions.map((region, i) => `r${i}: configurationSet(name: "x", region: "${region}") { name }`).join(' ')} }`;

  it('over distinct regions are refused (body size) with no SES call', async () => {
    const query = aliases(probeRegions(10_000));
    const answer = await ask(env.stack, query, undefined, 64 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await totalCalls()).toBe(0);
  });

  it('of one valid region are refused too', async () => {
    const answer = await ask(env.stack, aliases(Array.from({ length: 10_000 }, () => 'us-east-1')), undefined, 64 * 1024);
    expect(answer.status).toBe(413);
    expect(await totalCalls()).toBe(0);
  });

  it('over distinct regions are refused by the document limits when the body limit is raised, and memory stays bounded', async () => {
    const { startStack } = await import('../support/gateway.js');
    const stack = await startStack({ env: { MAX_BODY_BYTES: String(1024 * 1024) } });
    try {
      const before = process.memoryUsage().rss;
      const answer = await ask(stack, aliases(probeRegions(10_000)));
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: 'GRAPHQL_MAX_TOKENS' });
      expect((process.memoryUsage().rss - before) / 1e6).toBeLessThan(100);
      expect(Object.values(await stack.calls()).reduce((sum, n) => sum + n, 0)).toBe(0);
    } finally {
      await stack.close();
    }
  });
});
