import type { Resolvers } from '../generated/resolvers.js';
import { configurationSetResolvers } from './configurationSet.js';
import { nodeResolvers } from './node.js';
import { DateTime, Region } from './scalars.js';

/** One resolver map per GraphQL type (or domain), merged type by type. */
const maps: Resolvers[] = [nodeResolvers, configurationSetResolvers];

export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  }
  return { ...(merged as Resolvers), DateTime, Region };
}
