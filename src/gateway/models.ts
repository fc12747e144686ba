/**
 * What resolvers return for the schema's object types (codegen `mappers`).
 * Objects that are resolved lazily carry only what identifies them (region and
 * name), so a query pays only for the SES reads its selected fields need.
 */
import type { DeliveryOptions, EventDestination, IdentityInfo, Metric } from '@aws-sdk/client-sesv2';

export interface ConfigurationSetModel {
  region: string;
  name: string;
}

export interface EventDestinationModel {
  region: string;
  configurationSetName: string;
  destination: EventDestination;
}

export interface EmailIdentityModel {
  region: string;
  name: string;
  /** What ListEmailIdentities already told about it, to spare a GetEmailIdentity. */
  summary?: IdentityInfo;
}

export interface DedicatedIpPoolModel {
  region: string;
  name: string;
}

export interface AccountModel {
  region: string;
}

export interface DeliveryOptionsModel extends DeliveryOptions {
  region: string;
}

type FeatureStatusValue = 'ENABLED' | 'DISABLED';

export interface EffectiveVdmOptionsModel {
  dashboardEngagementMetrics: FeatureStatusValue;
  dashboardEngagementMetricsSource: 'CONFIGURATION_SET' | 'ACCOUNT';
  guardianOptimizedSharedDelivery: FeatureStatusValue;
  guardianOptimizedSharedDeliverySource: 'CONFIGURATION_SET' | 'ACCOUNT';
}

export interface EffectiveConfigurationSetModel {
  configurationSet: ConfigurationSetModel | null;
  decidedBy: EmailIdentityModel | null;
  reason: 'ADDRESS_DEFAULT' | 'DOMAIN_DEFAULT' | 'DEFAULT_SET_MISSING' | 'NO_DEFAULT' | 'NO_VERIFIED_IDENTITY';
}

export interface MetricSeriesModel {
  metric: Metric;
  points: { timestamp: Date; value: number }[];
}

export interface VdmMetricResultModel {
  id: string;
  series: MetricSeriesModel | null;
  error: { code: string; message: string | null } | null;
}
