/**
 * How to tell whether an SES write happened, for every write the gateway
 * makes. After an ambiguous failure (a timeout, a reset or a server error
 * after the request was sent) the access layer reads SES's state with the
 * write's verifier and reports the truth: applied, not applied, or unknown
 * when the state cannot be read either.
 *
 * Caveat, creates and deletes: SES keeps no record of who made a change. A
 * create whose resource exists afterwards is reported as done, even if
 * someone else created the same name in the moment between (the gateway does
 * not read before creating); a delete whose resource is gone likewise.
 */
import type { GetConfigurationSetCommandOutput } from '@aws-sdk/client-sesv2';
import type { GraphQLError } from 'graphql';
import { faultWith, isNotFound } from '../errors.js';
import type { InputOf, OutputOf, SesReads, SesWrites } from './operations.js';
import type { SesFailure } from './retry.js';

/** A read of SES's current state: never from a cache, through the limiter (it costs quota like any read). */
export type VerificationRead = <R extends keyof SesReads>(operation: R, input: InputOf<R>) => Promise<OutputOf<R>>;

type WriteVerdict<K extends keyof SesWrites> = { applied: true; output: OutputOf<K> } | { applied: false };

interface WriteVerifier<K extends keyof SesWrites> {
  /** What to look at in SES to learn whether the write happened, completing "check ...". */
  subject(input: InputOf<K>, region: string): string;
  verify(input: InputOf<K>, read: VerificationRead): Promise<WriteVerdict<K>>;
}

/** Marks a field whose absence the write asked for (it clears the field). */
export const ABSENT: unique symbol = Symbol('absent');

/**
 * Whether `actual` holds what `expected` asks for: every defined field of
 * `expected`, recursively; arrays as sets (SES does not promise an order);
 * ABSENT for a field that must be missing or empty. Fields `expected` leaves
 * undefined are not compared: SES fills them with its defaults.
 */
export function holds(actual: unknown, expected: unknown): boolean {
  if (expected === ABSENT) return actual === undefined || actual === null || (Array.isArray(actual) && actual.length === 0);
  if (expected === undefined) return true;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item) => actual.some((candidate) => holds(candidate, item)));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([key, value]) => holds((actual as Record<string, unknown>)[key], value));
  }
  return actual === expected;
}

const done = <K extends keyof SesWrites>(output: Omit<OutputOf<K>, '$metadata'> = {} as Omit<OutputOf<K>, '$metadata'>): WriteVerdict<K> => ({
  applied: true,
  output: { ...output, $metadata: {} } as OutputOf<K>,
});
const notDone = { applied: false } as const;
const verdict = <K extends keyof SesWrites>(applied: boolean): WriteVerdict<K> => (applied ? done<K>() : notDone);

/** The read's answer, or undefined when SES says the thing does not exist. */
async function unlessNotFound<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

const setIn = (name: string | undefined, region: string) => `configuration set "${name ?? ''}" in ${region}`;
const readSet = (read: VerificationRead, name: string | undefined) => unlessNotFound(read('GetConfigurationSet', { ConfigurationSetName: name }));

/** A Put/Update of one configuration set option group: done when the set shows what the write asked for. */
function optionsOf<K extends keyof SesWrites>(
  group: string,
  expected: (input: InputOf<K>) => Partial<Record<keyof GetConfigurationSetCommandOutput, unknown>>,
): WriteVerifier<K> {
  return {
    subject: (input, region) => `the ${group} of ${setIn((input as { ConfigurationSetName?: string }).ConfigurationSetName, region)}`,
    async verify(input, read) {
      const set = await readSet(read, (input as { ConfigurationSetName?: string }).ConfigurationSetName);
      return verdict(set !== undefined && holds(set, expected(input)));
    },
  };
}

async function destinationOf(read: VerificationRead, setName: string | undefined, name: string | undefined) {
  const answer = await unlessNotFound(read('GetConfigurationSetEventDestinations', { ConfigurationSetName: setName }));
  return answer?.EventDestinations?.find((destination) => destination.Name === name);
}

async function tagsOf(read: VerificationRead, arn: string | undefined) {
  const answer = await unlessNotFound(read('ListTagsForResource', { ResourceArn: arn }));
  return answer?.Tags;
}

const WRITE_VERIFIERS: { [K in keyof SesWrites]: WriteVerifier<K> } = {
  CreateConfigurationSet: {
    subject: (input, region) => `whether ${setIn(input.ConfigurationSetName, region)} exists`,
    verify: async (input, read) => verdict((await readSet(read, input.ConfigurationSetName)) !== undefined),
  },
  DeleteConfigurationSet: {
    subject: (input, region) => `whether ${setIn(input.ConfigurationSetName, region)} still exists`,
    verify: async (input, read) => verdict((await readSet(read, input.ConfigurationSetName)) === undefined),
  },
  UpdateConfigurationSet: optionsOf('message security options', (input) => ({ MessageSecurityOptions: input.MessageSecurityOptions })),
  PutConfigurationSetSendingOptions: optionsOf('sending options', (input) => ({ SendingOptions: { SendingEnabled: input.SendingEnabled } })),
  PutConfigurationSetDeliveryOptions: optionsOf('delivery options', (input) => ({
    DeliveryOptions: { TlsPolicy: input.TlsPolicy, SendingPoolName: input.SendingPoolName ?? ABSENT, MaxDeliverySeconds: input.MaxDeliverySeconds },
  })),
  PutConfigurationSetTrackingOptions: optionsOf('tracking options', (input) => ({
    TrackingOptions: { CustomRedirectDomain: input.CustomRedirectDomain ?? ABSENT, HttpsPolicy: input.HttpsPolicy },
  })),
  PutConfigurationSetReputationOptions: optionsOf('reputation options', (input) => ({ ReputationOptions: { ReputationMetricsEnabled: input.ReputationMetricsEnabled } })),
  PutConfigurationSetSuppressionOptions: optionsOf('suppression options', (input) => ({
    SuppressionOptions: { SuppressedReasons: input.SuppressedReasons ?? ABSENT, ValidationOptions: input.ValidationOptions },
  })),
  PutConfigurationSetVdmOptions: optionsOf('VDM options', (input) => ({ VdmOptions: input.VdmOptions ?? ABSENT })),
  PutConfigurationSetArchivingOptions: optionsOf('archiving options', (input) => ({ ArchivingOptions: input.ArchiveArn ? { ArchiveArn: input.ArchiveArn } : ABSENT })),
  CreateConfigurationSetEventDestination: {
    subject: (input, region) => `whether event destination "${input.EventDestinationName ?? ''}" of ${setIn(input.ConfigurationSetName, region)} exists`,
    verify: async (input, read) => verdict((await destinationOf(read, input.ConfigurationSetName, input.EventDestinationName)) !== undefined),
  },
  UpdateConfigurationSetEventDestination: {
    subject: (input, region) => `event destination "${input.EventDestinationName ?? ''}" of ${setIn(input.ConfigurationSetName, region)}`,
    async verify(input, read) {
      const destination = await destinationOf(read, input.ConfigurationSetName, input.EventDestinationName);
      return verdict(destination !== undefined && holds(destination, input.EventDestination));
    },
  },
  DeleteConfigurationSetEventDestination: {
    subject: (input, region) => `whether event destination "${input.EventDestinationName ?? ''}" of ${setIn(input.ConfigurationSetName, region)} still exists`,
    verify: async (input, read) => verdict((await destinationOf(read, input.ConfigurationSetName, input.EventDestinationName)) === undefined),
  },
  CreateEmailIdentity: {
    subject: (input, region) => `whether email identity "${input.EmailIdentity ?? ''}" exists in ${region}`,
    async verify(input, read) {
      const identity = await unlessNotFound(read('GetEmailIdentity', { EmailIdentity: input.EmailIdentity }));
      if (!identity) return notDone;
      // What CreateEmailIdentity would have answered, from the identity as it now is.
      const { IdentityType, VerifiedForSendingStatus, DkimAttributes } = identity;
      return done<'CreateEmailIdentity'>({ IdentityType, VerifiedForSendingStatus, DkimAttributes });
    },
  },
  DeleteEmailIdentity: {
    subject: (input, region) => `whether email identity "${input.EmailIdentity ?? ''}" still exists in ${region}`,
    verify: async (input, read) => verdict((await unlessNotFound(read('GetEmailIdentity', { EmailIdentity: input.EmailIdentity }))) === undefined),
  },
  PutEmailIdentityConfigurationSetAttributes: {
    subject: (input, region) => `the default configuration set of email identity "${input.EmailIdentity ?? ''}" in ${region}`,
    async verify(input, read) {
      const identity = await unlessNotFound(read('GetEmailIdentity', { EmailIdentity: input.EmailIdentity }));
      return verdict(identity !== undefined && holds(identity.ConfigurationSetName, input.ConfigurationSetName ?? ABSENT));
    },
  },
  TagResource: {
    subject: (input) => `the tags of ${input.ResourceArn ?? ''}`,
    async verify(input, read) {
      const tags = await tagsOf(read, input.ResourceArn);
      return verdict(tags !== undefined && (input.Tags ?? []).every((tag) => tags.some((t) => t.Key === tag.Key && t.Value === tag.Value)));
    },
  },
  UntagResource: {
    subject: (input) => `the tags of ${input.ResourceArn ?? ''}`,
    async verify(input, read) {
      const tags = await tagsOf(read, input.ResourceArn);
      return verdict(tags !== undefined && !(input.TagKeys ?? []).some((key) => tags.some((t) => t.Key === key)));
    },
  },
  PutAccountVdmAttributes: {
    subject: (_input, region) => `the account's VDM attributes in ${region}`,
    verify: async (input, read) => verdict(holds((await read('GetAccount', {})).VdmAttributes, input.VdmAttributes)),
  },
};

/** Reads SES's state to learn whether a write that failed ambiguously happened. Rejects when the state cannot be read. */
export function verifyWrite<K extends keyof SesWrites>(operation: K, input: InputOf<K>, read: VerificationRead): Promise<WriteVerdict<K>> {
  return (WRITE_VERIFIERS[operation] as WriteVerifier<K>).verify(input, read);
}

export function verificationSubject<K extends keyof SesWrites>(operation: K, input: InputOf<K>, region: string): string {
  return (WRITE_VERIFIERS[operation] as WriteVerifier<K>).subject(input, region);
}

/** What the gateway knows about a write that failed: SES did not apply it, did, or it cannot tell. */
export type WriteOutcome = 'APPLIED' | 'NOT_APPLIED' | 'UNKNOWN';

/** A write that failed after its request was (possibly) sent: SES may or may not have applied it. */
export class AmbiguousWriteError<K extends keyof SesWrites = keyof SesWrites> extends Error {
  constructor(
    readonly operation: K,
    readonly input: InputOf<K>,
    readonly failure: SesFailure,
    override readonly cause: unknown,
  ) {
    super(`SES ${operation} failed after it was sent (${failure}); whether it was applied is not known yet.`);
    this.name = 'AmbiguousWriteError';
  }
}

const HOW_IT_FAILED: Record<SesFailure, string> = {
  timeout: 'SES did not answer in time',
  reset: 'The connection to SES broke',
  server: 'SES answered with a server error',
  throttled: 'SES throttled the change',
  notSent: 'SES could not be reached',
  other: 'The call to SES failed',
};

/**
 * The fault for a write that failed, with `extensions.outcome` saying what
 * happened to it. The code stays the failure's own (UPSTREAM_TIMEOUT,
 * UPSTREAM_UNAVAILABLE, UPSTREAM_THROTTLED, ...). Without `checked`, the
 * failure itself proves the outcome (SES throttled it, or it was never sent),
 * and the message is the code's own.
 */
export function ambiguousWriteFault(
  cause: unknown,
  outcome: Exclude<WriteOutcome, 'APPLIED'>,
  checked?: { failure: SesFailure; subject: string; readBack?: 'failed' | 'notYet' },
): GraphQLError {
  if (!checked) return faultWith(cause, { extensions: { outcome } });
  const how = `${HOW_IT_FAILED[checked.failure]} after the request was sent`;
  const message =
    outcome === 'NOT_APPLIED'
      ? `${how}. The gateway read SES's state back (${checked.subject}): the change was not applied, so it is safe to send it again.`
      : checked.readBack === 'notYet'
        ? `${how}. The gateway read SES's state back and the change is not there yet, but SES may still be working on it, so whether it will be applied is unknown. Check ${checked.subject} before sending it again.`
        : `${how}, and reading SES's state back failed too, so whether the change was applied is unknown. Check ${checked.subject} before sending it again.`;
  return faultWith(cause, { message, extensions: { outcome } });
}
