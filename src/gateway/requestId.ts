/**
 * Request ids: every request gets one, every log line of the request carries
 * it (as `requestId`), and the response echoes it in `x-request-id`. A caller
 * (or a proxy in front) may choose it by sending `x-request-id`; an id that is
 * not well-formed is replaced, never echoed, so a client cannot write
 * arbitrary text into the logs or into response headers.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance } from 'fastify';

const REQUEST_ID_HEADER = 'x-request-id';

/** The key request ids have in log lines. */
const REQUEST_ID_LOG_LABEL = 'requestId';

/**
 * 1 to 128 letters, digits, `.`, `_`, `:` and `-`: enough for UUIDs, ULIDs,
 * W3C trace ids and most proxies' ids, and nothing that needs escaping in a
 * header, a log search or a shell.
 */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The incoming id when it is well-formed (a repeated header never is), otherwise a new UUID. */
function requestIdFor(request: Pick<IncomingMessage, 'headers'>): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && WELL_FORMED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Fastify's options for request ids. Fastify's own `requestIdHeader` would
 * take the header as it comes, so the header is read (and checked) by
 * `genReqId` instead.
 */
export function requestIdOptions() {
  return {
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: REQUEST_ID_LOG_LABEL }),
    genReqId: requestIdFor,
  } as const;
}

/** Echoes the id on every response, refusals and 404s included. Register it before every other hook. */
export function registerRequestIdEcho(app: FastifyInstance): void {
  // A callback hook, not an async one: it runs on every request and never waits.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
