/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SetByName($name: String!, $region: Region) {\n    configurationSet(name: $name, region: $region) {\n      id\n      name\n      region\n      arn\n      sendingEnabled\n      deliveryOptions { tlsPolicy sendingPoolName maxDeliverySeconds sendingPool { name scalingMode } }\n      trackingOptions { customRedirectDomain httpsPolicy }\n      reputationOptions { reputationMetricsEnabled lastFreshStart }\n      suppressionOptions { suppressedReasons suppressionScope validationOptions { conditionThresholdEnabled overallConfidenceThreshold } }\n      archivingOptions { archiveArn }\n      messageSecurityOptions { signingScheme }\n      tags { key value }\n    }\n  }\n": typeof types.SetByNameDocument,
    "\n  query SetDestinationsOnly($name: String!) {\n    configurationSet(name: $name) {\n      name\n      eventDestinations { name enabled matchingEventTypes }\n    }\n  }\n": typeof types.SetDestinationsOnlyDocument,
    "\n  query SetsWithDestinations($first: Int, $after: String) {\n    configurationSets(first: $first, after: $after) {\n      nodes {\n        name\n        sendingEnabled\n        eventDestinations { name }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SetsWithDestinationsDocument,
    "\n  query SetNames($first: Int, $after: String, $nameContains: String) {\n    configurationSets(first: $first, after: $after, nameContains: $nameContains) {\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.SetNamesDocument,
};
const documents: Documents = {
    "\n  query SetByName($name: String!, $region: Region) {\n    configurationSet(name: $name, region: $region) {\n      id\n      name\n      region\n      arn\n      sendingEnabled\n      deliveryOptions { tlsPolicy sendingPoolName maxDeliverySeconds sendingPool { name scalingMode } }\n      trackingOptions { customRedirectDomain httpsPolicy }\n      reputationOptions { reputationMetricsEnabled lastFreshStart }\n      suppressionOptions { suppressedReasons suppressionScope validationOptions { conditionThresholdEnabled overallConfidenceThreshold } }\n      archivingOptions { archiveArn }\n      messageSecurityOptions { signingScheme }\n      tags { key value }\n    }\n  }\n": types.SetByNameDocument,
    "\n  query SetDestinationsOnly($name: String!) {\n    configurationSet(name: $name) {\n      name\n      eventDestinations { name enabled matchingEventTypes }\n    }\n  }\n": types.SetDestinationsOnlyDocument,
    "\n  query SetsWithDestinations($first: Int, $after: String) {\n    configurationSets(first: $first, after: $after) {\n      nodes {\n        name\n        sendingEnabled\n        eventDestinations { name }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SetsWithDestinationsDocument,
    "\n  query SetNames($first: Int, $after: String, $nameContains: String) {\n    configurationSets(first: $first, after: $after, nameContains: $nameContains) {\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.SetNamesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetByName($name: String!, $region: Region) {\n    configurationSet(name: $name, region: $region) {\n      id\n      name\n      region\n      arn\n      sendingEnabled\n      deliveryOptions { tlsPolicy sendingPoolName maxDeliverySeconds sendingPool { name scalingMode } }\n      trackingOptions { customRedirectDomain httpsPolicy }\n      reputationOptions { reputationMetricsEnabled lastFreshStart }\n      suppressionOptions { suppressedReasons suppressionScope validationOptions { conditionThresholdEnabled overallConfidenceThreshold } }\n      archivingOptions { archiveArn }\n      messageSecurityOptions { signingScheme }\n      tags { key value }\n    }\n  }\n"): (typeof documents)["\n  query SetByName($name: String!, $region: Region) {\n    configurationSet(name: $name, region: $region) {\n      id\n      name\n      region\n      arn\n      sendingEnabled\n      deliveryOptions { tlsPolicy sendingPoolName maxDeliverySeconds sendingPool { name scalingMode } }\n      trackingOptions { customRedirectDomain httpsPolicy }\n      reputationOptions { reputationMetricsEnabled lastFreshStart }\n      suppressionOptions { suppressedReasons suppressionScope validationOptions { conditionThresholdEnabled overallConfidenceThreshold } }\n      archivingOptions { archiveArn }\n      messageSecurityOptions { signingScheme }\n      tags { key value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetDestinationsOnly($name: String!) {\n    configurationSet(name: $name) {\n      name\n      eventDestinations { name enabled matchingEventTypes }\n    }\n  }\n"): (typeof documents)["\n  query SetDestinationsOnly($name: String!) {\n    configurationSet(name: $name) {\n      name\n      eventDestinations { name enabled matchingEventTypes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetsWithDestinations($first: Int, $after: String) {\n    configurationSets(first: $first, after: $after) {\n      nodes {\n        name\n        sendingEnabled\n        eventDestinations { name }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SetsWithDestinations($first: Int, $after: String) {\n    configurationSets(first: $first, after: $after) {\n      nodes {\n        name\n        sendingEnabled\n        eventDestinations { name }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetNames($first: Int, $after: String, $nameContains: String) {\n    configurationSets(first: $first, after: $after, nameContains: $nameContains) {\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SetNames($first: Int, $after: String, $nameContains: String) {\n    configurationSets(first: $first, after: $after, nameContains: $nameContains) {\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;