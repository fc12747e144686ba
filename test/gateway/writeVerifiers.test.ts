import { describe, expect, it } from 'vitest';
import { ABSENT, holds, verificationSubject, verifyWrite, type VerificationRead } from '../../src/gateway/ses/ambiguousWrites.js';

const notFound = () => Object.assign(new Error('missing'), { name: 'NotFoundException', $fault: 'client', $metadata: { httpStatusCode: 404 } });

/** A read answering from `state` by operation, NotFound where it holds nothing; records what was read. */
function readOf(state: Record<string, unknown>) {
  const reads: string[] = [];
  const read = (async (operation: string) => {
    reads.push(operation);
    if (!(operation in state)) throw notFound();
    const answer = state[operation];
    if (answer instanceof Error) throw answer;
    return answer;
  }) as VerificationRead;
  return { read, reads };
}

describe(holds.name, () => {
  it('compares the fields the write set, arrays as sets, and ABSENT as missing or empty', () => {
    expect(holds({ A: 1, B: { C: 'x', D: 2 } }, { B: { C: 'x' } })).toBe(true);
    expect(holds({ A: 1 }, { A: 2 })).toBe(false);
    expect(holds({ R: ['BOUNCE', 'COMPLAINT'] }, { R: ['COMPLAINT', 'BOUNCE'] })).toBe(true);
    expect(holds({ R: ['BOUNCE'] }, { R: ['COMPLAINT', 'BOUNCE'] })).toBe(false);
    expect(holds({ A: 1 }, { A: undefined })).toBe(true);
    expect(holds({}, { V: ABSENT })).toBe(true);
    expect(holds({ V: [] }, { V: ABSENT })).toBe(true);
    expect(holds({ V: { Dashboard: {} } }, { V: ABSENT })).toBe(false);
  });
});

describe(verifyWrite.name, () => {
  it('calls a create done when the resource exists, not done when SES says it does not', async () => {
    expect(await verifyWrite('CreateConfigurationSet', { ConfigurationSetName: 's' }, readOf({ GetConfigurationSet: { ConfigurationSetName: 's' } }).read)).toMatchObject({ applied: true });
    expect(await verifyWrite('CreateConfigurationSet', { ConfigurationSetName: 's' }, readOf({}).read)).toEqual({ applied: false });
  });

  it('answers a verified CreateEmailIdentity with what SES would have answered', async () => {
    const identity = { IdentityType: 'EMAIL_ADDRESS', VerifiedForSendingStatus: false, DkimAttributes: { SigningEnabled: false } };
    expect(await verifyWrite('CreateEmailIdentity', { EmailIdentity: 'a@example.com' }, readOf({ GetEmailIdentity: identity }).read)).toEqual({
      applied: true,
      output: { ...identity, $metadata: {} },
    });
  });

  it('calls a delete done when the resource is gone', async () => {
    expect(await verifyWrite('DeleteEmailIdentity', { EmailIdentity: 'a@example.com' }, readOf({}).read)).toMatchObject({ applied: true });
    expect(await verifyWrite('DeleteEmailIdentity', { EmailIdentity: 'a@example.com' }, readOf({ GetEmailIdentity: {} }).read)).toEqual({ applied: false });
  });

  it('compares an option change with the set as it now is', async () => {
    const set = { GetConfigurationSet: { SendingOptions: { SendingEnabled: false }, VdmOptions: { DashboardOptions: { EngagementMetrics: 'ENABLED' } } } };
    expect(await verifyWrite('PutConfigurationSetSendingOptions', { ConfigurationSetName: 's', SendingEnabled: false }, readOf(set).read)).toMatchObject({ applied: true });
    expect(await verifyWrite('PutConfigurationSetSendingOptions', { ConfigurationSetName: 's', SendingEnabled: true }, readOf(set).read)).toEqual({ applied: false });
    // Removing VDM options: done only once the set has none.
    expect(await verifyWrite('PutConfigurationSetVdmOptions', { ConfigurationSetName: 's' }, readOf(set).read)).toEqual({ applied: false });
  });

  it('compares tags and the account VDM attributes', async () => {
    const tags = { ListTagsForResource: { Tags: [{ Key: 'team', Value: 'mail' }] } };
    expect(await verifyWrite('TagResource', { ResourceArn: 'arn', Tags: [{ Key: 'team', Value: 'mail' }] }, readOf(tags).read)).toMatchObject({ applied: true });
    expect(await verifyWrite('TagResource', { ResourceArn: 'arn', Tags: [{ Key: 'team', Value: 'web' }] }, readOf(tags).read)).toEqual({ applied: false });
    expect(await verifyWrite('UntagResource', { ResourceArn: 'arn', TagKeys: ['team'] }, readOf(tags).read)).toEqual({ applied: false });
    expect(await verifyWrite('UntagResource', { ResourceArn: 'arn', TagKeys: ['owner'] }, readOf(tags).read)).toMatchObject({ applied: true });
    const account = { GetAccount: { VdmAttributes: { VdmEnabled: 'ENABLED' } } };
    expect(await verifyWrite('PutAccountVdmAttributes', { VdmAttributes: { VdmEnabled: 'ENABLED' } }, readOf(account).read)).toMatchObject({ applied: true });
    expect(await verifyWrite('PutAccountVdmAttributes', { VdmAttributes: { VdmEnabled: 'DISABLED' } }, readOf(account).read)).toEqual({ applied: false });
  });

  it('finds an event destination by name and compares its definition', async () => {
    const destinations = { GetConfigurationSetEventDestinations: { EventDestinations: [{ Name: 'd', Enabled: true, MatchingEventTypes: ['SEND', 'BOUNCE'] }] } };
    const input = { ConfigurationSetName: 's', EventDestinationName: 'd' };
    expect(await verifyWrite('CreateConfigurationSetEventDestination', { ...input, EventDestination: {} }, readOf(destinations).read)).toMatchObject({ applied: true });
    expect(await verifyWrite('UpdateConfigurationSetEventDestination', { ...input, EventDestination: { MatchingEventTypes: ['BOUNCE', 'SEND'] } }, readOf(destinations).read)).toMatchObject({ applied: true });
    expect(await verifyWrite('UpdateConfigurationSetEventDestination', { ...input, EventDestination: { Enabled: false } }, readOf(destinations).read)).toEqual({ applied: false });
    expect(await verifyWrite('DeleteConfigurationSetEventDestination', input, readOf(destinations).read)).toEqual({ applied: false });
  });

  it('rejects when the state cannot be read, so the outcome is unknown', async () => {
    const failing = readOf({ GetConfigurationSet: Object.assign(new Error('down'), { name: 'InternalServiceErrorException', $metadata: { httpStatusCode: 500 } }) });
    await expect(verifyWrite('DeleteConfigurationSet', { ConfigurationSetName: 's' }, failing.read)).rejects.toMatchObject({ name: 'InternalServiceErrorException' });
  });
});

describe(verificationSubject.name, () => {
  it('names what a person should check', () => {
    expect(verificationSubject('CreateConfigurationSet', { ConfigurationSetName: 's' }, 'eu-west-1')).toBe('whether configuration set "s" in eu-west-1 exists');
    expect(verificationSubject('PutConfigurationSetDeliveryOptions', { ConfigurationSetName: 's' }, 'us-east-1')).toBe('the delivery options of configuration set "s" in us-east-1');
  });
});
