/**
 * The emulator's state, shaped as SES returns it (PascalCase members of the
 * SDK model) so that operations can echo records without mapping them.
 * Timestamps are epoch seconds, the REST-JSON wire format for timestamps.
 */
import type {
  ArchivingOptions,
  DeliveryOptions,
  EventDestinationDefinition,
  Metric,
  MetricDimensionName,
  RecommendationImpact,
  RecommendationStatus,
  RecommendationType,
  SuppressionOptions,
  Tag,
  TrackingOptions,
  VdmAttributes,
  VdmOptions,
} from '@aws-sdk/client-sesv2';

export type Timestamp = number;

/** SigningScheme is a union in the SDK's types; stored as the plain JSON SES sends. */
interface MessageSecurityOptions {
  SigningScheme?: { DefaultScheme?: Record<string, never>; SmimeScheme?: { SignatureFormat?: string } };
}

export interface EventDestinationRecord extends EventDestinationDefinition {
  Name: string;
}

export interface ConfigurationSetRecord {
  ConfigurationSetName: string;
  CreatedTimestamp: Timestamp;
  TrackingOptions?: TrackingOptions;
  DeliveryOptions?: DeliveryOptions;
  ReputationOptions: { ReputationMetricsEnabled: boolean; LastFreshStart?: Timestamp };
  SendingOptions: { SendingEnabled: boolean };
  SuppressionOptions?: SuppressionOptions;
  VdmOptions?: VdmOptions;
  ArchivingOptions?: ArchivingOptions;
  MessageSecurityOptions?: MessageSecurityOptions;
  Tags: Tag[];
  EventDestinations: EventDestinationRecord[];
}

export type VerificationStatus = 'PENDING' | 'SUCCESS' | 'FAILED' | 'TEMPORARY_FAILURE' | 'NOT_STARTED';

export interface EmailIdentityRecord {
  IdentityName: string;
  IdentityType: 'EMAIL_ADDRESS' | 'DOMAIN';
  CreatedTimestamp: Timestamp;
  VerificationStatus: VerificationStatus;
  SendingEnabled: boolean;
  ConfigurationSetName?: string;
  DkimSigningAttributesOrigin?: string;
  Tags: Tag[];
  /** Domains only: the Easy DKIM tokens, or the BYODKIM selector. */
  DkimTokens?: string[];
  DkimSigningEnabled?: boolean;
  NextSigningKeyLength?: DkimSigningKeyLength;
  CurrentSigningKeyLength?: DkimSigningKeyLength;
  LastKeyGenerationTimestamp?: Timestamp;
  VerificationInfo?: { LastCheckedTimestamp?: Timestamp; LastSuccessTimestamp?: Timestamp; ErrorType?: string };
}

export type DkimSigningKeyLength = 'RSA_1024_BIT' | 'RSA_2048_BIT';

export interface DedicatedIpPoolRecord {
  PoolName: string;
  ScalingMode: 'STANDARD' | 'MANAGED';
  CreatedTimestamp: Timestamp;
  Tags: Tag[];
}

/** One seeded VDM metric series: values by timestamp for one metric and one exact set of dimensions (none: the whole account). */
export interface MetricSeriesRecord {
  Metric: Metric;
  Dimensions: Partial<Record<MetricDimensionName, string>>;
  /** Sorted by Timestamp, one point per Timestamp. */
  Points: { Timestamp: Timestamp; Value: number }[];
  /** A per-query error SES reports for queries matching this series, instead of its points. */
  Error?: 'INTERNAL_FAILURE' | 'ACCESS_DENIED';
}

interface RecommendationRecord {
  ResourceArn: string;
  Type: RecommendationType;
  Description: string;
  Status: RecommendationStatus;
  Impact: RecommendationImpact;
  CreatedTimestamp: Timestamp;
  LastUpdatedTimestamp: Timestamp;
}

/**
 * Resources are kept in Maps, not plain objects: `constructor` and `__proto__`
 * are valid SES names and must not collide with Object.prototype.
 */
export interface RegionState {
  ConfigurationSets: Map<string, ConfigurationSetRecord>;
  EmailIdentities: Map<string, EmailIdentityRecord>;
  DedicatedIpPools: Map<string, DedicatedIpPoolRecord>;
  Account: { VdmAttributes: VdmAttributes };
  Metrics: MetricSeriesRecord[];
  Recommendations: RecommendationRecord[];
}

export function emptyRegionState(): RegionState {
  return {
    ConfigurationSets: new Map(),
    EmailIdentities: new Map(),
    DedicatedIpPools: new Map(),
    Account: { VdmAttributes: { VdmEnabled: 'DISABLED' } },
    Metrics: [],
    Recommendations: [],
  };
}
