/**
 * Authentication settings (AUTH_* variables), read by the one config loader.
 * Who may call: API keys (configured as hashes), JWT bearer tokens (JWKS URL
 * or a static public key), or nobody checked at all (the embedded emulator's
 * default, or AUTH_MODE=none said out loud).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Role } from '../context.js';
import { checkApiKeysUnique, parseApiKeyList, type ApiKeyEntry } from './apiKeys.js';

/** Asymmetric JWS algorithms only: a shared secret would let anyone who can verify also sign, and `none` signs nothing. */
const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

/** Clock skew tolerated on `exp` and `nbf`: identity providers' and gateways' clocks differ by seconds, rarely more. */
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

/** A cached JWKS is refetched after this long even if every kid is known (jose's default). */
export const JWKS_CACHE_MAX_AGE_MS = 10 * 60_000;

/** An unknown kid refetches the JWKS at most this often, so forged kids cannot make the gateway hammer the identity provider. */
export const JWKS_COOLDOWN_MS = 5_000;

export interface JwtSettings {
  /** Where the signing keys are published; exactly one of `jwksUrl` and `publicKey` is set. */
  jwksUrl?: URL;
  publicKey?: KeyObject;
  issuer: string;
  /** A token must name at least one of these in `aud`. */
  audience: string[];
  algorithms: string[];
  /** The claim holding the role(s): a string, space-separated strings, or an array. */
  roleClaim: string;
  clockToleranceSeconds: number;
}

export interface AuthConfig {
  /**
   * Whether callers must authenticate. False means every caller is treated as
   * `admin` named `anonymous` (the embedded emulator's default, or AUTH_MODE=none).
   */
  enabled: boolean;
  apiKeys: ApiKeyEntry[];
  jwt?: JwtSettings;
  /** The role of a caller that sends no credentials; null refuses them (401). */
  anonymousRole: Role | null;
  /** One line for the start-up log: which methods are on. Never contains a credential. */
  summary: string;
  /** Logged at every start, e.g. authentication explicitly turned off in front of real SES. */
  warnings: string[];
}

const optionalText = z
  .string()
  .transform((text) => text.trim())
  .optional()
  .transform((text) => (text === '' ? undefined : text));

const authEnvSchema = z.object({
  AUTH_MODE: z.enum(['none', 'required']).optional(),
  AUTH_API_KEYS: optionalText,
  AUTH_API_KEYS_FILE: optionalText,
  AUTH_JWKS_URL: optionalText.pipe(z.url({ message: 'must be an http(s) URL' }).optional()),
  AUTH_JWT_PUBLIC_KEY: optionalText,
  AUTH_JWT_ISSUER: optionalText,
  AUTH_JWT_AUDIENCE: optionalText,
  AUTH_JWT_ALGORITHMS: optionalText,
  AUTH_JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(DEFAULT_CLOCK_TOLERANCE_SECONDS),
  AUTH_ROLE_CLAIM: optionalText.transform((text) => text ?? 'role'),
  AUTH_ANONYMOUS_ROLE: optionalText.pipe(z.enum(['reader', 'writer', 'admin']).optional()),
});

const HOW_TO_CONFIGURE =
  'set AUTH_API_KEYS (or AUTH_API_KEYS_FILE) to name:role:sha256hex entries (make one with `npm run -s apikey -- <name> <role>`), ' +
  'or AUTH_JWKS_URL (or AUTH_JWT_PUBLIC_KEY) with AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE; ' +
  'or set AUTH_MODE=none to run without authentication on purpose';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function fail(problems: string[]): never {
  throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
}

function loadApiKeys(env: z.infer<typeof authEnvSchema>, problems: string[]): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  const collect = (load: () => ApiKeyEntry[]) => {
    try {
      entries.push(...load());
    } catch (error) {
      problems.push((error as Error).message);
    }
  };
  if (env.AUTH_API_KEYS !== undefined) {
    const text = env.AUTH_API_KEYS;
    collect(() => parseApiKeyList(text, 'AUTH_API_KEYS', 'comma'));
  }
  if (env.AUTH_API_KEYS_FILE !== undefined) {
    const file = env.AUTH_API_KEYS_FILE;
    collect(() => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new Error(`AUTH_API_KEYS_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      return parseApiKeyList(text, `AUTH_API_KEYS_FILE (${file})`, 'line');
    });
  }
  for (const problem of checkApiKeysUnique(entries)) problems.push(`AUTH_API_KEYS / AUTH_API_KEYS_FILE: ${problem}`);
  return entries;
}

/** A PEM public key, with `\n` escapes accepted because many environments cannot hold a newline. */
function loadPublicKey(text: string, problems: string[]): KeyObject | undefined {
  const pem = text.includes('\\n') ? text.replace(/\\n/g, '\n') : text;
  try {
    const key = createPublicKey(pem);
    if (!['rsa', 'rsa-pss', 'ec', 'ed25519', 'ed448'].includes(key.asymmetricKeyType ?? '')) {
      problems.push(`AUTH_JWT_PUBLIC_KEY: a ${key.asymmetricKeyType ?? 'unknown'} key cannot verify RS*, PS*, ES* or EdDSA signatures`);
      return undefined;
    }
    return key;
  } catch {
    problems.push('AUTH_JWT_PUBLIC_KEY: not a PEM public key (expected -----BEGIN PUBLIC KEY----- in SPKI form)');
    return undefined;
  }
}

function loadJwt(env: z.infer<typeof authEnvSchema>, problems: string[]): JwtSettings | undefined {
  const { AUTH_JWKS_URL: jwksUrl, AUTH_JWT_PUBLIC_KEY: pem } = env;
  if (jwksUrl === undefined && pem === undefined) {
    for (const name of ['AUTH_JWT_ISSUER', 'AUTH_JWT_AUDIENCE', 'AUTH_JWT_ALGORITHMS'] as const) {
      if (env[name] !== undefined) problems.push(`${name}: set AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEY too, or leave it unset`);
    }
    return undefined;
  }
  if (jwksUrl !== undefined && pem !== undefined) {
    problems.push('AUTH_JWKS_URL, AUTH_JWT_PUBLIC_KEY: set one of them, not both');
    return undefined;
  }
  if (env.AUTH_JWT_ISSUER === undefined) problems.push('AUTH_JWT_ISSUER: required with JWT authentication (the `iss` every token must carry)');
  const audience = (env.AUTH_JWT_AUDIENCE ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  if (audience.length === 0) problems.push('AUTH_JWT_AUDIENCE: required with JWT authentication (the `aud` tokens for this gateway carry; commas separate several)');
  const algorithms = env.AUTH_JWT_ALGORITHMS === undefined ? [...JWT_ALGORITHMS] : env.AUTH_JWT_ALGORITHMS.split(',').map((a) => a.trim()).filter(Boolean);
  const unknown = algorithms.filter((a) => !(JWT_ALGORITHMS as readonly string[]).includes(a));
  if (unknown.length > 0 || algorithms.length === 0) problems.push(`AUTH_JWT_ALGORITHMS: allowed values are ${JWT_ALGORITHMS.join(', ')}${unknown.length ? `; not ${unknown.join(', ')}` : ''}`);

  let url: URL | undefined;
  if (jwksUrl !== undefined) {
    url = new URL(jwksUrl);
    // Keys fetched in clear text could be swapped by anyone on the path; loopback is for tests and sidecars.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
      problems.push('AUTH_JWKS_URL: must be https (plain http only on a loopback address)');
    }
  }
  const publicKey = pem === undefined ? undefined : loadPublicKey(pem, problems);
  return {
    ...(url !== undefined && { jwksUrl: url }),
    ...(publicKey !== undefined && { publicKey }),
    issuer: env.AUTH_JWT_ISSUER ?? '',
    audience,
    algorithms,
    roleClaim: env.AUTH_ROLE_CLAIM,
    clockToleranceSeconds: env.AUTH_JWT_CLOCK_TOLERANCE_SECONDS,
  };
}

/**
 * AUTH_MODE unset (auto): on when keys or JWT settings are configured; off
 * with the embedded emulator otherwise; with SES_BACKEND=aws and nothing
 * configured, start-up stops and says how to configure it.
 */
export function loadAuthConfig(rawEnv: NodeJS.ProcessEnv, backend: 'embedded' | 'aws'): AuthConfig {
  const parsed = authEnvSchema.safeParse(rawEnv);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const env = parsed.data;
  const problems: string[] = [];
  const apiKeys = loadApiKeys(env, problems);
  const jwt = loadJwt(env, problems);
  if (problems.length > 0) fail(problems);

  const configured = apiKeys.length > 0 || jwt !== undefined;
  const anonymousRole = env.AUTH_ANONYMOUS_ROLE ?? null;
  const warnings: string[] = [];

  if (env.AUTH_MODE === 'none') {
    warnings.push(
      `AUTH_MODE=none: authentication is OFF; every caller is treated as admin${backend === 'aws' ? ' and can change real SES resources' : ''}.` +
        (configured ? ' The configured API keys and JWT settings are ignored.' : ''),
    );
    if (anonymousRole !== null) warnings.push('AUTH_ANONYMOUS_ROLE is ignored while authentication is off.');
    return { enabled: false, apiKeys: [], anonymousRole: null, summary: 'authentication off (AUTH_MODE=none): every caller is admin', warnings };
  }
  if (!configured) {
    if (env.AUTH_MODE === 'required') fail([`AUTH_MODE=required: no credentials are configured; ${HOW_TO_CONFIGURE}`]);
    if (backend === 'aws') fail([`authentication is required with SES_BACKEND=aws: ${HOW_TO_CONFIGURE}`]);
    if (anonymousRole !== null) warnings.push('AUTH_ANONYMOUS_ROLE is ignored while authentication is off (no API keys or JWT settings configured).');
    return { enabled: false, apiKeys: [], anonymousRole: null, summary: 'authentication off (embedded emulator, no credentials configured): every caller is admin', warnings };
  }
  const methods = [
    ...(apiKeys.length > 0 ? [`${apiKeys.length} API key(s)`] : []),
    ...(jwt ? [`JWT from ${jwt.jwksUrl ? `JWKS ${jwt.jwksUrl.href}` : 'a static public key'} (issuer ${jwt.issuer})`] : []),
  ];
  return {
    enabled: true,
    apiKeys,
    ...(jwt !== undefined && { jwt }),
    anonymousRole,
    summary: `authentication on: ${methods.join(', ')}; callers without credentials ${anonymousRole ? `get the ${anonymousRole} role` : 'are refused'}`,
    warnings,
  };
}
