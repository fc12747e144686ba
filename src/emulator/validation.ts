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

/** A DNS domain name: labels of letters, digits and hyphens, not starting or ending with a hyphen, 253 characters at most. */
const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
export const isDomainName = (value: string) => DOMAIN.test(value);
export const domainName = (what: string) =>
  z.string({ error: `${what} is required.` }).refine(isDomainName, `${what} must be a valid domain name.`);
