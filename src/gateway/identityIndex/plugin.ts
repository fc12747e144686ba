/**
 * Reports, on every response that asked which identities use a set
 * (`defaultForIdentities`, the guard of `deleteConfigurationSet`), how fresh
 * the identity index was for each region asked about:
 *
 *   "extensions": { "identityIndex": [{ "region": "us-east-1", "complete": true,
 *     "lastFullPassAt": "...", "lastFullPassStartedAt": "...", "answeredFrom": "INDEX" }] }
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';

export function identityIndexPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reports = (contextValue as Partial<GatewayContext> | undefined)?.identityIndex?.reports() ?? [];
          if (reports.length === 0) return;
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          result.extensions = { ...result.extensions, identityIndex: reports };
        },
      };
    },
  };
}
