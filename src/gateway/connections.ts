/**
 * Relay connections over SES's token-paged list operations.
 *
 * SES's NextToken is opaque and marks page boundaries only, so a cursor is
 * (the token the item's SES page started from, how many items of that page
 * to skip). Resuming from any cursor asks SES for that page again and skips.
 */
import type { GraphQLError } from 'graphql';
import { badUserInput, sesErrorName } from './errors.js';

export const MAX_FIRST = 100;

interface Cursor {
  /** The SES NextToken the item's page was fetched with; null for the first page. */
  t: string | null;
  /** How many items of that page come before the next one to return. */
  s: number;
}

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface SesPage<T> {
  items: T[];
  nextToken?: string | undefined;
}

interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

function badArgument(argument: string, message: string): GraphQLError {
  return badUserInput(`${argument}: ${message}`, { argument });
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

const NOT_A_CURSOR = 'is not a cursor this API returned.';
const STALE_CURSOR = 'is not a cursor this API returned, or it has expired.';

/**
 * A cursor's parts, checked as far as the gateway can: the skip is never more
 * than one SES page holds. The token itself only SES can judge (see below).
 */
function decodeCursor(after: string, maxPageSize: number): Cursor {
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (
      (value.t === null || (typeof value.t === 'string' && value.t !== '')) &&
      Number.isInteger(value.s) &&
      (value.s as number) >= 0 &&
      (value.s as number) <= maxPageSize
    ) {
      return { t: value.t, s: value.s as number };
    }
  } catch {
    // fall through to the error below
  }
  throw badArgument('after', NOT_A_CURSOR);
}

/** SES's answers to a NextToken it did not issue, or no longer honours. */
const BAD_TOKEN_ERRORS = new Set(['BadRequestException', 'InvalidNextTokenException']);

function validateFirst(first: number | null | undefined): number {
  const value = first ?? 25;
  if (!Number.isInteger(value) || value < 1 || value > MAX_FIRST) {
    throw badArgument('first', `must be an integer from 1 to ${MAX_FIRST}.`);
  }
  return value;
}

/**
 * Builds one page of a connection. `fetchPage(token, pageSize)` is one SES
 * list call; it is called again only while SES returns short pages.
 */
export async function sesConnection<T>(
  args: ConnectionArgs,
  maxPageSize: number,
  fetchPage: (token: string | undefined, pageSize: number) => Promise<SesPage<T>>,
): Promise<Connection<T>> {
  const first = validateFirst(args.first);
  const start = args.after ? decodeCursor(args.after, maxPageSize) : { t: null, s: 0 };
  const collected: { node: T; cursor: Cursor }[] = [];
  let token: string | null = start.t;
  let skip = start.s;
  let hasNextPage = false;
  /** A NextToken SES returned whose page has not been read yet. */
  let pending: string | null = null;
  // Each round is one SES call. SES may return short or even empty pages with
  // a NextToken, so the rounds are capped; when the cap ends the loop with a
  // page still pending, the last cursor points at it and the client goes on.
  for (let round = 0; round <= first + 1; round += 1) {
    pending = null;
    const wanted = skip + first + 1 - collected.length;
    let page: SesPage<T>;
    try {
      page = await fetchPage(token ?? undefined, Math.min(maxPageSize, wanted));
    } catch (error) {
      // Only the first call uses a token from the client; SES rejecting it means
      // the cursor was forged, or its token expired.
      if (round === 0 && start.t !== null && BAD_TOKEN_ERRORS.has(sesErrorName(error) ?? '')) throw badArgument('after', STALE_CURSOR);
      throw error;
    }
    page.items.forEach((node, index) => {
      if (index >= skip) collected.push({ node, cursor: { t: token, s: index + 1 } });
    });
    skip = 0;
    if (collected.length > first) {
      hasNextPage = true;
      break;
    }
    if (!page.nextToken) break;
    token = page.nextToken;
    if (collected.length === first) {
      hasNextPage = true;
      // The next item starts a new SES page: point the last cursor at it.
      const last = collected[collected.length - 1];
      if (last) last.cursor = { t: token, s: 0 };
      break;
    }
    pending = token;
  }
  let endCursor: Cursor | null = null;
  if (pending !== null) {
    // Stopped by the round cap with SES's next page unread.
    hasNextPage = true;
    endCursor = { t: pending, s: 0 };
    const last = collected[collected.length - 1];
    if (last) last.cursor = endCursor;
  }
  const edges = collected.slice(0, first).map(({ node, cursor }) => new Edge(node, cursor));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? (endCursor ? encodeCursor(endCursor) : null);
      },
    },
  };
}

/** An edge whose cursor is encoded when it is read, once: a page asked only for its nodes encodes none. */
class Edge<T> {
  readonly #cursor: Cursor;
  #encoded: string | undefined;

  constructor(
    readonly node: T,
    cursor: Cursor,
  ) {
    this.#cursor = cursor;
  }

  get cursor(): string {
    this.#encoded ??= encodeCursor(this.#cursor);
    return this.#encoded;
  }
}
