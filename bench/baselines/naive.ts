/**
 * The cold floor: the resolvers one writes first, calling the AWS SDK
 * directly. Each listed set is read with its own GetConfigurationSet and
 * GetConfigurationSetEventDestinations, and each set's defaultForIdentities
 * lists every identity and reads each one again (N+1, and N x M): no
 * DataLoader, no limiter, no cache, only the SDK's own retries. Against the
 * emulator's quotas it is throttled; the bench reports how it fares.
 *
 * Run as its own process: node --import tsx bench/baselines/naive.ts <emulator url> <port>
 */
import {
  GetConfigurationSetCommand,
  GetConfigurationSetEventDestinationsCommand,
  GetEmailIdentityCommand,
  ListConfigurationSetsCommand,
  ListEmailIdentitiesCommand,
  SESv2Client,
  type EventDestination,
} from '@aws-sdk/client-sesv2';
import { ApolloServer } from '@apollo/server';
import fastifyApollo from '@as-integrations/fastify';
import Fastify from 'fastify';
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import { EMULATOR_ACCOUNT_ID } from '../../src/gateway/config.js';
import { loadTypeDefs } from '../../src/gateway/server.js';

const [endpoint, port] = process.argv.slice(2);
if (!endpoint || !port) throw new Error('usage: naive.ts <emulator url> <port>');

const clients = new Map<string, SESv2Client>();
const ses = (region: string) => {
  let client = clients.get(region);
  if (!client) {
    client = new SESv2Client({ region, endpoint, credentials: { accessKeyId: EMULATOR_ACCOUNT_ID, secretAccessKey: 'bench' } });
    clients.set(region, client);
  }
  return client;
};

interface SetRow {
  region: string;
  name: string;
}

const resolvers = {
  Query: {
    configurationSets: async (_: unknown, { first, region = 'us-east-1' }: { first: number; region?: string }) => {
      const page = await ses(region).send(new ListConfigurationSetsCommand({ PageSize: first }));
      return { nodes: (page.ConfigurationSets ?? []).map((name) => ({ region, name })), pageInfo: { hasNextPage: Boolean(page.NextToken) } };
    },
  },
  ConfigurationSetConnection: {
    // N+1: every set is read again by name.
    nodes: ({ nodes }: { nodes: SetRow[] }) =>
      nodes.map(async (set) => ({ ...set, ...(await ses(set.region).send(new GetConfigurationSetCommand({ ConfigurationSetName: set.name }))) })),
  },
  ConfigurationSet: {
    sendingEnabled: (set: { SendingOptions?: { SendingEnabled?: boolean } }) => set.SendingOptions?.SendingEnabled ?? true,
    eventDestinations: async (set: SetRow) =>
      (await ses(set.region).send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: set.name }))).EventDestinations ?? [],
    // N x M: SES has no reverse index, so every set lists and reads every identity.
    defaultForIdentities: async (set: SetRow) => {
      const listed = (await ses(set.region).send(new ListEmailIdentitiesCommand({ PageSize: 1000 }))).EmailIdentities ?? [];
      const identities = await Promise.all(
        listed.map(async (summary) => ({ ...summary, ...(await ses(set.region).send(new GetEmailIdentityCommand({ EmailIdentity: summary.IdentityName }))) })),
      );
      return identities.filter((identity) => identity.ConfigurationSetName === set.name);
    },
  },
  EventDestination: {
    destination: (destination: EventDestination) =>
      destination.SnsDestination
        ? { __typename: 'SnsDestination', ...destination.SnsDestination }
        : { __typename: 'CloudWatchDestination', ...destination.CloudWatchDestination },
  },
  EmailIdentity: {
    name: (identity: { IdentityName?: string }) => identity.IdentityName,
  },
};

/** SDK shapes are PascalCase where the schema is camelCase: a fallback, for brevity (the gateway maps each field in code, resolvers/fields.ts). */
const pascalFallback: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (source !== null && typeof source === 'object' && !(info.fieldName in source)) {
    const pascal = info.fieldName.charAt(0).toUpperCase() + info.fieldName.slice(1);
    if (pascal in source) return (source as Record<string, unknown>)[pascal];
  }
  return defaultFieldResolver(source, args, context, info);
};

const app = Fastify({ logger: false });
const apollo = new ApolloServer({ typeDefs: loadTypeDefs(), resolvers, fieldResolver: pascalFallback });
await apollo.start();
await app.register(fastifyApollo(apollo));
await app.listen({ host: '127.0.0.1', port: Number(port) });
