import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

/** Objects made in eu-west-1, not the default region: a mutation by id must take the region from the id. */
const REGION = 'eu-west-1';

const Setup = graphql(`
  mutation MutationIdsSetup($region: Region!) {
    createConfigurationSet(input: { name: "by-id", region: $region }) { configurationSet { id } userErrors { message } }
    createEmailIdentity(input: { name: "sender@example.com", region: $region }) { emailIdentity { id } userErrors { message } }
  }
`);

const CreateDestination = graphql(`
  mutation MutationIdsCreateDestination($setId: ID!) {
    createEventDestination(input: { configurationSetId: $setId, name: "to-sns", matchingEventTypes: [BOUNCE], destination: { sns: { topicArn: "arn:aws:sns:eu-west-1:123456789012:bounces" } } }) {
      eventDestination { id name configurationSet { name region } }
      userErrors { code field message }
    }
  }
`);

const ChangeSet = graphql(`
  mutation MutationIdsChangeSet($setId: ID!) {
    updateConfigurationSet(input: { id: $setId, deliveryOptions: { tlsPolicy: REQUIRE } }) {
      configurationSet { name region deliveryOptions { tlsPolicy } }
      userErrors { code field message }
    }
    setConfigurationSetSendingEnabled(input: { id: $setId, enabled: false }) {
      configurationSet { sendingEnabled }
      userErrors { code field message }
    }
    setConfigurationSetVdmOptions(input: { id: $setId, vdmOptions: { dashboardEngagementMetrics: ENABLED } }) {
      configurationSet { effectiveVdmOptions { dashboardEngagementMetrics dashboardEngagementMetricsSource } }
      userErrors { code field message }
    }
    cloneConfigurationSet(input: { sourceId: $setId, name: "by-id-copy" }) {
      configurationSet { name region eventDestinations { name } }
      userErrors { code field message }
    }
  }
`);

const ChangeDestinationAndIdentity = graphql(`
  mutation MutationIdsChangeDestination($destinationId: ID!, $identityId: ID!) {
    updateEventDestination(input: { id: $destinationId, enabled: false }) {
      eventDestination { name enabled }
      userErrors { code field message }
    }
    setEmailIdentityDefaultConfigurationSet(input: { id: $identityId, configurationSetName: "by-id" }) {
      emailIdentity { name region defaultConfigurationSet { name } }
      userErrors { code field message }
    }
  }
`);

const DeleteAll = graphql(`
  mutation MutationIdsDelete($destinationId: ID!, $identityId: ID!, $setId: ID!) {
    deleteEventDestination(input: { id: $destinationId }) { deletedEventDestinationId userErrors { code field message } }
    deleteEmailIdentity(input: { id: $identityId }) { deletedEmailIdentityId userErrors { code field message } }
    deleteConfigurationSet(input: { id: $setId, force: true }) { deletedConfigurationSetId userErrors { code field message } }
  }
`);

const DeleteSet = graphql(`
  mutation MutationIdsDeleteSet($input: DeleteConfigurationSetInput!) {
    deleteConfigurationSet(input: $input) { deletedConfigurationSetId userErrors { code field message } }
  }
`);

const DeleteDestination = graphql(`
  mutation MutationIdsDeleteDestination($input: DeleteEventDestinationInput!) {
    deleteEventDestination(input: $input) { deletedEventDestinationId userErrors { code field message } }
  }
`);

async function setUp() {
  const made = await env.stack.request(Setup, { region: REGION });
  const setId = made.createConfigurationSet.configurationSet?.id ?? '';
  const identityId = made.createEmailIdentity.emailIdentity?.id ?? '';
  expect(setId).not.toBe('');
  expect(identityId).not.toBe('');
  return { setId, identityId };
}

describe('mutations on an existing object accept its node id', () => {
  it('runs every such mutation by id, in the id\'s region', async () => {
    const { setId, identityId } = await setUp();

    const created = await env.stack.request(CreateDestination, { setId });
    expect(created.createEventDestination).toMatchObject({ eventDestination: { name: 'to-sns', configurationSet: { name: 'by-id', region: REGION } }, userErrors: [] });
    const destinationId = created.createEventDestination.eventDestination?.id ?? '';

    const changed = await env.stack.request(ChangeSet, { setId });
    expect(changed.updateConfigurationSet).toEqual({ configurationSet: { name: 'by-id', region: REGION, deliveryOptions: { tlsPolicy: 'REQUIRE' } }, userErrors: [] });
    expect(changed.setConfigurationSetSendingEnabled).toEqual({ configurationSet: { sendingEnabled: false }, userErrors: [] });
    expect(changed.setConfigurationSetVdmOptions).toEqual({
      configurationSet: { effectiveVdmOptions: { dashboardEngagementMetrics: 'ENABLED', dashboardEngagementMetricsSource: 'CONFIGURATION_SET' } },
      userErrors: [],
    });
    expect(changed.cloneConfigurationSet).toEqual({ configurationSet: { name: 'by-id-copy', region: REGION, eventDestinations: [{ name: 'to-sns' }] }, userErrors: [] });

    const second = await env.stack.request(ChangeDestinationAndIdentity, { destinationId, identityId });
    expect(second.updateEventDestination).toEqual({ eventDestination: { name: 'to-sns', enabled: false }, userErrors: [] });
    expect(second.setEmailIdentityDefaultConfigurationSet).toEqual({ emailIdentity: { name: 'sender@example.com', region: REGION, defaultConfigurationSet: { name: 'by-id' } }, userErrors: [] });

    const deleted = await env.stack.request(DeleteAll, { destinationId, identityId, setId });
    expect(deleted).toEqual({
      deleteEventDestination: { deletedEventDestinationId: destinationId, userErrors: [] },
      deleteEmailIdentity: { deletedEmailIdentityId: identityId, userErrors: [] },
      deleteConfigurationSet: { deletedConfigurationSetId: setId, userErrors: [] },
    });
  });

  it('still takes the name form, and the name form and the id name the same object', async () => {
    const { setId } = await setUp();
    const byName = await env.stack.request(DeleteSet, { input: { name: 'by-id', region: REGION } });
    expect(byName.deleteConfigurationSet).toEqual({ deletedConfigurationSetId: setId, userErrors: [] });
  });
});

describe('a target named badly is a userError, before any SES call', () => {
  it.each([
    ['both an id and a name', (setId: string) => ({ id: setId, name: 'by-id' }), { field: ['id'], message: 'id: give either id or name, not both.' }],
    ['neither', () => ({ region: REGION }), { field: ['name'], message: "name: give the configuration set's name, or its id instead." }],
    ['an id of another type', () => ({ id: Buffer.from(JSON.stringify(['EmailIdentity', REGION, 'example.com'])).toString('base64url') }), { field: ['id'], message: "id: is not the id of a configuration set (ids come from this API's `id` fields)." }],
    ['an id that is not one', () => ({ id: 'not-an-id' }), { field: ['id'], message: "id: is not the id of a configuration set (ids come from this API's `id` fields)." }],
    ['a region other than the id\'s', (setId: string) => ({ id: setId, region: 'us-east-1' }), { field: ['region'], message: 'region: the id names a configuration set in eu-west-1, not in us-east-1; leave region out.' }],
  ])('%s', async (_name, input, error) => {
    const { setId } = await setUp();
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    const result = await env.stack.request(DeleteSet, { input: input(setId) });
    expect(result.deleteConfigurationSet).toEqual({ deletedConfigurationSetId: null, userErrors: [{ code: 'INVALID_INPUT', ...error }] });
    expect(await env.stack.calls()).toEqual({});
  });

  it('names every missing name field of an event destination', async () => {
    const result = await env.stack.request(DeleteDestination, { input: {} });
    expect(result.deleteEventDestination.userErrors.map((error) => error.field)).toEqual([['configurationSetName'], ['name']]);
    expect(await env.stack.calls()).toEqual({});
  });
});
