/**
 * Every SES input rule the gateway and the emulator both write down, sent to
 * both through the shared vectors of test/support/sesRuleVectors.ts:
 *
 *  - the gateway: an invalid value is refused as the vector says (a userError
 *    INVALID_INPUT naming the field, or a top-level BAD_USER_INPUT naming the
 *    argument) with no SES call at all; a valid one goes through, so SES
 *    accepted it too;
 *  - the emulator, through the real SDK: an invalid value gets the vector's
 *    exception (BadRequestException, or LimitExceededException for a count
 *    only SES can make); a valid one succeeds.
 *
 * A rule loosened or tightened on one side alone fails its vectors here.
 * One gateway and emulator for the file, reset before each vector.
 */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, type RawResponse } from '../support/auth.js';
import { rejectionOf } from '../support/emulator.js';
import { useStack } from '../support/gateway.js';
import { RULE_VECTORS, type GatewayRefusal, type RuleVector } from '../support/sesRuleVectors.js';

const env = useStack();

let ses: SESv2Client;
beforeAll(() => {
  ses = env.stack.emulator.client();
});

/** Creates what the vector needs, then zeroes the call counters so that only the vector's own calls count. */
async function setUp(vector: RuleVector): Promise<void> {
  for (const step of vector.setup) await step(ses);
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

/** SES calls made since setUp, by operation; operations not called are left out. */
async function callsMade(): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries(await env.stack.calls()).filter(([, calls]) => calls > 0));
}

/** The payload's userErrors, or undefined for a query field (it has no payload). */
function userErrorsOf(response: RawResponse, field: string): unknown[] | undefined {
  const payload = response.body.data?.[field];
  if (payload === null || typeof payload !== 'object' || !('userErrors' in payload) || !Array.isArray(payload.userErrors)) return undefined;
  return payload.userErrors;
}

/** What the gateway must have answered and called for a refused vector. */
function expectRefused(response: RawResponse, field: string, refusal: GatewayRefusal, calls: Record<string, number>): void {
  switch (refusal.kind) {
    case 'userError':
    case 'afterSesCall': {
      // A rule the gateway can check costs no call; one only SES can check costs exactly the refused call.
      expect(calls).toEqual(refusal.kind === 'userError' ? {} : { [refusal.operation]: 1 });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      const code = refusal.kind === 'userError' ? 'INVALID_INPUT' : refusal.code;
      expect(userErrorsOf(response, field)).toContainEqual(expect.objectContaining({ code, field: refusal.field }));
      return;
    }
    case 'request': {
      expect(calls).toEqual({});
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe(refusal.code);
      return;
    }
    case 'argument': {
      expect(calls).toEqual({});
      expect(response.body.data?.[field]).toBeNull();
      const error = response.body.errors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: refusal.argument });
      if (refusal.field) expect(error?.extensions?.fields).toContainEqual(refusal.field);
      return;
    }
  }
}

// Titles as plain strings: vitest shortens $-interpolated members to 40 characters.
describe.each(RULE_VECTORS.map((vector) => [`${vector.rule}: ${vector.name}`, vector] as const))('%s', (_title, vector) => {
  const { gateway, ses: sesSide } = vector;

  it(`gateway: ${gateway.field}(${gateway.at}) ${gateway.refusal ? 'refuses it before SES' : 'accepts it and SES accepts what it sends'}`, async () => {
    await setUp(vector);
    const response = await postGraphQL(env.stack.gateway.url, gateway.request);
    const calls = await callsMade();
    if (gateway.refusal) {
      expectRefused(response, gateway.field, gateway.refusal, calls);
      return;
    }
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const userErrors = userErrorsOf(response, gateway.field);
    if (userErrors !== undefined) expect(userErrors).toEqual([]);
    else expect(response.body.data?.[gateway.field]).not.toBeNull();
    expect(calls[sesSide.operation] ?? 0).toBeGreaterThanOrEqual(1);
  });

  it(`SES (emulator, SDK): ${sesSide.operation}.${sesSide.member} ${vector.valid ? 'succeeds' : `answers ${sesSide.exception ?? ''}`}`, async () => {
    await setUp(vector);
    if (sesSide.exception) {
      const error = await rejectionOf(sesSide.send(ses));
      expect(error.name).toBe(sesSide.exception);
      expect(error.$metadata?.httpStatusCode).toBe(400);
    } else {
      await sesSide.send(ses);
    }
  });
});
