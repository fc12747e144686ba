/**
 * Property-based tests of every mutation's input (fast-check). The mutations
 * and their input types come from the served schema, so a new mutation is
 * covered as soon as inputArbitraries.ts has rules for its fields.
 *
 *  1. Any input (valid, broken, random JSON; through variables or inline):
 *     never a 5xx or INTERNAL_SERVER_ERROR, always a payload with userErrors
 *     or a request error of the client's making.
 *  2. Input broken in ways the gateway's rules or GraphQL's types refuse:
 *     a userError naming each broken field (or a validation error, or 413),
 *     and not one SES call.
 *
 * Runs with a fixed seed (PROPERTY_SEED overrides it); a failure prints the
 * seed and the counterexample. Each run is one HTTP request, one at a time.
 */
import { CreateConfigurationSetCommand, CreateConfigurationSetEventDestinationCommand, CreateEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import fc from 'fast-check';
import { getNullableType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/gateway/limits.js';
import { postGraphQL, servedSchema, type RawResponse } from '../support/auth.js';
import { startStack, type GatewayStack } from '../support/gateway.js';
import { corruptedValue, missingRules, mutationRequest, parses, SEEDED, validValue, type Corrupted, type Corruption } from '../support/inputArbitraries.js';

const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_130);
/** Per mutation; 15 mutations x (40 + 50) runs take about 20 s on two shared cores. */
const RUNS_ANY = 40;
const RUNS_INVALID = 50;

/** Errors a client causes with its request: answered 400, before any resolver runs. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

const mutationType = servedSchema.getMutationType();
const MUTATIONS = Object.values(mutationType?.getFields() ?? {}).map((field) => ({ name: field.name, inputType: field.args[0]?.type as GraphQLInputType }));

interface Case extends Corrupted {
  transport: 'variables' | 'inline';
}

type Outcomes = Record<string, number>;
const tally: Record<string, { any: Outcomes; invalid: Outcomes; sesCallsAny: number }> = {};

let stack: GatewayStack;

beforeAll(async () => {
  stack = await startStack();
  // Some valid inputs name these, so that updates, clones, tags and deletes also reach resources that exist.
  const ses = stack.emulator.client();
  for (const name of SEEDED.sets) await ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: name }));
  await ses.send(
    new CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: SEEDED.sets[0],
      EventDestinationName: SEEDED.destination,
      EventDestination: { Enabled: true, MatchingEventTypes: ['BOUNCE'], SnsDestination: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:prop' } },
    }),
  );
  for (const name of SEEDED.identities) await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: name }));
});

afterAll(async () => {
  const rows = Object.entries(tally).map(([name, t]) => {
    const fmt = (o: Outcomes) =>
      Object.entries(o)
        .sort(([, a], [, b]) => b - a)
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ');
    const count = (o: Outcomes) => Object.values(o).reduce((a, b) => a + b, 0);
    return `${name}\n  any input     (${count(t.any)} runs, ${t.sesCallsAny} SES calls): ${fmt(t.any)}\n  invalid input (${count(t.invalid)} runs, 0 SES calls): ${fmt(t.invalid)}`;
  });
  if (rows.length > 0) console.log(`property runs, seed ${SEED}\n${rows.join('\n')}`);
  await stack?.close();
});

const codesOf = (response: RawResponse) => [...new Set((response.body.errors ?? []).map((e) => String(e.extensions?.code)))].sort();

interface Payload {
  userErrors?: { code: string; field: string[] | null; message: string }[];
}

function payloadOf(response: RawResponse, field: string): Payload | undefined {
  const value = response.body.data?.[field];
  return value !== null && typeof value === 'object' ? (value as Payload) : undefined;
}

/** A short name for what the gateway answered, for the summary. */
function outcomeOf(response: RawResponse, field: string): string {
  if (response.status !== 200) return `${response.status} ${codesOf(response).join('+')}`;
  if (response.body.errors?.length) return `200 with errors ${codesOf(response).join('+')}`;
  const userErrors = payloadOf(response, field)?.userErrors ?? [];
  return userErrors.length === 0 ? '200 done' : `200 userError ${[...new Set(userErrors.map((e) => e.code))].sort().join('+')}`;
}

/** Property 1: what every answer must be, whatever was sent. */
function shapeProblems(response: RawResponse, field: string): string[] {
  const problems: string[] = [];
  const codes = codesOf(response);
  if (response.status >= 500) problems.push(`answered ${response.status}`);
  if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  if (response.status === 200) {
    if (response.body.errors?.length) problems.push(`200 with errors ${codes.join(', ')}`);
    if (!Array.isArray(payloadOf(response, field)?.userErrors)) problems.push('200 without a payload with userErrors');
  } else if (response.status === 400) {
    if (response.body.data) problems.push('400 with data');
    if (codes.length === 0 || !codes.every((code) => REQUEST_ERROR_CODES.has(code))) problems.push(`400 with codes ${codes.join(', ')}`);
  } else if (response.status === 413) {
    if (codes.join() !== 'PAYLOAD_TOO_LARGE') problems.push(`413 with codes ${codes.join(', ')}`);
  } else {
    problems.push(`unexpected status ${response.status}`);
  }
  return problems;
}

type Expected = '413' | '400' | 'userErrors';

/** What a broken input must get, from how it was broken and how it was sent. */
function expectedFor(request: { query: string; variables?: unknown }, corruptions: Corruption[]): Expected {
  if (Buffer.byteLength(JSON.stringify(request)) > DEFAULT_LIMITS.maxBodyBytes) return '413';
  if (corruptions.some((c) => c.layer === 'graphql') || !parses(request.query, DEFAULT_LIMITS.maxTokens)) return '400';
  return 'userErrors';
}

const startsWith = (field: readonly string[] | null, path: (string | number)[]) => field !== null && path.every((part, i) => field[i] === String(part));

/** Property 2: a broken input is refused for what was broken, and SES never hears of it. */
function invalidProblems(response: RawResponse, field: string, expected: Expected, corruptions: Corruption[], calls: Record<string, number>): string[] {
  const problems = shapeProblems(response, field);
  const made = Object.entries(calls).filter(([, n]) => n > 0);
  if (made.length > 0) problems.push(`made SES calls ${JSON.stringify(Object.fromEntries(made))}`);
  if (expected === '413' && response.status !== 413) problems.push(`expected 413, got ${response.status}`);
  if (expected === '400' && response.status !== 400) problems.push(`expected a request error (400), got ${response.status}`);
  if (expected === 'userErrors') {
    const userErrors = payloadOf(response, field)?.userErrors ?? [];
    if (response.status !== 200 || userErrors.length === 0) problems.push(`expected userErrors, got ${outcomeOf(response, field)}`);
    for (const c of corruptions) {
      if (!userErrors.some((e) => startsWith(e.field, c.path))) problems.push(`no userError names ${JSON.stringify(c.path)} (${c.label})`);
    }
    const codes = userErrors.map((e) => e.code).filter((code) => code !== 'INVALID_INPUT');
    if (codes.length > 0) problems.push(`userError codes ${codes.join(', ')} for invalid input`);
  }
  return problems;
}

const transport = fc.oneof({ weight: 3, arbitrary: fc.constant('variables' as const) }, { weight: 1, arbitrary: fc.constant('inline' as const) });

function anyCase(inputType: GraphQLInputType): fc.Arbitrary<Case> {
  const input = fc.oneof(
    { weight: 3, arbitrary: validValue(inputType).map((value): Corrupted => ({ input: value, corruptions: [] })) },
    { weight: 5, arbitrary: corruptedValue(inputType) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value): Corrupted => ({ input: value, corruptions: [{ path: [], layer: 'graphql', label: 'random JSON' }] })) },
  );
  return fc.record({ input, transport }).map(({ input: c, transport: t }) => ({ ...c, transport: t }));
}

const invalidCase = (inputType: GraphQLInputType): fc.Arbitrary<Case> => fc.record({ c: corruptedValue(inputType), transport }).map(({ c, transport: t }) => ({ ...c, transport: t }));

async function send(field: string, c: Case): Promise<{ request: ReturnType<typeof mutationRequest>; response: RawResponse }> {
  const request = mutationRequest(servedSchema, field, c.input, c.transport);
  return { request, response: await postGraphQL(stack.gateway.url, request) };
}

const totalCalls = async () => (await stack.emulator.stats()).totalCalls;

describe('mutation inputs', () => {
  it('every input field of every mutation has a rule, so each mutation is covered', () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(15);
    expect(missingRules(servedSchema)).toEqual([]);
    for (const { name, inputType } of MUTATIONS) expect(getNullableType(inputType), name).toBeDefined();
  });

  it('the invalid-input check fails on a valid input sent as if broken (it can catch an SES call)', async () => {
    await stack.emulator.admin('DELETE', '/_emulator/stats');
    const { response } = await send('createConfigurationSet', { input: { name: 'prop-oracle-check' }, corruptions: [], transport: 'variables' });
    const calls = Object.fromEntries(Object.entries((await stack.emulator.stats()).operations).map(([op, s]) => [op, s.calls]));
    expect(outcomeOf(response, 'createConfigurationSet')).toBe('200 done');
    const problems = invalidProblems(response, 'createConfigurationSet', 'userErrors', [{ path: ['name'], layer: 'gateway', label: 'pretend' }], calls);
    expect(problems).toEqual([expect.stringMatching(/^made SES calls .*CreateConfigurationSet/), expect.stringMatching(/^expected userErrors/), expect.stringMatching(/^no userError names \["name"\]/)]);
  });

  describe.each(MUTATIONS)('$name', ({ name, inputType }) => {
    it('any input: never a 5xx or INTERNAL_SERVER_ERROR; a payload with userErrors or a request error', async () => {
      const outcomes: Outcomes = {};
      const before = await totalCalls();
      await fc.assert(
        fc.asyncProperty(anyCase(inputType), async (c) => {
          const { response } = await send(name, c);
          const label = outcomeOf(response, name);
          outcomes[label] = (outcomes[label] ?? 0) + 1;
          const problems = shapeProblems(response, name);
          if (problems.length > 0) throw new Error(`${problems.join('; ')}\nresponse: ${response.text.slice(0, 2000)}`);
        }),
        { numRuns: RUNS_ANY, seed: SEED, endOnFailure: true },
      );
      tally[name] = { any: outcomes, invalid: tally[name]?.invalid ?? {}, sesCallsAny: (await totalCalls()) - before };
      // The gateway is still up and serving.
      expect((await fetch(`${stack.gateway.url}/healthz`)).status).toBe(200);
    }, 120_000);

    it('invalid input: a userError naming each broken field (or a request error), and no SES call', async () => {
      const outcomes: Outcomes = {};
      await fc.assert(
        fc.asyncProperty(invalidCase(inputType), async (c) => {
          await stack.emulator.admin('DELETE', '/_emulator/stats');
          const { request, response } = await send(name, c);
          const stats = await stack.emulator.stats();
          const calls = Object.fromEntries(Object.entries(stats.operations).map(([op, s]) => [op, s.calls]));
          const label = outcomeOf(response, name);
          outcomes[label] = (outcomes[label] ?? 0) + 1;
          const problems = invalidProblems(response, name, expectedFor(request, c.corruptions), c.corruptions, calls);
          if (problems.length > 0) throw new Error(`${problems.join('; ')}\nbroken: ${JSON.stringify(c.corruptions)}\nresponse: ${response.text.slice(0, 2000)}`);
        }),
        { numRuns: RUNS_INVALID, seed: SEED, endOnFailure: true },
      );
      tally[name] = { any: tally[name]?.any ?? {}, invalid: outcomes, sesCallsAny: tally[name]?.sesCallsAny ?? 0 };
    }, 120_000);
  });
});
