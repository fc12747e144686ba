/**
 * GraphQL responses are never cacheable: they answer one caller with SES's
 * current state. Apollo's default cache-control plugin works that out with a
 * hook on every resolved field (about a tenth of a warm read's CPU time) only
 * to send `Cache-Control: no-store` on every response, since this schema
 * declares no @cacheControl hints; this sends the same header once per response.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

const NO_STORE = 'no-store';

/** Apollo's cache-control plugin off, and the header it would send on every response. */
export function noStorePlugins(): ApolloServerPlugin[] {
  // One listener for every request: it keeps no state of its own.
  const listener: Awaited<ReturnType<NonNullable<ApolloServerPlugin['requestDidStart']>>> = {
    async willSendResponse({ response }) {
      response.http.headers.set('cache-control', NO_STORE);
    },
  };
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async serverWillStart({ schema }) {
        // Hints would be ignored here: fail at start-up rather than serve them wrong.
        if (schema.getDirective('cacheControl')) throw new Error('The schema declares @cacheControl, but cacheControl.ts answers every response with no-store; use Apollo\'s cache-control plugin instead.');
      },
      async requestDidStart() {
        return listener;
      },
    },
  ];
}
