/**
 * The emulator as the bench sees it: a child process, its admin API (quotas,
 * per-operation stats) and the data sets each figure reads. Seeding runs with
 * quotas off so that it neither takes long nor counts.
 */
import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateEmailIdentityCommand,
  SESv2Client,
  type CreateConfigurationSetCommandInput,
} from '@aws-sdk/client-sesv2';
import { EMULATOR_ACCOUNT_ID } from '../../src/gateway/config.js';
import { freePort, spawnTs, waitForHttp, type Child } from './processes.js';

/** SES's documented rates (calls per second), which the bench multiplies by its scale. */
export const SES_RATES = { default: 1, BatchGetMetricData: 16, metricQueriesPerSecond: 160 };

export interface OperationStats {
  calls: number;
  throttled: number;
  errors: number;
  maxCallsPerSecond: number;
}

export interface Emulator {
  child: Child;
  url: string;
  /** Calls per second of an operation under the bench's scaled quotas. */
  rateOf(operation: string): number;
  quotas(enabled: boolean): Promise<void>;
  stats(): Promise<Record<string, OperationStats>>;
  resetStats(): Promise<void>;
  client(region: string): SESv2Client;
}

export async function startEmulatorProcess(scale: number): Promise<Emulator> {
  const port = await freePort();
  const child = spawnTs('emulator', 'src/emulator/cli.ts', ['--port', String(port), '--default-rate', String(SES_RATES.default * scale)]);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/_emulator/health`);
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      ...(body !== undefined && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  const rates = { BatchGetMetricData: SES_RATES.BatchGetMetricData * scale };
  return {
    child,
    url,
    rateOf: (operation) => (operation in rates ? rates[operation as keyof typeof rates] : SES_RATES.default * scale),
    // Reconfiguring also empties the token buckets, so every figure starts from the same full second of quota.
    async quotas(enabled) {
      await admin('PUT', '/_emulator/quotas', { enabled, defaultRate: SES_RATES.default * scale, rates, metricQueriesPerSecond: SES_RATES.metricQueriesPerSecond * scale });
    },
    async stats() {
      const snapshot = (await admin('GET', '/_emulator/stats')) as { operations: Record<string, OperationStats> };
      return snapshot.operations;
    },
    async resetStats() {
      await admin('DELETE', '/_emulator/stats');
    },
    client: (region) =>
      new SESv2Client({ region, endpoint: url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'bench' }, maxAttempts: 1 }),
  };
}

/** A configuration set with every option group a dashboard shows, and tags. */
function setWithOptions(name: string, index: number): CreateConfigurationSetCommandInput {
  return {
    ConfigurationSetName: name,
    DeliveryOptions: { TlsPolicy: index % 2 ? 'REQUIRE' : 'OPTIONAL', MaxDeliverySeconds: 600 + index },
    TrackingOptions: { CustomRedirectDomain: `track${index}.example.com`, HttpsPolicy: 'REQUIRE' },
    ReputationOptions: { ReputationMetricsEnabled: true },
    SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    VdmOptions: { DashboardOptions: { EngagementMetrics: 'ENABLED' } },
    SendingOptions: { SendingEnabled: true },
    Tags: [
      { Key: 'team', Value: `team-${index % 7}` },
      { Key: 'env', Value: index % 3 ? 'production' : 'staging' },
      { Key: 'cost-center', Value: `cc-${1000 + index}` },
    ],
  };
}

/** Two event destinations of different kinds per set. */
function destinationsOf(name: string) {
  return [
    new CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: name,
      EventDestinationName: 'bounces-to-sns',
      EventDestination: { Enabled: true, MatchingEventTypes: ['BOUNCE', 'COMPLAINT', 'REJECT'], SnsDestination: { TopicArn: `arn:aws:sns:us-east-1:${EMULATOR_ACCOUNT_ID}:${name}-bounces` } },
    }),
    new CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: name,
      EventDestinationName: 'engagement-to-cloudwatch',
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['SEND', 'DELIVERY', 'OPEN', 'CLICK'],
        CloudWatchDestination: {
          DimensionConfigurations: [
            { DimensionName: 'campaign', DimensionValueSource: 'MESSAGE_TAG', DefaultDimensionValue: 'none' },
            { DimensionName: 'sender', DimensionValueSource: 'EMAIL_HEADER', DefaultDimensionValue: 'unknown' },
          ],
        },
      },
    }),
  ];
}

const SEED_BATCH = 10;

export const setName = (prefix: string, index: number) => `${prefix}-${String(index).padStart(3, '0')}`;

/** `sets` configuration sets named prefix-000..., and `identities` email identities, each the default of set (i mod sets). */
export async function seed(emulator: Emulator, region: string, prefix: string, sets: number, identities = 0): Promise<void> {
  const client = emulator.client(region);
  // SEED_BATCH calls at a time: quicker than one by one, without queueing hundreds of sockets.
  const inBatches = async (count: number, create: (i: number) => Promise<unknown>) => {
    for (let start = 0; start < count; start += SEED_BATCH) {
      await Promise.all(Array.from({ length: Math.min(SEED_BATCH, count - start) }, (_, j) => create(start + j)));
    }
  };
  try {
    await inBatches(sets, async (i) => {
      const name = setName(prefix, i);
      await client.send(new CreateConfigurationSetCommand(setWithOptions(name, i)));
      for (const command of destinationsOf(name)) await client.send(command);
    });
    await inBatches(identities, (i) =>
      client.send(new CreateEmailIdentityCommand({ EmailIdentity: `sender${i}@${prefix}.example.com`, ConfigurationSetName: setName(prefix, i % sets) })),
    );
  } finally {
    client.destroy();
  }
}
