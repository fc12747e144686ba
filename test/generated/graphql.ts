/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How confident SES must be that an address is bad before suppressing it. */
export type ConfidenceVerdictThreshold =
  /** High confidence only. */
  | 'HIGH'
  /** SES decides. */
  | 'MANAGED'
  /** Medium confidence or higher. */
  | 'MEDIUM';

/** The ten kinds of sending event SES publishes. */
export type EventType =
  /** The receiving server rejected the message. */
  | 'BOUNCE'
  /** The recipient clicked a link in the message. */
  | 'CLICK'
  /** The recipient marked the message as spam. */
  | 'COMPLAINT'
  /** The receiving server accepted the message. */
  | 'DELIVERY'
  /** Delivery is delayed and SES keeps trying. */
  | 'DELIVERY_DELAY'
  /** The recipient opened the message. */
  | 'OPEN'
  /** SES rejected the message (it contained a virus). */
  | 'REJECT'
  /** A template could not be rendered. */
  | 'RENDERING_FAILURE'
  /** SES accepted the message. */
  | 'SEND'
  /** The recipient changed their subscription preferences. */
  | 'SUBSCRIPTION';

/** On or off, as SES spells it. */
export type FeatureStatus =
  /** The feature is off. */
  | 'DISABLED'
  /** The feature is on. */
  | 'ENABLED';

/** Whether tracking links must use HTTPS. */
export type HttpsPolicy =
  /** Use HTTPS when the redirect domain supports it. */
  | 'OPTIONAL'
  /** Open and click tracking links use HTTPS. */
  | 'REQUIRE'
  /** Only the open-tracking pixel uses HTTPS. */
  | 'REQUIRE_OPEN_ONLY';

/** Who manages a dedicated IP pool's addresses. */
export type ScalingMode =
  /** SES scales the pool for you. */
  | 'MANAGED'
  /** You add and remove the addresses. */
  | 'STANDARD';

/** A message signing scheme. */
export type SigningScheme =
  /** SES does not add an S/MIME signature. */
  | 'DEFAULT'
  /** SES signs messages with a detached S/MIME signature. */
  | 'SMIME_DETACHED';

/** Why an address is suppressed. */
export type SuppressionReason =
  /** It hard-bounced. */
  | 'BOUNCE'
  /** Its recipient complained. */
  | 'COMPLAINT';

/** Which suppression list applies. */
export type SuppressionScope =
  /** The account-level list. */
  | 'ACCOUNT'
  /** The tenant's list. */
  | 'TENANT';

/** Whether delivery needs TLS. */
export type TlsPolicy =
  /** Use TLS when the receiving server offers it, else plain text. */
  | 'OPTIONAL'
  /** Deliver only over a TLS connection. */
  | 'REQUIRE';

export type SetByNameQueryVariables = Exact<{
  name: string;
  region?: string | null | undefined;
}>;


export type SetByNameQuery = { configurationSet: { id: string, name: string, region: string, arn: string, sendingEnabled: boolean, deliveryOptions: { tlsPolicy: TlsPolicy, sendingPoolName: string | null, maxDeliverySeconds: number | null, sendingPool: { name: string, scalingMode: ScalingMode } | null }, trackingOptions: { customRedirectDomain: string, httpsPolicy: HttpsPolicy | null } | null, reputationOptions: { reputationMetricsEnabled: boolean, lastFreshStart: string | null }, suppressionOptions: { suppressedReasons: Array<SuppressionReason>, suppressionScope: SuppressionScope | null, validationOptions: { conditionThresholdEnabled: FeatureStatus, overallConfidenceThreshold: ConfidenceVerdictThreshold | null } | null } | null, archivingOptions: { archiveArn: string } | null, messageSecurityOptions: { signingScheme: SigningScheme } | null, tags: Array<{ key: string, value: string }> } | null };

export type SetDestinationsOnlyQueryVariables = Exact<{
  name: string;
}>;


export type SetDestinationsOnlyQuery = { configurationSet: { name: string, eventDestinations: Array<{ name: string, enabled: boolean, matchingEventTypes: Array<EventType> }> } | null };

export type SetsWithDestinationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SetsWithDestinationsQuery = { configurationSets: { nodes: Array<{ name: string, sendingEnabled: boolean, eventDestinations: Array<{ name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetNamesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  nameContains?: string | null | undefined;
}>;


export type SetNamesQuery = { configurationSets: { edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };


export const SetByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurationSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"sendingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlsPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"sendingPoolName"}},{"kind":"Field","name":{"kind":"Name","value":"maxDeliverySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sendingPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scalingMode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customRedirectDomain"}},{"kind":"Field","name":{"kind":"Name","value":"httpsPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reputationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reputationMetricsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastFreshStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionScope"}},{"kind":"Field","name":{"kind":"Name","value":"validationOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditionThresholdEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"overallConfidenceThreshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivingOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageSecurityOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingScheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SetByNameQuery, SetByNameQueryVariables>;
export const SetDestinationsOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetDestinationsOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurationSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventDestinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"matchingEventTypes"}}]}}]}}]}}]} as unknown as DocumentNode<SetDestinationsOnlyQuery, SetDestinationsOnlyQueryVariables>;
export const SetsWithDestinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetsWithDestinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurationSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sendingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventDestinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SetsWithDestinationsQuery, SetsWithDestinationsQueryVariables>;
export const SetNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurationSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SetNamesQuery, SetNamesQueryVariables>;