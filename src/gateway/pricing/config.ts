/**
 * The environment variables of request pricing, for config.ts's schema.
 */
import { z } from 'zod';

/**
 * 30 seconds: a default page of 25 configuration sets with their options and
 * event destinations (25 s of GetConfigurationSet) passes, and so do the
 * README's examples; 40 or 300 aliases of a set by distinct names (40 s,
 * 300 s) are refused. Half of SES_QUEUE_TIMEOUT_MS's default, so a request at
 * the limit still finishes while others share the quota.
 */
const DEFAULT_MAX_QUOTA_SECONDS_PER_REQUEST = 30;

/**
 * SES cannot say how many identities a region has without listing them, so a
 * scan is priced at this many; the default keeps one scan under the default
 * budget. Set it to the region's identity count for a true upper bound.
 */
const DEFAULT_IDENTITY_SCAN_ESTIMATE = 25;

export const pricingEnvShape = {
  MAX_QUOTA_SECONDS_PER_REQUEST: z.coerce.number().positive('must be a positive number of seconds').default(DEFAULT_MAX_QUOTA_SECONDS_PER_REQUEST),
  IDENTITY_SCAN_ESTIMATE: z.coerce.number().int('must be a whole number of identities').min(0).max(100_000).default(DEFAULT_IDENTITY_SCAN_ESTIMATE),
};

export interface PricingConfig {
  /** Seconds of SES quota one request may cost at worst; over it the request is refused before any SES call. */
  maxQuotaSecondsPerRequest: number;
  /** How many identities a scan of a region's identities (defaultForIdentities, deleteConfigurationSet's guard) is priced at. */
  identityScanEstimate: number;
}

export function pricingFromEnv(env: { MAX_QUOTA_SECONDS_PER_REQUEST: number; IDENTITY_SCAN_ESTIMATE: number }): PricingConfig {
  return { maxQuotaSecondsPerRequest: env.MAX_QUOTA_SECONDS_PER_REQUEST, identityScanEstimate: env.IDENTITY_SCAN_ESTIMATE };
}
