/**
 * Input rules of the VDM domain, as SES (and the emulator) apply them to
 * PutConfigurationSetVdmOptions, BatchGetMetricData and ListRecommendations.
 * Mutation inputs become userErrors; query arguments become one top-level
 * BAD_USER_INPUT error naming the argument, raised before any SES call.
 */
import { badUserInput } from '../errors.js';
import type { RecommendationFilter, SetConfigurationSetVdmOptionsInput, UserError, VdmMetricQueryInput } from '../generated/resolvers.js';
import { InputErrors } from './rules.js';

/** The gateway packs any number of queries into BatchGetMetricData calls of 10, but takes at most this many per request. */
const MAX_METRIC_QUERIES = 100;

/** SES's limit on a metric query's Id. */
const MAX_QUERY_ID_LENGTH = 255;

/** SES's limit on a ListRecommendations filter value. */
const MAX_FILTER_VALUE_LENGTH = 512;

/** The top-level error for query arguments that break a rule, naming the first argument at fault. */
function throwIfInvalid(errors: readonly UserError[]): void {
  const [first] = errors;
  if (!first) return;
  throw badUserInput(errors.map((error) => error.message).join(' '), { argument: first.field?.[0] ?? null, fields: errors.map((error) => error.field) });
}

/** A range SES can answer: `end` not before `start`. */
function range(errors: InputErrors, start: Date, end: Date, path: (string | number)[] = []): void {
  errors.check(start.getTime() <= end.getTime(), [...path, 'end'], `must not be before ${[...path, 'start'].join('.')}.`);
}

/** A metric dimension value: SES rejects an empty one. */
function dimensionValue(errors: InputErrors, value: string | null | undefined, field: (string | number)[]): void {
  if (value !== null && value !== undefined) errors.check(value.length > 0, field, 'must not be empty.');
}

/** The arguments of `ConfigurationSet.metrics` and `EmailIdentity.metrics`. */
export function validateMetricArguments(args: { start: Date; end: Date; isp?: string | null }): void {
  const errors = new InputErrors();
  range(errors, args.start, args.end);
  dimensionValue(errors, args.isp, ['isp']);
  throwIfInvalid(errors.errors);
}

/** The `queries` of `Query.vdmMetrics`: 1 to 100, ids 1 to 255 characters and unique, ranges in order, dimension values not empty. */
export function validateMetricQueries(queries: readonly VdmMetricQueryInput[]): void {
  const errors = new InputErrors();
  errors.check(queries.length >= 1 && queries.length <= MAX_METRIC_QUERIES, ['queries'], `must hold 1 to ${MAX_METRIC_QUERIES} queries.`);
  const seen = new Set<string>();
  queries.forEach((query, index) => {
    const at = ['queries', index];
    if (errors.check(query.id.length >= 1 && query.id.length <= MAX_QUERY_ID_LENGTH, [...at, 'id'], `must be 1 to ${MAX_QUERY_ID_LENGTH} characters.`)) {
      errors.check(!seen.has(query.id), [...at, 'id'], `repeats the id "${query.id}"; ids must be unique in the batch.`);
    }
    seen.add(query.id);
    range(errors, query.start, query.end, at);
    dimensionValue(errors, query.dimensions?.emailIdentity, [...at, 'dimensions', 'emailIdentity']);
    dimensionValue(errors, query.dimensions?.configurationSet, [...at, 'dimensions', 'configurationSet']);
    dimensionValue(errors, query.dimensions?.isp, [...at, 'dimensions', 'isp']);
  });
  throwIfInvalid(errors.errors);
}

/** SES accepts one filter, or `status` together with `impact` or with `type`; a resource ARN is 1 to 512 characters. */
export function validateRecommendationFilter(filter: RecommendationFilter | null | undefined): void {
  if (!filter) return;
  const errors = new InputErrors();
  const given = (['type', 'impact', 'status', 'resourceArn'] as const).filter((key) => filter[key] !== null && filter[key] !== undefined);
  const combination = [...given].sort().join('+');
  errors.check(
    given.length <= 1 || combination === 'impact+status' || combination === 'status+type',
    ['filter'],
    `sets ${given.join(', ')}; SES allows one filter, or status together with impact or with type.`,
  );
  const arn = filter.resourceArn;
  if (arn !== null && arn !== undefined) {
    errors.check(arn.length >= 1 && arn.length <= MAX_FILTER_VALUE_LENGTH, ['filter', 'resourceArn'], `must be 1 to ${MAX_FILTER_VALUE_LENGTH} characters.`);
  }
  throwIfInvalid(errors.errors);
}

/** The input of `setConfigurationSetVdmOptions`; the option values are enums GraphQL already checked. */
export function validateSetConfigurationSetVdmOptions(input: SetConfigurationSetVdmOptionsInput): UserError[] {
  const errors = new InputErrors();
  // The name when given: a name that comes from an id was checked by resolveTarget (mutationTargets.ts).
  if (input.name != null) errors.resourceName(input.name, ['name']);
  return errors.errors;
}
