/**
 * Whether a request is traced, for code outside observability: without
 * loading the tracer (OpenTelemetry) to ask it.
 */
import type { GatewayContext } from '../context.js';

/** Where a traced request's context holds its trace (tracing.ts). */
export const TRACE = Symbol('sesgw.trace');

/**
 * Whether the request is traced (its operation span records): its resolvers'
 * waits on SES then make spans, so resolvers that could read ahead for
 * others (resolvers/configurationSet.ts) read field by field instead.
 */
export function isTraced(context: GatewayContext): boolean {
  return (context as GatewayContext & { [TRACE]?: unknown })[TRACE] !== undefined;
}
