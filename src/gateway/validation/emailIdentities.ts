/**
 * Input rules for email identities, as SES applies them (see the emulator's
 * operations/emailIdentities.ts): an identity is an email address (dot-atom
 * local part of at most 64 characters, @, a domain) or a domain name; a
 * default configuration set is a resource name; at most 50 tags.
 */
import { createPrivateKey } from 'node:crypto';
import type { CreateEmailIdentityInput, DeleteEmailIdentityInput, DkimSigningAttributesInput, SetEmailIdentityDefaultConfigurationSetInput, UserError } from '../generated/resolvers.js';
import { InputErrors, isDomainName, isEmailAddress } from './rules.js';

/** Why `name` cannot be an identity, in SES's terms; undefined when it can. */
function identityNameProblem(name: string): string | undefined {
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

export function validateCreateEmailIdentity(input: CreateEmailIdentityInput): UserError[] {
  const errors = new InputErrors();
  identityName(errors, input.name, ['name']);
  if (input.defaultConfigurationSetName !== null && input.defaultConfigurationSetName !== undefined) {
    errors.resourceName(input.defaultConfigurationSetName, ['defaultConfigurationSetName']);
  }
  errors.tags(input.tags, ['tags']);
  if (input.dkimSigningAttributes) {
    if (input.name.includes('@')) errors.add(['dkimSigningAttributes'], 'applies to domain identities only, not to an email address.');
    else dkimSigningAttributes(errors, input.dkimSigningAttributes, ['dkimSigningAttributes']);
  }
  return errors.errors;
}

/** The size of an RSA private key given as base64 DER (PKCS#8 or PKCS#1); undefined when it is none. */
function rsaKeyBits(base64: string): number | undefined {
  const der = Buffer.from(base64, 'base64');
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    try {
      const key = createPrivateKey({ key: der, format: 'der', type });
      return key.asymmetricKeyType === 'rsa' ? key.asymmetricKeyDetails?.modulusLength : undefined;
    } catch {
      // Not this encoding; try the next.
    }
  }
  return undefined;
}

const SELECTOR = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** SES's rules for DkimSigningAttributes on CreateEmailIdentity. Messages never repeat the key. */
function dkimSigningAttributes(errors: InputErrors, dkim: DkimSigningAttributesInput, field: string[]): void {
  const selector = dkim.domainSigningSelector ?? undefined;
  const key = dkim.domainSigningPrivateKey ?? undefined;
  if ((selector === undefined) !== (key === undefined)) {
    errors.add(field, 'Bring Your Own DKIM needs both domainSigningSelector and domainSigningPrivateKey.');
  }
  if (selector !== undefined) {
    errors.check(SELECTOR.test(selector), [...field, 'domainSigningSelector'], 'must be 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen.');
  }
  if (key !== undefined) {
    if (key.length === 0 || key.length > 20480 || !/^[A-Za-z0-9+/]+={0,2}$/.test(key)) {
      errors.add([...field, 'domainSigningPrivateKey'], 'must be base64 of the DER-encoded key (at most 20480 characters), without PEM header lines or line breaks.');
    } else {
      errors.check([1024, 2048].includes(rsaKeyBits(key) ?? 0), [...field, 'domainSigningPrivateKey'], 'must be a 1024-bit or 2048-bit RSA private key (PKCS#1 or PKCS#8 DER, base64).');
    }
  }
  if ((selector !== undefined || key !== undefined) && dkim.nextSigningKeyLength) {
    errors.add([...field, 'nextSigningKeyLength'], 'applies to Easy DKIM only, not with domainSigningSelector and domainSigningPrivateKey.');
  }
}

export function validateDeleteEmailIdentity(input: DeleteEmailIdentityInput): UserError[] {
  const errors = new InputErrors();
  // The name when given: a name that comes from an id was checked by resolveTarget (mutationTargets.ts).
  if (input.name != null) identityName(errors, input.name, ['name']);
  return errors.errors;
}

export function validateSetEmailIdentityDefaultConfigurationSet(input: SetEmailIdentityDefaultConfigurationSetInput): UserError[] {
  const errors = new InputErrors();
  // The name when given: a name that comes from an id was checked by resolveTarget (mutationTargets.ts).
  if (input.name != null) identityName(errors, input.name, ['name']);
  if (input.configurationSetName !== null && input.configurationSetName !== undefined) {
    errors.resourceName(input.configurationSetName, ['configurationSetName']);
  }
  return errors.errors;
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
