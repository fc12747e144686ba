import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/gateway/ids.js';
import { resolveTarget, withTargetNames } from '../../src/gateway/mutationTargets.js';

const served = { servesRegion: (region: string) => region === 'us-east-1' || region === 'eu-west-1' };
const setId = encodeId('ConfigurationSet', 'eu-west-1', 'transactional');
const destinationId = encodeId('EventDestination', 'eu-west-1', 'transactional', 'to-sns');

describe('resolveTarget', () => {
  it('takes the name form as it is, region optional', () => {
    expect(resolveTarget('deleteConfigurationSet', { name: 'a', force: true }, served)).toEqual({ ok: true, input: { name: 'a', force: true, region: null } });
    expect(resolveTarget('deleteConfigurationSet', { name: 'a', region: 'eu-west-1' }, served)).toEqual({ ok: true, input: { name: 'a', region: 'eu-west-1' } });
  });

  it('replaces an id by the names and region it stands for', () => {
    expect(resolveTarget('updateConfigurationSet', { id: setId, sendingEnabled: false }, served)).toEqual({
      ok: true,
      input: { id: setId, sendingEnabled: false, name: 'transactional', region: 'eu-west-1' },
    });
    expect(resolveTarget('deleteEventDestination', { id: destinationId }, served)).toMatchObject({
      ok: true,
      input: { configurationSetName: 'transactional', name: 'to-sns', region: 'eu-west-1' },
    });
    expect(resolveTarget('cloneConfigurationSet', { sourceId: setId, name: 'copy' }, served)).toMatchObject({
      ok: true,
      input: { sourceName: 'transactional', name: 'copy', region: 'eu-west-1' },
    });
    expect(resolveTarget('createEventDestination', { configurationSetId: setId, name: 'new' }, served)).toMatchObject({
      ok: true,
      input: { configurationSetName: 'transactional', name: 'new', region: 'eu-west-1' },
    });
  });

  it('accepts a region beside the id only when it is the id\'s own', () => {
    expect(resolveTarget('deleteConfigurationSet', { id: setId, region: 'eu-west-1' }, served)).toMatchObject({ ok: true });
    expect(resolveTarget('deleteConfigurationSet', { id: setId, region: 'us-east-1' }, served)).toEqual({
      ok: false,
      errors: [{ code: 'INVALID_INPUT', field: ['region'], message: 'region: the id names a configuration set in eu-west-1, not in us-east-1; leave region out.' }],
    });
  });

  it('refuses an id and names together', () => {
    expect(resolveTarget('deleteConfigurationSet', { id: setId, name: 'transactional' }, served)).toEqual({
      ok: false,
      errors: [{ code: 'INVALID_INPUT', field: ['id'], message: 'id: give either id or name, not both.' }],
    });
    expect(resolveTarget('updateEventDestination', { id: destinationId, configurationSetName: 'transactional' }, served)).toMatchObject({
      ok: false,
      errors: [{ field: ['id'], message: 'id: give either id or configurationSetName and name, not both.' }],
    });
  });

  it('refuses neither form, naming each missing field', () => {
    expect(resolveTarget('deleteEventDestination', { region: 'us-east-1' }, served)).toEqual({
      ok: false,
      errors: [
        { code: 'INVALID_INPUT', field: ['configurationSetName'], message: "configurationSetName: give the event destination's configurationSetName, or its id instead." },
        { code: 'INVALID_INPUT', field: ['name'], message: "name: give the event destination's name, or its id instead." },
      ],
    });
    expect(resolveTarget('deleteConfigurationSet', { name: null, id: null }, served)).toMatchObject({ ok: false, errors: [{ field: ['name'] }] });
  });

  it('refuses ids that are not ours, of another type, or of a region not served', () => {
    const refused = (id: string) => resolveTarget('deleteEmailIdentity', { id }, served);
    for (const id of ['nonsense', setId, encodeId('EmailIdentity', 'ap-south-2', 'example.com')]) {
      expect(refused(id)).toEqual({
        ok: false,
        errors: [{ code: 'INVALID_INPUT', field: ['id'], message: "id: is not the id of an email identity (ids come from this API's `id` fields)." }],
      });
    }
    expect(refused(encodeId('EmailIdentity', 'us-east-1', 'example.com'))).toMatchObject({ ok: true, input: { name: 'example.com', region: 'us-east-1' } });
  });
});

describe('withTargetNames (audit and pricing read the raw input)', () => {
  it('fills in the names of an id of the right type, and leaves anything else alone', () => {
    expect(withTargetNames('deleteConfigurationSet', { id: setId })).toEqual({ id: setId, name: 'transactional', region: 'eu-west-1' });
    expect(withTargetNames('deleteConfigurationSet', { id: destinationId })).toEqual({ id: destinationId });
    expect(withTargetNames('createConfigurationSet', { name: 'x' })).toEqual({ name: 'x' });
    expect(withTargetNames('deleteConfigurationSet', { name: 'x' })).toEqual({ name: 'x' });
  });
});
