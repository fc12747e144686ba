/**
 * Schemas for a configuration set's option groups, shared by
 * CreateConfigurationSet and the Put*Options operations.
 */
import { z } from 'zod';
import { notFound } from '../errors.js';
import type { RegionState } from '../state.js';
import { domainName, enumOf, featureStatus, resourceName } from '../validation.js';

export const trackingOptions = z.object({
  CustomRedirectDomain: domainName('TrackingOptions.CustomRedirectDomain'),
  HttpsPolicy: enumOf(['OPTIONAL', 'REQUIRE', 'REQUIRE_OPEN_ONLY'], 'HttpsPolicy').optional(),
});

/** SES bounds MaxDeliverySeconds to 300 (5 minutes) through 50400 (14 hours). */
export const maxDeliverySeconds = z
  .number({ error: 'MaxDeliverySeconds must be a number.' })
  .int('MaxDeliverySeconds must be an integer.')
  .min(300, 'MaxDeliverySeconds must be at least 300 (5 minutes).')
  .max(50400, 'MaxDeliverySeconds must be at most 50400 (840 minutes).');

export const deliveryOptions = z.object({
  TlsPolicy: enumOf(['REQUIRE', 'OPTIONAL'], 'TlsPolicy').optional(),
  SendingPoolName: resourceName('SendingPoolName').optional(),
  MaxDeliverySeconds: maxDeliverySeconds.optional(),
});

export const reputationOptions = z.object({
  ReputationMetricsEnabled: z.boolean().optional(),
  /** Accepted as SES does on create, but SES sets it itself afterwards. */
  LastFreshStart: z.number().optional(),
});

export const sendingOptions = z.object({ SendingEnabled: z.boolean().optional() });

export const suppressionValidationOptions = z.object({
  ConditionThreshold: z.object(
    {
      ConditionThresholdEnabled: featureStatus('ConditionThresholdEnabled'),
      OverallConfidenceThreshold: z
        .object({ ConfidenceVerdictThreshold: enumOf(['MEDIUM', 'HIGH', 'MANAGED'], 'ConfidenceVerdictThreshold') })
        .optional(),
    },
    { error: 'ValidationOptions.ConditionThreshold is required.' },
  ),
});

export const suppressionReasons = z
  .array(enumOf(['BOUNCE', 'COMPLAINT'], 'SuppressedReasons'))
  .refine((reasons) => new Set(reasons).size === reasons.length, 'SuppressedReasons must not repeat a reason.');

export const suppressionScope = enumOf(['ACCOUNT', 'TENANT'], 'SuppressionScope');

export const suppressionOptions = z.object({
  SuppressedReasons: suppressionReasons.optional(),
  SuppressionScope: suppressionScope.optional(),
  ValidationOptions: suppressionValidationOptions.optional(),
});

export const vdmOptions = z.object({
  DashboardOptions: z.object({ EngagementMetrics: featureStatus('EngagementMetrics').optional() }).optional(),
  GuardianOptions: z.object({ OptimizedSharedDelivery: featureStatus('OptimizedSharedDelivery').optional() }).optional(),
});

/** A MailManager archive ARN, e.g. arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-abc123. */
export const archiveArn = z
  .string()
  .regex(/^arn:aws[\w-]*:ses:[a-z0-9-]+:\d{12}:mailmanager-archive\/[A-Za-z0-9-]+$/, 'ArchiveArn must be the ARN of a MailManager archive.');

export const archivingOptions = z.object({ ArchiveArn: archiveArn.optional() });

/** MessageSecurityOptions.SigningScheme is a union: exactly one of DefaultScheme or SmimeScheme. */
export const messageSecurityOptions = z.object({
  SigningScheme: z
    .object({
      DefaultScheme: z.object({}).optional(),
      SmimeScheme: z.object({ SignatureFormat: enumOf(['DETACHED'], 'SignatureFormat').optional() }).optional(),
    })
    .refine((scheme) => (scheme.DefaultScheme ? 1 : 0) + (scheme.SmimeScheme ? 1 : 0) === 1, 'SigningScheme must set exactly one of DefaultScheme or SmimeScheme.')
    .optional(),
});

export function requirePool(state: RegionState, poolName: string | undefined): void {
  if (poolName !== undefined && !state.DedicatedIpPools.has(poolName)) {
    throw notFound(`Dedicated IP pool ${poolName} does not exist.`);
  }
}
