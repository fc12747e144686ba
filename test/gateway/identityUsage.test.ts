import { CreateConfigurationSetCommand, CreateEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

// No shared cache: only the request's own loaders can keep it from listing twice.
const env = useStack({ env: { CACHE_TTL_SECONDS: '0' } });

const SetsWithUsers = graphql(`
  query IdentityUsageSetsWithUsers {
    configurationSets {
      nodes { name defaultForIdentities { name } }
    }
  }
`);

describe('ConfigurationSet.defaultForIdentities without the shared cache', () => {
  it('lists the region\'s identities once per request however many sets select it', async () => {
    const client = env.stack.emulator.client();
    for (const name of ['set-a', 'set-b', 'set-c']) await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'a.example.com', ConfigurationSetName: 'set-a' }));
    await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'c.example.com', ConfigurationSetName: 'set-c' }));
    await env.stack.emulator.admin('DELETE', '/_emulator/stats');
    const { configurationSets } = await env.stack.request(SetsWithUsers);
    expect(configurationSets?.nodes).toEqual([
      { name: 'set-a', defaultForIdentities: [{ name: 'a.example.com' }] },
      { name: 'set-b', defaultForIdentities: [] },
      { name: 'set-c', defaultForIdentities: [{ name: 'c.example.com' }] },
    ]);
    expect(await env.stack.calls()).toEqual({ ListConfigurationSets: 1, ListEmailIdentities: 1, GetEmailIdentity: 2 });
  });
});
