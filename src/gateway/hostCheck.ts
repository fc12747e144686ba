/**
 * The Host check: a request is served only when its Host header names this
 * gateway (a configured public name) or a loopback name. This defeats DNS
 * rebinding, where a web page makes the browser send its requests to a
 * gateway on localhost under the attacker's own host name.
 */
import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** ALLOWED_HOSTS: comma-separated host names or IP literals, without ports. */
export const allowedHostsSchema = z.string().transform((text, ctx) => {
  const hosts = text
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  for (const host of hosts) {
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    if (!HOST_NAME.test(host) && isIP(bare) === 0) {
      ctx.addIssue({ code: 'custom', message: `"${host}" is not a host name or IP address (give names without scheme, port or path, e.g. ses-gateway.example.com)` });
      return z.NEVER;
    }
  }
  return [...new Set(hosts.map((host) => host.replace(/^\[(.*)\]$/, '$1')))];
});

/** The host of a Host header, lowercased, without port, brackets or a trailing dot; undefined when malformed. */
export function hostOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return bracketed[1];
  const plain = /^([^:[\]]+)(?::\d{1,5})?$/.exec(value);
  return plain?.[1]?.replace(/\.$/, '');
}

/**
 * Loopback names, always allowed: `localhost` and `*.localhost` (browsers
 * resolve these to loopback themselves, so no DNS answer can rebind them),
 * 127.0.0.0/8 and ::1.
 */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  const host = hostOf(header);
  return host !== undefined && (isLoopbackHost(host) || allowed.includes(host));
}

interface HostCheckOptions {
  /**
   * Routes that also accept any IP literal as Host: orchestrators' probes and
   * scrapers name the pod's or container's IP. A page can only send an IP
   * literal as Host when it was itself loaded from that address, so this
   * opens nothing to DNS rebinding. @default []
   */
  ipLiteralPaths?: readonly string[];
}

/** Registers the check as the first onRequest hook: register it before anything else. */
export function registerHostCheck(app: FastifyInstance, allowed: readonly string[], { ipLiteralPaths = [] }: HostCheckOptions = {}): void {
  const ipLiteralRoutes = new Set(ipLiteralPaths);
  // The last Host header found allowed: a client sends the same one on every request, so most checks are one comparison.
  let lastAllowed: string | undefined;
  // A callback hook, not an async one: it runs on every request and answers the refused ones itself.
  app.addHook('onRequest', (request, reply, done) => {
    const header = request.headers.host;
    if (header !== undefined && header === lastAllowed) return done();
    if (isAllowedHost(header, allowed)) {
      lastAllowed = header;
      return done();
    }
    if (ipLiteralRoutes.has(request.routeOptions.url ?? '') && isIP(hostOf(header) ?? '') !== 0) return done();
    void reply
      .code(421)
      .header('content-type', 'application/json; charset=utf-8')
      .send({
        errors: [
          {
            message: `The Host header ${JSON.stringify(request.headers.host ?? '')} is not a name of this gateway. Requests must name a loopback host (localhost, 127.0.0.1, [::1]) or one listed in ALLOWED_HOSTS.`,
            extensions: { code: 'MISDIRECTED_REQUEST', rule: 'ALLOWED_HOSTS' },
          },
        ],
      });
  });
}

/**
 * Whether serving on `host` keeps the gateway on this machine. Binding
 * anywhere else without authentication would hand SES to the network.
 */
function isLoopbackBind(host: string): boolean {
  return isLoopbackHost(host.toLowerCase().replace(/^\[(.*)\]$/, '$1'));
}

/** The start-up refusal for a non-loopback bind without authentication, or undefined when the bind is safe. */
export function unsafeBindProblem(host: string, authEnabled: boolean): string | undefined {
  if (authEnabled || isLoopbackBind(host)) return undefined;
  return `HOST: ${host} is reachable from other machines, and authentication is off. Configure authentication (API keys or JWT) to serve beyond this machine, or keep the default HOST=127.0.0.1.`;
}
