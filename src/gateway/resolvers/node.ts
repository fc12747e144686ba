import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { decodeId } from '../ids.js';
import { configurationSetExists } from './configurationSet.js';
import { selectedFields } from './selection.js';

type NodeModel = { __typename: string } & Record<string, unknown>;

/** Resolves one id to its object, or null when the id is not ours or the object does not exist. */
export async function loadNode(id: string, context: GatewayContext, info: GraphQLResolveInfo): Promise<NodeModel | null> {
  const decoded = decodeId(id);
  if (!decoded) return null;
  const { type, region, names } = decoded;
  const [first = '', second = ''] = names;
  switch (type) {
    case 'ConfigurationSet': {
      const set = { region, name: first };
      return (await configurationSetExists(set, context, selectedFields(info))) ? { __typename: type, ...set } : null;
    }
    case 'EventDestination': {
      const destinations = await context.loaders.eventDestinations.load({ region, name: first });
      const destination = destinations?.find((d) => d.Name === second);
      return destination ? { __typename: type, region, configurationSetName: first, destination } : null;
    }
    case 'EmailIdentity':
      return (await context.loaders.emailIdentity.load({ region, name: first })) ? { __typename: type, region, name: first } : null;
    case 'DedicatedIpPool':
      return (await context.loaders.dedicatedIpPool.load({ region, name: first })) ? { __typename: type, region, name: first } : null;
  }
}

const resolveType = (node: { __typename?: string }) => node.__typename ?? null;

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, context, info) => loadNode(id, context, info) as never,
    nodes: (_parent, { ids }, context, info) => Promise.all(ids.map((id) => loadNode(id, context, info))) as never,
  },
  Node: { __resolveType: resolveType as never },
  Taggable: { __resolveType: resolveType as never },
};
