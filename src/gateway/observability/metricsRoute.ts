/**
 * GET /metrics: the Prometheus exposition. It reads counters the gateway
 * keeps in memory and the state of its queues and breakers: it never calls
 * SES. Like every route it is behind the Host check; who else may read it is
 * METRICS_ACCESS (observability/config.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashApiKey } from '../auth/apiKeys.js';
import { createAuthenticator, CredentialRefused } from '../auth/authenticate.js';
import type { AuthConfig } from '../auth/config.js';
import { httpErrorBody } from '../limits.js';
import type { MetricsConfig } from './config.js';
import type { GatewayMetrics } from './metrics.js';

const METRICS_PATH = '/metrics';

const BEARER = /^Bearer[ ]+(\S+)\s*$/i;

/** Whether `authorization` carries METRICS_TOKEN, compared in constant time (over digests, so lengths leak nothing either). */
function carriesToken(authorization: string | undefined, token: string): boolean {
  const sent = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
  return sent !== undefined && timingSafeEqual(hashApiKey(sent), hashApiKey(token));
}

function refuse(reply: FastifyReply, message: string, check: string): FastifyReply {
  return reply
    .code(401)
    .header('www-authenticate', 'Bearer realm="ses-graphql-gateway-metrics"')
    .type('application/json; charset=utf-8')
    .send(httpErrorBody(message, 'UNAUTHENTICATED', { check }));
}

interface MetricsRouteOptions {
  metrics: GatewayMetrics;
  config: MetricsConfig;
  auth: AuthConfig;
}

export function registerMetricsRoute(app: FastifyInstance, { metrics, config, auth }: MetricsRouteOptions): void {
  if (config.access === 'off') return;
  const authenticate = config.access === 'authenticated' ? createAuthenticator(auth) : undefined;
  const { token } = config;

  const allow = async (request: FastifyRequest, reply: FastifyReply) => {
    if (config.access === 'open') return;
    const authorization = request.headers.authorization;
    if (token !== undefined && carriesToken(authorization, token)) return;
    if (!authenticate) return refuse(reply, 'Reading /metrics needs Authorization: Bearer <METRICS_TOKEN>.', 'metrics-token');
    try {
      const caller = await authenticate(request.headers, request.ip);
      // An anonymous role (AUTH_ANONYMOUS_ROLE) is no credential: /metrics asks for one.
      if (caller.kind !== 'anonymous') return;
      return refuse(reply, `Reading /metrics needs a credential: an API key in x-api-key or a JWT${token !== undefined ? ', or METRICS_TOKEN' : ''} in Authorization: Bearer.`, 'missing');
    } catch (error) {
      if (!(error instanceof CredentialRefused)) throw error;
      if (error.status !== 401) {
        return reply.code(error.status).type('application/json; charset=utf-8').send(httpErrorBody(error.message, 'AUTH_UNAVAILABLE', { check: error.check }));
      }
      return refuse(reply, error.message, error.check);
    }
  };

  app.get(METRICS_PATH, { onRequest: allow }, async (_request, reply) => {
    const text = await metrics.scrape();
    // Scrapes are read fresh each time; no proxy may serve an old one.
    return reply.type(metrics.contentType).header('cache-control', 'no-store').send(text);
  });
}
