import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyEntry, generateApiKey } from '../../src/gateway/auth/apiKeys.js';
import { AUDIENCE, errorCodes, ISSUER, mintToken, mutationCases, postGraphQL, serveJwks, signingKey, type RawResponse, type SigningKey } from '../support/auth.js';
import { startStack, type GatewayStack } from '../support/gateway.js';

/** Gateways configured differently from the matrix's: revocation, an anonymous role, a static PEM key, and no auth. */

async function counted(stack: GatewayStack, send: () => Promise<RawResponse>): Promise<{ response: RawResponse; calls: number }> {
  await stack.emulator.admin('DELETE', '/_emulator/stats');
  const response = await send();
  return { response, calls: (await stack.emulator.stats()).totalCalls };
}

const create = (name: string) => ({ query: `mutation { createConfigurationSet(input: { name: "${name}" }) { configurationSet { name } userErrors { code } } }` });

describe('revoking a key by removing its entry', () => {
  const kept = generateApiKey();
  const revoked = generateApiKey();
  let before: GatewayStack;
  let after: GatewayStack;
  beforeAll(async () => {
    before = await startStack({ env: { AUTH_API_KEYS: `${apiKeyEntry('kept', 'writer', kept)},${apiKeyEntry('leaver', 'writer', revoked)}` } });
    after = await startStack({ env: { AUTH_API_KEYS: apiKeyEntry('kept', 'writer', kept) } });
  });
  afterAll(async () => {
    await before?.close();
    await after?.close();
  });

  it('accepts the key in a gateway configured with it and refuses it (401, no SES call) in one whose configuration dropped it', async () => {
    const accepted = await postGraphQL(before.gateway.url, create('by-leaver'), { 'x-api-key': revoked });
    expect(accepted.body.errors).toBeUndefined();
    const { response, calls } = await counted(after, () => postGraphQL(after.gateway.url, create('by-leaver'), { 'x-api-key': revoked }));
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', check: 'api-key' });
    expect(response.text).not.toContain(revoked);
    expect(calls).toBe(0);
    expect((await postGraphQL(after.gateway.url, create('by-kept'), { 'x-api-key': kept })).body.errors).toBeUndefined();
  });
});

describe('AUTH_ANONYMOUS_ROLE=reader', () => {
  let stack: GatewayStack;
  beforeAll(async () => {
    stack = await startStack({ env: { AUTH_API_KEYS: apiKeyEntry('ci', 'writer', generateApiKey()), AUTH_ANONYMOUS_ROLE: 'reader' } });
  });
  afterAll(() => stack?.close());

  it('lets callers without credentials read', async () => {
    const response = await postGraphQL(stack.gateway.url, { query: '{ configurationSets { nodes { name } } }' });
    expect(response.body).toMatchObject({ data: { configurationSets: { nodes: [] } } });
  });

  it('refuses them every mutation with FORBIDDEN and no SES call', async () => {
    for (const { field, query, variables } of mutationCases()) {
      const { response, calls } = await counted(stack, () => postGraphQL(stack.gateway.url, { query, variables }));
      expect(response.status, field).toBe(403);
      expect(response.body.errors?.[0]?.message, field).toContain('anonymous has the reader role');
      expect(calls, field).toBe(0);
    }
  });

  it('still refuses a bad credential rather than treating it as anonymous', async () => {
    const response = await postGraphQL(stack.gateway.url, { query: '{ __typename }' }, { 'x-api-key': 'guess' });
    expect(response.status).toBe(401);
  });
});

describe('JWT with a static public key (AUTH_JWT_PUBLIC_KEY)', () => {
  let stack: GatewayStack;
  let ec: SigningKey;
  let rsa: SigningKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    ec = { kid: 'static', alg: 'ES256', privateKey: pair.privateKey, publicJwk: {} };
    rsa = await signingKey('static');
    stack = await startStack({
      env: { AUTH_JWT_PUBLIC_KEY: await exportSPKI(pair.publicKey), AUTH_JWT_ISSUER: ISSUER, AUTH_JWT_AUDIENCE: `other-service,${AUDIENCE}`, AUTH_ROLE_CLAIM: 'realm_access.roles' },
    });
  });
  afterAll(() => stack?.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('runs a writer token\'s mutation, with the role read from a dotted claim path', async () => {
    const token = await mintToken({ key: ec, sub: 'deploy-job', claims: { realm_access: { roles: ['offline_access', 'writer'] } } });
    const response = await postGraphQL(stack.gateway.url, create('by-pem'), bearer(token));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.createConfigurationSet).toMatchObject({ configurationSet: { name: 'by-pem' } });
  });

  it('refuses a reader token the mutation (FORBIDDEN) and tokens from the wrong key or algorithm (401), with no SES call', async () => {
    const reader = await mintToken({ key: ec, claims: { realm_access: { roles: ['reader'] } } });
    const wrongKey = await mintToken({ key: { ...ec, privateKey: (await generateKeyPair('ES256')).privateKey }, claims: { realm_access: { roles: ['admin'] } } });
    const rsaToken = await mintToken({ key: rsa, claims: { realm_access: { roles: ['admin'] } } });
    const expectations: [string, number, string][] = [
      [reader, 403, 'FORBIDDEN'],
      [wrongKey, 401, 'signature'],
      [rsaToken, 401, 'alg'],
    ];
    for (const [token, status, what] of expectations) {
      const { response, calls } = await counted(stack, () => postGraphQL(stack.gateway.url, create('never'), bearer(token)));
      expect(response.status, what).toBe(status);
      if (status === 401) expect(response.body.errors?.[0]?.extensions, what).toEqual({ code: 'UNAUTHENTICATED', check: what });
      else expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(calls, what).toBe(0);
    }
  });

  it('refuses an API key, since none are configured', async () => {
    const response = await postGraphQL(stack.gateway.url, create('never'), { 'x-api-key': generateApiKey() });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.message).toMatch(/accepts no API keys; send a JWT/);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="ses-graphql-gateway", error="invalid_token"');
  });

  it('accepts a token whose expiry passed within the 30 s clock tolerance', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ realm_access: { roles: ['reader'] } }).setProtectedHeader({ alg: 'ES256' }).setIssuer(ISSUER).setAudience(AUDIENCE).setSubject('late').setExpirationTime(now - 5).sign(ec.privateKey);
    const response = await postGraphQL(stack.gateway.url, { query: '{ __typename }' }, bearer(token));
    expect(response.status).toBe(200);
  });
});

describe('no authentication (the embedded default)', () => {
  let stack: GatewayStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('treats every caller as admin, even the account-level mutation, and ignores credentials', async () => {
    const query = 'mutation { updateAccountVdmAttributes(input: { enabled: ENABLED }) { userErrors { code } } }';
    expect((await postGraphQL(stack.gateway.url, { query })).body.errors).toBeUndefined();
    expect((await postGraphQL(stack.gateway.url, { query }, { 'x-api-key': 'anything' })).body.errors).toBeUndefined();
  });
});

describe('an unreachable JWKS', () => {
  let stack: GatewayStack;
  let key: SigningKey;
  beforeAll(async () => {
    key = await signingKey('k');
    const idp = await serveJwks([key]);
    // A loopback port that was just free: the key set cannot be fetched.
    await idp.close();
    stack = await startStack({ env: { AUTH_JWKS_URL: idp.url, AUTH_JWT_ISSUER: ISSUER, AUTH_JWT_AUDIENCE: AUDIENCE } });
  });
  afterAll(() => stack?.close());

  it('answers 503 AUTH_UNAVAILABLE (the gateway could not check), not 401, with no SES call', async () => {
    const token = await mintToken({ key, role: 'admin' });
    const { response, calls } = await counted(stack, () => postGraphQL(stack.gateway.url, create('never'), { authorization: `Bearer ${token}` }));
    expect(response.status).toBe(503);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'AUTH_UNAVAILABLE', check: 'unavailable' });
    expect(response.text).not.toContain(token);
    expect(calls).toBe(0);
  });
});
