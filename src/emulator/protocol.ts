/**
 * The SESv2 REST-JSON wire protocol, server side: where a request's scope
 * comes from, how its members are read, and how results and errors are sent.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest, SesError } from './errors.js';
import type { RouteMatch } from './router.js';
import type { Scope } from './store.js';

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_ACCOUNT = '123456789012';
/** SES rejects request bodies over 10 MB; nothing in the control plane comes close. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

const CREDENTIAL = /Credential=([^/,\s]+)\/\d{8}\/([a-z0-9-]+)\/[^/]+\/aws4_request/;

/**
 * The scope of a call: the region from the SigV4 credential scope, and the
 * account from the access key id when that is a 12-digit number (as
 * LocalStack does), else the default account. Signatures are not verified.
 */
export function scopeOf(req: IncomingMessage, url: URL, defaultAccount = DEFAULT_ACCOUNT): Scope {
  const header = req.headers.authorization ?? '';
  const fromHeader = CREDENTIAL.exec(header);
  const fromQuery = /^([^/]+)\/\d{8}\/([a-z0-9-]+)\//.exec(url.searchParams.get('X-Amz-Credential') ?? '');
  const match = fromHeader ?? fromQuery;
  const accessKeyId = match?.[1] ?? '';
  return {
    account: /^\d{12}$/.test(accessKeyId) ? accessKeyId : defaultAccount,
    region: match?.[2] ?? DEFAULT_REGION,
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw badRequest('Request body is larger than 10 MB.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function parseJsonObject(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('Request body is not valid JSON.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('Request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/** Merges body, path labels and the route's query members into one input, as the SDK model sees it. */
export function operationInput(match: RouteMatch<string>, url: URL, body: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...body, ...match.labels };
  for (const [member, type] of Object.entries(match.route.query ?? {})) {
    const values = url.searchParams.getAll(member);
    if (values.length === 0) continue;
    if (type === 'list') input[member] = values;
    else if (type === 'integer') {
      const n = Number(values[0]);
      if (!Number.isInteger(n)) throw badRequest(`${member} must be an integer.`);
      input[member] = n;
    } else input[member] = values[0];
  }
  return input;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body ?? {});
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
    ...headers,
  });
  res.end(text);
}

/**
 * AWS sends the error type twice: in the x-amzn-ErrorType header, which the
 * SDK reads first, and in the body, with a `message`.
 */
export function sendError(res: ServerResponse, error: SesError): void {
  sendJson(res, error.status, { __type: error.type, message: error.message }, { 'x-amzn-errortype': error.type });
}
