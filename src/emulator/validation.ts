/**
 * Input rules SES applies, as zod schemas, and the one place where a failed
 * parse becomes the BadRequestException SES would send.
 */
import { z } from 'zod';
import { badRequest, type SesError } from './errors.js';

/** Names of configuration sets, event destinations and dedicated IP pools: SES allows up to 64 letters, digits, `_` and `-`. */
export const resourceName = (what: string) =>
  z
    .string({ error: `${what} is required.` })
    .min(1, `${what} must not be empty.`)
    .max(64, `${what} must be at most 64 characters.`)
    .regex(/^[A-Za-z0-9_-]+$/, `${what} can contain only letters, numbers, underscores (_) and hyphens (-).`);

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `${what} must be one of ${values.join(', ')}.` });

export const featureStatus = (what: string) => enumOf(['ENABLED', 'DISABLED'], what);

/**
 * SES tag rules: at most 50 tags per resource; keys 1 to 128 characters and
 * values up to 256, from letters, digits, spaces and `_ . : / = + - @`; keys
 * may not start with the reserved `aws:` prefix; a key appears once.
 */
const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
export const tag = z.object({
  Key: z
    .string({ error: 'Tag Key is required.' })
    .min(1, 'Tag Key must be 1 to 128 characters.')
    .max(128, 'Tag Key must be 1 to 128 characters.')
    .regex(TAG_CHARS, 'Tag Key contains characters SES does not allow.')
    .refine((key) => !key.toLowerCase().startsWith('aws:'), 'Tag Key must not start with the reserved prefix aws:.'),
  Value: z
    .string({ error: 'Tag Value is required.' })
    .max(256, 'Tag Value must be at most 256 characters.')
    .regex(TAG_CHARS, 'Tag Value contains characters SES does not allow.'),
});
export const MAX_TAGS = 50;
export const tagList = z
  .array(tag)
  .max(MAX_TAGS, `A resource can have at most ${MAX_TAGS} tags.`)
  .refine((tags) => new Set(tags.map((t) => t.Key)).size === tags.length, 'Tag keys must be unique.');

export const pageSize = (min: number, max: number) =>
  z
    .number({ error: 'PageSize must be a number.' })
    .int('PageSize must be an integer.')
    .min(min, `PageSize must be at least ${min}.`)
    .max(max, `PageSize must be at most ${max}.`);

export const nextToken = z.string({ error: 'NextToken must be a string.' });

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses an operation's input, or throws the BadRequestException that names the member and the rule. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const error: SesError = badRequest(result.error.issues.map(describeIssue).join('; '));
  throw error;
}

/** Opaque paging tokens: base64url of the last key returned. */
export function encodeToken(lastKey: string): string {
  return Buffer.from(lastKey, 'utf8').toString('base64url');
}

export function decodeToken(token: string | undefined): string | undefined {
  if (token === undefined || token === '') return undefined;
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  if (encodeToken(decoded) !== token) throw badRequest('NextToken is not valid.');
  return decoded;
}

/** Pages a name-sorted list: returns the items after `NextToken` and the token for the page after them. */
export function page<T>(items: T[], keyOf: (item: T) => string, pageSizeValue: number, token: string | undefined) {
  const after = decodeToken(token);
  const sorted = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const start = after === undefined ? 0 : sorted.findIndex((item) => keyOf(item) > after);
  const rest = start < 0 ? [] : sorted.slice(start);
  const items_ = rest.slice(0, pageSizeValue);
  const more = rest.length > pageSizeValue;
  const last = items_.at(-1);
  return { items: items_, nextToken: more && last !== undefined ? encodeToken(keyOf(last)) : undefined };
}

/** A DNS domain name: labels of letters, digits and hyphens, not starting or ending with a hyphen, 253 characters at most. */
const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
export const isDomainName = (value: string) => DOMAIN.test(value);
export const domainName = (what: string) =>
  z.string({ error: `${what} is required.` }).refine(isDomainName, `${what} must be a valid domain name.`);
