import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../context.js';
import { badUserInput } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { decodeId, namesAreValid } from '../ids.js';
import type { ConfigurationSetModel, DedicatedIpPoolModel, EmailIdentityModel, EventDestinationModel } from '../models.js';
import { configurationSetExists } from './configurationSet.js';
import { selectedFields } from './selection.js';

/** What an id resolves to: the type's model, tagged with its type name for Node's and Taggable's __resolveType. */
type NodeModel =
  | ({ __typename: 'ConfigurationSet' } & ConfigurationSetModel)
  | ({ __typename: 'EventDestination' } & EventDestinationModel)
  | ({ __typename: 'EmailIdentity' } & EmailIdentityModel)
  | ({ __typename: 'DedicatedIpPool' } & DedicatedIpPoolModel);

/** At most this many ids per `nodes` call: each may cost an SES read. */
export const MAX_NODE_IDS = 100;

/**
 * Resolves one id to its object, or null when the id is not ours or the
 * object does not exist. An id whose region or names SES would reject names
 * nothing that can exist, so it is null without asking SES.
 */
async function loadNode(id: string, context: GatewayContext, info: GraphQLResolveInfo): Promise<NodeModel | null> {
  const decoded = decodeId(id);
  if (!decoded) return null;
  const { type, region, names } = decoded;
  if (!context.ses.servesRegion(region) || !namesAreValid(decoded)) return null;
  const [first = '', second = ''] = names;
  switch (type) {
    case 'ConfigurationSet': {
      const set = { region, name: first };
      return (await configurationSetExists(set, context, selectedFields(info, type))) ? { __typename: type, ...set } : null;
    }
    case 'EventDestination': {
      const destinations = await context.loaders.getConfigurationSetEventDestinations.load({ region, name: first });
      const destination = destinations?.find((d) => d.Name === second);
      return destination ? { __typename: type, region, configurationSetName: first, destination } : null;
    }
    case 'EmailIdentity':
      return (await context.loaders.getEmailIdentity.load({ region, name: first })) ? { __typename: type, region, name: first } : null;
    case 'DedicatedIpPool':
      return (await context.loaders.getDedicatedIpPool.load({ region, name: first })) ? { __typename: type, region, name: first } : null;
  }
}

/** Node's and Taggable's: every model an id resolves to carries its type name (NodeModel; codegen's resolversNonOptionalTypename). */
const resolveType = <T extends { __typename: string }>(node: T): T['__typename'] => node.__typename;

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, context, info) => loadNode(id, context, info),
    nodes: (_parent, { ids }, context, info) => {
      if (ids.length > MAX_NODE_IDS) {
        throw badUserInput(`ids: at most ${MAX_NODE_IDS} ids per request, got ${ids.length}.`, { argument: 'ids' });
      }
      // Not Promise.all: an entry that failed is handed back as its own rejected promise, so GraphQL nulls only that entry
      // (entries are nullable), with its error pathed to it.
      return Promise.allSettled(ids.map((id) => loadNode(id, context, info))).then((entries) =>
        entries.map((entry) => (entry.status === 'fulfilled' ? entry.value : Promise.reject(entry.reason))),
      );
    },
  },
  Node: { __resolveType: resolveType },
  Taggable: { __resolveType: resolveType },
};
