import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput, faultWith } from '../errors.js';
import { UNKNOWN_REGION_HINT, type KnownRegions } from '../regions.js';
import { scalarDescription } from '../schemaSource.js';

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value * 1000);
  if (typeof value === 'string') return new Date(value);
  return new Date(Number.NaN);
}

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value) || Number.isNaN(date.getTime())) {
    // graphql-js wraps it in its own error for the variable or literal; being a GraphQLError, it gets no "Expected type" prefix there.
    throw badUserInput(`DateTime must be an ISO 8601 date-time such as 2026-11-22T07:00:00Z, got ${JSON.stringify(value)}.`);
  }
  return date;
}

// Apollo's schema builder copies a scalar resolver's description over the SDL's, so it is taken from the SDL: written once.
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: scalarDescription('DateTime'),
  serialize: (value) => {
    const date = toDate(value);
    // A date SES sent that is no date: the gateway's fault, shown as INTERNAL_SERVER_ERROR, with this message in the log only.
    if (Number.isNaN(date.getTime())) throw faultWith(new Error('DateTime cannot represent an invalid date.'));
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** The Region scalar over the regions this gateway serves: an unknown name fails before any resolver runs. */
export function regionScalar(regions: KnownRegions): GraphQLScalarType<string, string> {
  const parseRegion = (value: unknown): string => {
    if (typeof value !== 'string' || !regions.has(value)) {
      throw badUserInput(`Region must be an AWS region this gateway serves, such as us-east-1; got ${JSON.stringify(value)}. ${UNKNOWN_REGION_HINT}`);
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name: 'Region',
    description: scalarDescription('Region'),
    serialize: (value) => String(value),
    parseValue: parseRegion,
    parseLiteral: (ast) => parseRegion(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}
