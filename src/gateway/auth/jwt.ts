/**
 * JWT bearer tokens, verified with jose against a JWKS URL or a static public
 * key. Each refusal says which check failed and never repeats the token or
 * any part of it.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions, type JWTVerifyResult } from 'jose';
import { ROLES, type Role } from '../context.js';
import { JWKS_CACHE_MAX_AGE_MS, JWKS_COOLDOWN_MS, type JwtSettings } from './config.js';

/** Why a token was refused; the message is safe to show the client. */
export class CredentialRefused extends Error {
  constructor(
    readonly check: string,
    message: string,
    /** 503 when the gateway could not check (JWKS unreachable), not the caller's fault. */
    readonly status: 401 | 503 = 401,
    /** For the log only (a JWKS fetch failure); never sent to the client. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

interface VerifiedToken {
  subject: string;
  /** The highest role the token carries, or null when it carries none the gateway knows. */
  role: Role | null;
}

type TokenVerifier = (token: string) => Promise<VerifiedToken>;

/** The highest known role among the claim's values: a string (space-separated values allowed) or an array of strings. */
export function roleFromClaim(value: unknown): Role | null {
  const values = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  let best = -1;
  for (const v of values) best = Math.max(best, ROLES.indexOf(v.trim().toLowerCase() as Role));
  return best >= 0 ? (ROLES[best] ?? null) : null;
}

/** The claim by its exact name, else by a dotted path (Keycloak's `realm_access.roles`); names such as URLs contain dots too. */
function claimValue(payload: JWTPayload, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function refusal(error: unknown, settings: JwtSettings): CredentialRefused {
  const tolerance = `${settings.clockToleranceSeconds} s clock tolerance`;
  if (error instanceof errors.JWTExpired) return new CredentialRefused('exp', `The bearer token has expired (exp is past, beyond the ${tolerance}).`);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return new CredentialRefused('nbf', `The bearer token is not valid yet (nbf is in the future, beyond the ${tolerance}).`);
    if (error.claim === 'iss') return new CredentialRefused('iss', 'The bearer token\'s issuer (iss) is not the issuer this gateway trusts.');
    if (error.claim === 'aud') return new CredentialRefused('aud', 'The bearer token\'s audience (aud) does not name this gateway.');
    if (error.claim === 'exp' && error.reason === 'missing') return new CredentialRefused('exp', 'The bearer token has no expiry (exp); tokens without one are refused.');
    if (error.claim === 'sub' && error.reason === 'missing') return new CredentialRefused('sub', 'The bearer token has no subject (sub), so the caller cannot be named.');
    return new CredentialRefused(error.claim, `The bearer token's ${error.claim} claim is invalid.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new CredentialRefused('alg', `The bearer token's signing algorithm (alg) is not accepted; accepted: ${settings.algorithms.join(', ')}.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new CredentialRefused('signature', 'The bearer token\'s signature does not verify with the trusted key.');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new CredentialRefused('kid', 'No single key of the trusted key set matches the bearer token\'s key id (kid) and algorithm.');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return new CredentialRefused('format', 'The bearer token is not a well-formed signed JWT (JWS compact form with a JSON claims set).');
  // An allowed alg that the trusted key cannot verify (ES256 against an RSA key, say). Node's WebCrypto says so
  // with a TypeError on Node 20 and a DOMException (InvalidAccessError) on Node 24; with a static key nothing
  // is fetched, so no failure there can mean the keys are unavailable.
  const keyMismatch =
    error instanceof errors.JOSENotSupported || (error instanceof Error && (error instanceof TypeError || error.name === 'InvalidAccessError') && /key/i.test(error.message));
  if (keyMismatch || settings.jwksUrl === undefined) {
    return new CredentialRefused('alg', 'The bearer token\'s signing algorithm (alg) does not match the trusted key.');
  }
  return new CredentialRefused('unavailable', 'The gateway could not fetch the keys to verify the bearer token; try again later.', 503, error);
}

export function createTokenVerifier(settings: JwtSettings): TokenVerifier {
  const { jwksUrl, publicKey } = settings;
  let verify: (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;
  if (jwksUrl !== undefined) {
    const jwks = createRemoteJWKSet(jwksUrl, { cacheMaxAge: JWKS_CACHE_MAX_AGE_MS, cooldownDuration: JWKS_COOLDOWN_MS });
    verify = (token, options) => jwtVerify(token, jwks, options);
  } else if (publicKey !== undefined) {
    verify = (token, options) => jwtVerify(token, publicKey, options);
  } else {
    throw new Error('JWT settings need a JWKS URL or a public key');
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token, {
        algorithms: settings.algorithms,
        issuer: settings.issuer,
        audience: settings.audience,
        clockTolerance: settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw refusal(error, settings);
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new CredentialRefused('sub', 'The bearer token has no subject (sub), so the caller cannot be named.');
    return { subject: payload.sub, role: roleFromClaim(claimValue(payload, settings.roleClaim)) };
  };
}
