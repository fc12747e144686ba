import {
  CreateConfigurationSetCommand,
  CreateDedicatedIpPoolCommand,
  CreateEmailIdentityCommand,
  DeleteConfigurationSetCommand,
  GetConfigurationSetCommand,
  GetEmailIdentityCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type SESv2Client,
  type Tag,
} from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useSharedEmulator } from '../support/emulator.js';

const env = useSharedEmulator();

const ACCOUNT = '123456789012';
const arn = (resource: string, name: string, { region = 'us-east-1', account = ACCOUNT } = {}) =>
  `arn:aws:ses:${region}:${account}:${resource}/${name}`;
const SET_ARN = arn('configuration-set', 'tagged-set');

const createSet = (name = 'tagged-set', client: SESv2Client = env.ses, Tags?: Tag[]) =>
  client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, Tags }));
const tagsOf = async (ResourceArn: string, client: SESv2Client = env.ses) =>
  (await client.send(new ListTagsForResourceCommand({ ResourceArn }))).Tags;
const numbered = (count: number, prefix = 'k'): Tag[] => Array.from({ length: count }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));

describe('TagResource', () => {
  it('tags a configuration set, and GetConfigurationSet shows the tags', async () => {
    await createSet();
    await env.ses.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags: [{ Key: 'team', Value: 'growth' }] }));
    const set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'tagged-set' }));
    expect(set.Tags).toEqual([{ Key: 'team', Value: 'growth' }]);
  });

  it('tags an email address identity, and GetEmailIdentity shows the tags', async () => {
    await env.ses.send(new CreateEmailIdentityCommand({ EmailIdentity: 'sender@example.com' }));
    await env.ses.send(new TagResourceCommand({ ResourceArn: arn('identity', 'sender@example.com'), Tags: [{ Key: 'owner', Value: 'ops' }] }));
    const identity = await env.ses.send(new GetEmailIdentityCommand({ EmailIdentity: 'sender@example.com' }));
    expect(identity.Tags).toEqual([{ Key: 'owner', Value: 'ops' }]);
  });

  it('tags a domain identity', async () => {
    await env.ses.send(new CreateEmailIdentityCommand({ EmailIdentity: 'example.org' }));
    await env.ses.send(new TagResourceCommand({ ResourceArn: arn('identity', 'example.org'), Tags: [{ Key: 'env', Value: 'prod' }] }));
    expect(await tagsOf(arn('identity', 'example.org'))).toEqual([{ Key: 'env', Value: 'prod' }]);
  });

  it('tags a dedicated IP pool', async () => {
    await env.ses.send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool', Tags: [{ Key: 'a', Value: '1' }] }));
    await env.ses.send(new TagResourceCommand({ ResourceArn: arn('dedicated-ip-pool', 'pool'), Tags: [{ Key: 'b', Value: '2' }] }));
    expect(await tagsOf(arn('dedicated-ip-pool', 'pool'))).toEqual([
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: '2' },
    ]);
  });

  it('overwrites the values of existing keys and adds new keys', async () => {
    await createSet('tagged-set', env.ses, [
      { Key: 'keep', Value: 'same' },
      { Key: 'change', Value: 'old' },
    ]);
    await env.ses.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags: [{ Key: 'change', Value: 'new' }, { Key: 'add', Value: 'x' }] }));
    expect(await tagsOf(SET_ARN)).toEqual([
      { Key: 'keep', Value: 'same' },
      { Key: 'change', Value: 'new' },
      { Key: 'add', Value: 'x' },
    ]);
  });

  it('accepts a merge that ends at exactly 50 tags', async () => {
    await createSet('tagged-set', env.ses, numbered(30, 'old'));
    await env.ses.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags: numbered(20, 'new') }));
    expect(await tagsOf(SET_ARN)).toHaveLength(50);
  });

  it('counts overwritten keys once towards the 50-tag cap', async () => {
    await createSet('tagged-set', env.ses, numbered(50));
    await env.ses.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags: [{ Key: 'k0', Value: 'changed' }] }));
    const tags = await tagsOf(SET_ARN);
    expect(tags).toHaveLength(50);
    expect(tags?.[0]).toEqual({ Key: 'k0', Value: 'changed' });
  });

  it('rejects a merge that would exceed 50 tags with BadRequestException and keeps the old tags', async () => {
    await createSet('tagged-set', env.ses, numbered(30, 'old'));
    const error = await rejectionOf(env.ses.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags: numbered(21, 'new') })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('50');
    expect(await tagsOf(SET_ARN)).toEqual(numbered(30, 'old'));
  });

  it.each([
    ['a key with the aws: prefix', [{ Key: 'aws:cost', Value: 'v' }], 'aws:'],
    ['a 129-character key', [{ Key: 'k'.repeat(129), Value: 'v' }], 'Key'],
    ['a 257-character value', [{ Key: 'k', Value: 'v'.repeat(257) }], 'Value'],
    ['a key with a character SES does not allow', [{ Key: 'semi;colon', Value: 'v' }], 'Key'],
    ['the same key twice', [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }], 'unique'],
    ['no tags', [], 'Tags'],
  ])('rejects %s with BadRequestException', async (_what, Tags, text) => {
    await createSet();
    const error = await rejectionOf(env.ses.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain(text);
    expect(await tagsOf(SET_ARN)).toEqual([]);
  });

  it('answers NotFoundException for a configuration set that does not exist', async () => {
    const error = await rejectionOf(env.ses.send(new TagResourceCommand({ ResourceArn: SET_ARN, Tags: [{ Key: 'k', Value: 'v' }] })));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('answers NotFoundException for an ARN in another region, even where that resource exists', async () => {
    await createSet('tagged-set', env.harness.client({ region: 'us-west-2' }));
    const error = await rejectionOf(
      env.ses.send(new TagResourceCommand({ ResourceArn: arn('configuration-set', 'tagged-set', { region: 'us-west-2' }), Tags: [{ Key: 'k', Value: 'v' }] })),
    );
    expect(error.name).toBe('NotFoundException');
  });

  it('answers NotFoundException for an ARN in another account', async () => {
    await createSet();
    const error = await rejectionOf(
      env.ses.send(new TagResourceCommand({ ResourceArn: arn('configuration-set', 'tagged-set', { account: '999999999999' }), Tags: [{ Key: 'k', Value: 'v' }] })),
    );
    expect(error.name).toBe('NotFoundException');
  });

  it('tags with a us-west-2 ARN from a us-west-2 client, leaving the us-east-1 set of the same name alone', async () => {
    const west = env.harness.client({ region: 'us-west-2' });
    const westArn = arn('configuration-set', 'tagged-set', { region: 'us-west-2' });
    await createSet('tagged-set', west);
    await createSet();
    await west.send(new TagResourceCommand({ ResourceArn: westArn, Tags: [{ Key: 'region', Value: 'west' }] }));
    expect(await tagsOf(westArn, west)).toEqual([{ Key: 'region', Value: 'west' }]);
    expect(await tagsOf(SET_ARN)).toEqual([]);
  });

  it('tags in the account named by a 12-digit access key id', async () => {
    const other = env.harness.client({ accessKeyId: '111122223333' });
    const otherArn = arn('configuration-set', 'tagged-set', { account: '111122223333' });
    await createSet('tagged-set', other);
    await other.send(new TagResourceCommand({ ResourceArn: otherArn, Tags: [{ Key: 'k', Value: 'v' }] }));
    expect(await tagsOf(otherArn, other)).toEqual([{ Key: 'k', Value: 'v' }]);
  });

  it.each([
    ['a string that is not an ARN', 'tagged-set'],
    ['an ARN without a resource name', 'arn:aws:ses:us-east-1:123456789012:configuration-set/'],
    ['an ARN with a short account id', 'arn:aws:ses:us-east-1:1234:configuration-set/tagged-set'],
    ['an ARN of another service', 'arn:aws:sns:us-east-1:123456789012:configuration-set/tagged-set'],
    ['an ARN of a resource type that cannot be tagged here', 'arn:aws:ses:us-east-1:123456789012:template/tagged-set'],
  ])('rejects %s with BadRequestException', async (_what, ResourceArn) => {
    await createSet();
    const error = await rejectionOf(env.ses.send(new TagResourceCommand({ ResourceArn, Tags: [{ Key: 'k', Value: 'v' }] })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('ResourceArn');
  });
});

describe('UntagResource', () => {
  it('removes the named keys and ignores keys the resource does not have', async () => {
    await createSet('tagged-set', env.ses, [
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: '2' },
      { Key: 'c', Value: '3' },
    ]);
    await env.ses.send(new UntagResourceCommand({ ResourceArn: SET_ARN, TagKeys: ['a', 'c', 'absent'] }));
    expect(await tagsOf(SET_ARN)).toEqual([{ Key: 'b', Value: '2' }]);
  });

  it('untags an email identity', async () => {
    await env.ses.send(new CreateEmailIdentityCommand({ EmailIdentity: 'sender@example.com', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
    await env.ses.send(new UntagResourceCommand({ ResourceArn: arn('identity', 'sender@example.com'), TagKeys: ['a'] }));
    const identity = await env.ses.send(new GetEmailIdentityCommand({ EmailIdentity: 'sender@example.com' }));
    expect(identity.Tags).toEqual([{ Key: 'b', Value: '2' }]);
  });

  it('untags a dedicated IP pool', async () => {
    await env.ses.send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool', Tags: [{ Key: 'a', Value: '1' }] }));
    await env.ses.send(new UntagResourceCommand({ ResourceArn: arn('dedicated-ip-pool', 'pool'), TagKeys: ['a'] }));
    expect(await tagsOf(arn('dedicated-ip-pool', 'pool'))).toEqual([]);
  });

  it('rejects a call without tag keys with BadRequestException', async () => {
    await createSet('tagged-set', env.ses, [{ Key: 'a', Value: '1' }]);
    const error = await rejectionOf(env.ses.send(new UntagResourceCommand({ ResourceArn: SET_ARN, TagKeys: [] })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('TagKeys');
    expect(await tagsOf(SET_ARN)).toEqual([{ Key: 'a', Value: '1' }]);
  });

  it('answers NotFoundException for a pool that does not exist', async () => {
    const error = await rejectionOf(env.ses.send(new UntagResourceCommand({ ResourceArn: arn('dedicated-ip-pool', 'missing'), TagKeys: ['a'] })));
    expect(error.name).toBe('NotFoundException');
  });

  it('answers NotFoundException for an ARN in another account', async () => {
    await createSet('tagged-set', env.ses, [{ Key: 'a', Value: '1' }]);
    const error = await rejectionOf(
      env.ses.send(new UntagResourceCommand({ ResourceArn: arn('configuration-set', 'tagged-set', { account: '999999999999' }), TagKeys: ['a'] })),
    );
    expect(error.name).toBe('NotFoundException');
    expect(await tagsOf(SET_ARN)).toEqual([{ Key: 'a', Value: '1' }]);
  });
});

describe('ListTagsForResource', () => {
  it('lists no tags for an untagged resource', async () => {
    await createSet();
    expect(await tagsOf(SET_ARN)).toEqual([]);
  });

  it('answers NotFoundException for an identity that does not exist', async () => {
    const error = await rejectionOf(env.ses.send(new ListTagsForResourceCommand({ ResourceArn: arn('identity', 'nobody@example.com') })));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('rejects a malformed ARN with BadRequestException', async () => {
    const error = await rejectionOf(env.ses.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:ses' })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('ResourceArn');
  });

  it('answers NotFoundException for an ARN in another region', async () => {
    await createSet();
    const error = await rejectionOf(env.ses.send(new ListTagsForResourceCommand({ ResourceArn: arn('configuration-set', 'tagged-set', { region: 'eu-west-1' }) })));
    expect(error.name).toBe('NotFoundException');
  });

  it('does not carry tags over to a resource re-created under the same name', async () => {
    await createSet('tagged-set', env.ses, [{ Key: 'a', Value: '1' }]);
    await env.ses.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'tagged-set' }));
    await createSet();
    expect(await tagsOf(SET_ARN)).toEqual([]);
  });
});
