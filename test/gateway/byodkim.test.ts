/**
 * createEmailIdentity's dkimSigningAttributes: Bring Your Own DKIM and the
 * Easy DKIM key length, checked with SES's rules before any SES call.
 */
import { generateKeyPairSync } from 'node:crypto';
import { GetEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/gateway.js';
import { postGraphQL } from '../support/rawGateway.js';

const env = useStack();
const CREATE = 'mutation Create($input: CreateEmailIdentityInput!) { createEmailIdentity(input: $input) { emailIdentity { name dkim { signingAttributesOrigin tokens } } userErrors { code field message } } }';
const rsaKey = (bits: number, type: 'pkcs8' | 'pkcs1' = 'pkcs8') => generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ format: 'der', type }).toString('base64');
const create = (input: Record<string, unknown>) => postGraphQL(env.stack.gateway.url, CREATE, { input });

describe('createEmailIdentity with dkimSigningAttributes', () => {
  it('creates a BYODKIM domain: SES gets the selector and key, the answer never repeats the key', async () => {
    const key = rsaKey(2048, 'pkcs1');
    const answer = await create({ name: 'byo.example.com', dkimSigningAttributes: { domainSigningSelector: 'mail2026', domainSigningPrivateKey: key } });
    expect(answer.body.data).toEqual({ createEmailIdentity: { emailIdentity: { name: 'byo.example.com', dkim: { signingAttributesOrigin: 'EXTERNAL', tokens: ['mail2026'] } }, userErrors: [] } });
    expect(JSON.stringify(answer.body)).not.toContain(key.slice(0, 40));
    const stored = await env.stack.emulator.client().send(new GetEmailIdentityCommand({ EmailIdentity: 'byo.example.com' }));
    expect(stored.DkimAttributes?.SigningAttributesOrigin).toBe('EXTERNAL');
  });

  it('passes the Easy DKIM key length', async () => {
    const answer = await create({ name: 'easy.example.com', dkimSigningAttributes: { nextSigningKeyLength: 'RSA_1024_BIT' } });
    expect(answer.body.data).toMatchObject({ createEmailIdentity: { emailIdentity: { dkim: { signingAttributesOrigin: 'AWS_SES' } }, userErrors: [] } });
    const stored = await env.stack.emulator.client().send(new GetEmailIdentityCommand({ EmailIdentity: 'easy.example.com' }));
    expect(stored.DkimAttributes?.NextSigningKeyLength).toBe('RSA_1024_BIT');
  });

  it.each([
    ['an email address', { name: 'a@example.com', dkimSigningAttributes: { nextSigningKeyLength: 'RSA_2048_BIT' } }, ['dkimSigningAttributes']],
    ['a selector without a key', { name: 'x.example.com', dkimSigningAttributes: { domainSigningSelector: 's1' } }, ['dkimSigningAttributes']],
    ['a selector with a leading hyphen', { name: 'x.example.com', dkimSigningAttributes: { domainSigningSelector: '-s1', domainSigningPrivateKey: rsaKey(1024) } }, ['dkimSigningAttributes', 'domainSigningSelector']],
    ['a PEM key', { name: 'x.example.com', dkimSigningAttributes: { domainSigningSelector: 's1', domainSigningPrivateKey: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----' } }, ['dkimSigningAttributes', 'domainSigningPrivateKey']],
    ['a 512-bit key', { name: 'x.example.com', dkimSigningAttributes: { domainSigningSelector: 's1', domainSigningPrivateKey: rsaKey(512) } }, ['dkimSigningAttributes', 'domainSigningPrivateKey']],
    ['a key length with BYODKIM', { name: 'x.example.com', dkimSigningAttributes: { domainSigningSelector: 's1', domainSigningPrivateKey: rsaKey(1024), nextSigningKeyLength: 'RSA_2048_BIT' } }, ['dkimSigningAttributes', 'nextSigningKeyLength']],
  ])('refuses %s as INVALID_INPUT before any SES call', async (_case, input, field) => {
    const answer = await create(input);
    expect(answer.body.data).toEqual({ createEmailIdentity: { emailIdentity: null, userErrors: [{ code: 'INVALID_INPUT', field, message: expect.any(String) }] } });
    expect(await env.stack.calls()).toEqual({});
  });
});
