import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiKeyEntry, generateApiKey } from '../../src/gateway/auth/apiKeys.js';
import { rootFieldRoles, roleAllows } from '../../src/gateway/auth/authorize.js';
import { ROLES, type Role } from '../../src/gateway/context.js';
import { AUDIENCE, errorCodes, ISSUER, mintToken, mutationCases, postGraphQL, serveJwks, servedSchema, signingKey, tamperedToken, unsignedToken, type JwksServer, type RawResponse, type SigningKey } from '../support/auth.js';
import { startStack, type GatewayStack } from '../support/gateway.js';

/**
 * One gateway with API keys and JWTs (from a JWKS served on 127.0.0.1), on a
 * fresh emulator. Every refused request must leave the emulator's call count at 0.
 */
const keys: Record<Role, string> = { reader: generateApiKey(), writer: generateApiKey(), admin: generateApiKey() };
let idp: SigningKey;
let otherKey: SigningKey;
let jwks: JwksServer;
let stack: GatewayStack;

beforeAll(async () => {
  idp = await signingKey('idp-1');
  otherKey = await signingKey('idp-1');
  jwks = await serveJwks([idp]);
  stack = await startStack({
    env: {
      AUTH_API_KEYS: ROLES.map((role) => apiKeyEntry(`${role}-bot`, role, keys[role])).join(','),
      AUTH_JWKS_URL: jwks.url,
      AUTH_JWT_ISSUER: ISSUER,
      AUTH_JWT_AUDIENCE: AUDIENCE,
    },
  });
});
afterAll(async () => {
  await stack?.close();
  await jwks?.close();
});
beforeEach(async () => {
  await stack.emulator.admin('POST', '/_emulator/reset');
  stack.gateway.ses.clearCache();
});

async function sesCalls(): Promise<number> {
  return (await stack.emulator.stats()).totalCalls;
}

/** Runs a request from a zeroed call counter and returns the response with the SES calls it caused. */
async function counted(send: () => Promise<RawResponse>): Promise<{ response: RawResponse; calls: number }> {
  await stack.emulator.admin('DELETE', '/_emulator/stats');
  const response = await send();
  return { response, calls: await sesCalls() };
}

type Credential = 'apiKey' | 'jwt';
type CellRole = Role | 'none';

async function headersFor(credential: Credential, role: CellRole): Promise<Record<string, string>> {
  if (credential === 'apiKey') return role === 'none' ? {} : { 'x-api-key': keys[role] };
  // A JWT with no role claim: authenticated, but allowed nothing.
  return { authorization: `Bearer ${await mintToken({ key: idp, sub: `svc-${role}`, ...(role !== 'none' && { role }) })}` };
}

const roleOf = new Map(rootFieldRoles(servedSchema, 'Mutation').map(({ field, role }) => [field.replace('Mutation.', ''), role]));
const cases = mutationCases();

describe('every mutation x every role x {API key, JWT}', () => {
  it('enumerates the mutations from the schema', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(cases.map((c) => c.field)).toContain('updateAccountVdmAttributes');
  });

  for (const credential of ['apiKey', 'jwt'] as const) {
    for (const role of ['none', ...ROLES] as const) {
      it(`${credential} with role ${role}`, async () => {
        const headers = await headersFor(credential, role);
        const outcomes: string[] = [];
        for (const { field, query, variables } of cases) {
          const required = roleOf.get(field) ?? 'reader';
          const { response, calls } = await counted(() => postGraphQL(stack.gateway.url, { query, variables }, headers));
          const codes = errorCodes(response);
          if (credential === 'apiKey' && role === 'none') {
            outcomes.push(`${field}: ${response.status} ${codes.join()} calls=${calls}`);
            expect(response.status, field).toBe(401);
            expect(codes, field).toEqual(['UNAUTHENTICATED']);
            expect(calls, field).toBe(0);
          } else if (!roleAllows(role === 'none' ? null : role, required)) {
            expect(response.status, field).toBe(403);
            expect(codes, field).toEqual(['FORBIDDEN']);
            expect(response.body.errors?.[0]?.message, field).toContain(`Mutation.${field} requires the ${required} role`);
            expect(response.body.errors?.[0]?.extensions, field).toMatchObject({ field: `Mutation.${field}`, requiredRole: required });
            expect(response.body.data, field).toBeUndefined();
            expect(calls, field).toBe(0);
          } else {
            // Allowed: the resolver ran (it returned a payload, or failed at its own path), whatever SES said.
            expect(codes, field).not.toContain('FORBIDDEN');
            expect(codes, field).not.toContain('UNAUTHENTICATED');
            const ran = response.body.data?.[field] != null || (response.body.errors ?? []).some((error) => error.path?.[0] === field);
            expect(ran, `${field}: ${response.text}`).toBe(true);
          }
        }
        expect(outcomes.length === 0 || outcomes.length === cases.length).toBe(true);
      });
    }
  }
});

describe('a refused operation runs nothing', () => {
  const multi = `mutation Multi($set: CreateConfigurationSetInput!, $vdm: UpdateAccountVdmAttributesInput!) {
    createConfigurationSet(input: $set) { configurationSet { name } userErrors { code } }
    updateAccountVdmAttributes(input: $vdm) { userErrors { code } }
  }`;
  const variables = { set: { name: 'multi-allowed' }, vdm: { enabled: 'ENABLED' } };
  const exists = async () => {
    const response = await postGraphQL(stack.gateway.url, { query: '{ configurationSet(name: "multi-allowed") { name } }' }, { 'x-api-key': keys.reader });
    return response.body.data?.configurationSet != null;
  };

  it('refuses a writer the whole multi-field mutation when one field needs admin: no SES call, the allowed field did not happen', async () => {
    const { response, calls } = await counted(() => postGraphQL(stack.gateway.url, { query: multi, variables }, { 'x-api-key': keys.writer }));
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Mutation.updateAccountVdmAttributes', requiredRole: 'admin', callerRole: 'writer' });
    expect(calls).toBe(0);
    expect(await exists()).toBe(false);
  });

  it('runs the same mutation for an admin (the refusal above is the role, not the document)', async () => {
    const response = await postGraphQL(stack.gateway.url, { query: multi, variables }, { 'x-api-key': keys.admin });
    expect(response.body.errors).toBeUndefined();
    expect(await exists()).toBe(true);
  });

  it('finds a forbidden field inside a named fragment', async () => {
    const query = `mutation ViaFragment($vdm: UpdateAccountVdmAttributesInput!) { ...Vdm }
      fragment Vdm on Mutation { updateAccountVdmAttributes(input: $vdm) { userErrors { code } } }`;
    const { response, calls } = await counted(() => postGraphQL(stack.gateway.url, { query, variables: { vdm: { enabled: 'ENABLED' } } }, { 'x-api-key': keys.writer }));
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(calls).toBe(0);
  });

  it('finds a forbidden field inside an inline fragment and under @skip', async () => {
    const query = `mutation Inline($vdm: UpdateAccountVdmAttributesInput!, $skip: Boolean!) {
      ... on Mutation { updateAccountVdmAttributes(input: $vdm) @skip(if: $skip) { userErrors { code } } }
    }`;
    const { response, calls } = await counted(() => postGraphQL(stack.gateway.url, { query, variables: { vdm: { enabled: 'ENABLED' }, skip: true } }, { 'x-api-key': keys.writer }));
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(calls).toBe(0);
  });

  it('checks only the operation that runs when a document holds several', async () => {
    const query = `mutation Allowed { createConfigurationSet(input: { name: "picked" }) { userErrors { code } } }
      mutation NotRun { updateAccountVdmAttributes(input: { enabled: ENABLED }) { userErrors { code } } }`;
    const allowed = await postGraphQL(stack.gateway.url, { query, operationName: 'Allowed' }, { 'x-api-key': keys.writer });
    expect(allowed.body.errors).toBeUndefined();
    const refused = await postGraphQL(stack.gateway.url, { query, operationName: 'NotRun' }, { 'x-api-key': keys.writer });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  });
});

describe('queries', () => {
  const query = '{ configurationSets(first: 5) { nodes { name } } }';

  it('lets every role read', async () => {
    for (const role of ROLES) {
      const response = await postGraphQL(stack.gateway.url, { query }, { 'x-api-key': keys[role] });
      expect(response.body.errors, role).toBeUndefined();
      expect(response.body.data?.configurationSets).toEqual({ nodes: [] });
    }
  });

  it('refuses a token with no known role any field but introspection', async () => {
    const headers = { authorization: `Bearer ${await mintToken({ key: idp, role: ['auditor', 'guest'] })}` };
    const { response, calls } = await counted(() => postGraphQL(stack.gateway.url, { query }, headers));
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.message).toContain('Query.configurationSets requires the reader role');
    expect(response.body.errors?.[0]?.message).toContain('svc-test has no role');
    expect(calls).toBe(0);
    const typename = await postGraphQL(stack.gateway.url, { query: '{ __typename }' }, headers);
    expect(typename.status).toBe(200);
    expect(typename.body.data).toEqual({ __typename: 'Query' });
  });

  it('takes the highest role from an array claim', async () => {
    const token = await mintToken({ key: idp, role: ['reader', 'admin', 'unknown'] });
    const response = await postGraphQL(stack.gateway.url, { query: 'mutation { updateAccountVdmAttributes(input: { enabled: DISABLED }) { userErrors { code } } }' }, { authorization: `Bearer ${token}` });
    expect(response.body.errors).toBeUndefined();
  });

  it('authenticates GET /graphql too', async () => {
    const url = `${stack.gateway.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(401);
    // Apollo's CSRF guard wants this header on a GET; the key alone is not one it knows.
    const withKey = await fetch(url, { headers: { 'x-api-key': keys.reader, 'apollo-require-preflight': 'true' } });
    expect(withKey.status).toBe(200);
    expect(((await withKey.json()) as RawResponse['body']).data).toEqual({ __typename: 'Query' });
  });
});

describe('refused credentials: 401 UNAUTHENTICATED naming the failed check, never echoing the token, no SES call', () => {
  const mutation = { query: 'mutation { createConfigurationSet(input: { name: "never" }) { userErrors { code } } }' };

  async function expectRefused(headers: Record<string, string>, check: string, secret?: string): Promise<string> {
    const { response, calls } = await counted(() => postGraphQL(stack.gateway.url, mutation, headers));
    expect(response.status, check).toBe(401);
    expect(response.body.errors?.[0]?.extensions, check).toEqual({ code: 'UNAUTHENTICATED', check });
    expect(response.body.data, check).toBeUndefined();
    expect(response.headers.get('www-authenticate'), check).toMatch(/Bearer realm=/);
    if (secret !== undefined) {
      expect(response.text, check).not.toContain(secret);
      for (const part of secret.split('.').filter((p) => p.length > 8)) expect(response.text, check).not.toContain(part);
    }
    expect(calls, check).toBe(0);
    return response.body.errors?.[0]?.message ?? '';
  }

  it('refuses every kind of bad token with a distinct message', async () => {
    const good = await mintToken({ key: idp, role: 'reader' });
    const tokens: Record<string, string> = {
      exp: await mintToken({ key: idp, role: 'admin', expiresIn: -120 }),
      nbf: await mintToken({ key: idp, role: 'admin', notBefore: 600 }),
      iss: await mintToken({ key: idp, role: 'admin', iss: 'https://evil.example/' }),
      aud: await mintToken({ key: idp, role: 'admin', aud: 'another-service' }),
      signature: await mintToken({ key: otherKey, role: 'admin' }),
      alg: unsignedToken({ role: 'admin' }),
      tampered: tamperedToken(good, { role: 'admin' }),
      kid: await mintToken({ key: idp, role: 'admin', kid: 'unknown-kid' }),
      noExp: await mintToken({ key: idp, role: 'admin', expiresIn: null }),
      sub: await mintToken({ key: idp, role: 'admin', sub: null }),
      format: 'not-a-jwt',
    };
    const expectedCheck: Record<string, string> = { tampered: 'signature', noExp: 'exp' };
    const messages = new Map<string, string>();
    for (const [name, token] of Object.entries(tokens)) {
      messages.set(name, await expectRefused({ authorization: `Bearer ${token}` }, expectedCheck[name] ?? name, token));
    }
    // Wrong key and tampered both fail the signature; every other check says something of its own.
    const distinct = new Set([...messages].filter(([name]) => name !== 'tampered').map(([, message]) => message));
    expect(distinct.size).toBe(messages.size - 1);
    expect(messages.get('exp')).toMatch(/expired/);
    expect(messages.get('nbf')).toMatch(/not valid yet/);
    expect(messages.get('iss')).toMatch(/issuer/);
    expect(messages.get('aud')).toMatch(/audience/);
    expect(messages.get('alg')).toMatch(/algorithm/);
    expect(messages.get('noExp')).toMatch(/no expiry/);
  });

  it('refuses unknown API keys', async () => {
    const unknown = generateApiKey();
    expect(await expectRefused({ 'x-api-key': unknown }, 'api-key', unknown)).toMatch(/not known/);
  });

  it('refuses a request with no credentials, with both credentials, and with a non-Bearer Authorization', async () => {
    expect(await expectRefused({}, 'missing')).toMatch(/x-api-key.*Bearer/);
    const token = await mintToken({ key: idp, role: 'admin' });
    expect(await expectRefused({ 'x-api-key': keys.admin, authorization: `Bearer ${token}` }, 'ambiguous', token)).toMatch(/exactly one/);
    expect(await expectRefused({ authorization: `Basic ${Buffer.from(`a:${keys.admin}`).toString('base64')}` }, 'scheme')).toMatch(/Bearer/);
  });

  it('refetches the JWKS for unknown key ids at most once per cooldown', async () => {
    await postGraphQL(stack.gateway.url, mutation, { authorization: `Bearer ${await mintToken({ key: idp, role: 'reader' })}` });
    const before = jwks.hits();
    for (let i = 0; i < 5; i += 1) {
      const response = await postGraphQL(stack.gateway.url, mutation, { authorization: `Bearer ${await mintToken({ key: idp, kid: `forged-${i}` })}` });
      expect(response.status).toBe(401);
    }
    expect(jwks.hits() - before).toBeLessThanOrEqual(1);
  });
});
