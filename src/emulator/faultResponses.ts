/**
 * How the faults that are not SES exceptions reach the wire: a reset
 * connection, a truncated JSON body, a load balancer's HTML error page.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** Sends a TCP RST, so the client sees ECONNRESET rather than an orderly close. */
export function resetConnection(res: ServerResponse): void {
  const socket = res.socket;
  if (!socket || socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

/**
 * The operation's 200 answer with its JSON body cut in half, as when a proxy
 * cuts a response short. A prefix of a JSON object is never valid JSON.
 */
export function sendTruncatedJson(res: ServerResponse, result: unknown): void {
  const whole = JSON.stringify(result ?? {});
  const body = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-amzn-requestid': randomUUID() });
  res.end(body);
}

/** The page nginx and most load balancers send when no backend is available. */
export function sendHtml503(res: ServerResponse): void {
  const body =
    '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n' +
    '<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
  res.writeHead(503, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
