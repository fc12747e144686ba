/**
 * The shape of one emulated SESv2 operation: its input schema, whether it
 * writes, and the function that runs it against one region's state.
 */
import type { z } from 'zod';
import type { RouteSpec } from './router.js';
import type { RegionState, Timestamp, VerificationStatus } from './state.js';
import type { Scope, StateStore } from './store.js';
import { parseInput } from './validation.js';

export interface EmulatorBehaviour {
  /** The verification status a new identity starts with. @default 'SUCCESS' */
  defaultVerificationStatus: VerificationStatus;
}

export interface OperationContext {
  scope: Scope;
  behaviour: EmulatorBehaviour;
  /** Now, in epoch seconds (the REST-JSON timestamp format). */
  now(): Timestamp;
}

interface OperationDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  kind: 'read' | 'write';
  input: S;
  /** For writes, `state` is a draft that replaces the stored state only if `run` returns. */
  run(input: z.infer<S>, state: RegionState, context: OperationContext): unknown;
  /** How many BatchGetMetricData-style queries a call carries, for the query quota. */
  queryCount?(input: Record<string, unknown>): number;
}

/** A route under /_emulator/ for what real SES decides on its own (verification, metrics, ...). */
export interface AdminRoute {
  method: string;
  path: string;
  /** Returns the JSON response body; throws SesError (as BadRequestException) for bad input. */
  run(request: AdminRequest, store: StateStore): unknown;
}

interface AdminRequest {
  body: Record<string, unknown>;
  labels: Record<string, string>;
  /** The scope named by the `account` and `region` query parameters, else the defaults. */
  scope: Scope;
}

export interface OperationModule {
  routes: RouteSpec[];
  operations: Operation[];
  adminRoutes?: AdminRoute[];
}

/** An operation with its input type hidden: its definition's `run` only ever receives what its own schema parsed. */
export interface Operation extends Pick<OperationDefinition, 'name' | 'kind' | 'queryCount'> {
  /** Parses the raw input (throwing the BadRequestException that names the member) and returns the call, ready to run. */
  prepare(raw: Record<string, unknown>): (state: RegionState, context: OperationContext) => unknown;
}

export function defineOperation<S extends z.ZodType>(definition: OperationDefinition<S>): Operation {
  return {
    name: definition.name,
    kind: definition.kind,
    queryCount: (raw) => definition.queryCount?.(raw) ?? 0,
    prepare(raw) {
      const input = parseInput(definition.input, raw);
      return (state, context) => definition.run(input, state, context);
    },
  };
}

export type ArnResource = 'configuration-set' | 'identity' | 'dedicated-ip-pool';

/** ARNs as SES forms them, e.g. arn:aws:ses:us-east-1:123456789012:configuration-set/my-set. */
export function arnOf({ account, region }: Scope, resource: ArnResource, name: string): string {
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:ses:${region}:${account}:${resource}/${name}`;
}
