/**
 * The warm ceiling: a bare Fastify + Apollo server on the same packages and
 * the same schema as the gateway, answering the warm dashboard from memory.
 * Its root resolvers return the gateway's captured answer, so GraphQL still
 * parses, validates and executes the same selection over the same objects;
 * what it lacks is everything the gateway adds (host check, CORS, auth,
 * limits, pricing, caching, loaders, observability). The bench checks that
 * its bytes equal the gateway's before measuring either.
 *
 * Run as its own process: node --import tsx bench/baselines/bare.ts <answer.json> <port>
 */
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import fastifyApollo from '@as-integrations/fastify';
import Fastify from 'fastify';
import { loadTypeDefs } from '../../src/gateway/server.js';

const [answerPath, port] = process.argv.slice(2);
if (!answerPath || !port) throw new Error('usage: bare.ts <answer.json> <port>');
const answer = JSON.parse(readFileSync(answerPath, 'utf8')) as { data: Record<string, unknown>; extensions?: Record<string, unknown> };

const Query = Object.fromEntries(Object.entries(answer.data).map(([field, value]) => [field, () => value]));

// The gateway reports each request's price in extensions.cost; the same bytes are sent here, not computed.
const sameExtensions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (answer.extensions && response.body.kind === 'single') response.body.singleResult.extensions = answer.extensions;
      },
    };
  },
};

const app = Fastify({ logger: false });
const apollo = new ApolloServer({ typeDefs: loadTypeDefs(), resolvers: { Query }, plugins: [sameExtensions] });
await apollo.start();
await app.register(fastifyApollo(apollo));
await app.listen({ host: '127.0.0.1', port: Number(port) });
