/**
 * The environment variables of the identity index (which identities use
 * which configuration set), for config.ts's schema.
 */
import { z } from 'zod';
import { extraRegionsSchema, KnownRegions } from '../regions.js';

/**
 * A quarter of ListEmailIdentities' and GetEmailIdentity's quota: at SES's one
 * call a second, users keep three calls in four, and 10,000 identities (SES's
 * default limit) take about 11 hours a pass.
 */
const DEFAULT_QUOTA_SHARE = 0.25;
/** An hour between the end of one full pass and the start of the next. */
const DEFAULT_REFRESH_SECONDS = 3600;
/**
 * A day: longer than a pass over 10,000 identities at the default share plus
 * the refresh interval (about 12 hours), so a region's index stays usable
 * from one pass to the next.
 */
const DEFAULT_MAX_AGE_SECONDS = 86_400;

const onOff = z.enum(['on', 'off'], { error: 'must be on or off' });

export const identityIndexEnvShape = {
  IDENTITY_INDEX: onOff.default('on'),
  IDENTITY_INDEX_RECONCILE: onOff.default('on'),
  IDENTITY_INDEX_QUOTA_SHARE: z.coerce.number().gt(0, 'must be more than 0').max(1, 'must be at most 1').default(DEFAULT_QUOTA_SHARE),
  IDENTITY_INDEX_REFRESH_SECONDS: z.coerce.number().int('must be whole seconds').min(1).max(30 * 86_400).default(DEFAULT_REFRESH_SECONDS),
  IDENTITY_INDEX_MAX_AGE_SECONDS: z.coerce.number().int('must be whole seconds').min(1).max(365 * 86_400).default(DEFAULT_MAX_AGE_SECONDS),
  IDENTITY_INDEX_REGIONS: extraRegionsSchema.optional(),
  IDENTITY_INDEX_REDIS_URL: z.string().min(1).optional(),
};

export interface IdentityIndexConfig {
  /** IDENTITY_INDEX: off answers identity usage by scanning every identity, as without an index. */
  enabled: boolean;
  /** IDENTITY_INDEX_RECONCILE: whether this replica runs full passes (another replica sharing Redis may run them instead). */
  reconcile: boolean;
  /** IDENTITY_INDEX_QUOTA_SHARE: the share of ListEmailIdentities' and GetEmailIdentity's rate a pass may use. */
  quotaShare: number;
  /** IDENTITY_INDEX_REFRESH_SECONDS, in ms: from the end of a full pass to the start of the next. */
  refreshMs: number;
  /** IDENTITY_INDEX_MAX_AGE_SECONDS, in ms: an index whose last full pass ended longer ago is not used. */
  maxAgeMs: number;
  /** IDENTITY_INDEX_REGIONS: the regions to reconcile; undefined reconciles every region a caller asked about. */
  regions?: string[];
  /** IDENTITY_INDEX_REDIS_URL, else REDIS_URL; undefined keeps the index in process memory. */
  redisUrl?: string;
}

interface IdentityIndexEnv {
  IDENTITY_INDEX: 'on' | 'off';
  IDENTITY_INDEX_RECONCILE: 'on' | 'off';
  IDENTITY_INDEX_QUOTA_SHARE: number;
  IDENTITY_INDEX_REFRESH_SECONDS: number;
  IDENTITY_INDEX_MAX_AGE_SECONDS: number;
  IDENTITY_INDEX_REGIONS?: string[] | undefined;
  IDENTITY_INDEX_REDIS_URL?: string | undefined;
  REDIS_URL?: string | undefined;
  SES_EXTRA_REGIONS?: string[] | undefined;
}

export function identityIndexFromEnv(env: IdentityIndexEnv): IdentityIndexConfig {
  const known = new KnownRegions(env.SES_EXTRA_REGIONS);
  const unknown = (env.IDENTITY_INDEX_REGIONS ?? []).filter((region) => !known.has(region));
  if (unknown.length > 0) {
    throw new Error(`Invalid configuration:\n  IDENTITY_INDEX_REGIONS: ${unknown.join(', ')} not a region the gateway serves (add it to SES_EXTRA_REGIONS if SES serves it)`);
  }
  const redisUrl = env.IDENTITY_INDEX_REDIS_URL ?? env.REDIS_URL;
  return {
    enabled: env.IDENTITY_INDEX === 'on',
    reconcile: env.IDENTITY_INDEX_RECONCILE === 'on',
    quotaShare: env.IDENTITY_INDEX_QUOTA_SHARE,
    refreshMs: env.IDENTITY_INDEX_REFRESH_SECONDS * 1000,
    maxAgeMs: env.IDENTITY_INDEX_MAX_AGE_SECONDS * 1000,
    ...(env.IDENTITY_INDEX_REGIONS !== undefined && { regions: env.IDENTITY_INDEX_REGIONS }),
    ...(redisUrl !== undefined && { redisUrl }),
  };
}
