/**
 * GraphQL inputs -> the SDK's request shapes: the one place where a mutation's
 * input fields become SES's names. An optional input field left out (or null)
 * is left out of the request, so SES applies its own default.
 */
import type {
  ArchivingOptions,
  CreateConfigurationSetCommandInput,
  CreateEmailIdentityCommandInput,
  DeliveryOptions,
  DkimSigningAttributes,
  EventDestinationDefinition,
  MessageSecurityOptions,
  SuppressionOptions,
  Tag,
  TrackingOptions,
  VdmAttributes,
  VdmOptions,
} from '@aws-sdk/client-sesv2';
import type {
  ArchivingOptionsInput,
  CreateConfigurationSetInput,
  CreateEmailIdentityInput,
  CreateEventDestinationInput,
  DeliveryOptionsInput,
  DkimSigningAttributesInput,
  EventDestinationTargetInput,
  MessageSecurityOptionsInput,
  SuppressionOptionsInput,
  TagInput,
  TrackingOptionsInput,
  UpdateAccountVdmAttributesInput,
  VdmOptionsInput,
} from '../generated/resolvers.js';

export const toSdkTags = (tags: readonly TagInput[]): Tag[] => tags.map(({ key, value }) => ({ Key: key, Value: value }));

// ---------------------------------------------------------------------------
// Configuration sets

export function toSdkDeliveryOptions(input: DeliveryOptionsInput): DeliveryOptions {
  return {
    ...(input.tlsPolicy != null && { TlsPolicy: input.tlsPolicy }),
    ...(input.sendingPoolName != null && { SendingPoolName: input.sendingPoolName }),
    ...(input.maxDeliverySeconds != null && { MaxDeliverySeconds: input.maxDeliverySeconds }),
  };
}

export function toSdkTrackingOptions(input: TrackingOptionsInput): TrackingOptions {
  return { CustomRedirectDomain: input.customRedirectDomain, ...(input.httpsPolicy != null && { HttpsPolicy: input.httpsPolicy }) };
}

export function toSdkSuppressionOptions(input: SuppressionOptionsInput): SuppressionOptions {
  const validation = input.validationOptions;
  return {
    SuppressedReasons: [...input.suppressedReasons],
    ...(input.suppressionScope != null && { SuppressionScope: input.suppressionScope }),
    ...(validation != null && {
      ValidationOptions: {
        ConditionThreshold: {
          ConditionThresholdEnabled: validation.conditionThresholdEnabled,
          ...(validation.overallConfidenceThreshold != null && {
            OverallConfidenceThreshold: { ConfidenceVerdictThreshold: validation.overallConfidenceThreshold },
          }),
        },
      },
    }),
  };
}

/** dashboardEngagementMetrics / guardianOptimizedSharedDelivery -> DashboardOptions.EngagementMetrics / GuardianOptions.OptimizedSharedDelivery; an omitted one follows the account. */
export function toSdkVdmOptions(input: VdmOptionsInput): VdmOptions {
  return {
    ...(input.dashboardEngagementMetrics != null && { DashboardOptions: { EngagementMetrics: input.dashboardEngagementMetrics } }),
    ...(input.guardianOptimizedSharedDelivery != null && { GuardianOptions: { OptimizedSharedDelivery: input.guardianOptimizedSharedDelivery } }),
  };
}

export const toSdkArchivingOptions = (input: ArchivingOptionsInput): ArchivingOptions => ({ ArchiveArn: input.archiveArn });

/** SigningScheme is a union in SES: DEFAULT -> { DefaultScheme: {} }, SMIME_DETACHED -> { SmimeScheme: { SignatureFormat: 'DETACHED' } }. */
export function toSdkMessageSecurityOptions(input: MessageSecurityOptionsInput): MessageSecurityOptions {
  return {
    SigningScheme: input.signingScheme === 'SMIME_DETACHED' ? { SmimeScheme: { SignatureFormat: 'DETACHED' } } : { DefaultScheme: {} },
  };
}

export function toSdkCreateConfigurationSet(input: CreateConfigurationSetInput): CreateConfigurationSetCommandInput {
  return {
    ConfigurationSetName: input.name,
    ...(input.sendingEnabled != null && { SendingOptions: { SendingEnabled: input.sendingEnabled } }),
    ...(input.deliveryOptions && { DeliveryOptions: toSdkDeliveryOptions(input.deliveryOptions) }),
    ...(input.trackingOptions && { TrackingOptions: toSdkTrackingOptions(input.trackingOptions) }),
    ...(input.reputationOptions && { ReputationOptions: { ReputationMetricsEnabled: input.reputationOptions.reputationMetricsEnabled } }),
    ...(input.suppressionOptions && { SuppressionOptions: toSdkSuppressionOptions(input.suppressionOptions) }),
    ...(input.vdmOptions && { VdmOptions: toSdkVdmOptions(input.vdmOptions) }),
    ...(input.archivingOptions && { ArchivingOptions: toSdkArchivingOptions(input.archivingOptions) }),
    ...(input.messageSecurityOptions && { MessageSecurityOptions: toSdkMessageSecurityOptions(input.messageSecurityOptions) }),
    ...(input.tags && input.tags.length > 0 && { Tags: toSdkTags(input.tags) }),
  };
}

// ---------------------------------------------------------------------------
// Email identities

function toSdkDkimSigningAttributes(dkim: DkimSigningAttributesInput): DkimSigningAttributes {
  return {
    ...(dkim.domainSigningSelector != null && { DomainSigningSelector: dkim.domainSigningSelector }),
    ...(dkim.domainSigningPrivateKey != null && { DomainSigningPrivateKey: dkim.domainSigningPrivateKey }),
    ...(dkim.nextSigningKeyLength != null && { NextSigningKeyLength: dkim.nextSigningKeyLength }),
  };
}

export function toSdkCreateEmailIdentity(input: CreateEmailIdentityInput): CreateEmailIdentityCommandInput {
  return {
    EmailIdentity: input.name,
    ...(input.defaultConfigurationSetName ? { ConfigurationSetName: input.defaultConfigurationSetName } : {}),
    ...(input.tags && input.tags.length > 0 ? { Tags: toSdkTags(input.tags) } : {}),
    ...(input.dkimSigningAttributes ? { DkimSigningAttributes: toSdkDkimSigningAttributes(input.dkimSigningAttributes) } : {}),
  };
}

// ---------------------------------------------------------------------------
// Event destinations

/** The destination kind of an event destination, as SES names it. */
export type SdkEventDestinationTarget = Pick<
  EventDestinationDefinition,
  'CloudWatchDestination' | 'KinesisFirehoseDestination' | 'SnsDestination' | 'EventBridgeDestination' | 'PinpointDestination'
>;

export function toSdkEventDestinationTarget(destination: EventDestinationTargetInput): SdkEventDestinationTarget {
  const { cloudWatch, kinesisFirehose, sns, eventBridge, pinpoint } = destination;
  return {
    ...(cloudWatch && {
      CloudWatchDestination: {
        DimensionConfigurations: cloudWatch.dimensionConfigurations.map((d) => ({
          DimensionName: d.dimensionName,
          DimensionValueSource: d.dimensionValueSource,
          DefaultDimensionValue: d.defaultDimensionValue,
        })),
      },
    }),
    ...(kinesisFirehose && { KinesisFirehoseDestination: { IamRoleArn: kinesisFirehose.iamRoleArn, DeliveryStreamArn: kinesisFirehose.deliveryStreamArn } }),
    ...(sns && { SnsDestination: { TopicArn: sns.topicArn } }),
    ...(eventBridge && { EventBridgeDestination: { EventBusArn: eventBridge.eventBusArn } }),
    ...(pinpoint && { PinpointDestination: { ApplicationArn: pinpoint.applicationArn } }),
  };
}

export function toSdkEventDestinationDefinition(input: CreateEventDestinationInput): EventDestinationDefinition {
  return {
    // SES's own default is false; the schema's is true.
    Enabled: input.enabled ?? true,
    MatchingEventTypes: input.matchingEventTypes,
    ...toSdkEventDestinationTarget(input.destination),
  };
}

// ---------------------------------------------------------------------------
// VDM

export function toSdkVdmAttributes(input: UpdateAccountVdmAttributesInput): VdmAttributes {
  return {
    VdmEnabled: input.enabled,
    ...(input.dashboardEngagementMetrics != null && { DashboardAttributes: { EngagementMetrics: input.dashboardEngagementMetrics } }),
    ...(input.guardianOptimizedSharedDelivery != null && { GuardianAttributes: { OptimizedSharedDelivery: input.guardianOptimizedSharedDelivery } }),
  };
}
