/**
 * The warm read path's shortcuts keep the answers and the SES calls of the
 * plain path: a page of sets reads ahead only what its fields would read,
 * fields served from the SDK's shapes (resolvers/fields.ts) still resolve
 * after a mutation (Apollo then wraps every resolver), and every response says
 * `Cache-Control: no-store` without Apollo's per-field cache-control hook.
 */
import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/gateway.js';

const env = useStack();

interface Answer {
  status: number;
  cacheControl: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${env.stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Answer['body'] };
}

const SET_FIELDS = `name sendingEnabled
  deliveryOptions { tlsPolicy maxDeliverySeconds }
  trackingOptions { customRedirectDomain httpsPolicy }
  reputationOptions { reputationMetricsEnabled }
  suppressionOptions { suppressedReasons }
  archivingOptions { archiveArn }
  tags { key value }
  eventDestinations { name enabled matchingEventTypes destination { __typename ... on SnsDestination { topicArn } } }`;

async function seed(count: number) {
  const ses = env.stack.emulator.client();
  for (let i = 0; i < count; i += 1) {
    const name = `warm-${i}`;
    await ses.send(
      new CreateConfigurationSetCommand({
        ConfigurationSetName: name,
        TrackingOptions: { CustomRedirectDomain: `t${i}.example.com`, HttpsPolicy: 'REQUIRE' },
        DeliveryOptions: { TlsPolicy: 'REQUIRE', MaxDeliverySeconds: 600 },
        SuppressionOptions: { SuppressedReasons: ['BOUNCE'] },
        ArchivingOptions: { ArchiveArn: `arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-${i}` },
        Tags: [{ Key: 'team', Value: `t${i}` }],
      }),
    );
    await ses.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: name,
        EventDestinationName: 'sns',
        EventDestination: { Enabled: true, MatchingEventTypes: ['BOUNCE'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } },
      }),
    );
  }
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

describe('a page of configuration sets', () => {
  it('answers every field as the sets asked one by one do, with one read of each kind per set', async () => {
    await seed(3);
    const page = await ask(`{ configurationSets(first: 10) { nodes { ${SET_FIELDS} } edges { cursor node { name tags { key } } } pageInfo { hasNextPage endCursor } } }`);
    expect(page.body.errors).toBeUndefined();
    expect(await env.stack.calls()).toEqual({ ListConfigurationSets: 1, GetConfigurationSet: 3, GetConfigurationSetEventDestinations: 3 });
    const one = async (name: string) => (await ask(`query One($name: String!) { configurationSet(name: $name) { ${SET_FIELDS} } }`, { name })).body.data?.configurationSet;
    const nodes = (page.body.data?.configurationSets as { nodes: unknown[] }).nodes;
    expect(nodes).toEqual([await one('warm-0'), await one('warm-1'), await one('warm-2')]);
  });

  it('reads nothing ahead for fields under @skip or @include, nor for fields that need no read', async () => {
    await seed(2);
    const answer = await ask('query Page($no: Boolean!) { configurationSets(first: 10) { nodes { name sendingEnabled @include(if: $no) ... @skip(if: true) { tags { key } } } } }', { no: false });
    expect(answer.body).toEqual({ data: { configurationSets: { nodes: [{ name: 'warm-0' }, { name: 'warm-1' }] } }, extensions: expect.anything() });
    expect(await env.stack.calls()).toEqual({ ListConfigurationSets: 1 });
  });

  it('nulls the fields of a set deleted between the listing and its read, with their errors, as before', async () => {
    await seed(1);
    await env.stack.emulator.admin('POST', '/_emulator/faults', { operation: 'GetConfigurationSet', kind: 'error', errorType: 'NotFoundException' });
    const answer = await ask('{ configurationSets(first: 10) { nodes { name sendingEnabled tags { key } } } }');
    expect(answer.body.data).toEqual({ configurationSets: { nodes: [{ name: 'warm-0', sendingEnabled: null, tags: null }] } });
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });
});

describe('after a mutation', () => {
  it('still answers fields read from the SDK shapes (sdk() field maps)', async () => {
    const created = await ask('mutation { createConfigurationSet(input: { name: "after-mutation", trackingOptions: { customRedirectDomain: "t.example.com" } }) { userErrors { code } } }');
    expect(created.body.errors).toBeUndefined();
    const answer = await ask('{ configurationSet(name: "after-mutation") { trackingOptions { customRedirectDomain } } }');
    expect(answer.body.data).toEqual({ configurationSet: { trackingOptions: { customRedirectDomain: 't.example.com' } } });
  });
});

describe('Cache-Control', () => {
  it('is no-store on answers, errors and refusals alike', async () => {
    expect((await ask('{ configurationSets(first: 1) { nodes { name } } }')).cacheControl).toBe('no-store');
    const invalid = await ask('{ nosuchField }');
    expect([invalid.status, invalid.cacheControl]).toEqual([400, 'no-store']);
  });
});
