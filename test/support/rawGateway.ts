import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import { startGateway, type RunningGateway } from '../../src/gateway/server.js';

export interface GraphQLAnswer {
  status: number;
  /** How long the request took, in ms. */
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { sesCalls?: Record<string, number> } };
  };
}

/** A gateway in front of any SES endpoint (a frozen server, a closed port), with emulator credentials. */
export function startGatewayAt(endpoint: string, env: Record<string, string> = {}): Promise<RunningGateway> {
  return startGateway({
    config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SES_RETRY_BASE_MS: '10', SES_DEFAULT_RATE: '1000', SES_RATES: 'BatchGetMetricData=1000', IDENTITY_INDEX: 'off', ...env }),
    ses: { endpoint, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'test' } },
    logger: false,
  });
}

/** Posts a GraphQL document as a plain string (no codegen) and times the answer. */
export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLAnswer['body'];
  return { status: response.status, ms: Date.now() - started, body };
}
