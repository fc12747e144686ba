import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { exportSPKI, generateKeyPair } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKeyEntry, findApiKey, generateApiKey, hashApiKey, parseApiKeyList, type ApiKeyEntry } from '../../src/gateway/auth/apiKeys.js';
import { callerOf, registerAuthentication } from '../../src/gateway/auth/authenticate.js';
import { loadAuthConfig } from '../../src/gateway/auth/config.js';
import { roleFromClaim } from '../../src/gateway/auth/jwt.js';
import { loadConfig } from '../../src/gateway/config.js';

const run = promisify(execFile);
const hex = (key: string) => hashApiKey(key).toString('hex');
const dir = mkdtempSync(join(tmpdir(), 'auth-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(parseApiKeyList.name, () => {
  it('reads name:role:hash lines, skipping blank lines and comments, and accepts upper-case hex', () => {
    const text = `# CI\nci-bot:writer:${hex('a')}\n\n   # dashboards\ndashboard:reader:${hex('b').toUpperCase()}\r\n`;
    const entries = parseApiKeyList(text, 'AUTH_API_KEYS_FILE', 'line');
    expect(entries.map(({ name, role }) => [name, role])).toEqual([['ci-bot', 'writer'], ['dashboard', 'reader']]);
    expect(entries[1]?.hash.equals(hashApiKey('b'))).toBe(true);
  });

  it('names the variable and the line of every malformed entry', () => {
    const text = [`ok:reader:${hex('a')}`, 'no-hash:reader', `bad role:boss:${hex('b')}`, `raw:admin:${generateApiKey()}`, 'short:admin:abc123'].join('\n');
    let message = '';
    try {
      parseApiKeyList(text, 'AUTH_API_KEYS_FILE (keys.txt)', 'line');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('AUTH_API_KEYS_FILE (keys.txt) line 2: expected name:role:sha256hex');
    expect(message).toContain('line 3: name "bad role"');
    expect(message).toContain('line 4: the entry for raw holds a key, not its hash');
    expect(message).toContain('line 5: the hash of short must be 64 hexadecimal characters');
    expect(message).not.toContain('line 1');
  });
});

describe(findApiKey.name, () => {
  const entries: ApiKeyEntry[] = ['one', 'two', 'three'].map((name) => ({ name, role: 'reader', hash: hashApiKey(`key-${name}`) }));

  it('finds the entry whose hash is the key\'s SHA-256, and nothing for an unknown key', () => {
    expect(findApiKey('key-two', entries)?.name).toBe('two');
    expect(findApiKey('key-four', entries)).toBeUndefined();
    expect(findApiKey(hex('key-two'), entries)).toBeUndefined();
  });

  it('compares against every entry with the constant-time comparison, even after a match', () => {
    const compared: string[] = [];
    const equal = (a: Buffer, b: Buffer) => {
      compared.push(entries.find((entry) => entry.hash === b)?.name ?? '?');
      expect(a.length).toBe(32);
      return a.equals(b);
    };
    expect(findApiKey('key-one', entries, equal)?.name).toBe('one');
    expect(compared).toEqual(['one', 'two', 'three']);
  });
});

describe(roleFromClaim.name, () => {
  it('takes the highest known role from a string, a space-separated string or an array, ignoring the rest', () => {
    expect(roleFromClaim('writer')).toBe('writer');
    expect(roleFromClaim('reader admin')).toBe('admin');
    expect(roleFromClaim(['Reader', 'WRITER', 'owner', 7])).toBe('writer');
    expect(roleFromClaim(['owner'])).toBeNull();
    expect(roleFromClaim(undefined)).toBeNull();
    expect(roleFromClaim({ role: 'admin' })).toBeNull();
  });
});

describe(loadAuthConfig.name, () => {
  const failure = (env: Record<string, string>, backend: 'embedded' | 'aws' = 'embedded') => {
    try {
      loadAuthConfig(env, backend);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('is off with the embedded emulator when nothing is configured, so npm start just works', () => {
    const auth = loadConfig({}).auth;
    expect(auth.enabled).toBe(false);
    expect(auth.warnings).toEqual([]);
  });

  it('refuses to start in front of real SES without credentials, saying how to configure them', () => {
    const message = failure({}, 'aws');
    for (const hint of ['SES_BACKEND=aws', 'AUTH_API_KEYS', 'npm run -s apikey', 'AUTH_JWKS_URL', 'AUTH_JWT_PUBLIC_KEY', 'AUTH_MODE=none']) expect(message).toContain(hint);
    expect(() => loadConfig({ SES_BACKEND: 'aws', AWS_ACCOUNT_ID: '111122223333' })).toThrow(/authentication is required/);
  });

  it('starts without authentication in front of real SES only when told to, and warns every time', () => {
    const auth = loadAuthConfig({ AUTH_MODE: 'none' }, 'aws');
    expect(auth.enabled).toBe(false);
    expect(auth.warnings.join(' ')).toMatch(/authentication is OFF.*real SES/);
  });

  it('turns authentication on when keys are configured, even with the emulator', () => {
    const auth = loadAuthConfig({ AUTH_API_KEYS: apiKeyEntry('ci', 'writer', 'k') }, 'embedded');
    expect(auth).toMatchObject({ enabled: true, anonymousRole: null });
    expect(auth.summary).toContain('1 API key(s)');
    expect(auth.summary).not.toContain(hex('k'));
    expect(loadAuthConfig({ AUTH_API_KEYS: apiKeyEntry('ci', 'writer', 'k'), AUTH_ANONYMOUS_ROLE: 'reader' }, 'aws').anonymousRole).toBe('reader');
  });

  it('refuses AUTH_MODE=required with nothing configured', () => {
    expect(failure({ AUTH_MODE: 'required' })).toMatch(/AUTH_MODE=required: no credentials are configured/);
  });

  it('reads AUTH_API_KEYS_FILE beside AUTH_API_KEYS and refuses duplicate names and a missing file', () => {
    const file = join(dir, 'keys.txt');
    writeFileSync(file, `# keys\nfile-bot:admin:${hex('f')}\n`);
    expect(loadAuthConfig({ AUTH_API_KEYS: apiKeyEntry('env-bot', 'reader', 'e'), AUTH_API_KEYS_FILE: file }, 'aws').apiKeys.map((k) => k.name)).toEqual(['env-bot', 'file-bot']);
    expect(failure({ AUTH_API_KEYS: apiKeyEntry('file-bot', 'reader', 'e'), AUTH_API_KEYS_FILE: file })).toMatch(/the name file-bot is configured more than once/);
    expect(failure({ AUTH_API_KEYS_FILE: join(dir, 'missing.txt') })).toMatch(/AUTH_API_KEYS_FILE: cannot read .*missing\.txt \(ENOENT\)/);
    expect(failure({ AUTH_API_KEYS: 'a:reader:' })).toMatch(/AUTH_API_KEYS entry 1: the hash of a/);
  });

  it('requires issuer and audience with JWT settings, https JWKS off loopback, one key source, and known algorithms', () => {
    expect(failure({ AUTH_JWKS_URL: 'https://idp.example/jwks' })).toMatch(/AUTH_JWT_ISSUER: required[\s\S]*AUTH_JWT_AUDIENCE: required/);
    expect(failure({ AUTH_JWKS_URL: 'http://idp.example/jwks', AUTH_JWT_ISSUER: 'i', AUTH_JWT_AUDIENCE: 'a' })).toMatch(/AUTH_JWKS_URL: must be https/);
    expect(failure({ AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_JWT_PUBLIC_KEY: 'x', AUTH_JWT_ISSUER: 'i', AUTH_JWT_AUDIENCE: 'a' })).toMatch(/set one of them, not both/);
    expect(failure({ AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_JWT_ISSUER: 'i', AUTH_JWT_AUDIENCE: 'a', AUTH_JWT_ALGORITHMS: 'RS256,HS256,none' })).toMatch(/AUTH_JWT_ALGORITHMS: .*not HS256, none/);
    expect(failure({ AUTH_JWT_PUBLIC_KEY: 'not a pem', AUTH_JWT_ISSUER: 'i', AUTH_JWT_AUDIENCE: 'a' })).toMatch(/AUTH_JWT_PUBLIC_KEY: not a PEM public key/);
    expect(failure({ AUTH_JWT_ISSUER: 'i' })).toMatch(/AUTH_JWT_ISSUER: set AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEY too/);
    expect(failure({ AUTH_ANONYMOUS_ROLE: 'root' })).toMatch(/AUTH_ANONYMOUS_ROLE/);
    expect(failure({ AUTH_MODE: 'off' })).toMatch(/AUTH_MODE/);
  });

  it('accepts a PEM public key with \\n escapes, as one-line environments hold it', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = (await exportSPKI(publicKey)).trim().replace(/\n/g, '\\n');
    const auth = loadAuthConfig({ AUTH_JWT_PUBLIC_KEY: pem, AUTH_JWT_ISSUER: 'i', AUTH_JWT_AUDIENCE: 'a,b' }, 'aws');
    expect(auth.jwt).toMatchObject({ issuer: 'i', audience: ['a', 'b'], roleClaim: 'role', clockToleranceSeconds: 30 });
    expect(auth.jwt?.publicKey?.asymmetricKeyType).toBe('ec');
  });
});

describe('npm run apikey', () => {
  const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
  const cli = new URL('../../src/gateway/auth/cli.ts', import.meta.url).pathname;

  it('prints a new key once and the entry whose hash is that key\'s SHA-256', async () => {
    const { stdout } = await run(tsx, [cli, 'ci-bot', 'writer']);
    const key = stdout.split('\n').find((line) => line.startsWith('sesgw_')) ?? '';
    const entry = stdout.split('\n').find((line) => line.startsWith('ci-bot:')) ?? '';
    expect(key).toMatch(/^sesgw_[A-Za-z0-9_-]{43}$/);
    expect(entry).toBe(`ci-bot:writer:${createHash('sha256').update(key, 'utf8').digest('hex')}`);
    // The printed entry is exactly what the gateway accepts.
    const [configured] = loadAuthConfig({ AUTH_API_KEYS: entry }, 'aws').apiKeys;
    expect(findApiKey(key, configured ? [configured] : [])?.name).toBe('ci-bot');
  }, 30_000);

  it('refuses a bad name or role with exit code 2 and prints no key', async () => {
    const failed = await run(tsx, [cli, 'bad name', 'root']).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/name "bad name"[\s\S]*role "root": must be one of reader, writer, admin/);
    expect(failed?.stdout).not.toContain('sesgw_');
  }, 30_000);
});

describe('the request log', () => {
  it('names the caller (kind, name, role) on the request lines and never the key', async () => {
    const key = generateApiKey();
    const lines: string[] = [];
    const app = Fastify({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });
    registerAuthentication(app, { auth: loadAuthConfig({ AUTH_API_KEYS: apiKeyEntry('dashboard', 'reader', key) }, 'aws') });
    app.post('/graphql', async (request) => callerOf(request));
    try {
      const ok = await app.inject({ method: 'POST', url: '/graphql', headers: { 'x-api-key': key } });
      expect(ok.json()).toEqual({ kind: 'apiKey', name: 'dashboard', role: 'reader', fairnessKey: 'apiKey:dashboard' });
      const refused = await app.inject({ method: 'POST', url: '/graphql', headers: { 'x-api-key': `${key}x` } });
      expect(refused.statusCode).toBe(401);
    } finally {
      await app.close();
    }
    const completed = lines.map((line) => JSON.parse(line) as { msg: string; caller?: unknown }).filter((line) => line.msg === 'request completed');
    expect(completed[0]?.caller).toEqual({ kind: 'apiKey', name: 'dashboard', role: 'reader' });
    expect(lines.join('\n')).not.toContain(key);
    expect(lines.join('\n')).not.toContain(hex(key));
  });
});
