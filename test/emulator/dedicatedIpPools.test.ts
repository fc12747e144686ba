import {
  CreateConfigurationSetCommand,
  CreateDedicatedIpPoolCommand,
  DeleteDedicatedIpPoolCommand,
  GetConfigurationSetCommand,
  GetDedicatedIpPoolCommand,
  ListDedicatedIpPoolsCommand,
  PutConfigurationSetDeliveryOptionsCommand,
  type SESv2Client,
} from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useSharedEmulator } from '../support/emulator.js';

const env = useSharedEmulator();

const createPool = (PoolName: string, client: SESv2Client = env.ses) => client.send(new CreateDedicatedIpPoolCommand({ PoolName }));

async function poolNames(client: SESv2Client = env.ses): Promise<string[] | undefined> {
  return (await client.send(new ListDedicatedIpPoolsCommand({}))).DedicatedIpPools;
}

describe('CreateDedicatedIpPool', () => {
  it('creates a STANDARD pool when no scaling mode is given', async () => {
    await createPool('marketing');
    const { DedicatedIpPool } = await env.ses.send(new GetDedicatedIpPoolCommand({ PoolName: 'marketing' }));
    expect(DedicatedIpPool).toEqual({ PoolName: 'marketing', ScalingMode: 'STANDARD' });
  });

  it('keeps a MANAGED scaling mode', async () => {
    await env.ses.send(new CreateDedicatedIpPoolCommand({ PoolName: 'managed', ScalingMode: 'MANAGED' }));
    const { DedicatedIpPool } = await env.ses.send(new GetDedicatedIpPoolCommand({ PoolName: 'managed' }));
    expect(DedicatedIpPool?.ScalingMode).toBe('MANAGED');
  });

  it('rejects a duplicate name with AlreadyExistsException', async () => {
    await createPool('twice');
    const error = await rejectionOf(createPool('twice'));
    expect(error.name).toBe('AlreadyExistsException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it.each([
    ['a name with a space', { PoolName: 'has space' }, 'PoolName'],
    ['a 65-character name', { PoolName: 'p'.repeat(65) }, 'PoolName'],
    ['an unknown scaling mode', { PoolName: 'ok', ScalingMode: 'ELASTIC' as never }, 'ScalingMode'],
    ['51 tags', { PoolName: 'ok', Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }, 'Tags'],
    ['a tag key with the aws: prefix', { PoolName: 'ok', Tags: [{ Key: 'aws:owner', Value: 'v' }] }, 'aws:'],
  ])('rejects %s with BadRequestException naming the member', async (_what, input, member) => {
    const error = await rejectionOf(env.ses.send(new CreateDedicatedIpPoolCommand(input)));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain(member);
    expect(await poolNames()).toEqual([]);
  });

  it('refuses a 51st pool in a region with LimitExceededException', async () => {
    for (let i = 0; i < 50; i++) await createPool(`pool-${i}`);
    const error = await rejectionOf(createPool('one-too-many'));
    expect(error.name).toBe('LimitExceededException');
    expect(await poolNames()).toHaveLength(50);
  });

  it('keeps pools of the same name in two regions apart', async () => {
    const west = env.harness.client({ region: 'us-west-2' });
    await createPool('shared');
    await west.send(new CreateDedicatedIpPoolCommand({ PoolName: 'shared', ScalingMode: 'MANAGED' }));
    const east = await env.ses.send(new GetDedicatedIpPoolCommand({ PoolName: 'shared' }));
    expect(east.DedicatedIpPool?.ScalingMode).toBe('STANDARD');
    await env.ses.send(new DeleteDedicatedIpPoolCommand({ PoolName: 'shared' }));
    expect(await poolNames(west)).toEqual(['shared']);
  });
});

describe('GetDedicatedIpPool', () => {
  it('answers NotFoundException with HTTP 404 for a missing pool', async () => {
    const error = await rejectionOf(env.ses.send(new GetDedicatedIpPoolCommand({ PoolName: 'missing' })));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('rejects an invalid pool name with BadRequestException', async () => {
    const error = await rejectionOf(env.ses.send(new GetDedicatedIpPoolCommand({ PoolName: 'bad.name' })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('PoolName');
  });
});

describe('ListDedicatedIpPools', () => {
  it('lists no pools in a fresh region', async () => {
    expect(await poolNames()).toEqual([]);
  });

  it('lists pool names in name order', async () => {
    for (const name of ['charlie', 'alpha', 'bravo']) await createPool(name);
    expect(await poolNames()).toEqual(['alpha', 'bravo', 'charlie']);
  });

  it('pages with PageSize and NextToken until every pool is listed once', async () => {
    const names = ['p1', 'p2', 'p3', 'p4', 'p5'];
    for (const name of names) await createPool(name);
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let token: string | undefined;
    for (let call = 0; call < 10; call++) {
      const page = await env.ses.send(new ListDedicatedIpPoolsCommand({ PageSize: 2, NextToken: token }));
      seen.push(...(page.DedicatedIpPools ?? []));
      pageSizes.push(page.DedicatedIpPools?.length ?? 0);
      token = page.NextToken;
      if (!token) break;
    }
    expect(token).toBeUndefined();
    expect(pageSizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(names);
  });

  it.each([0, 1001])('rejects PageSize %i with BadRequestException', async (PageSize) => {
    const error = await rejectionOf(env.ses.send(new ListDedicatedIpPoolsCommand({ PageSize })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('PageSize');
  });

  it('rejects a NextToken it did not issue with BadRequestException', async () => {
    const error = await rejectionOf(env.ses.send(new ListDedicatedIpPoolsCommand({ NextToken: 'not a token!' })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('NextToken');
  });
});

describe('DeleteDedicatedIpPool', () => {
  it('removes the pool', async () => {
    await createPool('doomed');
    await createPool('kept');
    await env.ses.send(new DeleteDedicatedIpPoolCommand({ PoolName: 'doomed' }));
    const error = await rejectionOf(env.ses.send(new GetDedicatedIpPoolCommand({ PoolName: 'doomed' })));
    expect(error.name).toBe('NotFoundException');
    expect(await poolNames()).toEqual(['kept']);
  });

  it('answers NotFoundException for a missing pool', async () => {
    const error = await rejectionOf(env.ses.send(new DeleteDedicatedIpPoolCommand({ PoolName: 'missing' })));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('leaves the pool name in the delivery options of configuration sets that use it', async () => {
    await createPool('sending');
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'uses-pool', DeliveryOptions: { SendingPoolName: 'sending' } }));
    await env.ses.send(new DeleteDedicatedIpPoolCommand({ PoolName: 'sending' }));
    const set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'uses-pool' }));
    expect(set.DeliveryOptions?.SendingPoolName).toBe('sending');
  });
});

describe('a configuration set naming a sending pool', () => {
  it('is created when the pool exists', async () => {
    await createPool('outbound');
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'pooled', DeliveryOptions: { SendingPoolName: 'outbound' } }));
    const set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'pooled' }));
    expect(set.DeliveryOptions?.SendingPoolName).toBe('outbound');
  });

  it('is refused with NotFoundException once the pool is deleted', async () => {
    await createPool('outbound');
    await env.ses.send(new DeleteDedicatedIpPoolCommand({ PoolName: 'outbound' }));
    const error = await rejectionOf(
      env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'pooled', DeliveryOptions: { SendingPoolName: 'outbound' } })),
    );
    expect(error.name).toBe('NotFoundException');
    const missing = await rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'pooled' })));
    expect(missing.name).toBe('NotFoundException');
  });

  it('accepts PutConfigurationSetDeliveryOptions when the pool exists', async () => {
    await createPool('outbound');
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'set' }));
    await env.ses.send(new PutConfigurationSetDeliveryOptionsCommand({ ConfigurationSetName: 'set', SendingPoolName: 'outbound' }));
    const set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'set' }));
    expect(set.DeliveryOptions?.SendingPoolName).toBe('outbound');
  });

  it('refuses PutConfigurationSetDeliveryOptions with NotFoundException once the pool is deleted', async () => {
    await createPool('outbound');
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'set' }));
    await env.ses.send(new DeleteDedicatedIpPoolCommand({ PoolName: 'outbound' }));
    const error = await rejectionOf(
      env.ses.send(new PutConfigurationSetDeliveryOptionsCommand({ ConfigurationSetName: 'set', SendingPoolName: 'outbound' })),
    );
    expect(error.name).toBe('NotFoundException');
    const set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'set' }));
    expect(set.DeliveryOptions?.SendingPoolName).toBeUndefined();
  });

  it('refuses a pool that exists only in another region with NotFoundException', async () => {
    await createPool('outbound', env.harness.client({ region: 'us-west-2' }));
    const error = await rejectionOf(
      env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'pooled', DeliveryOptions: { SendingPoolName: 'outbound' } })),
    );
    expect(error.name).toBe('NotFoundException');
  });
});
