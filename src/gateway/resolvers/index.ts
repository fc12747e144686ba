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
import { tagMutationResolvers } from './tagMutations.js';
import { vdmResolvers } from './vdm.js';
import { vdmMutationResolvers } from './vdmMutations.js';

/** One resolver map per GraphQL type (or domain), merged type by type. */
const maps: Resolvers[] = [
  nodeResolvers,
  configurationSetResolvers,
  configurationSetMutationResolvers,
  eventDestinationResolvers,
  eventDestinationMutationResolvers,
  tagMutationResolvers,
  vdmResolvers,
  vdmMutationResolvers,
  emailIdentityResolvers,
  emailIdentityMutationResolvers,
  dedicatedIpPoolResolvers,
];

export interface ResolverOptions {
  /** The regions the Region scalar accepts. */
  regions: KnownRegions;
}

export function buildResolvers({ regions }: ResolverOptions): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  }
  return { ...(merged as Resolvers), DateTime, Region: regionScalar(regions) };
}
