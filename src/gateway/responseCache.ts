/**
 * The whole-response cache: a query's `data`, kept by the shared read cache
 * (memory or Redis) and served again without executing it, for as long as
 * every SES answer it was made of is still current.
 *
 *   - Key: the document, the operation name, the variables, the caller's role
 *     and the default region. Everything else a response depends on is the
 *     SES answers it read.
 *   - Staleness: each read records what it was made of (ReadDependencies).
 *     With Redis, the generations of every answer read, checked in the same
 *     script that returns the response, so a write through any replica makes
 *     it stale at once; in memory, any write in this process. It lives no
 *     longer than the shortest remaining life of the answers it was made of.
 *   - Only queries whose every field resolved without error, from reads the
 *     cache vouches for: not mutations, not responses with errors, not a
 *     request that asked for fresh data (Cache-Control: no-cache), not
 *     answers from the identity index.
 *   - It runs after the document limits, the role check and pricing
 *     (Apollo calls responseForOperation after didResolveOperation), so a
 *     caller who may not run a query never gets its kept response, and a
 *     served response still reports its price.
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { GatewayContext } from './context.js';
import type { ReadCache } from './ses/cache.js';

/** Says whether a response was served whole from the cache (`hit`) or made now (`miss`). */
export const RESPONSE_CACHE_HEADER = 'x-sesgw-response-cache';

interface Kept {
  key: string;
  served: boolean;
}

/** The document by Apollo's own hash of it (already made), and the rest of the key hashed with the settings that shape a response. */
function responseKey(queryHash: string, operationName: string | null | undefined, variables: unknown, context: GatewayContext, salt: string): string {
  const rest = createHash('sha1')
    .update(JSON.stringify([operationName ?? null, variables ?? null, context.caller.role, context.defaultRegion, salt]))
    .digest('base64url');
  return `${queryHash}:${rest}`;
}

interface ResponseCacheOptions {
  /**
   * Settings a kept response was made under, and must match where it is served: the
   * response-size limit (a response kept under a higher limit is not served where a
   * lower one would refuse it) and the account (ARNs).
   */
  salt: string;
  /** Told of every lookup: whether a kept response was served. */
  onLookup?: (hit: boolean) => void;
}

export function responseCachePlugin(cache: ReadCache, { salt, onLookup }: ResponseCacheOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GatewayContext>> {
      let kept: Kept | undefined;
      return {
        async responseForOperation({ operation, request, contextValue, queryHash }) {
          if (operation.operation !== 'query' || contextValue.readDependencies === undefined || queryHash === undefined) return null;
          const key = responseKey(queryHash, request.operationName, request.variables, contextValue, salt);
          kept = { key, served: false };
          const body = await cache.getResponse(key);
          onLookup?.(body !== undefined);
          if (body === undefined) return null;
          kept.served = true;
          return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: { data: JSON.parse(body) as Record<string, unknown> } } };
        },
        async willSendResponse({ response, contextValue }) {
          if (!kept) return;
          response.http.headers.set(RESPONSE_CACHE_HEADER, kept.served ? 'hit' : 'miss');
          const dependencies = contextValue.readDependencies;
          if (kept.served || !dependencies?.cacheable || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if ((errors?.length ?? 0) > 0 || data === null || data === undefined) return;
          await cache.putResponse(kept.key, JSON.stringify(data), dependencies);
        },
      };
    },
  };
}
