/**
 * Where every field's value comes from. Types codegen maps onto an SDK shape
 * or a model (codegen.ts `mappers`), and the root types, have a resolver for
 * every field; graphql-js's default resolver serves only the types whose
 * parent is the generated type itself, listed below with why. And each field
 * is defined by one resolver map (resolvers/index.ts).
 */
import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mappers } from '../../codegen.js';
import type { GatewayContext } from '../../src/gateway/context.js';
import type * as Generated from '../../src/gateway/generated/resolvers.js';
import { KnownRegions } from '../../src/gateway/regions.js';
import { sdk } from '../../src/gateway/resolvers/fields.js';
import { buildResolvers, mergeResolverMaps } from '../../src/gateway/resolvers/index.js';
import { loadTypeDefs } from '../../src/gateway/server.js';

/** The generated type of each object type served by graphql-js's default resolver. */
interface DefaultServed {
  PageInfo: Generated.PageInfo;
  UserError: Generated.UserError;
  MetricDataPoint: Generated.MetricDataPoint;
  VdmMetricError: Generated.VdmMetricError;
  ConfigurationSetConnection: Generated.ConfigurationSetConnection;
  ConfigurationSetEdge: Generated.ConfigurationSetEdge;
  EmailIdentityConnection: Generated.EmailIdentityConnection;
  EmailIdentityEdge: Generated.EmailIdentityEdge;
  DedicatedIpPoolConnection: Generated.DedicatedIpPoolConnection;
  DedicatedIpPoolEdge: Generated.DedicatedIpPoolEdge;
  RecommendationConnection: Generated.RecommendationConnection;
  RecommendationEdge: Generated.RecommendationEdge;
  CreateConfigurationSetPayload: Generated.CreateConfigurationSetPayload;
  UpdateConfigurationSetPayload: Generated.UpdateConfigurationSetPayload;
  SetConfigurationSetSendingEnabledPayload: Generated.SetConfigurationSetSendingEnabledPayload;
  DeleteConfigurationSetPayload: Generated.DeleteConfigurationSetPayload;
  CloneConfigurationSetPayload: Generated.CloneConfigurationSetPayload;
  CreateEventDestinationPayload: Generated.CreateEventDestinationPayload;
  UpdateEventDestinationPayload: Generated.UpdateEventDestinationPayload;
  DeleteEventDestinationPayload: Generated.DeleteEventDestinationPayload;
  CreateEmailIdentityPayload: Generated.CreateEmailIdentityPayload;
  DeleteEmailIdentityPayload: Generated.DeleteEmailIdentityPayload;
  SetEmailIdentityDefaultConfigurationSetPayload: Generated.SetEmailIdentityDefaultConfigurationSetPayload;
  TagResourcePayload: Generated.TagResourcePayload;
  UntagResourcePayload: Generated.UntagResourcePayload;
  UpdateAccountVdmAttributesPayload: Generated.UpdateAccountVdmAttributesPayload;
  SetConfigurationSetVdmOptionsPayload: Generated.SetConfigurationSetVdmOptionsPayload;
}

/**
 * Compiles only when, for every type above, the generated type is the one of
 * that name and what resolvers hand its fields as parent (codegen's
 * ResolversParentTypes, which their return types are checked against) has
 * every field of it as a property: the default resolver then reads the field.
 */
type ParentHasEveryField = {
  [Name in keyof DefaultServed]: NonNullable<DefaultServed[Name]['__typename']> extends Name
    ? Exclude<keyof DefaultServed[Name], '__typename'> extends keyof Generated.ResolversParentTypes[Name]
      ? true
      : never
    : never;
};
const parentHasEveryField: ParentHasEveryField = {
  PageInfo: true,
  UserError: true,
  MetricDataPoint: true,
  VdmMetricError: true,
  ConfigurationSetConnection: true,
  ConfigurationSetEdge: true,
  EmailIdentityConnection: true,
  EmailIdentityEdge: true,
  DedicatedIpPoolConnection: true,
  DedicatedIpPoolEdge: true,
  RecommendationConnection: true,
  RecommendationEdge: true,
  CreateConfigurationSetPayload: true,
  UpdateConfigurationSetPayload: true,
  SetConfigurationSetSendingEnabledPayload: true,
  DeleteConfigurationSetPayload: true,
  CloneConfigurationSetPayload: true,
  CreateEventDestinationPayload: true,
  UpdateEventDestinationPayload: true,
  DeleteEventDestinationPayload: true,
  CreateEmailIdentityPayload: true,
  DeleteEmailIdentityPayload: true,
  SetEmailIdentityDefaultConfigurationSetPayload: true,
  TagResourcePayload: true,
  UntagResourcePayload: true,
  UpdateAccountVdmAttributesPayload: true,
  SetConfigurationSetVdmOptionsPayload: true,
};

/** Why each is served by the default resolver: who builds the object, with the schema's own field names. */
const WHY_DEFAULT: Record<keyof DefaultServed, string> = {
  PageInfo: 'sesConnection (connections.ts) builds it',
  UserError: 'userError() (errors.ts) and the validators build it',
  MetricDataPoint: "the metric loader builds MetricSeriesModel's points with these names (ses/loaders.ts)",
  VdmMetricError: "the metric loader builds VdmMetricResultModel's error with these names (ses/loaders.ts)",
  ConfigurationSetConnection: 'sesConnection builds it',
  ConfigurationSetEdge: 'sesConnection builds it',
  EmailIdentityConnection: 'sesConnection builds it',
  EmailIdentityEdge: 'sesConnection builds it',
  DedicatedIpPoolConnection: 'sesConnection builds it',
  DedicatedIpPoolEdge: 'sesConnection builds it',
  RecommendationConnection: 'sesConnection builds it',
  RecommendationEdge: 'sesConnection builds it',
  CreateConfigurationSetPayload: 'a payload: its mutation builds it',
  UpdateConfigurationSetPayload: 'a payload: its mutation builds it',
  SetConfigurationSetSendingEnabledPayload: 'a payload: its mutation builds it',
  DeleteConfigurationSetPayload: 'a payload: its mutation builds it',
  CloneConfigurationSetPayload: 'a payload: its mutation builds it',
  CreateEventDestinationPayload: 'a payload: its mutation builds it',
  UpdateEventDestinationPayload: 'a payload: its mutation builds it',
  DeleteEventDestinationPayload: 'a payload: its mutation builds it',
  CreateEmailIdentityPayload: 'a payload: its mutation builds it',
  DeleteEmailIdentityPayload: 'a payload: its mutation builds it',
  SetEmailIdentityDefaultConfigurationSetPayload: 'a payload: its mutation builds it',
  TagResourcePayload: 'a payload: its mutation builds it',
  UntagResourcePayload: 'a payload: its mutation builds it',
  UpdateAccountVdmAttributesPayload: 'a payload: its mutation builds it',
  SetConfigurationSetVdmOptionsPayload: 'a payload: its mutation builds it',
};

const ROOT_TYPES = ['Query', 'Mutation'];

/** The schema as the gateway's Apollo Server builds it from the SDL and the resolvers (no HTTP: start and stop only). */
async function builtSchema(): Promise<GraphQLSchema> {
  let built: GraphQLSchema | undefined;
  const apollo = new ApolloServer<GatewayContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers({ regions: new KnownRegions() }),
    plugins: [{ serverWillStart: async ({ schema }) => void (built = schema) }],
  });
  await apollo.start();
  await apollo.stop();
  if (!built) throw new Error('Apollo Server started without a schema');
  return built;
}

/** Object types by their toStringTag, not instanceof: Apollo may build the schema with another copy of graphql. */
const objectTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => !type.name.startsWith('__') && Object.prototype.toString.call(type) === '[object GraphQLObjectType]',
  );

describe('field resolvers', () => {
  it('give every field of a mapped type (codegen mappers) and of the root types a resolver of its own', async () => {
    const schema = await builtSchema();
    const withResolver = new Set([...Object.keys(mappers), ...ROOT_TYPES]);
    const unserved = objectTypes(schema)
      .filter((type) => withResolver.has(type.name))
      .flatMap((type) => Object.values(type.getFields()).flatMap((field) => (field.resolve ? [] : [`${type.name}.${field.name}`])));
    expect(unserved).toEqual([]);
    // The walk did look: every mapper names a type of the schema.
    expect(Object.keys(mappers).filter((name) => !schema.getType(name))).toEqual([]);
  });

  it('leave to the default resolver only the listed types, whose parents are the generated types', async () => {
    const schema = await builtSchema();
    const withResolver = new Set([...Object.keys(mappers), ...ROOT_TYPES]);
    const unclassified = objectTypes(schema)
      .map((type) => type.name)
      .filter((name) => !withResolver.has(name) && !Object.hasOwn(WHY_DEFAULT, name));
    // A new object type: map it (codegen.ts) and give each field a resolver, or list it here with why.
    expect(unclassified).toEqual([]);
    expect(Object.keys(WHY_DEFAULT).filter((name) => withResolver.has(name) || !schema.getType(name))).toEqual([]);
    expect(Object.keys(parentHasEveryField).sort()).toEqual(Object.keys(WHY_DEFAULT).sort());
  });
});

describe('sdk()', () => {
  const info = { parentType: new GraphQLObjectType({ name: 'Recommendation', fields: {} }) };

  it('reads the member, or its fallback when SES left it out', () => {
    const description = sdk<{ Description?: string }, 'Description', string>('Description', '');
    expect(description({ Description: 'fix SPF' }, {}, {}, info)).toBe('fix SPF');
    expect(description({}, {}, {}, info)).toBe('');
  });

  it('without a fallback, makes a missing member a fault of the field: nothing of it for the client, the member in the log', () => {
    const type = sdk<{ Type?: string }, 'Type'>('Type');
    expect(type({ Type: 'SPF' }, {}, {}, info)).toBe('SPF');
    let thrown: unknown;
    try {
      type({}, {}, {}, info);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(thrown).toHaveProperty('originalError.message', 'SES answered a Recommendation without its Type.');
  });
});

describe(buildResolvers.name, () => {
  it('builds the gateway\'s maps, no field defined twice', () => {
    expect(() => buildResolvers({ regions: new KnownRegions() })).not.toThrow();
  });

  it('stops start-up naming Type.field when two maps define the same field', () => {
    const first = { ConfigurationSet: { name: () => 'a' }, Query: { account: () => null } };
    const second = { ConfigurationSet: { arn: () => 'b', name: () => 'c' } };
    expect(() => mergeResolverMaps([first, second])).toThrow(/ConfigurationSet\.name is defined by two resolver maps/);
    // Query and Mutation are spread over the files of the types their fields return: different fields merge.
    expect(Object.keys(mergeResolverMaps([first, { Query: { configurationSet: () => null } }]).Query ?? {})).toEqual(['account', 'configurationSet']);
  });
});
