import { parseArgs } from 'node:util';
import { startEmulator } from './server.js';

const USAGE = `Usage: npm run emulator -- [--port <port>] [--host <address>] [--data-dir <dir>] [--no-quotas] [--allowed-hosts <names>]

  --port <port>       port to listen on (default 4580; 0 picks a free one)
  --host <address>    address to bind (default 127.0.0.1)
  --data-dir <dir>    keep state in <dir> across restarts (default: in memory only)
  --no-quotas         do not enforce SES's per-operation rate quotas
  --default-rate <n>  calls per second for operations SES limits to once per second (default 1)
  --allowed-hosts <names>
                      comma-separated host names clients may use besides loopback names and
                      IP addresses, e.g. a container's service name (default none)`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.EMULATOR_PORT ?? '4580' },
    host: { type: 'string', default: process.env.EMULATOR_HOST ?? '127.0.0.1' },
    'data-dir': { type: 'string', default: process.env.EMULATOR_DATA_DIR },
    'no-quotas': { type: 'boolean', default: false },
    'default-rate': { type: 'string' },
    'allowed-hosts': { type: 'string', default: process.env.EMULATOR_ALLOWED_HOSTS ?? '' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
const defaultRate = values['default-rate'] === undefined ? undefined : Number(values['default-rate']);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got ${values.port}\n\n${USAGE}`);
  process.exit(2);
}
if (defaultRate !== undefined && !(defaultRate > 0)) {
  console.error(`--default-rate must be a positive number, got ${values['default-rate']}\n\n${USAGE}`);
  process.exit(2);
}

const allowedHosts = values['allowed-hosts'].split(',').map((name) => name.trim()).filter(Boolean);
const badHost = allowedHosts.find((name) => !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(name));
if (badHost !== undefined) {
  console.error(`--allowed-hosts must be comma-separated host names (letters, digits, '.', '-'), got ${badHost}\n\n${USAGE}`);
  process.exit(2);
}

const emulator = await startEmulator({
  port,
  host: values.host,
  dataDir: values['data-dir'],
  quotas: values['no-quotas'] ? false : defaultRate !== undefined ? { defaultRate } : true,
  allowedHosts,
});
console.log(`SESv2 emulator listening on ${emulator.url}`);
console.log(values['data-dir'] ? `state is kept in ${values['data-dir']}` : 'state is in memory only (use --data-dir to keep it)');
console.log(values['no-quotas'] ? 'quotas: off' : 'quotas: SES defaults (once per second; BatchGetMetricData 16 calls and 160 queries per second)');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
