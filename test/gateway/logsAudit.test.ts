/**
 * Request ids, request log fields, the audit trail and AUDIT_LOG_FILE, and
 * that no secret reaches any of them. One gateway for the file, with its log
 * captured at trace level; the secrets test greps everything the file's
 * requests wrote, so it runs last.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiKeyEntry, generateApiKey, hashApiKey } from '../../src/gateway/auth/apiKeys.js';
import { AUDIT_TARGETS } from '../../src/gateway/audit.js';
import { EMULATOR_ACCOUNT_ID, loadConfig } from '../../src/gateway/config.js';
import { errorFormatter } from '../../src/gateway/errorFormatting.js';
import { encodeId } from '../../src/gateway/ids.js';
import { EXPLICIT_SECRET_INPUT_FIELDS, redactInput, scrubSecrets, secretInputFields } from '../../src/gateway/redaction.js';
import { loadTypeDefs, startGateway, type RunningGateway } from '../../src/gateway/server.js';
import { AUDIENCE, ISSUER, mintToken, serveJwks, signingKey, type JwksServer } from '../support/auth.js';
import { startHarness, type EmulatorHarness } from '../support/emulator.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type LogLine = Record<string, unknown> & { msg?: string; requestId?: string };

/** The documented shape of an audit entry; strict, so an undocumented field fails the test. */
const auditEntrySchema = z
  .object({
    time: z.iso.datetime(),
    requestId: z.string().min(1),
    caller: z.object({ kind: z.enum(['apiKey', 'jwt', 'anonymous']), name: z.string(), role: z.enum(['reader', 'writer', 'admin']).nullable() }).strict(),
    operationName: z.string().nullable(),
    operation: z.string(),
    alias: z.string().optional(),
    target: z
      .object({ type: z.string().nullable(), region: z.string().nullable(), name: z.string().nullable(), configurationSet: z.string().nullable().optional(), source: z.string().nullable().optional() })
      .strict(),
    input: z.record(z.string(), z.unknown()),
    outcome: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok') }).strict(),
      z.object({ status: z.literal('userErrors'), userErrors: z.array(z.object({ code: z.string(), field: z.array(z.string()).nullable() }).strict()).min(1) }).strict(),
      z.object({ status: z.literal('fault'), code: z.string(), writeOutcome: z.enum(['APPLIED', 'NOT_APPLIED', 'UNKNOWN']).optional() }).strict(),
      z.object({ status: z.literal('refused'), code: z.string(), reason: z.string().optional() }).strict(),
      z.object({ status: z.literal('notRun') }).strict(),
    ]),
    applied: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
type AuditEntry = z.infer<typeof auditEntrySchema>;

const writerKey = generateApiKey();
const readerKey = generateApiKey();
const unknownKey = generateApiKey();
// BYODKIM: SES takes base64 DER; the same key as PEM is what a careless client might paste.
const dkimKey = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
const dkimDer = dkimKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const dkimPem = dkimKey.export({ format: 'pem', type: 'pkcs8' }).toString();

let emulator: EmulatorHarness;
let jwks: JwksServer;
let gateway: RunningGateway;
let auditDir: string;
let auditFile: string;
let jwt: string;
const tokens: string[] = [];
const captured: string[] = [];

const logLines = (): LogLine[] => captured.map((line) => JSON.parse(line) as LogLine);
const linesOf = (requestId: string) => logLines().filter((line) => line.requestId === requestId);
const auditLines = () => logLines().filter((line) => line.audit === true);
const auditEntriesOf = (requestId: string) => auditLines().filter((line) => line.requestId === requestId).map((line) => line.entry as AuditEntry);
const fileEntries = (): AuditEntry[] =>
  readFileSync(auditFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry);

interface Answer {
  status: number;
  requestId: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
  /** The audit file's entries of this request, read the moment the response arrived. */
  fileEntriesAtResponse: AuditEntry[];
}

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = { 'x-api-key': writerKey }): Promise<Answer> {
  const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const requestId = response.headers.get('x-request-id') ?? '';
  const atResponse = fileEntries().filter((entry) => entry.requestId === requestId);
  return { status: response.status, requestId, body: (await response.json()) as Answer['body'], fileEntriesAtResponse: atResponse };
}

/** The request's audit entries, each checked against the documented shape, and equal to those the file held when the response arrived. */
function auditOf(answer: Answer): AuditEntry[] {
  const entries = auditEntriesOf(answer.requestId);
  for (const entry of entries) auditEntrySchema.parse(entry);
  expect(answer.fileEntriesAtResponse).toEqual(entries);
  return entries;
}

const fault = (operation: string, body: Record<string, unknown>) => emulator.admin('POST', '/_emulator/faults', { operation, ...body });

beforeAll(async () => {
  emulator = await startHarness({ quotas: false });
  const key = await signingKey('k1');
  jwks = await serveJwks([key]);
  jwt = await mintToken({ key, sub: 'deploy-job', role: 'writer' });
  tokens.push(jwt, await mintToken({ key, sub: 'late', role: 'writer', expiresIn: -600 }));
  auditDir = mkdtempSync(join(tmpdir(), 'audit-'));
  auditFile = join(auditDir, 'audit.jsonl');
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'trace',
    SES_RETRY_ATTEMPTS: '2',
    SES_RETRY_BASE_MS: '1',
    SES_RETRY_MAX_MS: '5',
    SES_DEFAULT_RATE: '1000',
    SES_RATES: 'BatchGetMetricData=1000',
    SES_BREAKER_THRESHOLD: '2',
    // Prices deleteConfigurationSet's identity scan over the budget: a refusal to audit.
    IDENTITY_SCAN_ESTIMATE: '100000',
    AUTH_API_KEYS: `${apiKeyEntry('ci-bot', 'writer', writerKey)},${apiKeyEntry('viewer', 'reader', readerKey)}`,
    AUTH_JWKS_URL: jwks.url,
    AUTH_JWT_ISSUER: ISSUER,
    AUTH_JWT_AUDIENCE: AUDIENCE,
    AUDIT_LOG_FILE: auditFile,
  });
  gateway = await startGateway({
    config,
    ses: { endpoint: emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'test' } },
    logStream: { write: (line: string) => void captured.push(...line.split('\n').filter(Boolean)) },
  });
});

afterAll(async () => {
  await gateway?.close();
  await emulator?.close();
  await jwks?.close();
  if (auditDir) rmSync(auditDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await emulator.admin('POST', '/_emulator/reset');
  gateway.ses.clearCache();
  gateway.ses.resetBreakers();
});

const READ = 'query Read($name: String!) { configurationSet(name: $name) { name } }';
const CREATE = 'mutation Create($name: String!) { createConfigurationSet(input: { name: $name }) { configurationSet { name } userErrors { code field message } } }';

describe('request ids', () => {
  it('are generated when the request has none, echoed in x-request-id, and on every line of the request', async () => {
    const answer = await post(READ, { name: 'none' });
    expect(answer.requestId).toMatch(UUID);
    const lines = linesOf(answer.requestId);
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    const completed = lines.find((line) => line.msg === 'request completed');
    expect(completed).toMatchObject({ operationName: 'Read', operationType: 'query', caller: { kind: 'apiKey', name: 'ci-bot', role: 'writer' }, res: { statusCode: 200 } });
  });

  it('take a well-formed incoming x-request-id and echo it', async () => {
    const id = 'edge-7f3a.retry:2_of_3';
    const answer = await post(READ, { name: 'none' }, { 'x-api-key': writerKey, 'x-request-id': id });
    expect(answer.requestId).toBe(id);
    expect(linesOf(id).map((line) => line.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
  });

  it.each([
    ['a space', 'two words'],
    ['markup', '<script>alert(1)</script>'],
    ['129 characters', 'a'.repeat(129)],
    ['an empty value', ''],
  ])('replace an incoming id with %s by a new one, which is echoed instead', async (_case, id) => {
    const answer = await post(READ, { name: 'none' }, { 'x-api-key': writerKey, 'x-request-id': id });
    expect(answer.requestId).toMatch(UUID);
    expect(linesOf(answer.requestId).length).toBeGreaterThan(0);
    if (id !== '') expect(captured.some((line) => line.includes(JSON.stringify(id).slice(1, -1)))).toBe(false);
  });

  it('are echoed on refusals before GraphQL runs (401) too', async () => {
    const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'refused-1' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toBe('refused-1');
    expect(linesOf('refused-1').find((line) => line.msg === 'credential refused')).toMatchObject({ authCheck: 'missing' });
  });

  it("are on the lines the SES layer writes for the request's failed calls, and on the breaker change the request caused", async () => {
    await emulator.client().send(new (await import('@aws-sdk/client-sesv2')).CreateConfigurationSetCommand({ ConfigurationSetName: 'flaky' }));
    await fault('GetConfigurationSet', { errorType: 'InternalServiceErrorException' });
    const answer = await post(READ, { name: 'flaky' });
    expect(answer.body.errors?.[0]?.extensions?.code).toMatch(/^UPSTREAM_/);
    const lines = linesOf(answer.requestId);
    expect(lines.find((line) => line.msg === 'SES call failed')).toMatchObject({ operation: 'GetConfigurationSet', operationName: 'Read', caller: { name: 'ci-bot' } });
    // SES_BREAKER_THRESHOLD=2 and two attempts: this request's own second fault opened the breaker.
    expect(lines.find((line) => line.msg === 'SES circuit breaker open: GetConfigurationSet in us-east-1')).toMatchObject({ breaker: { state: 'open', operation: 'GetConfigurationSet' } });
  });
});

describe('the audit trail', () => {
  it('writes one entry for a mutation that succeeded, with the caller, target and input', async () => {
    const answer = await post(CREATE, { name: 'audited' }, { authorization: `Bearer ${jwt}` });
    expect(answer.body.errors).toBeUndefined();
    const [entry, ...more] = auditOf(answer);
    expect(more).toEqual([]);
    expect(entry).toEqual({
      time: expect.any(String),
      requestId: answer.requestId,
      caller: { kind: 'jwt', name: 'deploy-job', role: 'writer' },
      operationName: 'Create',
      operation: 'createConfigurationSet',
      target: { type: 'ConfigurationSet', region: 'us-east-1', name: 'audited' },
      input: { input: { name: 'audited' } },
      outcome: { status: 'ok' },
    });
  });

  it('records userErrors from the resolver, even when the client selected none of them', async () => {
    const answer = await post('mutation { createConfigurationSet(input: { name: "no spaces allowed" }) { __typename } }');
    const [entry] = auditOf(answer);
    expect(entry?.outcome).toEqual({ status: 'userErrors', userErrors: [{ code: 'INVALID_INPUT', field: ['name'] }] });
    expect(entry?.operationName).toBeNull();
  });

  it("records a fault's code and the write's outcome, with the request id that is on the fault's log line", async () => {
    await fault('CreateConfigurationSet', { kind: 'reset-before', count: 1 });
    const answer = await post(CREATE, { name: 'lost' });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    expect(auditOf(answer)[0]?.outcome).toEqual({ status: 'fault', code: 'UPSTREAM_UNAVAILABLE', writeOutcome: 'NOT_APPLIED' });
    expect(linesOf(answer.requestId).some((line) => line.msg === 'SES call failed' && line.operation === 'CreateConfigurationSet')).toBe(true);
  });

  it('records what a partly applied update applied', async () => {
    await emulator.client().send(new (await import('@aws-sdk/client-sesv2')).CreateConfigurationSetCommand({ ConfigurationSetName: 'orders' }));
    await fault('PutConfigurationSetSuppressionOptions', { kind: 'reset-before' });
    const answer = await post('mutation Harden($input: UpdateConfigurationSetInput!) { updateConfigurationSet(input: $input) { appliedGroups } }', {
      input: { name: 'orders', deliveryOptions: { tlsPolicy: 'REQUIRE' }, suppressionOptions: { suppressedReasons: ['BOUNCE'] }, sendingEnabled: false },
    });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ appliedGroups: ['DELIVERY'], notAppliedGroups: ['SUPPRESSION', 'SENDING'] });
    const [entry] = auditOf(answer);
    expect(entry).toMatchObject({
      operation: 'updateConfigurationSet',
      target: { type: 'ConfigurationSet', name: 'orders' },
      outcome: { status: 'fault', code: 'UPSTREAM_UNAVAILABLE' },
      applied: { appliedGroups: ['DELIVERY'], notAppliedGroups: ['SUPPRESSION', 'SENDING'] },
    });
  });

  it('writes one entry per mutation field, aliases included, and marks fields after a fault as not run', async () => {
    await fault('CreateConfigurationSet', { kind: 'reset-before', count: 1 });
    const answer = await post(
      'mutation Two { first: createConfigurationSet(input: { name: "one" }) { userErrors { code } } tagResource(input: { id: "' +
        encodeId('ConfigurationSet', 'eu-west-1', 'one') +
        '", tags: [{ key: "team", value: "mail" }] }) { userErrors { code } } }',
    );
    const entries = auditOf(answer);
    expect(entries.map((entry) => [entry.operation, entry.alias, entry.outcome.status])).toEqual([
      ['createConfigurationSet', 'first', 'fault'],
      ['tagResource', undefined, 'notRun'],
    ]);
    // A node id is decoded to what it names; tag keys are not secrets.
    expect(entries[1]?.target).toEqual({ type: 'ConfigurationSet', region: 'eu-west-1', name: 'one' });
    expect(entries[1]?.input).toMatchObject({ input: { tags: [{ key: 'team', value: 'mail' }] } });
  });

  it('writes a refused entry per field for a caller without the role, naming the reason', async () => {
    const answer = await post('mutation Both { a: createConfigurationSet(input: { name: "a" }) { __typename } b: createConfigurationSet(input: { name: "b" }) { __typename } }', {}, { 'x-api-key': readerKey });
    expect(answer.status).toBe(403);
    const entries = auditOf(answer);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry.caller).toEqual({ kind: 'apiKey', name: 'viewer', role: 'reader' });
      expect(entry.outcome).toEqual({ status: 'refused', code: 'FORBIDDEN', reason: expect.stringContaining('requires the writer role') });
    }
    expect(entries.map((entry) => entry.target.name)).toEqual(['a', 'b']);
  });

  it('writes a refused entry for a mutation over the SES price budget', async () => {
    const answer = await post('mutation Drop($name: String!) { deleteConfigurationSet(input: { name: $name }) { deletedConfigurationSetId } }', { name: 'big' });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('QUOTA_BUDGET_EXCEEDED');
    const [entry] = auditOf(answer);
    expect(entry).toMatchObject({ operation: 'deleteConfigurationSet', input: { input: { name: 'big' } }, outcome: { status: 'refused', code: 'QUOTA_BUDGET_EXCEEDED' } });
  });

  it('writes nothing for queries or documents that do not validate', async () => {
    const before = auditLines().length;
    await post(READ, { name: 'x' });
    await post('mutation { createConfigurationSet(input: { nope: 1 }) { __typename } }');
    expect(auditLines().length).toBe(before);
  });

  it('has a target rule for every mutation, and keeps secrets out of inputs by the schema and by name', () => {
    const schema = buildSchema(loadTypeDefs());
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((name) => !(name in AUDIT_TARGETS))).toEqual([]);
    const secrets = secretInputFields(schema);
    for (const coordinate of EXPLICIT_SECRET_INPUT_FIELDS) {
      const [type, field] = coordinate.split('.');
      expect(Object.keys((schema.getType(type ?? '') as unknown as { getFields(): object }).getFields())).toContain(field);
      expect(secrets).toContain(coordinate);
    }
    expect(secrets).not.toContain('TagInput.key');
    const input = schema.getMutationType()?.getFields().createEmailIdentity?.args[0]?.type;
    const redacted = redactInput({ name: 'example.com', dkimSigningAttributes: { domainSigningSelector: 's1', domainSigningPrivateKey: 'c2VjcmV0' }, tags: [{ key: 'k', value: 'v' }], extra: { clientSecret: 'x' } }, input, secrets);
    expect(redacted).toEqual({ name: 'example.com', dkimSigningAttributes: { domainSigningSelector: 's1', domainSigningPrivateKey: '[redacted]' }, tags: [{ key: 'k', value: 'v' }], extra: { clientSecret: '[redacted]' } });
  });
});

describe('the error formatter', () => {
  it("writes an unexpected error to the log of the request it came from", () => {
    const written: string[] = [];
    const processLog = { warn: () => written.push('process'), error: () => written.push('process') };
    const requestLog = { warn: () => written.push('request'), error: () => written.push('request') };
    const format = errorFormatter({ clientCodes: new Set(), log: processLog, logFor: () => requestLog });
    format({ message: 'boom' }, new TypeError('boom'));
    expect(written).toEqual(['request']);
  });
});

describe('secrets', () => {
  it('scrubs secret shapes from any text', () => {
    const text = `key ${writerKey} jwt ${jwt} der ${dkimDer} pem ${JSON.stringify(dkimPem)} Bearer abc.def`;
    const scrubbed = scrubSecrets(text);
    for (const secret of [writerKey, jwt, dkimDer, 'abc.def', dkimPem.split('\n')[1] ?? '']) expect(scrubbed).not.toContain(secret);
  });

  it('never reach the log or the audit file, whatever this file sent', async () => {
    // A BYODKIM identity: the key goes to SES (the emulator checks it is a 1024-bit RSA key) and nowhere else.
    const byodkim = await post(
      'mutation Dkim($input: CreateEmailIdentityInput!) { createEmailIdentity(input: $input) { emailIdentity { name dkim { signingAttributesOrigin } } userErrors { code field } } }',
      { input: { name: 'byo.example.com', dkimSigningAttributes: { domainSigningSelector: 'sel1', domainSigningPrivateKey: dkimDer } } },
      { authorization: `Bearer ${jwt}` },
    );
    expect(byodkim.body).toMatchObject({ data: { createEmailIdentity: { emailIdentity: { name: 'byo.example.com', dkim: { signingAttributesOrigin: 'EXTERNAL' } }, userErrors: [] } } });
    expect(auditOf(byodkim)[0]?.input).toEqual({ input: { name: 'byo.example.com', dkimSigningAttributes: { domainSigningSelector: 'sel1', domainSigningPrivateKey: '[redacted]' } } });
    // A PEM pasted where base64 DER belongs: refused as a userError, the key still unwritten.
    const pem = await post('mutation Pem($input: CreateEmailIdentityInput!) { createEmailIdentity(input: $input) { userErrors { code field } } }', {
      input: { name: 'pem.example.com', dkimSigningAttributes: { domainSigningSelector: 'sel1', domainSigningPrivateKey: dkimPem } },
    });
    expect(auditOf(pem)[0]?.outcome).toEqual({ status: 'userErrors', userErrors: [{ code: 'INVALID_INPUT', field: ['dkimSigningAttributes', 'domainSigningPrivateKey'] }] });
    // Refused credentials: unknown key, expired token, both at once, a key sent as a bearer token, and a cookie.
    for (const headers of <Record<string, string>[]>[
      { 'x-api-key': unknownKey },
      { authorization: `Bearer ${tokens[1]}` },
      { 'x-api-key': writerKey, authorization: `Bearer ${jwt}` },
      { authorization: `Bearer ${readerKey}` },
      { 'x-api-key': readerKey, cookie: `session=${unknownKey}` },
    ]) {
      await post(CREATE, { name: 'x' }, headers);
    }
    // Secrets in a query string (GET) and in variables of a refused document.
    await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(JSON.stringify({ k: writerKey }))}`, { headers: { 'x-api-key': writerKey, 'apollo-require-preflight': '1' } });
    await post('mutation M($input: CreateEmailIdentityInput!) { createEmailIdentity(input: $input) { __typename } }', { input: { name: 5, dkimSigningAttributes: { domainSigningPrivateKey: dkimDer } } });

    const everything = `${captured.join('\n')}\n${readFileSync(auditFile, 'utf8')}`;
    expect(captured.length).toBeGreaterThan(50);
    const pemBody = dkimPem.split('\n').filter((line) => line && !line.startsWith('-----'));
    const secrets = [writerKey, readerKey, unknownKey, ...tokens, hashApiKey(writerKey).toString('hex'), hashApiKey(readerKey).toString('hex'), dkimDer, ...pemBody];
    for (const secret of secrets) expect(everything.includes(secret), `a secret (${secret.slice(0, 12)}...) was written`).toBe(false);
    // And the grep can find what it looks for: the same text with a secret in it fails.
    expect(`${everything}${writerKey}`.includes(writerKey)).toBe(true);
  });
});

describe('LOG_FORMAT', () => {
  it('is json by default, accepts pretty, and refuses anything else naming the variable', () => {
    expect(loadConfig({}).logging).toEqual({ format: 'json' });
    expect(loadConfig({ LOG_FORMAT: 'pretty', AUDIT_LOG_FILE: '/var/log/ses-gateway/audit.jsonl' }).logging).toEqual({ format: 'pretty', auditLogFile: '/var/log/ses-gateway/audit.jsonl' });
    expect(() => loadConfig({ LOG_FORMAT: 'yaml' })).toThrow(/LOG_FORMAT: LOG_FORMAT must be json or pretty/);
    expect(() => loadConfig({ AUDIT_LOG_FILE: ' ' })).toThrow(/AUDIT_LOG_FILE: AUDIT_LOG_FILE must name a file/);
  });

  it('pretty writes one human-readable line per entry, with the request id, and still no secrets', async () => {
    const lines: string[] = [];
    const pretty = await startGateway({
      config: loadConfig({ PORT: '0', LOG_LEVEL: 'info', LOG_FORMAT: 'pretty', AUTH_API_KEYS: apiKeyEntry('ci-bot', 'writer', writerKey) }),
      ses: { endpoint: emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'test' } },
      // pino-pretty pipes into its destination, so this one must be a real stream.
      logStream: new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      }),
    });
    try {
      const response = await fetch(`${pretty.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': writerKey, 'x-request-id': 'pretty-1' }, body: JSON.stringify({ query: READ, variables: { name: 'x' } }) });
      expect(response.status).toBe(200);
    } finally {
      await pretty.close();
    }
    const text = lines.join('');
    expect(text).toMatch(/INFO.*request completed/);
    expect(text).toContain('requestId: "pretty-1"');
    expect(text).toContain('<apiKey ci-bot (writer)>');
    expect(() => JSON.parse(lines[0] ?? '')).toThrow();
    expect(text).not.toContain(writerKey);
  });

  it('refuses to start when AUDIT_LOG_FILE cannot be opened, naming the variable', async () => {
    await expect(
      startGateway({ config: loadConfig({ PORT: '0', AUDIT_LOG_FILE: join(auditDir, 'missing-dir', 'audit.jsonl') }), ses: { endpoint: emulator.emulator.url }, logger: false }),
    ).rejects.toThrow(/AUDIT_LOG_FILE: cannot open .*missing-dir/);
  });
});

describe('an audit file that cannot be written', () => {
  it('still answers the mutation (it happened in SES), and logs the failure with the entries and the request id', async () => {
    const lines: string[] = [];
    // Linux's /dev/full opens, and every write to it fails with ENOSPC: a full disk.
    const full = await startGateway({
      config: loadConfig({ PORT: '0', LOG_LEVEL: 'info', AUDIT_LOG_FILE: '/dev/full' }),
      ses: { endpoint: emulator.emulator.url, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'test' } },
      logStream: { write: (text: string) => void lines.push(...text.split('\n').filter(Boolean)) },
    });
    let response: Response;
    try {
      response = await fetch(`${full.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'disk-full-1' }, body: JSON.stringify({ query: CREATE, variables: { name: 'kept' } }) });
    } finally {
      await full.close();
    }
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { createConfigurationSet: { configurationSet: { name: 'kept' }, userErrors: [] } } });
    const failure = lines.map((line) => JSON.parse(line) as LogLine).find((line) => line.msg?.startsWith('could not write the audit file'));
    expect(failure).toMatchObject({ level: 50, requestId: 'disk-full-1', auditLogFile: '/dev/full', err: { code: 'ENOSPC' }, entries: [{ operation: 'createConfigurationSet', outcome: { status: 'ok' } }] });
  });
});
