import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateDedicatedIpPoolCommand,
  CreateEmailIdentityCommand,
  DeleteDedicatedIpPoolCommand,
  GetConfigurationSetCommand,
  GetConfigurationSetEventDestinationsCommand,
  PutConfigurationSetSendingOptionsCommand,
  type CreateConfigurationSetCommandInput,
} from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/gateway/ids.js';
import { graphql } from '../generated/index.js';
import { rejectionOf } from '../support/emulator.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const ses = () => env.stack.emulator.client();
const ARCHIVE = 'arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-1';
const OTHER_ARCHIVE = 'arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-2';

const CreateSet = graphql(`
  mutation CreateSet($input: CreateConfigurationSetInput!) {
    createConfigurationSet(input: $input) {
      configurationSet {
        id
        name
        sendingEnabled
        deliveryOptions { tlsPolicy sendingPoolName maxDeliverySeconds }
        trackingOptions { customRedirectDomain httpsPolicy }
        reputationOptions { reputationMetricsEnabled }
        suppressionOptions { suppressedReasons suppressionScope validationOptions { conditionThresholdEnabled overallConfidenceThreshold } }
        archivingOptions { archiveArn }
        messageSecurityOptions { signingScheme }
        tags { key value }
      }
      userErrors { code field message }
    }
  }
`);

const CreateSetName = graphql(`
  mutation CreateSetName($input: CreateConfigurationSetInput!) {
    createConfigurationSet(input: $input) {
      configurationSet { name }
      userErrors { code field message }
    }
  }
`);

const UpdateSet = graphql(`
  mutation UpdateSet($input: UpdateConfigurationSetInput!) {
    updateConfigurationSet(input: $input) {
      configurationSet {
        name
        sendingEnabled
        deliveryOptions { tlsPolicy sendingPoolName maxDeliverySeconds }
        trackingOptions { customRedirectDomain httpsPolicy }
        suppressionOptions { suppressedReasons }
      }
      appliedGroups
      notAppliedGroups
      userErrors { code field message }
    }
  }
`);

const UpdateSetGroups = graphql(`
  mutation UpdateSetGroups($input: UpdateConfigurationSetInput!) {
    updateConfigurationSet(input: $input) {
      configurationSet { name }
      appliedGroups
      notAppliedGroups
      userErrors { code field message }
    }
  }
`);

const SetSending = graphql(`
  mutation SetSending($input: SetConfigurationSetSendingEnabledInput!) {
    setConfigurationSetSendingEnabled(input: $input) {
      configurationSet { name sendingEnabled reputationOptions { lastFreshStart } }
      userErrors { code field message }
    }
  }
`);

const DeleteSet = graphql(`
  mutation DeleteSet($input: DeleteConfigurationSetInput!) {
    deleteConfigurationSet(input: $input) {
      deletedConfigurationSetId
      identitiesUsingSet { name }
      userErrors { code field message }
    }
  }
`);

const DeleteSetId = graphql(`
  mutation DeleteSetId($input: DeleteConfigurationSetInput!) {
    deleteConfigurationSet(input: $input) {
      deletedConfigurationSetId
      userErrors { code field message }
    }
  }
`);

const CloneSet = graphql(`
  mutation CloneSet($input: CloneConfigurationSetInput!) {
    cloneConfigurationSet(input: $input) {
      configurationSet { name tags { key value } eventDestinations { name } }
      userErrors { code field message }
    }
  }
`);

/** Seeds a set through the emulator's SDK client, then zeroes the call counters. */
async function seedSet(input: Omit<CreateConfigurationSetCommandInput, 'ConfigurationSetName'> & { name?: string } = {}) {
  const { name = 'orders', ...options } = input;
  await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: name, ...options }));
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

const sesSet = (name: string) => ses().send(new GetConfigurationSetCommand({ ConfigurationSetName: name }));
const injectFault = (operation: string, errorType: string) => env.stack.emulator.admin('POST', '/_emulator/faults', { operation, errorType, count: 1 });
const resetCounters = () => env.stack.emulator.admin('DELETE', '/_emulator/stats');

/** Every option group, as SES stores it for the seeded sets below. */
const FULL_OPTIONS = {
  DeliveryOptions: { TlsPolicy: 'REQUIRE', SendingPoolName: 'pool-a', MaxDeliverySeconds: 900 },
  TrackingOptions: { CustomRedirectDomain: 'track.example.com', HttpsPolicy: 'REQUIRE' },
  ReputationOptions: { ReputationMetricsEnabled: true },
  SendingOptions: { SendingEnabled: false },
  SuppressionOptions: {
    SuppressedReasons: ['COMPLAINT'],
    SuppressionScope: 'ACCOUNT',
    ValidationOptions: { ConditionThreshold: { ConditionThresholdEnabled: 'ENABLED', OverallConfidenceThreshold: { ConfidenceVerdictThreshold: 'HIGH' } } },
  },
  VdmOptions: { DashboardOptions: { EngagementMetrics: 'ENABLED' }, GuardianOptions: { OptimizedSharedDelivery: 'DISABLED' } },
  ArchivingOptions: { ArchiveArn: ARCHIVE },
  MessageSecurityOptions: { SigningScheme: { SmimeScheme: { SignatureFormat: 'DETACHED' } } },
} as const satisfies Omit<CreateConfigurationSetCommandInput, 'ConfigurationSetName'>;

describe('Mutation.createConfigurationSet', () => {
  it('creates a set with every option group in one CreateConfigurationSet call and reads it back', async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    await resetCounters();
    const { createConfigurationSet } = await env.stack.request(CreateSet, {
      input: {
        name: 'orders',
        sendingEnabled: false,
        deliveryOptions: { tlsPolicy: 'REQUIRE', sendingPoolName: 'pool-a', maxDeliverySeconds: 900 },
        trackingOptions: { customRedirectDomain: 'track.example.com', httpsPolicy: 'REQUIRE_OPEN_ONLY' },
        reputationOptions: { reputationMetricsEnabled: true },
        suppressionOptions: {
          suppressedReasons: ['BOUNCE', 'COMPLAINT'],
          suppressionScope: 'ACCOUNT',
          validationOptions: { conditionThresholdEnabled: 'ENABLED', overallConfidenceThreshold: 'MEDIUM' },
        },
        vdmOptions: { dashboardEngagementMetrics: 'ENABLED', guardianOptimizedSharedDelivery: 'DISABLED' },
        archivingOptions: { archiveArn: ARCHIVE },
        messageSecurityOptions: { signingScheme: 'SMIME_DETACHED' },
        tags: [{ key: 'team', value: 'mail' }],
      },
    });
    expect(createConfigurationSet).toEqual({
      configurationSet: {
        id: encodeId('ConfigurationSet', 'us-east-1', 'orders'),
        name: 'orders',
        sendingEnabled: false,
        deliveryOptions: { tlsPolicy: 'REQUIRE', sendingPoolName: 'pool-a', maxDeliverySeconds: 900 },
        trackingOptions: { customRedirectDomain: 'track.example.com', httpsPolicy: 'REQUIRE_OPEN_ONLY' },
        reputationOptions: { reputationMetricsEnabled: true },
        suppressionOptions: {
          suppressedReasons: ['BOUNCE', 'COMPLAINT'],
          suppressionScope: 'ACCOUNT',
          validationOptions: { conditionThresholdEnabled: 'ENABLED', overallConfidenceThreshold: 'MEDIUM' },
        },
        archivingOptions: { archiveArn: ARCHIVE },
        messageSecurityOptions: { signingScheme: 'SMIME_DETACHED' },
        tags: [{ key: 'team', value: 'mail' }],
      },
      userErrors: [],
    });
    expect(await env.stack.calls()).toEqual({ CreateConfigurationSet: 1, GetConfigurationSet: 1 });
  });

  it('maps VDM options and the S/MIME signing scheme to the SDK shapes', async () => {
    await env.stack.request(CreateSetName, {
      input: {
        name: 'orders',
        vdmOptions: { dashboardEngagementMetrics: 'ENABLED', guardianOptimizedSharedDelivery: 'DISABLED' },
        messageSecurityOptions: { signingScheme: 'SMIME_DETACHED' },
      },
    });
    const stored = await sesSet('orders');
    expect(stored.VdmOptions).toEqual({ DashboardOptions: { EngagementMetrics: 'ENABLED' }, GuardianOptions: { OptimizedSharedDelivery: 'DISABLED' } });
    expect(stored.MessageSecurityOptions).toEqual({ SigningScheme: { SmimeScheme: { SignatureFormat: 'DETACHED' } } });
  });

  it('maps the DEFAULT signing scheme to DefaultScheme and leaves out an omitted VDM option', async () => {
    await env.stack.request(CreateSetName, {
      input: { name: 'orders', vdmOptions: { guardianOptimizedSharedDelivery: 'ENABLED' }, messageSecurityOptions: { signingScheme: 'DEFAULT' } },
    });
    const stored = await sesSet('orders');
    expect(stored.VdmOptions).toEqual({ GuardianOptions: { OptimizedSharedDelivery: 'ENABLED' } });
    expect(stored.MessageSecurityOptions).toEqual({ SigningScheme: { DefaultScheme: {} } });
  });

  it('creates a plain set with SES defaults from a name alone', async () => {
    const { createConfigurationSet } = await env.stack.request(CreateSet, { input: { name: 'plain' } });
    expect(createConfigurationSet.configurationSet).toMatchObject({
      name: 'plain',
      sendingEnabled: true,
      deliveryOptions: { tlsPolicy: 'OPTIONAL', sendingPoolName: null, maxDeliverySeconds: null },
      trackingOptions: null,
      archivingOptions: null,
      tags: [],
    });
  });

  it.each([
    ['name', { name: 'bad name' }, ['name']],
    ['a too-short maxDeliverySeconds', { name: 'ok', deliveryOptions: { maxDeliverySeconds: 299 } }, ['deliveryOptions', 'maxDeliverySeconds']],
    ['a too-long maxDeliverySeconds', { name: 'ok', deliveryOptions: { maxDeliverySeconds: 50401 } }, ['deliveryOptions', 'maxDeliverySeconds']],
    ['sendingPoolName', { name: 'ok', deliveryOptions: { sendingPoolName: 'pool a' } }, ['deliveryOptions', 'sendingPoolName']],
    ['customRedirectDomain', { name: 'ok', trackingOptions: { customRedirectDomain: 'not a domain' } }, ['trackingOptions', 'customRedirectDomain']],
    ['repeated suppressedReasons', { name: 'ok', suppressionOptions: { suppressedReasons: ['BOUNCE', 'BOUNCE'] } }, ['suppressionOptions', 'suppressedReasons']],
    ['archiveArn', { name: 'ok', archivingOptions: { archiveArn: 'arn:aws:s3:::bucket' } }, ['archivingOptions', 'archiveArn']],
    ['a reserved tag key', { name: 'ok', tags: [{ key: 'aws:team', value: 'x' }] }, ['tags', '0', 'key']],
  ] as const)('refuses an invalid %s naming the field, without calling SES', async (_what, input, field) => {
    const { createConfigurationSet } = await env.stack.request(CreateSetName, { input: structuredClone(input) as never });
    expect(createConfigurationSet.configurationSet).toBeNull();
    expect(createConfigurationSet.userErrors).toEqual([{ code: 'INVALID_INPUT', field, message: expect.stringContaining(field.join('.')) }]);
    expect(await env.stack.calls()).toEqual({});
  });

  it('reports every invalid field at once', async () => {
    const { createConfigurationSet } = await env.stack.request(CreateSetName, {
      input: { name: '', deliveryOptions: { maxDeliverySeconds: 10 }, archivingOptions: { archiveArn: 'x' } },
    });
    expect(createConfigurationSet.userErrors.map((e) => e.field)).toEqual([['name'], ['deliveryOptions', 'maxDeliverySeconds'], ['archivingOptions', 'archiveArn']]);
    expect(await env.stack.calls()).toEqual({});
  });

  it('reports ALREADY_EXISTS on name for a taken name', async () => {
    await seedSet();
    const { createConfigurationSet } = await env.stack.request(CreateSetName, { input: { name: 'orders' } });
    expect(createConfigurationSet).toEqual({
      configurationSet: null,
      userErrors: [{ code: 'ALREADY_EXISTS', field: ['name'], message: expect.stringContaining('orders') }],
    });
  });

  it('reports NOT_FOUND on deliveryOptions.sendingPoolName for a missing pool', async () => {
    const { createConfigurationSet } = await env.stack.request(CreateSetName, { input: { name: 'orders', deliveryOptions: { sendingPoolName: 'nope' } } });
    expect(createConfigurationSet).toEqual({
      configurationSet: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['deliveryOptions', 'sendingPoolName'], message: expect.stringContaining('nope') }],
    });
    await expect(sesSet('orders')).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('reports LIMIT_EXCEEDED when SES refuses for the quota of sets', async () => {
    await injectFault('CreateConfigurationSet', 'LimitExceededException');
    const { createConfigurationSet } = await env.stack.request(CreateSetName, { input: { name: 'orders' } });
    expect(createConfigurationSet).toEqual({ configurationSet: null, userErrors: [{ code: 'LIMIT_EXCEEDED', field: null, message: expect.stringContaining('quota') }] });
  });

  it('turns an SES server error into a top-level fault, without its body', async () => {
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'CreateConfigurationSet', errorType: 'InternalServiceErrorException', message: 'secret detail', count: 1 });
    const result = await env.stack.execute(CreateSetName, { input: { name: 'orders' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(JSON.stringify(result)).not.toContain('secret detail');
  });
});

describe('Mutation.updateConfigurationSet', () => {
  it('calls only the requested groups, one Put each, after one existence read', async () => {
    await seedSet();
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, {
      input: { name: 'orders', sendingEnabled: false, suppressionOptions: { suppressedReasons: ['BOUNCE'] }, deliveryOptions: { tlsPolicy: 'REQUIRE' } },
    });
    expect(updateConfigurationSet).toEqual({ configurationSet: { name: 'orders' }, appliedGroups: ['DELIVERY', 'SUPPRESSION', 'SENDING'], notAppliedGroups: [], userErrors: [] });
    expect(await env.stack.calls()).toEqual({
      GetConfigurationSet: 1,
      PutConfigurationSetDeliveryOptions: 1,
      PutConfigurationSetSuppressionOptions: 1,
      PutConfigurationSetSendingOptions: 1,
    });
  });

  it('applies all eight groups in the order of ConfigurationSetOptionGroup, one SES call each', async () => {
    await seedSet();
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, {
      input: {
        name: 'orders',
        sendingEnabled: false,
        messageSecurityOptions: { signingScheme: 'SMIME_DETACHED' },
        archivingOptions: { archiveArn: ARCHIVE },
        vdmOptions: { dashboardEngagementMetrics: 'DISABLED' },
        suppressionOptions: { suppressedReasons: [] },
        reputationOptions: { reputationMetricsEnabled: true },
        trackingOptions: { customRedirectDomain: 'track.example.com' },
        deliveryOptions: { maxDeliverySeconds: 600 },
      },
    });
    expect(updateConfigurationSet.appliedGroups).toEqual(['DELIVERY', 'TRACKING', 'REPUTATION', 'SUPPRESSION', 'VDM', 'ARCHIVING', 'MESSAGE_SECURITY', 'SENDING']);
    expect(await env.stack.calls()).toEqual({
      GetConfigurationSet: 1,
      PutConfigurationSetDeliveryOptions: 1,
      PutConfigurationSetTrackingOptions: 1,
      PutConfigurationSetReputationOptions: 1,
      PutConfigurationSetSuppressionOptions: 1,
      PutConfigurationSetVdmOptions: 1,
      PutConfigurationSetArchivingOptions: 1,
      UpdateConfigurationSet: 1,
      PutConfigurationSetSendingOptions: 1,
    });
    expect(await sesSet('orders')).toMatchObject({
      DeliveryOptions: { MaxDeliverySeconds: 600 },
      TrackingOptions: { CustomRedirectDomain: 'track.example.com' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: [] },
      VdmOptions: { DashboardOptions: { EngagementMetrics: 'DISABLED' } },
      ArchivingOptions: { ArchiveArn: ARCHIVE },
      MessageSecurityOptions: { SigningScheme: { SmimeScheme: { SignatureFormat: 'DETACHED' } } },
      SendingOptions: { SendingEnabled: false },
    });
  });

  it('leaves omitted groups untouched and returns the set as written', async () => {
    await seedSet({ TrackingOptions: { CustomRedirectDomain: 'track.example.com' }, SuppressionOptions: { SuppressedReasons: ['COMPLAINT'] } });
    const { updateConfigurationSet } = await env.stack.request(UpdateSet, { input: { name: 'orders', deliveryOptions: { tlsPolicy: 'REQUIRE', maxDeliverySeconds: 3600 } } });
    expect(updateConfigurationSet.configurationSet).toEqual({
      name: 'orders',
      sendingEnabled: true,
      deliveryOptions: { tlsPolicy: 'REQUIRE', sendingPoolName: null, maxDeliverySeconds: 3600 },
      trackingOptions: { customRedirectDomain: 'track.example.com', httpsPolicy: null },
      suppressionOptions: { suppressedReasons: ['COMPLAINT'] },
    });
    // One read to check the set exists, one to read it back after the write: never a stale answer.
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 2, PutConfigurationSetDeliveryOptions: 1 });
  });

  it('clears the groups given as null and resets delivery to SES defaults', async () => {
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    await seedSet(FULL_OPTIONS);
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, {
      input: { name: 'orders', deliveryOptions: null, trackingOptions: null, vdmOptions: null, archivingOptions: null, messageSecurityOptions: null },
    });
    expect(updateConfigurationSet.appliedGroups).toEqual(['DELIVERY', 'TRACKING', 'VDM', 'ARCHIVING', 'MESSAGE_SECURITY']);
    const stored = await sesSet('orders');
    expect(stored.DeliveryOptions).toEqual({ TlsPolicy: 'OPTIONAL' });
    expect(stored.TrackingOptions).toBeUndefined();
    expect(stored.SuppressionOptions).toEqual(FULL_OPTIONS.SuppressionOptions);
    expect(stored.VdmOptions).toBeUndefined();
    expect(stored.ArchivingOptions).toBeUndefined();
    expect(stored.MessageSecurityOptions).toBeUndefined();
    // Groups not named stay as they were.
    expect(stored.ReputationOptions?.ReputationMetricsEnabled).toBe(true);
    expect(stored.SendingOptions?.SendingEnabled).toBe(false);
  });

  it('stops at a group SES refuses: earlier groups stay applied, later ones are not attempted', async () => {
    await seedSet({ SuppressionOptions: { SuppressedReasons: ['COMPLAINT'] }, VdmOptions: { GuardianOptions: { OptimizedSharedDelivery: 'ENABLED' } } });
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'PutConfigurationSetSuppressionOptions', errorType: 'BadRequestException', count: 1 });
    const { updateConfigurationSet } = await env.stack.request(UpdateSet, {
      input: {
        name: 'orders',
        deliveryOptions: { maxDeliverySeconds: 1200 },
        trackingOptions: { customRedirectDomain: 'links.example.com', httpsPolicy: 'REQUIRE' },
        suppressionOptions: { suppressedReasons: ['BOUNCE'] },
        vdmOptions: { dashboardEngagementMetrics: 'ENABLED' },
        sendingEnabled: false,
      },
    });
    expect(updateConfigurationSet).toEqual({
      configurationSet: {
        name: 'orders',
        sendingEnabled: true,
        deliveryOptions: { tlsPolicy: 'OPTIONAL', sendingPoolName: null, maxDeliverySeconds: 1200 },
        trackingOptions: { customRedirectDomain: 'links.example.com', httpsPolicy: 'REQUIRE' },
        suppressionOptions: { suppressedReasons: ['COMPLAINT'] },
      },
      appliedGroups: ['DELIVERY', 'TRACKING'],
      notAppliedGroups: ['SUPPRESSION', 'VDM', 'SENDING'],
      userErrors: [{ code: 'INVALID_INPUT', field: ['suppressionOptions'], message: expect.stringContaining('suppressionOptions') }],
    });
    expect(await env.stack.calls()).toEqual({
      GetConfigurationSet: 2,
      PutConfigurationSetDeliveryOptions: 1,
      PutConfigurationSetTrackingOptions: 1,
      PutConfigurationSetSuppressionOptions: 1,
    });
    expect((await sesSet('orders')).VdmOptions).toEqual({ GuardianOptions: { OptimizedSharedDelivery: 'ENABLED' } });
  });

  it('applies message security before sending: a refused UpdateConfigurationSet leaves sending as it was', async () => {
    await seedSet();
    await injectFault('UpdateConfigurationSet', 'ConflictException');
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, {
      input: { name: 'orders', sendingEnabled: false, messageSecurityOptions: { signingScheme: 'DEFAULT' }, archivingOptions: { archiveArn: OTHER_ARCHIVE } },
    });
    expect(updateConfigurationSet).toMatchObject({
      appliedGroups: ['ARCHIVING'],
      notAppliedGroups: ['MESSAGE_SECURITY', 'SENDING'],
      userErrors: [{ code: 'CONFLICT', field: ['messageSecurityOptions'] }],
    });
    expect((await env.stack.calls()).PutConfigurationSetSendingOptions).toBeUndefined();
    expect((await sesSet('orders')).SendingOptions?.SendingEnabled).toBe(true);
  });

  it('reports NOT_FOUND for a missing set without any write', async () => {
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, { input: { name: 'missing', sendingEnabled: false, trackingOptions: null } });
    expect(updateConfigurationSet).toEqual({
      configurationSet: null,
      appliedGroups: [],
      notAppliedGroups: ['TRACKING', 'SENDING'],
      userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('missing') }],
    });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('reports NOT_FOUND on deliveryOptions.sendingPoolName for a missing pool', async () => {
    await seedSet();
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, {
      input: { name: 'orders', deliveryOptions: { sendingPoolName: 'nope' }, sendingEnabled: false },
    });
    expect(updateConfigurationSet).toEqual({
      configurationSet: { name: 'orders' },
      appliedGroups: [],
      notAppliedGroups: ['DELIVERY', 'SENDING'],
      userErrors: [{ code: 'NOT_FOUND', field: ['deliveryOptions', 'sendingPoolName'], message: expect.stringContaining('nope') }],
    });
  });

  it.each([
    ['maxDeliverySeconds out of range', { deliveryOptions: { maxDeliverySeconds: 60 } }, ['deliveryOptions', 'maxDeliverySeconds']],
    ['reputationOptions cleared', { reputationOptions: null }, ['reputationOptions']],
    ['sendingEnabled cleared', { sendingEnabled: null }, ['sendingEnabled']],
    ['suppressionOptions cleared', { suppressionOptions: null }, ['suppressionOptions']],
    ['a repeated suppressed reason', { suppressionOptions: { suppressedReasons: ['COMPLAINT', 'COMPLAINT'] } }, ['suppressionOptions', 'suppressedReasons']],
  ] as const)('refuses %s naming the field, without calling SES', async (_what, change, field) => {
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, { input: { name: 'orders', ...structuredClone(change) } as never });
    expect(updateConfigurationSet.userErrors).toEqual([{ code: 'INVALID_INPUT', field, message: expect.stringContaining(field.join('.')) }]);
    expect(updateConfigurationSet.appliedGroups).toEqual([]);
    expect(await env.stack.calls()).toEqual({});
  });

  it('throws a top-level fault when SES fails, not a userError', async () => {
    await seedSet();
    await injectFault('PutConfigurationSetTrackingOptions', 'InternalServiceErrorException');
    const result = await env.stack.execute(UpdateSetGroups, { input: { name: 'orders', trackingOptions: { customRedirectDomain: 'track.example.com' } } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('refuses suppressionOptions: null, pointing at suppressedReasons: [], without calling SES', async () => {
    await seedSet({ SuppressionOptions: { SuppressedReasons: ['COMPLAINT'] } });
    const { updateConfigurationSet } = await env.stack.request(UpdateSetGroups, { input: { name: 'orders', suppressionOptions: null, sendingEnabled: false } });
    expect(updateConfigurationSet).toEqual({
      configurationSet: null,
      appliedGroups: [],
      notAppliedGroups: ['SUPPRESSION', 'SENDING'],
      userErrors: [{ code: 'INVALID_INPUT', field: ['suppressionOptions'], message: expect.stringContaining('suppressedReasons: []') }],
    });
    expect(await env.stack.calls()).toEqual({});
    expect((await sesSet('orders')).SuppressionOptions).toEqual({ SuppressedReasons: ['COMPLAINT'] });
  });

  it('puts the applied and not-applied groups into the extensions of a fault after a partial update', async () => {
    await seedSet();
    await injectFault('PutConfigurationSetTrackingOptions', 'InternalServiceErrorException');
    const result = await env.stack.execute(UpdateSetGroups, {
      input: { name: 'orders', deliveryOptions: { maxDeliverySeconds: 1200 }, trackingOptions: { customRedirectDomain: 'track.example.com' }, sendingEnabled: false },
    });
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    // outcome: the gateway read the set back after the 500 and found the tracking change not applied.
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED', appliedGroups: ['DELIVERY'], notAppliedGroups: ['TRACKING', 'SENDING'] });
    // SES's own error text stays out: only the gateway's fault message.
    const body = JSON.stringify(result);
    expect(body).not.toContain('Injected');
    expect(body).not.toContain('InternalServiceError');
    // And the extensions tell the truth.
    const stored = await sesSet('orders');
    expect(stored.DeliveryOptions?.MaxDeliverySeconds).toBe(1200);
    expect(stored.TrackingOptions).toBeUndefined();
    expect(stored.SendingOptions?.SendingEnabled).toBe(true);
  });
});

describe('Mutation.setConfigurationSetSendingEnabled', () => {
  it('pauses sending with one PutConfigurationSetSendingOptions', async () => {
    await seedSet();
    const { setConfigurationSetSendingEnabled } = await env.stack.request(SetSending, { input: { name: 'orders', enabled: false } });
    expect(setConfigurationSetSendingEnabled).toEqual({ configurationSet: { name: 'orders', sendingEnabled: false, reputationOptions: { lastFreshStart: null } }, userErrors: [] });
    expect(await env.stack.calls()).toEqual({ PutConfigurationSetSendingOptions: 1, GetConfigurationSet: 1 });
  });

  it('gives reputation metrics a fresh start when sending is re-enabled', async () => {
    await seedSet();
    await ses().send(new PutConfigurationSetSendingOptionsCommand({ ConfigurationSetName: 'orders', SendingEnabled: false }));
    const before = Date.now();
    const { setConfigurationSetSendingEnabled } = await env.stack.request(SetSending, { input: { name: 'orders', enabled: true } });
    expect(setConfigurationSetSendingEnabled.configurationSet?.sendingEnabled).toBe(true);
    const freshStart = setConfigurationSetSendingEnabled.configurationSet?.reputationOptions?.lastFreshStart;
    expect(freshStart).toEqual(expect.any(String));
    expect(Date.parse(freshStart ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(freshStart ?? '')).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('reports NOT_FOUND on name for a missing set', async () => {
    const { setConfigurationSetSendingEnabled } = await env.stack.request(SetSending, { input: { name: 'missing', enabled: false } });
    expect(setConfigurationSetSendingEnabled).toEqual({ configurationSet: null, userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('missing') }] });
  });

  it('refuses an invalid name without calling SES', async () => {
    const { setConfigurationSetSendingEnabled } = await env.stack.request(SetSending, { input: { name: 'a/b', enabled: true } });
    expect(setConfigurationSetSendingEnabled.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['name'], message: expect.stringContaining('name') }]);
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('Mutation.deleteConfigurationSet', () => {
  async function seedIdentities() {
    const client = ses();
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'other' }));
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'example.com', ConfigurationSetName: 'orders' }));
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'shop@example.org', ConfigurationSetName: 'orders' }));
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'news@example.org', ConfigurationSetName: 'other' }));
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'plain@example.org' }));
    await resetCounters();
  }

  it('deletes a set no identity uses and returns its node id', async () => {
    await seedSet();
    const { deleteConfigurationSet } = await env.stack.request(DeleteSet, { input: { name: 'orders' } });
    expect(deleteConfigurationSet).toEqual({ deletedConfigurationSetId: encodeId('ConfigurationSet', 'us-east-1', 'orders'), identitiesUsingSet: [], userErrors: [] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, ListEmailIdentities: 1, DeleteConfigurationSet: 1 });
    await expect(sesSet('orders')).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('refuses with IN_USE while identities use the set as their default, and lists them', async () => {
    await seedIdentities();
    const { deleteConfigurationSet } = await env.stack.request(DeleteSet, { input: { name: 'orders' } });
    expect(deleteConfigurationSet.deletedConfigurationSetId).toBeNull();
    expect(deleteConfigurationSet.identitiesUsingSet.map((i) => i.name).sort()).toEqual(['example.com', 'shop@example.org']);
    expect(deleteConfigurationSet.userErrors).toEqual([{ code: 'IN_USE', field: ['name'], message: expect.stringContaining('force') }]);
    expect((await env.stack.calls()).DeleteConfigurationSet).toBeUndefined();
    expect((await sesSet('orders')).ConfigurationSetName).toBe('orders');
  });

  it('deletes with force: true and still lists the identities left pointing at it', async () => {
    await seedIdentities();
    const { deleteConfigurationSet } = await env.stack.request(DeleteSet, { input: { name: 'orders', force: true } });
    expect(deleteConfigurationSet.deletedConfigurationSetId).toBe(encodeId('ConfigurationSet', 'us-east-1', 'orders'));
    expect(deleteConfigurationSet.identitiesUsingSet.map((i) => i.name).sort()).toEqual(['example.com', 'shop@example.org']);
    expect(deleteConfigurationSet.userErrors).toEqual([]);
    // No existence read with force: the delete itself would answer NotFound. The scan runs because the field is selected.
    expect(await env.stack.calls()).toEqual({ DeleteConfigurationSet: 1, ListEmailIdentities: 1, GetEmailIdentity: 4 });
    await expect(sesSet('orders')).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('with force: true skips the identity scan when identitiesUsingSet is not selected', async () => {
    await seedIdentities();
    const { deleteConfigurationSet } = await env.stack.request(DeleteSetId, { input: { name: 'orders', force: true } });
    expect(deleteConfigurationSet).toEqual({ deletedConfigurationSetId: encodeId('ConfigurationSet', 'us-east-1', 'orders'), userErrors: [] });
    expect(await env.stack.calls()).toEqual({ DeleteConfigurationSet: 1 });
    await expect(sesSet('orders')).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('without force still scans the identities for the guard when identitiesUsingSet is not selected', async () => {
    await seedIdentities();
    const { deleteConfigurationSet } = await env.stack.request(DeleteSetId, { input: { name: 'orders' } });
    expect(deleteConfigurationSet).toEqual({ deletedConfigurationSetId: null, userErrors: [{ code: 'IN_USE', field: ['name'], message: expect.stringContaining('force') }] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, ListEmailIdentities: 1, GetEmailIdentity: 4 });
  });

  it('with force: true reports NOT_FOUND for a missing set from the delete alone', async () => {
    const { deleteConfigurationSet } = await env.stack.request(DeleteSet, { input: { name: 'missing', force: true } });
    expect(deleteConfigurationSet).toEqual({
      deletedConfigurationSetId: null,
      identitiesUsingSet: [],
      userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('missing') }],
    });
    expect(await env.stack.calls()).toEqual({ DeleteConfigurationSet: 1 });
  });

  it('reports NOT_FOUND for a missing set without listing identities', async () => {
    const { deleteConfigurationSet } = await env.stack.request(DeleteSet, { input: { name: 'missing' } });
    expect(deleteConfigurationSet).toEqual({
      deletedConfigurationSetId: null,
      identitiesUsingSet: [],
      userErrors: [{ code: 'NOT_FOUND', field: ['name'], message: expect.stringContaining('missing') }],
    });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('refuses an invalid name without calling SES', async () => {
    const { deleteConfigurationSet } = await env.stack.request(DeleteSet, { input: { name: 'x'.repeat(65) } });
    expect(deleteConfigurationSet.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['name'], message: expect.stringContaining('name') }]);
    expect(await env.stack.calls()).toEqual({});
  });
});

describe('Mutation.cloneConfigurationSet', () => {
  async function seedSource() {
    const client = ses();
    await client.send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
    await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'orders', ...FULL_OPTIONS, Tags: [{ Key: 'team', Value: 'mail' }] }));
    await client.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: 'orders',
        EventDestinationName: 'bounces',
        EventDestination: { Enabled: true, MatchingEventTypes: ['BOUNCE', 'COMPLAINT'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:bounces' } },
      }),
    );
    await client.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: 'orders',
        EventDestinationName: 'metrics',
        EventDestination: {
          Enabled: false,
          MatchingEventTypes: ['SEND'],
          CloudWatchDestination: { DimensionConfigurations: [{ DimensionName: 'campaign', DimensionValueSource: 'MESSAGE_TAG', DefaultDimensionValue: 'none' }] },
        },
      }),
    );
    await resetCounters();
  }

  const destinationsOf = async (name: string) =>
    (await ses().send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: name }))).EventDestinations;

  it('copies every option group, the event destinations and the tags', async () => {
    await seedSource();
    const { cloneConfigurationSet } = await env.stack.request(CloneSet, { input: { sourceName: 'orders', name: 'orders-copy' } });
    expect(cloneConfigurationSet).toEqual({
      configurationSet: { name: 'orders-copy', tags: [{ key: 'team', value: 'mail' }], eventDestinations: [{ name: 'bounces' }, { name: 'metrics' }] },
      userErrors: [],
    });
    const { $metadata: _a, ConfigurationSetName: _n, ...source } = await sesSet('orders');
    const { $metadata: _b, ConfigurationSetName: name, ...copy } = await sesSet('orders-copy');
    expect(name).toBe('orders-copy');
    expect(copy).toEqual(source);
    expect(copy).toMatchObject(FULL_OPTIONS);
    expect(await destinationsOf('orders-copy')).toEqual(await destinationsOf('orders'));
  });

  it('makes the reads, one create and one call per destination', async () => {
    await seedSource();
    await env.stack.request(CloneSet, { input: { sourceName: 'orders', name: 'orders-copy' } });
    expect(await env.stack.calls()).toEqual({
      // source, then the new set read back for the payload; no read of the target, the create answers for a taken name
      GetConfigurationSet: 2,
      // source, then the new set read back for the payload
      GetConfigurationSetEventDestinations: 2,
      CreateConfigurationSet: 1,
      CreateConfigurationSetEventDestination: 2,
    });
  });

  it('leaves the tags behind with includeTags: false', async () => {
    await seedSource();
    const { cloneConfigurationSet } = await env.stack.request(CloneSet, { input: { sourceName: 'orders', name: 'orders-copy', includeTags: false } });
    expect(cloneConfigurationSet.configurationSet?.tags).toEqual([]);
    expect((await sesSet('orders-copy')).DeliveryOptions).toEqual(FULL_OPTIONS.DeliveryOptions);
  });

  it('returns the new set and a userError naming the destination that failed to copy', async () => {
    await seedSource();
    await injectFault('CreateConfigurationSetEventDestination', 'LimitExceededException');
    const { cloneConfigurationSet } = await env.stack.request(CloneSet, { input: { sourceName: 'orders', name: 'orders-copy' } });
    expect(cloneConfigurationSet).toEqual({
      configurationSet: { name: 'orders-copy', tags: [{ key: 'team', value: 'mail' }], eventDestinations: [] },
      userErrors: [{ code: 'LIMIT_EXCEEDED', field: null, message: expect.stringContaining('"bounces"') }],
    });
    // It stops at the first failure rather than leaving gaps.
    expect((await env.stack.calls()).CreateConfigurationSetEventDestination).toBe(1);
  });

  it('reports NOT_FOUND on sourceName for a missing source, after one read', async () => {
    const { cloneConfigurationSet } = await env.stack.request(CloneSet, { input: { sourceName: 'missing', name: 'copy' } });
    expect(cloneConfigurationSet).toEqual({ configurationSet: null, userErrors: [{ code: 'NOT_FOUND', field: ['sourceName'], message: expect.stringContaining('missing') }] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1 });
  });

  it('reports ALREADY_EXISTS on name for an existing target from the create, before copying any destination', async () => {
    await seedSource();
    await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'taken' }));
    await resetCounters();
    const { cloneConfigurationSet } = await env.stack.request(CloneSet, { input: { sourceName: 'orders', name: 'taken' } });
    expect(cloneConfigurationSet).toEqual({ configurationSet: null, userErrors: [{ code: 'ALREADY_EXISTS', field: ['name'], message: expect.stringContaining('taken') }] });
    expect(await env.stack.calls()).toEqual({ GetConfigurationSet: 1, GetConfigurationSetEventDestinations: 1, CreateConfigurationSet: 1 });
    expect((await sesSet('taken')).TrackingOptions).toBeUndefined();
    expect(await destinationsOf('taken')).toEqual([]);
  });

  it('puts the created set and the destinations copied so far into the extensions of a fault during the copy', async () => {
    await seedSource();
    // Hold the first destination's copy in the emulator, then make the next one fail with a server error.
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'CreateConfigurationSetEventDestination', latencyMs: 400, count: 1 });
    const pending = env.stack.execute(CloneSet, { input: { sourceName: 'orders', name: 'orders-copy' } });
    let held = false;
    for (let poll = 0; poll < 200 && !held; poll += 1) {
      held = ((await env.stack.emulator.stats()).operations.CreateConfigurationSetEventDestination?.faultsInjected ?? 0) >= 1;
      if (!held) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(held).toBe(true);
    await injectFault('CreateConfigurationSetEventDestination', 'InternalServiceErrorException');
    const result = await pending;
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED', createdConfigurationSet: 'orders-copy', copiedEventDestinations: ['bounces'] });
    const body = JSON.stringify(result);
    expect(body).not.toContain('Injected');
    expect(body).not.toContain('InternalServiceError');
    expect((await destinationsOf('orders-copy'))?.map((d) => d.Name)).toEqual(['bounces']);
  });

  it('reports NOT_FOUND when the source names a dedicated IP pool that no longer exists', async () => {
    // SES keeps the pool's name on a set after the pool is deleted.
    await ses().send(new CreateDedicatedIpPoolCommand({ PoolName: 'gone' }));
    await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'with-pool', DeliveryOptions: { SendingPoolName: 'gone' } }));
    await ses().send(new DeleteDedicatedIpPoolCommand({ PoolName: 'gone' }));
    const { cloneConfigurationSet } = await env.stack.request(CloneSet, { input: { sourceName: 'with-pool', name: 'copy' } });
    expect(cloneConfigurationSet).toEqual({ configurationSet: null, userErrors: [{ code: 'NOT_FOUND', field: null, message: expect.stringContaining('"gone"') }] });
    expect(await rejectionOf(sesSet('copy'))).toMatchObject({ name: 'NotFoundException' });
  });

  it('refuses invalid names without calling SES', async () => {
    const { cloneConfigurationSet } = await env.stack.request(CloneSet, { input: { sourceName: 'bad name', name: 'also bad' } });
    expect(cloneConfigurationSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['sourceName']],
      ['INVALID_INPUT', ['name']],
    ]);
    expect(await env.stack.calls()).toEqual({});
  });
});
