import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { EMULATOR_ACCOUNT_ID } from '../../src/gateway/config.js';
import { CANNED, UPSTREAM_SECRET, useProxiedGateway, type CannedAnswer } from '../support/upstreamProxy.js';

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

const env = useProxiedGateway();

async function execute(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(`${env.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

const ses = () => env.emulator.client({ accessKeyId: EMULATOR_ACCOUNT_ID });

/** What each broken answer to a read becomes: never INTERNAL_SERVER_ERROR, which is kept for the gateway's own bugs. */
const READ_CASES: [string, CannedAnswer, string][] = [
  ['a truncated JSON body', CANNED.truncatedJson, 'UPSTREAM_BAD_RESPONSE'],
  ['a load balancer\'s HTML 503 page', CANNED.html503, 'UPSTREAM_UNAVAILABLE'],
  ['an error name the SDK does not know (400)', CANNED.unknownErrorType, 'UPSTREAM_ERROR'],
  ['ConcurrentModificationException on a read', CANNED.concurrentModification, 'UPSTREAM_ERROR'],
  ['BadRequestException on a read', CANNED.badRequest, 'UPSTREAM_ERROR'],
];

describe('an SES read answered with', () => {
  it.each(READ_CASES)('%s maps to its UPSTREAM_* code, without SES\'s text', async (_case, answer, code) => {
    await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'seen' }));
    env.proxy.setRules([{ method: 'GET', path: /^\/v2\/email\/configuration-sets\/seen$/, answer }]);
    const result = await execute('{ configurationSet(name: "seen") { name sendingEnabled } }');
    expect(env.proxy.answered).toBe(1);
    expect(result.data).toEqual({ configurationSet: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['configurationSet'], extensions: { code } });
    expect(JSON.stringify(result)).not.toContain(UPSTREAM_SECRET);
    expect(JSON.stringify(result)).not.toMatch(/SomethingNew|ConcurrentModification|BadRequest|Deserialization|<html/);
  });
});

describe('progress details of a half-done mutation', () => {
  /** Faults a write step can meet, with the code each must carry; the write steps' own expected 4xx are userErrors instead. */
  const WRITE_CASES: [string, CannedAnswer, string][] = [
    ['a proxy\'s HTML 400 page', CANNED.html400, 'UPSTREAM_BAD_RESPONSE'],
    ['an HTML 503 page', CANNED.html503, 'UPSTREAM_UNAVAILABLE'],
    ['an InternalServiceErrorException', CANNED.internalError, 'UPSTREAM_UNAVAILABLE'],
    ['an unknown error name', CANNED.unknownErrorType, 'UPSTREAM_ERROR'],
    ['an AccessDeniedException', CANNED.accessDenied, 'UPSTREAM_UNAUTHORIZED'],
    ['a throttle past the retry budget', CANNED.throttled, 'UPSTREAM_THROTTLED'],
  ];

  it.each(WRITE_CASES)('updateConfigurationSet keeps appliedGroups and notAppliedGroups under %s', async (_case, answer, code) => {
    await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'half' }));
    env.proxy.setRules([{ method: 'PUT', path: /^\/v2\/email\/configuration-sets\/half\/reputation-options$/, answer }]);
    const result = await execute(`mutation {
      updateConfigurationSet(input: { name: "half", deliveryOptions: { tlsPolicy: REQUIRE }, reputationOptions: { reputationMetricsEnabled: true } }) {
        appliedGroups notAppliedGroups userErrors { code }
      }
    }`);
    expect(env.proxy.answered).toBeGreaterThanOrEqual(1);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    // toMatchObject: the write-verification step may add what it learned (e.g. `outcome`); the progress arrays must match exactly.
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, appliedGroups: ['DELIVERY'], notAppliedGroups: ['REPUTATION'] });
    expect(JSON.stringify(result)).not.toContain(UPSTREAM_SECRET);
    // The progress is the truth: SES has the delivery options.
    const after = await execute('{ configurationSet(name: "half") { deliveryOptions { tlsPolicy } reputationOptions { reputationMetricsEnabled } } }');
    expect(after.data).toEqual({ configurationSet: { deliveryOptions: { tlsPolicy: 'REQUIRE' }, reputationOptions: { reputationMetricsEnabled: false } } });
  });

  it.each(WRITE_CASES)('cloneConfigurationSet keeps createdConfigurationSet and copiedEventDestinations under %s', async (_case, answer, code) => {
    await ses().send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'source' }));
    for (const name of ['first', 'second']) {
      await ses().send(
        new CreateConfigurationSetEventDestinationCommand({
          ConfigurationSetName: 'source',
          EventDestinationName: name,
          EventDestination: { Enabled: true, MatchingEventTypes: ['SEND'], SnsDestination: { TopicArn: `arn:aws:sns:us-east-1:${EMULATOR_ACCOUNT_ID}:${name}` } },
        }),
      );
    }
    // The first copied destination goes through; the second meets the fault.
    env.proxy.setRules([{ method: 'POST', path: /^\/v2\/email\/configuration-sets\/copy\/event-destinations$/, answer, skip: 1 }]);
    const result = await execute('mutation { cloneConfigurationSet(input: { sourceName: "source", name: "copy" }) { userErrors { code } } }');
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    const extensions = result.errors?.[0]?.extensions ?? {};
    expect(extensions).toMatchObject({ code, createdConfigurationSet: 'copy', copiedEventDestinations: [expect.any(String)] });
    expect(extensions.copiedEventDestinations).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain(UPSTREAM_SECRET);
  });
});
