import {
  CreateConfigurationSetCommand,
  DeleteConfigurationSetCommand,
  GetConfigurationSetCommand,
  ListConfigurationSetsCommand,
  PutConfigurationSetArchivingOptionsCommand,
  PutConfigurationSetDeliveryOptionsCommand,
  PutConfigurationSetReputationOptionsCommand,
  PutConfigurationSetSendingOptionsCommand,
  PutConfigurationSetSuppressionOptionsCommand,
  PutConfigurationSetTrackingOptionsCommand,
  PutConfigurationSetVdmOptionsCommand,
  UpdateConfigurationSetCommand,
} from '@aws-sdk/client-sesv2';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf, useSharedEmulator } from '../support/emulator.js';

const env = useSharedEmulator();

const ARCHIVE = 'arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-1234abcd';

describe('CreateConfigurationSet', () => {
  it('stores every option group and GetConfigurationSet returns them', async () => {
    await env.ses.send(
      new CreateConfigurationSetCommand({
        ConfigurationSetName: 'full-set',
        TrackingOptions: { CustomRedirectDomain: 'click.example.com', HttpsPolicy: 'REQUIRE' },
        DeliveryOptions: { TlsPolicy: 'REQUIRE', MaxDeliverySeconds: 600 },
        ReputationOptions: { ReputationMetricsEnabled: true },
        SendingOptions: { SendingEnabled: false },
        Tags: [{ Key: 'team', Value: 'growth' }],
        SuppressionOptions: {
          SuppressedReasons: ['BOUNCE'],
          ValidationOptions: { ConditionThreshold: { ConditionThresholdEnabled: 'ENABLED', OverallConfidenceThreshold: { ConfidenceVerdictThreshold: 'HIGH' } } },
        },
        VdmOptions: { DashboardOptions: { EngagementMetrics: 'ENABLED' }, GuardianOptions: { OptimizedSharedDelivery: 'DISABLED' } },
        ArchivingOptions: { ArchiveArn: ARCHIVE },
        MessageSecurityOptions: { SigningScheme: { SmimeScheme: { SignatureFormat: 'DETACHED' } } },
      }),
    );
    const set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'full-set' }));
    expect(set).toMatchObject({
      ConfigurationSetName: 'full-set',
      TrackingOptions: { CustomRedirectDomain: 'click.example.com', HttpsPolicy: 'REQUIRE' },
      DeliveryOptions: { TlsPolicy: 'REQUIRE', MaxDeliverySeconds: 600 },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: false },
      Tags: [{ Key: 'team', Value: 'growth' }],
      SuppressionOptions: { SuppressedReasons: ['BOUNCE'], ValidationOptions: { ConditionThreshold: { ConditionThresholdEnabled: 'ENABLED' } } },
      VdmOptions: { DashboardOptions: { EngagementMetrics: 'ENABLED' } },
      ArchivingOptions: { ArchiveArn: ARCHIVE },
      MessageSecurityOptions: { SigningScheme: { SmimeScheme: { SignatureFormat: 'DETACHED' } } },
    });
  });

  it('gives a bare set the SES defaults', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'bare' }));
    const set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'bare' }));
    expect(set.SendingOptions).toEqual({ SendingEnabled: true });
    expect(set.ReputationOptions).toEqual({ ReputationMetricsEnabled: false });
    expect(set.DeliveryOptions).toEqual({ TlsPolicy: 'OPTIONAL' });
    expect(set.Tags).toEqual([]);
    expect(set.TrackingOptions).toBeUndefined();
  });

  it('rejects a duplicate name with AlreadyExistsException', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'twice' }));
    const error = await rejectionOf(env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'twice' })));
    expect(error.name).toBe('AlreadyExistsException');
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it.each([
    ['a name with a space', { ConfigurationSetName: 'has space' }, 'ConfigurationSetName'],
    ['a 65-character name', { ConfigurationSetName: 'x'.repeat(65) }, 'ConfigurationSetName'],
    ['an unknown TLS policy', { ConfigurationSetName: 'ok', DeliveryOptions: { TlsPolicy: 'SOMETIMES' as never } }, 'TlsPolicy'],
    ['MaxDeliverySeconds under 300', { ConfigurationSetName: 'ok', DeliveryOptions: { MaxDeliverySeconds: 299 } }, 'MaxDeliverySeconds'],
    ['51 tags', { ConfigurationSetName: 'ok', Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }, 'Tags'],
    ['a tag key with the aws: prefix', { ConfigurationSetName: 'ok', Tags: [{ Key: 'aws:owner', Value: 'v' }] }, 'aws:'],
    ['a malformed archive ARN', { ConfigurationSetName: 'ok', ArchivingOptions: { ArchiveArn: 'not-an-arn' } }, 'ArchiveArn'],
    ['both signing schemes', { ConfigurationSetName: 'ok', MessageSecurityOptions: { SigningScheme: { DefaultScheme: {}, SmimeScheme: {} } as never } }, 'SigningScheme'],
  ])('rejects %s with BadRequestException naming the member', async (_what, input, member) => {
    const error = await rejectionOf(env.ses.send(new CreateConfigurationSetCommand(input)));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain(member);
    const list = await env.ses.send(new ListConfigurationSetsCommand({}));
    expect(list.ConfigurationSets).toEqual([]);
  });

  it('rejects a sending pool that does not exist with NotFoundException', async () => {
    const error = await rejectionOf(
      env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'pooled', DeliveryOptions: { SendingPoolName: 'no-such-pool' } })),
    );
    expect(error.name).toBe('NotFoundException');
  });
});

describe('GetConfigurationSet', () => {
  it('answers NotFoundException with HTTP 404 for a missing set', async () => {
    const error = await rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'missing' })));
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('treats constructor and __proto__ as ordinary names', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'constructor' }));
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: '__proto__' }));
    const list = await env.ses.send(new ListConfigurationSetsCommand({}));
    expect(list.ConfigurationSets).toEqual(['__proto__', 'constructor']);
    const error = await rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'toString' })));
    expect(error.name).toBe('NotFoundException');
  });
});

describe('ListConfigurationSets', () => {
  it('pages with PageSize and NextToken until every set is seen once', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `set-${i}`);
    for (const name of names) await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await env.ses.send(new ListConfigurationSetsCommand({ PageSize: 3, NextToken: token }));
      seen.push(...(page.ConfigurationSets ?? []));
      token = page.NextToken;
      pages += 1;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(names);
  });

  it('filters by CONFIGURATION_SET_NAME_CONTAINS', async () => {
    for (const name of ['alpha-prod', 'beta-prod', 'alpha-test']) await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    const list = await env.ses.send(new ListConfigurationSetsCommand({ Filter: { CONFIGURATION_SET_NAME_CONTAINS: 'prod' } }));
    expect(list.ConfigurationSets).toEqual(['alpha-prod', 'beta-prod']);
  });

  it.each([0, 1001])('rejects PageSize %i with BadRequestException', async (size) => {
    const error = await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({ PageSize: size })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('PageSize');
  });

  it('rejects a forged NextToken with BadRequestException', async () => {
    const error = await rejectionOf(env.ses.send(new ListConfigurationSetsCommand({ NextToken: '!!not-a-token!!' })));
    expect(error.name).toBe('BadRequestException');
  });
});

describe('DeleteConfigurationSet', () => {
  it('removes the set', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'doomed' }));
    await env.ses.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'doomed' }));
    const error = await rejectionOf(env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'doomed' })));
    expect(error.name).toBe('NotFoundException');
  });

  it('answers NotFoundException for a missing set', async () => {
    const error = await rejectionOf(env.ses.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: 'missing' })));
    expect(error.name).toBe('NotFoundException');
  });
});

describe('UpdateConfigurationSet', () => {
  it('sets and clears MessageSecurityOptions', async () => {
    await env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'secure' }));
    await env.ses.send(
      new UpdateConfigurationSetCommand({ ConfigurationSetName: 'secure', MessageSecurityOptions: { SigningScheme: { DefaultScheme: {} } } }),
    );
    let set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'secure' }));
    expect(set.MessageSecurityOptions?.SigningScheme).toEqual({ DefaultScheme: {} });
    await env.ses.send(new UpdateConfigurationSetCommand({ ConfigurationSetName: 'secure' }));
    set = await env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'secure' }));
    expect(set.MessageSecurityOptions).toBeUndefined();
  });

  it('answers NotFoundException for a missing set', async () => {
    const error = await rejectionOf(env.ses.send(new UpdateConfigurationSetCommand({ ConfigurationSetName: 'missing' })));
    expect(error.name).toBe('NotFoundException');
  });
});

describe('PutConfigurationSet*Options', () => {
  beforeEach(() => env.ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'opts' })));
  const get = () => env.ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: 'opts' }));

  it('PutConfigurationSetSendingOptions sets LastFreshStart only when sending is re-enabled', async () => {
    await env.ses.send(new PutConfigurationSetSendingOptionsCommand({ ConfigurationSetName: 'opts', SendingEnabled: true }));
    expect((await get()).ReputationOptions?.LastFreshStart).toBeUndefined();
    await env.ses.send(new PutConfigurationSetSendingOptionsCommand({ ConfigurationSetName: 'opts', SendingEnabled: false }));
    const disabled = await get();
    expect(disabled.SendingOptions?.SendingEnabled).toBe(false);
    expect(disabled.ReputationOptions?.LastFreshStart).toBeUndefined();
    const before = Date.now();
    await env.ses.send(new PutConfigurationSetSendingOptionsCommand({ ConfigurationSetName: 'opts', SendingEnabled: true }));
    const enabled = await get();
    expect(enabled.SendingOptions?.SendingEnabled).toBe(true);
    expect(enabled.ReputationOptions?.LastFreshStart).toBeInstanceOf(Date);
    expect(enabled.ReputationOptions?.LastFreshStart?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('PutConfigurationSetDeliveryOptions replaces the group', async () => {
    await env.ses.send(new PutConfigurationSetDeliveryOptionsCommand({ ConfigurationSetName: 'opts', TlsPolicy: 'REQUIRE', MaxDeliverySeconds: 50400 }));
    expect((await get()).DeliveryOptions).toEqual({ TlsPolicy: 'REQUIRE', MaxDeliverySeconds: 50400 });
    const error = await rejectionOf(env.ses.send(new PutConfigurationSetDeliveryOptionsCommand({ ConfigurationSetName: 'opts', MaxDeliverySeconds: 50401 })));
    expect(error.name).toBe('BadRequestException');
    const missingPool = await rejectionOf(env.ses.send(new PutConfigurationSetDeliveryOptionsCommand({ ConfigurationSetName: 'opts', SendingPoolName: 'nope' })));
    expect(missingPool.name).toBe('NotFoundException');
    expect((await get()).DeliveryOptions).toEqual({ TlsPolicy: 'REQUIRE', MaxDeliverySeconds: 50400 });
  });

  it('PutConfigurationSetTrackingOptions sets and clears the custom domain', async () => {
    await env.ses.send(new PutConfigurationSetTrackingOptionsCommand({ ConfigurationSetName: 'opts', CustomRedirectDomain: 'track.example.com', HttpsPolicy: 'REQUIRE_OPEN_ONLY' }));
    expect((await get()).TrackingOptions).toEqual({ CustomRedirectDomain: 'track.example.com', HttpsPolicy: 'REQUIRE_OPEN_ONLY' });
    await env.ses.send(new PutConfigurationSetTrackingOptionsCommand({ ConfigurationSetName: 'opts' }));
    expect((await get()).TrackingOptions).toBeUndefined();
    const error = await rejectionOf(env.ses.send(new PutConfigurationSetTrackingOptionsCommand({ ConfigurationSetName: 'opts', CustomRedirectDomain: 'not a domain' })));
    expect(error.name).toBe('BadRequestException');
  });

  it('PutConfigurationSetReputationOptions toggles reputation metrics', async () => {
    await env.ses.send(new PutConfigurationSetReputationOptionsCommand({ ConfigurationSetName: 'opts', ReputationMetricsEnabled: true }));
    expect((await get()).ReputationOptions?.ReputationMetricsEnabled).toBe(true);
    const error = await rejectionOf(env.ses.send(new PutConfigurationSetReputationOptionsCommand({ ConfigurationSetName: 'missing', ReputationMetricsEnabled: true })));
    expect(error.name).toBe('NotFoundException');
  });

  it('PutConfigurationSetSuppressionOptions replaces reasons and validation options', async () => {
    await env.ses.send(
      new PutConfigurationSetSuppressionOptionsCommand({
        ConfigurationSetName: 'opts',
        SuppressedReasons: ['BOUNCE', 'COMPLAINT'],
        ValidationOptions: { ConditionThreshold: { ConditionThresholdEnabled: 'DISABLED' } },
      }),
    );
    expect((await get()).SuppressionOptions).toEqual({
      SuppressedReasons: ['BOUNCE', 'COMPLAINT'],
      ValidationOptions: { ConditionThreshold: { ConditionThresholdEnabled: 'DISABLED' } },
    });
    const error = await rejectionOf(
      env.ses.send(new PutConfigurationSetSuppressionOptionsCommand({ ConfigurationSetName: 'opts', SuppressedReasons: ['SPAM' as never] })),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('SuppressedReasons');
  });

  it('PutConfigurationSetVdmOptions sets the set-level VDM options', async () => {
    await env.ses.send(
      new PutConfigurationSetVdmOptionsCommand({ ConfigurationSetName: 'opts', VdmOptions: { GuardianOptions: { OptimizedSharedDelivery: 'ENABLED' } } }),
    );
    expect((await get()).VdmOptions).toEqual({ GuardianOptions: { OptimizedSharedDelivery: 'ENABLED' } });
    const error = await rejectionOf(
      env.ses.send(new PutConfigurationSetVdmOptionsCommand({ ConfigurationSetName: 'opts', VdmOptions: { DashboardOptions: { EngagementMetrics: 'ON' as never } } })),
    );
    expect(error.name).toBe('BadRequestException');
  });

  it('PutConfigurationSetArchivingOptions sets and clears the archive', async () => {
    await env.ses.send(new PutConfigurationSetArchivingOptionsCommand({ ConfigurationSetName: 'opts', ArchiveArn: ARCHIVE }));
    expect((await get()).ArchivingOptions).toEqual({ ArchiveArn: ARCHIVE });
    await env.ses.send(new PutConfigurationSetArchivingOptionsCommand({ ConfigurationSetName: 'opts' }));
    expect((await get()).ArchivingOptions).toBeUndefined();
    const error = await rejectionOf(env.ses.send(new PutConfigurationSetArchivingOptionsCommand({ ConfigurationSetName: 'missing', ArchiveArn: ARCHIVE })));
    expect(error.name).toBe('NotFoundException');
  });
});
