import { createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { alreadyExists, limitExceeded, notFound } from '../errors.js';
import { defineOperation, type AdminRoute, type OperationModule } from '../operation.js';
import type { DkimSigningKeyLength, EmailIdentityRecord, RegionState, Timestamp, VerificationStatus } from '../state.js';
import type { Scope } from '../store.js';
import { nextToken, page, pageSize } from '../paging.js';
import { enumOf, isDomainName, parseInput, resourceName, tagList } from '../validation.js';
import { getConfigurationSet } from './configurationSets.js';

/** SES's default quota of verified and unverified identities per account and region. */
const MAX_EMAIL_IDENTITIES = 10_000;

/** With PageSize 0 (allowed by the model) or none, a page holds up to this many identities. */
const DEFAULT_PAGE_SIZE = 1000;

const VERIFICATION_STATUSES = ['PENDING', 'SUCCESS', 'FAILED', 'TEMPORARY_FAILURE', 'NOT_STARTED'] as const satisfies readonly VerificationStatus[];
const KEY_LENGTHS = ['RSA_1024_BIT', 'RSA_2048_BIT'] as const satisfies readonly DkimSigningKeyLength[];
const VERIFICATION_ERRORS = [
  'DNS_SERVER_ERROR',
  'HOST_NOT_FOUND',
  'INVALID_VALUE',
  'REPLICATION_ACCESS_DENIED',
  'REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED',
  'REPLICATION_PRIMARY_INVALID_REGION',
  'REPLICATION_PRIMARY_NOT_FOUND',
  'REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED',
  'SERVICE_ERROR',
  'TYPE_NOT_FOUND',
] as const;

/** The Regions SES supports Deterministic Easy-DKIM (DEED) from, as the AWS_SES_<REGION> origins of the model. */
const DEED_REGIONS = [
  'af-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3',
  'ap-southeast-5', 'ap-south-1', 'ap-south-2', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-north-1',
  'eu-south-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'sa-east-1', 'us-east-1',
  'us-east-2', 'us-gov-east-1', 'us-gov-west-1', 'us-west-1', 'us-west-2',
] as const;
const deedOrigin = (region: string) => `AWS_SES_${region.toUpperCase().replaceAll('-', '_')}`;
const DEED_ORIGINS = DEED_REGIONS.map(deedOrigin);

/** RFC 5322 dot-atom local part; SES does not accept quoted local parts or display names. */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const MAX_LOCAL_PART = 64;

function identityProblem(identity: string): string | undefined {
  const at = identity.lastIndexOf('@');
  if (at < 0) {
    return isDomainName(identity) ? undefined : 'EmailIdentity must be an email address or a domain name (labels of letters, digits and hyphens, 253 characters at most).';
  }
  const local = identity.slice(0, at);
  if (local.length > MAX_LOCAL_PART) return `EmailIdentity is not a valid email address: the local part must be at most ${MAX_LOCAL_PART} characters.`;
  if (!LOCAL_PART.test(local)) return 'EmailIdentity is not a valid email address: the part before @ contains characters SES does not allow.';
  if (!isDomainName(identity.slice(at + 1))) return 'EmailIdentity is not a valid email address: the part after @ must be a domain name.';
  return undefined;
}

const isEmailAddress = (identity: string) => identity.includes('@');

/** Names that are looked up, not created: any non-empty string, so a malformed name is simply not found. */
const identityName = z.string({ error: 'EmailIdentity is required.' }).min(1, 'EmailIdentity must not be empty.');

const newIdentityName = identityName.superRefine((value, ctx) => {
  const problem = identityProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** BYODKIM keys: base64 (no PEM armour) of a PKCS#8 or PKCS#1 DER RSA key of 1024 or 2048 bits. */
function rsaKeyBits(base64: string): number | undefined {
  const der = Buffer.from(base64, 'base64');
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    let key: KeyObject;
    try {
      key = createPrivateKey({ key: der, format: 'der', type });
    } catch {
      continue;
    }
    return key.asymmetricKeyType === 'rsa' ? key.asymmetricKeyDetails?.modulusLength : undefined;
  }
  return undefined;
}

const dkimSigningAttributes = z
  .object({
    DomainSigningSelector: z
      .string()
      .min(1, 'DomainSigningSelector must be 1 to 63 characters.')
      .max(63, 'DomainSigningSelector must be 1 to 63 characters.')
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, 'DomainSigningSelector can contain only letters, numbers and hyphens, and must not start or end with a hyphen.')
      .optional(),
    DomainSigningPrivateKey: z
      .string()
      .min(1, 'DomainSigningPrivateKey must not be empty.')
      .max(20480, 'DomainSigningPrivateKey must be at most 20480 characters.')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'DomainSigningPrivateKey must be base64-encoded, without PEM header lines or line breaks.')
      .refine((key) => [1024, 2048].includes(rsaKeyBits(key) ?? 0), 'DomainSigningPrivateKey must be a 1024-bit or 2048-bit RSA private key.')
      .optional(),
    NextSigningKeyLength: enumOf(KEY_LENGTHS, 'NextSigningKeyLength').optional(),
    DomainSigningAttributesOrigin: z
      .string()
      .refine(
        (origin) => (DEED_ORIGINS as string[]).includes(origin),
        'DomainSigningAttributesOrigin on CreateEmailIdentity must be AWS_SES_<REGION> of a Region that supports Deterministic Easy-DKIM; AWS_SES and EXTERNAL are not allowed.',
      )
      .optional(),
  })
  .superRefine((attributes, ctx) => {
    const byo = attributes.DomainSigningSelector !== undefined || attributes.DomainSigningPrivateKey !== undefined;
    if (byo && (attributes.DomainSigningSelector === undefined || attributes.DomainSigningPrivateKey === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'Bring Your Own DKIM needs both DomainSigningSelector and DomainSigningPrivateKey.' });
    }
    if (byo && attributes.NextSigningKeyLength !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'NextSigningKeyLength applies to Easy DKIM only, not with DomainSigningSelector and DomainSigningPrivateKey.' });
    }
    if (attributes.DomainSigningAttributesOrigin !== undefined && (byo || attributes.NextSigningKeyLength !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'DomainSigningAttributesOrigin replicates the parent identity\'s DKIM configuration and cannot be combined with other DKIM signing attributes.' });
    }
  });

function getEmailIdentity(state: RegionState, name: string): EmailIdentityRecord {
  const identity = state.EmailIdentities.get(name);
  if (!identity) throw notFound(`Email identity ${name} does not exist.`);
  return identity;
}

/**
 * Easy DKIM tokens, 32 characters of [a-z2-7] like SES's. Derived from the
 * account, the Region that owns the key and the domain, so a DEED replica
 * gets the same tokens as its parent, as it does in SES.
 */
function dkimTokens({ account }: Scope, keyRegion: string, domain: string): string[] {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [1, 2, 3].map((n) => {
    const digest = createHash('sha256').update(`${account}\0${keyRegion}\0${domain.toLowerCase()}\0${n}`).digest();
    return Array.from(digest.subarray(0, 32), (byte) => alphabet[byte & 31]).join('');
  });
}

function signingHostedZone(region: string): string {
  return region === 'us-east-1' ? 'dkim.amazonses.com' : `dkim.${region}.amazonses.com`;
}

function describeDkim(identity: EmailIdentityRecord, region: string) {
  if (identity.IdentityType === 'EMAIL_ADDRESS') {
    return { SigningEnabled: false, Status: 'NOT_STARTED', SigningAttributesOrigin: 'AWS_SES' };
  }
  const external = identity.DkimSigningAttributesOrigin === 'EXTERNAL';
  return {
    SigningEnabled: identity.DkimSigningEnabled ?? true,
    // SES verifies a domain through its DKIM records, so the two statuses move together.
    Status: identity.VerificationStatus,
    Tokens: identity.DkimTokens,
    ...(!external && { SigningHostedZone: signingHostedZone(region) }),
    SigningAttributesOrigin: identity.DkimSigningAttributesOrigin,
    NextSigningKeyLength: identity.NextSigningKeyLength,
    CurrentSigningKeyLength: identity.CurrentSigningKeyLength,
    LastKeyGenerationTimestamp: identity.LastKeyGenerationTimestamp,
  };
}

const verifiedForSending = (identity: EmailIdentityRecord) => identity.VerificationStatus === 'SUCCESS';

/** Records a verification outcome as SES's VerificationInfo shows it. */
function setVerification(identity: EmailIdentityRecord, status: VerificationStatus, now: Timestamp, errorType?: string): void {
  identity.VerificationStatus = status;
  if (status === 'NOT_STARTED') {
    identity.VerificationInfo = undefined;
    return;
  }
  identity.VerificationInfo = {
    LastCheckedTimestamp: now,
    LastSuccessTimestamp: status === 'SUCCESS' ? now : identity.VerificationInfo?.LastSuccessTimestamp,
    ErrorType: status === 'FAILED' || status === 'TEMPORARY_FAILURE' ? errorType : undefined,
  };
}

const createEmailIdentity = defineOperation({
  name: 'CreateEmailIdentity',
  kind: 'write',
  input: z
    .object({
      EmailIdentity: newIdentityName,
      Tags: tagList.optional(),
      DkimSigningAttributes: dkimSigningAttributes.optional(),
      ConfigurationSetName: resourceName('ConfigurationSetName').optional(),
    })
    .superRefine((input, ctx) => {
      if (input.DkimSigningAttributes && isEmailAddress(input.EmailIdentity)) {
        ctx.addIssue({ code: 'custom', path: ['DkimSigningAttributes'], message: 'DkimSigningAttributes can be specified only for a domain identity, not an email address.' });
      }
    }),
  run(input, state, { scope, behaviour, now }) {
    const name = input.EmailIdentity;
    if (state.EmailIdentities.has(name)) throw alreadyExists(`Email identity ${name} already exists.`);
    if (state.EmailIdentities.size >= MAX_EMAIL_IDENTITIES) {
      throw limitExceeded(`Maximum number of email identities (${MAX_EMAIL_IDENTITIES}) reached.`);
    }
    if (input.ConfigurationSetName !== undefined) getConfigurationSet(state, input.ConfigurationSetName);

    const created = now();
    const identity: EmailIdentityRecord = {
      IdentityName: name,
      IdentityType: isEmailAddress(name) ? 'EMAIL_ADDRESS' : 'DOMAIN',
      CreatedTimestamp: created,
      VerificationStatus: behaviour.defaultVerificationStatus,
      SendingEnabled: true,
      ConfigurationSetName: input.ConfigurationSetName,
      Tags: input.Tags ?? [],
    };
    const dkim = input.DkimSigningAttributes;
    let status = behaviour.defaultVerificationStatus;
    let errorType: string | undefined;
    if (identity.IdentityType === 'DOMAIN') {
      identity.DkimSigningEnabled = true;
      if (dkim?.DomainSigningSelector !== undefined) {
        // The private key is checked but not kept: SES never returns it and the emulator signs nothing.
        identity.DkimSigningAttributesOrigin = 'EXTERNAL';
        identity.DkimTokens = [dkim.DomainSigningSelector];
      } else {
        const origin = dkim?.DomainSigningAttributesOrigin;
        const keyRegion = origin === undefined ? scope.region : (DEED_REGIONS[DEED_ORIGINS.indexOf(origin)] ?? scope.region);
        identity.DkimSigningAttributesOrigin = origin ?? 'AWS_SES';
        identity.DkimTokens = dkimTokens(scope, keyRegion, name);
        identity.NextSigningKeyLength = dkim?.NextSigningKeyLength ?? 'RSA_2048_BIT';
        identity.CurrentSigningKeyLength = identity.NextSigningKeyLength;
        identity.LastKeyGenerationTimestamp = created;
        if (origin !== undefined && keyRegion === scope.region) {
          // A replica's parent must live in another Region; SES fails the verification, not the call.
          status = 'FAILED';
          errorType = 'REPLICATION_PRIMARY_INVALID_REGION';
        }
      }
    }
    setVerification(identity, status, created, errorType);
    state.EmailIdentities.set(name, identity);
    return {
      IdentityType: identity.IdentityType,
      VerifiedForSendingStatus: verifiedForSending(identity),
      DkimAttributes: describeDkim(identity, scope.region),
    };
  },
});

const getEmailIdentityOperation = defineOperation({
  name: 'GetEmailIdentity',
  kind: 'read',
  input: z.object({ EmailIdentity: identityName }),
  run(input, state, { scope }) {
    const identity = getEmailIdentity(state, input.EmailIdentity);
    const info = identity.VerificationInfo;
    return {
      IdentityType: identity.IdentityType,
      FeedbackForwardingStatus: true,
      VerifiedForSendingStatus: verifiedForSending(identity),
      DkimAttributes: describeDkim(identity, scope.region),
      MailFromAttributes: { BehaviorOnMxFailure: 'USE_DEFAULT_VALUE' },
      Policies: {},
      Tags: identity.Tags,
      // Kept after the configuration set is deleted, as SES does.
      ConfigurationSetName: identity.ConfigurationSetName,
      VerificationStatus: identity.VerificationStatus,
      ...(info && { VerificationInfo: info }),
    };
  },
});

const listEmailIdentities = defineOperation({
  name: 'ListEmailIdentities',
  kind: 'read',
  input: z.object({
    Filter: z
      .strictObject(
        {
          IDENTITY_NAME_CONTAINS: z.string().optional(),
          IDENTITY_TYPE: enumOf(['EMAIL_ADDRESS', 'DOMAIN', 'MANAGED_DOMAIN'], 'Filter IDENTITY_TYPE').optional(),
          VERIFICATION_STATUS: enumOf(VERIFICATION_STATUSES, 'Filter VERIFICATION_STATUS').optional(),
        },
        { error: 'Filter must be an object whose keys are IDENTITY_NAME_CONTAINS, IDENTITY_TYPE or VERIFICATION_STATUS.' },
      )
      .optional(),
    NextToken: nextToken.optional(),
    PageSize: pageSize(0, 1000).optional(),
  }),
  run(input, state) {
    const filter = input.Filter ?? {};
    const matching = [...state.EmailIdentities.values()].filter(
      (identity) =>
        (filter.IDENTITY_NAME_CONTAINS === undefined || identity.IdentityName.includes(filter.IDENTITY_NAME_CONTAINS)) &&
        (filter.IDENTITY_TYPE === undefined || identity.IdentityType === filter.IDENTITY_TYPE) &&
        (filter.VERIFICATION_STATUS === undefined || identity.VerificationStatus === filter.VERIFICATION_STATUS),
    );
    const size = input.PageSize || DEFAULT_PAGE_SIZE;
    const { items, nextToken: token } = page(matching, (identity) => identity.IdentityName, size, input.NextToken);
    return {
      EmailIdentities: items.map((identity) => ({
        IdentityType: identity.IdentityType,
        IdentityName: identity.IdentityName,
        SendingEnabled: identity.SendingEnabled && verifiedForSending(identity),
        VerificationStatus: identity.VerificationStatus,
      })),
      NextToken: token,
    };
  },
});

const deleteEmailIdentity = defineOperation({
  name: 'DeleteEmailIdentity',
  kind: 'write',
  input: z.object({ EmailIdentity: identityName }),
  run(input, state) {
    getEmailIdentity(state, input.EmailIdentity);
    state.EmailIdentities.delete(input.EmailIdentity);
    return {};
  },
});

const putConfigurationSetAttributes = defineOperation({
  name: 'PutEmailIdentityConfigurationSetAttributes',
  kind: 'write',
  input: z.object({ EmailIdentity: identityName, ConfigurationSetName: resourceName('ConfigurationSetName').optional() }),
  run(input, state) {
    const identity = getEmailIdentity(state, input.EmailIdentity);
    if (input.ConfigurationSetName !== undefined) getConfigurationSet(state, input.ConfigurationSetName);
    identity.ConfigurationSetName = input.ConfigurationSetName;
    return {};
  },
});

const verificationInput = z.object({
  status: enumOf(VERIFICATION_STATUSES, 'status'),
  errorType: enumOf(VERIFICATION_ERRORS, 'errorType').optional(),
});

/** Stands in for the verification link or DNS records nobody can act on locally. */
const seedVerification: AdminRoute = {
  method: 'PUT',
  path: '/_emulator/identities/{EmailIdentity}/verification',
  run({ body, labels, scope }, store) {
    const { status, errorType } = parseInput(verificationInput, body);
    const name = labels.EmailIdentity ?? '';
    return store.write(scope, (state) => {
      const identity = getEmailIdentity(state, name);
      setVerification(identity, status, Date.now() / 1000, errorType);
      return { EmailIdentity: name, VerificationStatus: identity.VerificationStatus, VerifiedForSendingStatus: verifiedForSending(identity) };
    });
  },
};

const label = '{EmailIdentity}';
export const emailIdentities: OperationModule = {
  routes: [
    { method: 'POST', path: '/v2/email/identities', operation: 'CreateEmailIdentity' },
    { method: 'GET', path: `/v2/email/identities/${label}`, operation: 'GetEmailIdentity' },
    { method: 'POST', path: '/v2/email/list-identities', operation: 'ListEmailIdentities' },
    // The route form older SDKs and the AWS CLI v2 send.
    { method: 'GET', path: '/v2/email/identities', operation: 'ListEmailIdentities', query: { NextToken: 'string', PageSize: 'integer' } },
    { method: 'DELETE', path: `/v2/email/identities/${label}`, operation: 'DeleteEmailIdentity' },
    { method: 'PUT', path: `/v2/email/identities/${label}/configuration-set`, operation: 'PutEmailIdentityConfigurationSetAttributes' },
  ],
  operations: [createEmailIdentity, getEmailIdentityOperation, listEmailIdentities, deleteEmailIdentity, putConfigurationSetAttributes],
  adminRoutes: [seedVerification],
};
