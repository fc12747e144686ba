/**
 * The gateway (`npm start` runs it compiled, `npm run dev` from src/ with tsx),
 * on the embedded SESv2 emulator unless configured
 * for real SES (SES_BACKEND=aws, or an AWS_ENDPOINT_URL_SESV2 / AWS_ENDPOINT_URL).
 */
import { EMULATOR_ACCOUNT_ID, loadConfig } from './gateway/config.js';
import { startGateway } from './gateway/server.js';
import { startEmulator } from './emulator/index.js';
import { stopOnSignals } from './shutdown.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const emulator =
  config.backend === 'embedded'
    ? await startEmulator({ port: 0, ...(config.emulator.dataDir !== undefined && { dataDir: config.emulator.dataDir }), quotas: config.emulator.quotas })
    : undefined;

const gateway = await startGateway({
  config,
  ses: emulator
    ? // The emulator takes the account from a 12-digit access key id.
      { endpoint: emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'embedded' } }
    : { ...(config.endpoint !== undefined && { endpoint: config.endpoint }) },
});

const where = emulator
  ? `the embedded SESv2 emulator at ${emulator.url} (${config.emulator.dataDir ? `state in ${config.emulator.dataDir}` : 'state in memory'})`
  : (config.endpoint ?? `Amazon SES (${config.defaultRegion} by default)`);
gateway.app.log.info(`GraphQL at ${gateway.url}/graphql, GraphiQL at ${gateway.url}/ , SES: ${where}`);

// The gateway first: its requests in flight still need the embedded emulator.
stopOnSignals({
  timeoutMs: config.shutdownTimeoutMs,
  log: gateway.app.log,
  close: async () => {
    await gateway.close();
    await emulator?.close();
  },
});
