import { CreateConfigurationSetCommand, CreateDedicatedIpPoolCommand, CreateEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sesConnection, type SesPage } from '../../src/gateway/connections.js';
import { graphql } from '../generated/index.js';
import { useStack } from '../support/gateway.js';

const env = useStack();

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const parseCursor = (value: string | null | undefined) => (value ? (JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown) : null);

const SetPage = graphql(`
  query ConnectionsSetPage($first: Int, $after: String) {
    configurationSets(first: $first, after: $after) {
      nodes { name }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const IdentityPage = graphql(`
  query ConnectionsIdentityPage($first: Int, $after: String) {
    emailIdentities(first: $first, after: $after) {
      nodes { name }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const PoolPage = graphql(`
  query ConnectionsPoolPage($first: Int, $after: String) {
    dedicatedIpPools(first: $first, after: $after) {
      nodes { name }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const LISTS = [
  ['configurationSets', SetPage, 'ListConfigurationSets'],
  ['emailIdentities', IdentityPage, 'ListEmailIdentities'],
  ['dedicatedIpPools', PoolPage, 'ListDedicatedIpPools'],
] as const;

async function seedOneOfEach() {
  const client = env.stack.emulator.client();
  await client.send(new CreateConfigurationSetCommand({ ConfigurationSetName: 'set-a' }));
  await client.send(new CreateEmailIdentityCommand({ EmailIdentity: 'example.com' }));
  await client.send(new CreateDedicatedIpPoolCommand({ PoolName: 'pool-a' }));
  await env.stack.emulator.admin('DELETE', '/_emulator/stats');
}

/** A stub SES list: `pages` by the token that asks for them (undefined: the first page); it refuses to be called more than `limit` times. */
function stubList<T>(pages: Map<string | undefined, SesPage<T>>, limit = 50) {
  const calls: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined) => {
    calls.push(token);
    if (calls.length > limit) throw new Error('fetchPage called too often');
    const page = pages.get(token);
    if (!page) throw new Error(`no page for token ${String(token)}`);
    return page;
  };
  return { calls, fetchPage };
}

/** SES answering: item `a`, then nine empty pages each with a token, then items `b` and `c` and no token. */
function sparseList() {
  const pages = new Map<string | undefined, SesPage<string>>([[undefined, { items: ['a'], nextToken: 'p1' }]]);
  for (let i = 1; i < 10; i += 1) pages.set(`p${i}`, { items: [], nextToken: `p${i + 1}` });
  pages.set('p10', { items: ['b', 'c'] });
  return pages;
}

describe('sesConnection cursors', () => {
  it.each(LISTS)('rejects a cursor whose token SES never issued on %s as BAD_USER_INPUT on after, not INTERNAL_SERVER_ERROR', async (_list, document) => {
    await seedOneOfEach();
    const result = await env.stack.execute(document as typeof SetPage, { after: cursor({ t: 'made-up token!', s: 0 }) });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      message: 'after: is not a cursor this API returned, or it has expired.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it.each(LISTS)('rejects a cursor that skips more than one SES page holds on %s, without calling SES', async (_list, document) => {
    const result = await env.stack.execute(document as typeof SetPage, { after: cursor({ t: null, s: 1001 }) });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('after: '), extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(await env.stack.calls()).toEqual({});
  });

  it('accepts a skip of exactly the largest SES page', async () => {
    await seedOneOfEach();
    const { configurationSets } = await env.stack.request(SetPage, { after: cursor({ t: null, s: 1000 }) });
    expect(configurationSets?.nodes).toEqual([]);
  });

  it('maps SES refusing the cursor\'s token as InvalidNextTokenException to BAD_USER_INPUT on after', async () => {
    const fetchPage = async (): Promise<SesPage<string>> => {
      throw Object.assign(new Error('bad token'), { name: 'InvalidNextTokenException' });
    };
    const error = await sesConnection({ first: 5, after: cursor({ t: 'stale', s: 0 }) }, 1000, fetchPage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });

  it('passes on a BadRequestException when the client gave no token', async () => {
    const refusal = Object.assign(new Error('bad filter'), { name: 'BadRequestException' });
    const fetchPage = async (): Promise<SesPage<string>> => {
      throw refusal;
    };
    await expect(sesConnection({ first: 5 }, 1000, fetchPage)).rejects.toBe(refusal);
  });
});

describe('sesConnection stopped by its round cap', () => {
  it('reports a next page and points the last cursor at SES\'s pending token', async () => {
    const { calls, fetchPage } = stubList(sparseList());
    const connection = await sesConnection({ first: 2 }, 1000, fetchPage);
    // first + 2 rounds: the first page and three empty ones.
    expect(calls).toEqual([undefined, 'p1', 'p2', 'p3']);
    expect(connection.nodes).toEqual(['a']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(parseCursor(connection.pageInfo.endCursor)).toEqual({ t: 'p4', s: 0 });
    expect(connection.edges[0]?.cursor).toBe(connection.pageInfo.endCursor);
  });

  it('returns an end cursor at the pending token even when no item was collected', async () => {
    const pages = new Map<string | undefined, SesPage<string>>();
    for (let i = 0; i < 20; i += 1) pages.set(i === 0 ? undefined : `p${i}`, { items: [], nextToken: `p${i + 1}` });
    const { calls, fetchPage } = stubList(pages);
    const connection = await sesConnection({ first: 1 }, 1000, fetchPage);
    expect(calls).toHaveLength(3);
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null });
    expect(parseCursor(connection.pageInfo.endCursor)).toEqual({ t: 'p3', s: 0 });
  });

  it('lets a client page through empty SES pages to every item, each once', async () => {
    const { fetchPage } = stubList(sparseList());
    const seen: string[] = [];
    let after: string | null = null;
    let pagesRead = 0;
    for (; pagesRead < 10; pagesRead += 1) {
      const connection: Awaited<ReturnType<typeof sesConnection<string>>> = await sesConnection({ first: 1, after }, 1000, fetchPage);
      seen.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(pagesRead).toBeLessThan(10);
  });
});
