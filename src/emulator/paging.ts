/**
 * SES's paging: the PageSize and NextToken inputs, opaque tokens, and one
 * page of a name-sorted list.
 */
import { z } from 'zod';
import { badRequest } from './errors.js';

export const pageSize = (min: number, max: number) =>
  z
    .number({ error: 'PageSize must be a number.' })
    .int('PageSize must be an integer.')
    .min(min, `PageSize must be at least ${min}.`)
    .max(max, `PageSize must be at most ${max}.`);

export const nextToken = z.string({ error: 'NextToken must be a string.' });

/** Opaque paging tokens: base64url of the last key returned. */
function encodeToken(lastKey: string): string {
  return Buffer.from(lastKey, 'utf8').toString('base64url');
}

function decodeToken(token: string | undefined): string | undefined {
  if (token === undefined || token === '') return undefined;
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  if (encodeToken(decoded) !== token) throw badRequest('NextToken is not valid.');
  return decoded;
}

/** Pages a name-sorted list: returns the items after `NextToken` and the token for the page after them. */
export function page<T>(items: T[], keyOf: (item: T) => string, pageSizeValue: number, token: string | undefined) {
  const after = decodeToken(token);
  const sorted = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const start = after === undefined ? 0 : sorted.findIndex((item) => keyOf(item) > after);
  const rest = start < 0 ? [] : sorted.slice(start);
  const items_ = rest.slice(0, pageSizeValue);
  const more = rest.length > pageSizeValue;
  const last = items_.at(-1);
  return { items: items_, nextToken: more && last !== undefined ? encodeToken(keyOf(last)) : undefined };
}
