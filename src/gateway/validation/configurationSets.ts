/**
 * Input rules for the configuration set mutations, mirroring what SES (and
 * the emulator's operations/options.ts and configurationSets.ts) enforce, so
 * that a bad input is refused before any SES call. Enums (TLS and HTTPS
 * policies, suppression reasons, feature statuses, signing schemes) arrive
 * typed from GraphQL; what is left are names, ranges, domains, ARNs,
 * uniqueness and tags.
 */
import type {
  ArchivingOptionsInput,
  CloneConfigurationSetInput,
  CreateConfigurationSetInput,
  DeliveryOptionsInput,
  SuppressionOptionsInput,
  TrackingOptionsInput,
  UpdateConfigurationSetInput,
  UserError,
} from '../generated/resolvers.js';
import { InputErrors, isDomainName } from './rules.js';

/** SES bounds MaxDeliverySeconds to 300 (5 minutes) through 50400 (14 hours). */
const MIN_DELIVERY_SECONDS = 300;
const MAX_DELIVERY_SECONDS = 50_400;

/** A MailManager archive ARN, e.g. arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-abc123. */
const ARCHIVE_ARN = /^arn:aws[\w-]*:ses:[a-z0-9-]+:\d{12}:mailmanager-archive\/[A-Za-z0-9-]+$/;
const isArchiveArn = (value: string) => ARCHIVE_ARN.test(value);

type Path = (string | number)[];

function checkDeliveryOptions(errors: InputErrors, options: DeliveryOptionsInput, path: Path): void {
  if (options.sendingPoolName !== undefined && options.sendingPoolName !== null) errors.resourceName(options.sendingPoolName, [...path, 'sendingPoolName']);
  errors.intRange(options.maxDeliverySeconds, MIN_DELIVERY_SECONDS, MAX_DELIVERY_SECONDS, [...path, 'maxDeliverySeconds'], ' seconds (5 minutes to 14 hours)');
}

function checkTrackingOptions(errors: InputErrors, options: TrackingOptionsInput, path: Path): void {
  errors.check(isDomainName(options.customRedirectDomain), [...path, 'customRedirectDomain'], 'must be a valid domain name, such as track.example.com.');
}

function checkSuppressionOptions(errors: InputErrors, options: SuppressionOptionsInput, path: Path): void {
  const reasons = options.suppressedReasons;
  errors.check(new Set(reasons).size === reasons.length, [...path, 'suppressedReasons'], 'must not repeat a reason.');
}

function checkArchivingOptions(errors: InputErrors, options: ArchivingOptionsInput, path: Path): void {
  errors.check(
    isArchiveArn(options.archiveArn),
    [...path, 'archiveArn'],
    'must be the ARN of a MailManager archive, such as arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-abc123.',
  );
}

/** The option groups createConfigurationSet and updateConfigurationSet share. */
type OptionGroups = Pick<CreateConfigurationSetInput, 'deliveryOptions' | 'trackingOptions' | 'suppressionOptions' | 'archivingOptions'>;

function checkOptionGroups(errors: InputErrors, input: OptionGroups): void {
  if (input.deliveryOptions) checkDeliveryOptions(errors, input.deliveryOptions, ['deliveryOptions']);
  if (input.trackingOptions) checkTrackingOptions(errors, input.trackingOptions, ['trackingOptions']);
  if (input.suppressionOptions) checkSuppressionOptions(errors, input.suppressionOptions, ['suppressionOptions']);
  if (input.archivingOptions) checkArchivingOptions(errors, input.archivingOptions, ['archivingOptions']);
}

export function validateCreateConfigurationSet(input: CreateConfigurationSetInput): UserError[] {
  const errors = new InputErrors();
  errors.resourceName(input.name, ['name']);
  checkOptionGroups(errors, input);
  errors.tags(input.tags, ['tags']);
  return errors.errors;
}

/**
 * An update may clear most groups with an explicit null, but not these three:
 * SES has no "unset" for sending or reputation metrics, only true or false;
 * and it has no call that removes a set's suppression options (an empty
 * PutConfigurationSetSuppressionOptions stores "suppress nothing", not "the
 * account-level list applies", which is what null would promise).
 */
export function validateUpdateConfigurationSet(input: UpdateConfigurationSetInput): UserError[] {
  const errors = new InputErrors();
  // The name when given: a name that comes from an id was checked by resolveTarget (mutationTargets.ts).
  if (input.name != null) errors.resourceName(input.name, ['name']);
  errors.check(!('sendingEnabled' in input && input.sendingEnabled === null), ['sendingEnabled'], 'cannot be cleared; give true or false, or leave it out.');
  errors.check(
    !('reputationOptions' in input && input.reputationOptions === null),
    ['reputationOptions'],
    'cannot be cleared; give reputationMetricsEnabled true or false, or leave it out.',
  );
  errors.check(
    !('suppressionOptions' in input && input.suppressionOptions === null),
    ['suppressionOptions'],
    'cannot be null: SES cannot remove a set\'s suppression options once set. Pass suppressedReasons: [] to suppress nothing, or leave it out.',
  );
  checkOptionGroups(errors, input);
  return errors.errors;
}

export function validateConfigurationSetName(name: string | null | undefined, field: string[] = ['name']): UserError[] {
  const errors = new InputErrors();
  // The name when given: a name that comes from an id was checked by resolveTarget (mutationTargets.ts).
  if (name != null) errors.resourceName(name, field);
  return errors.errors;
}

export function validateCloneConfigurationSet(input: CloneConfigurationSetInput): UserError[] {
  const errors = new InputErrors();
  // The name when given: a name that comes from an id was checked by resolveTarget (mutationTargets.ts).
  if (input.sourceName != null) errors.resourceName(input.sourceName, ['sourceName']);
  errors.resourceName(input.name, ['name']);
  return errors.errors;
}
