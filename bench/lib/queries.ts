/**
 * The GraphQL documents the figures send, and a small client for the
 * orchestrator's own single requests (captures and checks, never load).
 */

/** What a dashboard shows of a configuration set: every option group, tags and event destinations. */
const SET_CARD = `
  name sendingEnabled
  deliveryOptions { tlsPolicy maxDeliverySeconds }
  reputationOptions { reputationMetricsEnabled }
  suppressionOptions { suppressedReasons }
  tags { key value }
  eventDestinations {
    name enabled matchingEventTypes
    destination {
      __typename
      ... on SnsDestination { topicArn }
      ... on CloudWatchDestination { dimensionConfigurations { dimensionName dimensionValueSource defaultDimensionValue } }
    }
  }`;

/** The whole dashboard of a region: every set, and for each the identities that send with it by default. */
export function coldDashboard(region: string, sets: number): string {
  return `query ColdDashboard { configurationSets(first: ${sets}, region: "${region}") { nodes { ${SET_CARD} defaultForIdentities { name verificationStatus } } pageInfo { hasNextPage } } }`;
}

/** The page a dashboard reloads: the warm path. */
export function warmDashboard(region: string, sets: number): string {
  return `query WarmDashboard { configurationSets(first: ${sets}, region: "${region}") { nodes { ${SET_CARD} } pageInfo { hasNextPage endCursor } } }`;
}

/** One VDM metric field per set, for `sets` sets: a metrics panel. Distinct dates per run keep earlier answers out of it. */
export function metricsPanel(region: string, sets: number, day: number): string {
  const start = `2026-01-${String(day).padStart(2, '0')}T00:00:00Z`;
  const end = `2026-01-${String(day + 1).padStart(2, '0')}T00:00:00Z`;
  return `query MetricsPanel { configurationSets(first: ${sets}, region: "${region}") { nodes { name metrics(metric: SEND, start: "${start}", end: "${end}") { metric points { timestamp value } } } } }`;
}

export function setSendingEnabled(region: string, name: string, enabled: boolean): string {
  return `mutation { setConfigurationSetSendingEnabled(input: { name: "${name}", region: "${region}", enabled: ${enabled} }) { configurationSet { name } userErrors { code message } } }`;
}

export function readSet(region: string, name: string): string {
  return `query { configurationSet(name: "${name}", region: "${region}") { name sendingEnabled deliveryOptions { tlsPolicy } } }`;
}

/** The JSON body of a POST /graphql. */
export const body = (query: string) => JSON.stringify({ query });

export interface GraphQLAnswer {
  status: number;
  /** The response body exactly as sent. */
  bytes: Buffer;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: unknown };
  ms: number;
}

export async function post(url: string, query: string, timeoutMs = 120_000): Promise<GraphQLAnswer> {
  const start = performance.now();
  // identity: the bytes as wrk gets them (wrk asks for no compression), not a body fetch decompressed.
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'identity' };
  const response = await fetch(url, { method: 'POST', headers, body: body(query), signal: AbortSignal.timeout(timeoutMs) });
  const bytes = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - start;
  return { status: response.status, bytes, json: JSON.parse(bytes.toString('utf8')) as GraphQLAnswer['json'], ms };
}

/** Fails with the first errors of an answer that has any. */
export function assertClean(answer: GraphQLAnswer, what: string): void {
  if (answer.status !== 200 || answer.json.errors?.length) {
    throw new Error(`${what}: HTTP ${answer.status}, ${answer.json.errors?.length ?? 0} errors, first: ${JSON.stringify(answer.json.errors?.slice(0, 3))}`);
  }
}
