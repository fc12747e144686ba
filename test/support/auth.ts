/**
 * For the authentication and authorization tests: an identity provider of
 * our own (key pairs, a JWKS served on 127.0.0.1, token minting), raw HTTP
 * requests with chosen headers, and mutation documents built from the schema.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { loadTypeDefs } from '../../src/gateway/server.js';

export const ISSUER = 'https://idp.test.example/';
export const AUDIENCE = 'ses-graphql-gateway';

export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function signingKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export interface JwksServer {
  url: string;
  /** How many times the JWKS was fetched. */
  hits(): number;
  close(): Promise<void>;
}

export async function serveJwks(keys: SigningKey[]): Promise<JwksServer> {
  let hits = 0;
  const server: Server = createServer((request, response) => {
    hits += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: keys.map((key) => key.publicJwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface TokenOptions {
  key: SigningKey;
  sub?: string | null;
  role?: unknown;
  iss?: string;
  aud?: string;
  /** Seconds from now; null leaves `exp` out. */
  expiresIn?: number | null;
  /** Seconds from now. */
  notBefore?: number;
  kid?: string;
  claims?: Record<string, unknown>;
}

export async function mintToken({ key, sub = 'svc-test', role, iss = ISSUER, aud = AUDIENCE, expiresIn = 300, notBefore, kid = key.kid, claims = {} }: TokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ ...claims, ...(role !== undefined && { role }) }).setProtectedHeader({ alg: key.alg, kid }).setIssuer(iss).setAudience(aud).setIssuedAt(now);
  if (sub !== null) jwt.setSubject(sub);
  if (expiresIn !== null) jwt.setExpirationTime(now + expiresIn);
  if (notBefore !== undefined) jwt.setNotBefore(now + notBefore);
  return jwt.sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (`alg: none`) with otherwise valid claims. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: ISSUER, aud: AUDIENCE, sub: 'svc-test', exp: now + 300, ...claims })}.`;
}

/** A validly signed token whose claims were then changed (signature kept). */
export function tamperedToken(token: string, claims: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const original = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  return `${header}.${b64({ ...original, ...claims })}.${signature}`;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export async function postGraphQL(gatewayUrl: string, request: { query: string; variables?: unknown; operationName?: string }, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as RawResponse['body'] };
}

export function errorCodes(response: RawResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}

export const servedSchema: GraphQLSchema = buildSchema(loadTypeDefs());

/** A value of the right type for every required input field: enough to pass GraphQL validation, not necessarily SES's. */
export function dummyValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [dummyValue(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
  if (isInputObjectType(nullable)) {
    // A @oneOf input needs exactly one field: the first.
    const [alternative] = nullable.isOneOf ? Object.values(nullable.getFields()) : [];
    if (alternative) return { [alternative.name]: dummyValue(alternative.type) };
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = dummyValue(field.type);
    }
    return value;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date().toISOString();
      case 'Region':
        return 'us-east-1';
      default:
        return 'auth-matrix';
    }
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

export interface MutationCase {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One minimal request per Mutation field of the served schema, so a new mutation is covered without editing the tests. */
export function mutationCases(schema: GraphQLSchema = servedSchema): MutationCase[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => {
    const args = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const pass = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const variables = Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, dummyValue(arg.type)]));
    return {
      field: field.name,
      query: args ? `mutation Matrix${field.name}(${args}) { ${field.name}(${pass}) { __typename } }` : `mutation Matrix${field.name} { ${field.name} { __typename } }`,
      variables,
    };
  });
}
