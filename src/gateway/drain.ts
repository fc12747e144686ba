/**
 * Closing the gateway waits for the requests in flight (Fastify's close: the
 * listening socket closes, new requests on open connections get 503), but
 * Node's server.close() closes only the connections idle at that moment: a
 * keep-alive connection whose request finishes afterwards would hold the
 * close open until keepAliveTimeout. These hooks end those connections as soon
 * as their last response is out.
 */
import type { FastifyInstance } from 'fastify';

/** How often idle connections are swept while closing. */
const SWEEP_MS = 200;

export function closeConnectionsOnDrain(app: FastifyInstance): void {
  let closing = false;
  let sweep: NodeJS.Timeout | undefined;
  app.addHook('preClose', (done) => {
    closing = true;
    // A response whose headers were written before this point still kept its connection alive.
    sweep = setInterval(() => app.server.closeIdleConnections(), SWEEP_MS);
    sweep.unref();
    done();
  });
  // A callback hook, not an async one: every response passes here.
  app.addHook('onSend', (_request, reply, payload, done) => {
    // Tells the client not to send anything more on this connection, which closes after this response.
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onClose', (_instance, done) => {
    clearInterval(sweep);
    done();
  });
}
