/**
 * API keys. The gateway never stores a key, only the SHA-256 of its UTF-8
 * bytes, so a leaked configuration does not leak a credential. A presented
 * key is hashed and compared with every configured hash in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '../context.js';

export interface ApiKeyEntry {
  /** Who holds the key, as it appears in logs and the audit trail. */
  name: string;
  role: Role;
  /** SHA-256 of the key's UTF-8 bytes (32 bytes). */
  hash: Buffer;
}

/** Every generated key starts with this, so a key is recognisable in a secret scanner or a config file. */
const API_KEY_PREFIX = 'sesgw_';

/** Letters, digits, `.`, `_` and `-`, 1 to 64 characters: safe in logs, in an env list and in `name:role:hash`. */
export const API_KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** A new key: 32 random bytes, base64url, with the recognisable prefix. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** The configuration entry (`name:role:sha256hex`) for a key. */
export function apiKeyEntry(name: string, role: Role, key: string): string {
  return `${name}:${role}:${hashApiKey(key).toString('hex')}`;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Why one entry cannot be used, or the entry. */
function parseApiKeyEntry(text: string): ApiKeyEntry | string {
  const parts = text.split(':');
  if (parts.length !== 3) return `expected name:role:sha256hex, got ${parts.length} colon-separated part(s)`;
  const [name = '', role = '', hex = ''] = parts.map((part) => part.trim());
  if (!API_KEY_NAME.test(name)) return `name "${name}" must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`;
  if (!isRole(role)) return `role "${role}" of ${name} must be one of ${ROLES.join(', ')}`;
  if (hex.startsWith(API_KEY_PREFIX)) return `the entry for ${name} holds a key, not its hash: configure the SHA-256 hex that \`npm run -s apikey\` prints`;
  if (!SHA256_HEX.test(hex)) return `the hash of ${name} must be 64 hexadecimal characters (SHA-256 of the key)`;
  return { name, role, hash: Buffer.from(hex, 'hex') };
}

/**
 * Entries from AUTH_API_KEYS (comma-separated) or AUTH_API_KEYS_FILE (one a
 * line, blank lines and `#` comments allowed). Problems name the source and
 * the entry's position, never its content beyond the name.
 */
export function parseApiKeyList(text: string, source: string, separator: 'comma' | 'line'): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  const problems: string[] = [];
  const items = separator === 'comma' ? text.split(',') : text.split(/\r?\n/);
  items.forEach((raw, index) => {
    const item = raw.trim();
    if (item === '' || (separator === 'line' && item.startsWith('#'))) return;
    const parsed = parseApiKeyEntry(item);
    const where = separator === 'line' ? `line ${index + 1}` : `entry ${index + 1}`;
    if (typeof parsed === 'string') problems.push(`${source} ${where}: ${parsed}`);
    else entries.push(parsed);
  });
  if (problems.length > 0) throw new Error(problems.join('\n  '));
  return entries;
}

/** Names and hashes must be unique: a name is the caller's identity, and one key under two names would be ambiguous. */
export function checkApiKeysUnique(entries: readonly ApiKeyEntry[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const hashes = new Map<string, string>();
  for (const entry of entries) {
    if (names.has(entry.name)) problems.push(`the name ${entry.name} is configured more than once`);
    names.add(entry.name);
    const hex = entry.hash.toString('hex');
    const other = hashes.get(hex);
    if (other !== undefined) problems.push(`${other} and ${entry.name} have the same key hash`);
    hashes.set(hex, entry.name);
  }
  return problems;
}

/**
 * The entry whose hash equals the presented key's. Every entry is compared,
 * even after a match, and each comparison is timingSafeEqual, so the time
 * taken says nothing about which entry (or how much of a hash) matched.
 */
export function findApiKey(
  presented: string,
  entries: readonly ApiKeyEntry[],
  equal: (a: Buffer, b: Buffer) => boolean = timingSafeEqual,
): ApiKeyEntry | undefined {
  const hash = hashApiKey(presented);
  let found: ApiKeyEntry | undefined;
  for (const entry of entries) {
    if (equal(hash, entry.hash) && found === undefined) found = entry;
  }
  return found;
}
