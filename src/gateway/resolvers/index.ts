import type { Resolvers } from '../generated/resolvers.js';
import type { KnownRegions } from '../regions.js';
import { configurationSetResolvers } from './configurationSet.js';
import { configurationSetMutationResolvers } from './configurationSetMutations.js';
import { dedicatedIpPoolResolvers } from './dedicatedIpPool.js';
import { emailIdentityResolvers } from './emailIdentity.js';
import { emailIdentityMutationResolvers } from './emailIdentityMutations.js';
import { eventDestinationResolvers } from './eventDestination.js';
import { eventDestinationMutationResolvers } from './eventDestinationMutations.js';
import { nodeResolvers } from './node.js';
import { DateTime, regionScalar } from './scalars.js';
import { tagResolvers } from './tag.js';
import { tagMutationResolvers } from './tagMutations.js';
import { vdmResolvers } from './vdm.js';
import { vdmMutationResolvers } from './vdmMutations.js';

/**
 * One resolver map per GraphQL type (or domain), in that type's file, merged
 * type by type: a type's fields are all in one map, and Query and Mutation
 * fields sit with the type they return.
 */
const maps: readonly Resolvers[] = [
  nodeResolvers,
  configurationSetResolvers,
  configurationSetMutationResolvers,
  eventDestinationResolvers,
  eventDestinationMutationResolvers,
  tagResolvers,
  tagMutationResolvers,
  vdmResolvers,
  vdmMutationResolvers,
  emailIdentityResolvers,
  emailIdentityMutationResolvers,
  dedicatedIpPoolResolvers,
];

/** Merges resolver maps type by type; a field two maps define would silently be the later one's, so it stops start-up instead. */
export function mergeResolverMaps(resolverMaps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, object> = {};
  for (const map of resolverMaps) {
    for (const [type, fields] of Object.entries<object>(map)) {
      const into = merged[type] ?? {};
      const twice = Object.keys(fields).find((field) => Object.hasOwn(into, field));
      if (twice !== undefined) throw new Error(`Resolvers: ${type}.${twice} is defined by two resolver maps; a type's fields belong in its one map.`);
      merged[type] = { ...into, ...fields };
    }
  }
  return merged;
}

interface ResolverOptions {
  /** The regions the Region scalar accepts. */
  regions: KnownRegions;
}

export function buildResolvers({ regions }: ResolverOptions): Resolvers {
  return { ...mergeResolverMaps(maps), DateTime, Region: regionScalar(regions) };
}
