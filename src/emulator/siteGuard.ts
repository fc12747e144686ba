/**
 * Keeps web pages away from a developer's emulator. A page on any site can
 * send "simple" cross-site requests (text/plain POSTs) to 127.0.0.1 without
 * a CORS preflight, and through DNS rebinding can even read the answers; the
 * emulator has no authentication, so either would let a page reset it,
 * inject faults or read its state. Browsers always name the page's origin
 * (`Origin` on POSTs, `Sec-Fetch-Site`), and a rebound page's requests carry
 * the attacker's host name in `Host`; SDKs, the AWS CLI and curl send neither
 * an origin nor a foreign Host.
 */
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

interface SiteRefusal {
  status: 403 | 421;
  type: 'AccessDeniedException' | 'MisdirectedRequestException';
  message: string;
}

const LOOPBACK_NAMES = new Set(['localhost']);

/** `host` or `host:port` (IPv6 in brackets) -> lower-case host name without port or brackets. */
export function hostNameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') > 0 ? value.indexOf(']') : undefined);
  const colon = value.lastIndexOf(':');
  return colon >= 0 && value.indexOf(':') === colon ? value.slice(0, colon) : value;
}

export class SiteGuard {
  private readonly allowed: Set<string>;

  /** @param allowedHosts extra host names clients may use, e.g. a container's service name. */
  constructor(allowedHosts: readonly string[] = []) {
    this.allowed = new Set(allowedHosts.map((name) => hostNameOf(name)).filter(Boolean));
  }

  /**
   * An IP literal cannot be rebound by DNS, so any address is accepted (it is
   * one the client connected to); names must be loopback names or allowed.
   */
  acceptsHost(name: string): boolean {
    const bare = name.endsWith('.') ? name.slice(0, -1) : name;
    return isIP(bare) !== 0 || LOOPBACK_NAMES.has(bare) || bare.endsWith('.localhost') || this.allowed.has(bare);
  }

  refusal(req: IncomingMessage): SiteRefusal | undefined {
    const host = req.headers.host;
    if (host !== undefined && !this.acceptsHost(hostNameOf(host))) {
      return {
        status: 421,
        type: 'MisdirectedRequestException',
        message: `The emulator does not answer for host ${hostNameOf(host)}; call it by a loopback address or name, or allow the name with --allowed-hosts.`,
      };
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !this.acceptsOrigin(origin, host)) {
      return {
        status: 403,
        type: 'AccessDeniedException',
        message: `The emulator refuses requests from web pages (Origin ${origin}).`,
      };
    }
    const site = req.headers['sec-fetch-site'];
    if (origin === undefined && (site === 'cross-site' || site === 'same-site')) {
      return { status: 403, type: 'AccessDeniedException', message: `The emulator refuses requests from web pages (Sec-Fetch-Site ${site}).` };
    }
    return undefined;
  }

  /** The emulator's own origin, or an allowed host name: never another loopback port, which is another site. */
  private acceptsOrigin(origin: string, host: string | undefined): boolean {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false; // includes the opaque origin "null" of sandboxed frames and file: pages
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (host !== undefined && url.host === host.trim().toLowerCase()) return true;
    return this.allowed.has(hostNameOf(url.host));
  }
}
