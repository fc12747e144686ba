/**
 * Input rules for email identities, as SES applies them (see the emulator's
 * operations/emailIdentities.ts): an identity is an email address (dot-atom
 * local part of at most 64 characters, @, a domain) or a domain name; a
 * default configuration set is a resource name; at most 50 tags.
 */
import type { CreateEmailIdentityInput, DeleteEmailIdentityInput, SetEmailIdentityDefaultConfigurationSetInput } from '../generated/resolvers.js';
import { InputErrors, isDomainName, isEmailAddress } from './rules.js';

/** Why `name` cannot be an identity, in SES's terms; undefined when it can. */
export function identityNameProblem(name: string): string | undefined {
  const at = name.lastIndexOf('@');
  if (at < 0) {
    return isDomainName(name) ? undefined : 'must be an email address or a domain name (labels of letters, digits and hyphens separated by dots, 253 characters at most).';
  }
  if (isEmailAddress(name)) return undefined;
  const local = name.slice(0, at);
  if (local.length === 0 || local.length > 64) return 'is not a valid email address: the part before @ must be 1 to 64 characters.';
  if (!isDomainName(name.slice(at + 1))) return 'is not a valid email address: the part after @ must be a domain name.';
  return 'is not a valid email address: the part before @ may contain only letters, digits and !#$%&\'*+/=?^_`{|}~- in dot-separated runs.';
}

function identityName(errors: InputErrors, name: string, field: string[]): boolean {
  const problem = identityNameProblem(name);
  if (problem) errors.add(field, problem);
  return problem === undefined;
}

export function validateCreateEmailIdentity(input: CreateEmailIdentityInput): InputErrors {
  const errors = new InputErrors();
  identityName(errors, input.name, ['name']);
  if (input.defaultConfigurationSetName !== null && input.defaultConfigurationSetName !== undefined) {
    errors.resourceName(input.defaultConfigurationSetName, ['defaultConfigurationSetName']);
  }
  errors.tags(input.tags, ['tags']);
  return errors;
}

export function validateDeleteEmailIdentity(input: DeleteEmailIdentityInput): InputErrors {
  const errors = new InputErrors();
  identityName(errors, input.name, ['name']);
  return errors;
}

export function validateSetEmailIdentityDefaultConfigurationSet(input: SetEmailIdentityDefaultConfigurationSetInput): InputErrors {
  const errors = new InputErrors();
  identityName(errors, input.name, ['name']);
  if (input.configurationSetName !== null && input.configurationSetName !== undefined) {
    errors.resourceName(input.configurationSetName, ['configurationSetName']);
  }
  return errors;
}

/**
 * The identities that can cover `emailAddress`, closest first: the address
 * itself, its domain, then each parent domain that is still a domain name
 * (SES lets a verified domain cover its subdomains).
 */
export function coveringIdentities(emailAddress: string): { name: string; kind: 'ADDRESS' | 'DOMAIN' }[] {
  const domain = emailAddress.slice(emailAddress.lastIndexOf('@') + 1);
  const candidates: { name: string; kind: 'ADDRESS' | 'DOMAIN' }[] = [{ name: emailAddress, kind: 'ADDRESS' }];
  const labels = domain.split('.');
  // A domain name has at least two labels, so this stops before the top-level domain.
  for (let start = 0; start < labels.length - 1; start += 1) {
    const name = labels.slice(start).join('.');
    if (isDomainName(name)) candidates.push({ name, kind: 'DOMAIN' });
  }
  return candidates;
}
