import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { decodeId, type NodeType } from '../ids.js';
import { isIdentityName, isResourceName } from '../validation/rules.js';
import { configurationSetExists } from './configurationSet.js';
import { selectedFields } from './selection.js';

type NodeModel = { __typename: string } & Record<string, unknown>;

/** At most this many ids per `nodes` call: each may cost an SES read. */
export const MAX_NODE_IDS = 100;

/** The name rule SES applies to each name part of an id of that type. */
const NAME_RULES: Record<NodeType, (name: string) => boolean> = {
  ConfigurationSet: isResourceName,
  EventDestination: isResourceName,
  EmailIdentity: isIdentityName,
  DedicatedIpPool: isResourceName,
};

/**
 * Resolves one id to its object, or null when the id is not ours or the
 * object does not exist. An id whose region or names SES would reject names
 * nothing that can exist, so it is null without asking SES.
 */
export async function loadNode(id: string, context: GatewayContext, info: GraphQLResolveInfo): Promise<NodeModel | null> {
  const decoded = decodeId(id);
  if (!decoded) return null;
  const { type, region, names } = decoded;
  if (!context.ses.servesRegion(region) || !names.every(NAME_RULES[type])) return null;
  const [first = '', second = ''] = names;
  switch (type) {
    case 'ConfigurationSet': {
      const set = { region, name: first };
      return (await configurationSetExists(set, context, selectedFields(info, type))) ? { __typename: type, ...set } : null;
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
    nodes: (_parent, { ids }, context, info) => {
      if (ids.length > MAX_NODE_IDS) {
        throw new GraphQLError(`ids: at most ${MAX_NODE_IDS} ids per request, got ${ids.length}.`, { extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
      }
      // One promise per entry, not Promise.all: GraphQL then nulls only an entry that fails (entries are nullable), with its error pathed to it.
      return ids.map((id) => loadNode(id, context, info)) as never;
    },
  },
  Node: { __resolveType: resolveType as never },
  Taggable: { __resolveType: resolveType as never },
};
