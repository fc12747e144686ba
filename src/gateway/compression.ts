/**
 * Response compression (@fastify/compress) for everything the gateway sends:
 * GraphQL JSON, errors, and any other route. GraphiQL's page is compressed
 * once, ahead of time, by graphiql.ts; this plugin leaves a response alone
 * when it already carries a Content-Encoding.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/** Responses smaller than this are sent as they are: below about a kilobyte the encoding's framing eats the gain. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Responses up to this size are compressed in one call rather than through a
 * zlib stream each. GraphQL responses are whole strings; at the sizes a page
 * of sets makes (about 10 kB) a stream's set-up and scheduling cost more than
 * the compression itself (measured: a warm 9 kB read with Accept-Encoding: br
 * answers about 1.5 times as many requests a second this way), and brotli at
 * DYNAMIC_BROTLI_QUALITY compresses 64 kB in about a millisecond, so the event
 * loop is not held for long. The plugin's default (8 kB on a 2-core host)
 * streams most pages.
 */
const SYNC_COMPRESSION_MAX_BYTES = 64 * 1024;

/**
 * Brotli's quality for responses compressed as they are sent. 4 compresses a
 * 9 MB page in about 0.3 s here and already gets within 20% of quality 11,
 * which takes about 60 times longer; GraphQL responses are far smaller.
 */
const DYNAMIC_BROTLI_QUALITY = 4;

/**
 * Adds compression to every route registered after it: register it before
 * any route. Brotli is preferred, then gzip (what every browser and HTTP
 * client accepts); deflate is left out, as its framing is ambiguous between
 * clients. Request bodies are not decompressed: GraphQL clients send them
 * plain, and a body limit (MAX_BODY_BYTES) is simpler to reason about without
 * an inflating parser in front of it.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    syncThreshold: SYNC_COMPRESSION_MAX_BYTES,
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY,
      },
    },
  });
}
