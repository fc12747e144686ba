/**
 * SES's input rules, checked before any SES call so that a bad input costs
 * no quota and gets a userError naming the input field and the rule. They
 * mirror what SES (and the emulator) enforce.
 */
import type { UserError, UserErrorCode } from '../generated/resolvers.js';

/** Configuration set, event destination and dedicated IP pool names: 1 to 64 letters, digits, `_` and `-`. */
const RESOURCE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
export const isResourceName = (value: string) => RESOURCE_NAME.test(value);

const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
export const isDomainName = (value: string) => DOMAIN.test(value);

/** A dot-atom local part (at most 64 characters) at a valid domain, as SES accepts for email address identities. */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  return local.length <= 64 && LOCAL_PART.test(local) && isDomainName(value.slice(at + 1));
}

/** Whether `name` could be an email identity at all: an email address or a domain name. */
export const isIdentityName = (name: string) => (name.includes('@') ? isEmailAddress(name) : isDomainName(name));

/** SES tag rules: at most 50 per resource; key 1 to 128 and value up to 256 characters of letters, digits, spaces and `_ . : / = + - @`; no `aws:` key prefix; keys unique. */
export const MAX_TAGS = 50;
const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Collects the userErrors of one mutation input (`field` is the path into it); every validator returns its `errors`, empty when the input is valid. */
export class InputErrors {
  readonly errors: UserError[] = [];

  add(field: (string | number)[], message: string, code: UserErrorCode = 'INVALID_INPUT'): void {
    this.errors.push({ code, field: field.map(String), message: `${field.join('.')}: ${message}` });
  }

  /** Adds the error when `valid` is false; returns `valid`. */
  check(valid: boolean, field: (string | number)[], message: string): boolean {
    if (!valid) this.add(field, message);
    return valid;
  }

  resourceName(value: string, field: (string | number)[]): boolean {
    return this.check(isResourceName(value), field, 'must be 1 to 64 characters of letters, digits, underscores (_) and hyphens (-).');
  }

  intRange(value: number | null | undefined, min: number, max: number, field: (string | number)[], unit = ''): boolean {
    if (value === null || value === undefined) return true;
    return this.check(Number.isInteger(value) && value >= min && value <= max, field, `must be an integer from ${min} to ${max}${unit}.`);
  }

  /** One tag key: 1 to 128 allowed characters, not starting with the reserved prefix `aws:`. */
  tagKey(key: string, field: (string | number)[], reserved = 'must not start with the reserved prefix aws:.'): boolean {
    if (!this.check(key.length >= 1 && key.length <= 128, field, 'must be 1 to 128 characters.')) return false;
    const before = this.errors.length;
    this.check(TAG_CHARS.test(key), field, 'may contain only letters, digits, spaces and _ . : / = + - @.');
    this.check(!key.toLowerCase().startsWith('aws:'), field, reserved);
    return this.errors.length === before;
  }

  tags(tags: readonly { key: string; value: string }[] | null | undefined, field: (string | number)[]): boolean {
    if (!tags) return true;
    const before = this.errors.length;
    this.check(tags.length <= MAX_TAGS, field, `a resource can have at most ${MAX_TAGS} tags.`);
    const seen = new Set<string>();
    tags.forEach(({ key, value }, index) => {
      const at = [...field, index];
      if (this.tagKey(key, [...at, 'key'])) this.check(!seen.has(key), [...at, 'key'], `repeats the key "${key}"; tag keys must be unique.`);
      seen.add(key);
      if (this.check(value.length <= 256, [...at, 'value'], 'must be at most 256 characters.')) {
        this.check(TAG_CHARS.test(value), [...at, 'value'], 'may contain only letters, digits, spaces and _ . : / = + - @.');
      }
    });
    return this.errors.length === before;
  }
}
