/**
 * The audit trail: who changed what, and what came of it. Every field of a
 * mutation operation writes exactly one audit entry, whether it ran or was
 * refused, as a log line (`"audit": true`, the entry under `entry`) and, with
 * AUDIT_LOG_FILE, as a JSON line in that file, written and flushed to disk
 * before the response is sent.
 *
 * What a mutation did is read from its resolver's own result (willResolveField),
 * not from the response: a client that selects no `userErrors` still leaves a
 * true record. Inputs are written with their secrets redacted (redaction.ts).
 *
 * Documents that do not parse or validate, and callers refused authentication,
 * write no entry: no operation was resolved, or no caller is known (both are
 * in the request log). Everything refused after that (FORBIDDEN,
 * QUOTA_BUDGET_EXCEEDED, bad variables) writes one `refused` entry per field.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, valueFromASTUntyped, type DocumentNode, type FieldNode, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode, type SelectionNode, type SelectionSetNode } from 'graphql';
import type { Caller, GatewayContext } from './context.js';
import { toFault } from './errors.js';
import { PROGRESS_EXTENSIONS } from './errorFormatting.js';
import { decodeId } from './ids.js';
import { withTargetNames } from './mutationTargets.js';
import { redactInput, scrubSecrets, secretInputFields } from './redaction.js';
import type { ScopeLog } from './ses/scope.js';

type AuditOutcome =
  | { status: 'ok' }
  | { status: 'userErrors'; userErrors: { code: string; field: string[] | null }[] }
  /** A top-level error; `writeOutcome` is the fault's `extensions.outcome` when SES's answer to a write was lost. */
  | { status: 'fault'; code: string; writeOutcome?: string }
  /** Refused before it ran; `reason` is the refusal's message for FORBIDDEN and QUOTA_BUDGET_EXCEEDED. */
  | { status: 'refused'; code: string; reason?: string }
  /** Not run: an earlier field of the same operation failed with a fault. */
  | { status: 'notRun' };

interface AuditTarget {
  /** ConfigurationSet, EventDestination, EmailIdentity, DedicatedIpPool or Account; null for a node id that is not one of ours. */
  type: string | null;
  region: string | null;
  /** The resource's name (the account id for Account). */
  name: string | null;
  /** EventDestination: the configuration set it belongs to. */
  configurationSet?: string | null;
  /** cloneConfigurationSet: the set copied from. */
  source?: string | null;
}

/** One audit entry: the same object in the log line's `entry` and in a line of AUDIT_LOG_FILE. */
interface AuditEntry {
  /** When the entry was written, after the field ran or was refused (ISO 8601). */
  time: string;
  requestId: string;
  caller: { kind: Caller['kind']; name: string; role: Caller['role'] };
  /** The GraphQL operation's name; null for an anonymous operation. */
  operationName: string | null;
  /** The mutation field. */
  operation: string;
  /** The field's response key, when an alias differs from the field name. */
  alias?: string;
  target: AuditTarget;
  /** The field's arguments with secrets redacted (`input` for every mutation). */
  input: Record<string, unknown>;
  outcome: AuditOutcome;
  /** What a partly done or multi-step mutation applied: appliedGroups/notAppliedGroups, createdConfigurationSet/copiedEventDestinations. */
  applied?: Record<string, unknown>;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const inputOf = (args: Record<string, unknown>): Record<string, unknown> => {
  const input = args.input;
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
};

type TargetRule = (input: Record<string, unknown>, region: string, accountId: string) => AuditTarget;

const named =
  (type: string): TargetRule =>
  (input, region) => ({ type, region, name: str(input.name) });

const eventDestination: TargetRule = (input, region) => ({ type: 'EventDestination', region, name: str(input.name), configurationSet: str(input.configurationSetName) });

const byNodeId: TargetRule = (input) => {
  const decoded = typeof input.id === 'string' ? decodeId(input.id) : null;
  if (!decoded) return { type: null, region: null, name: null };
  if (decoded.type === 'EventDestination') return { type: decoded.type, region: decoded.region, name: decoded.names[1] ?? null, configurationSet: decoded.names[0] ?? null };
  return { type: decoded.type, region: decoded.region, name: decoded.names[0] ?? null };
};

/** What each mutation changes. A test fails when a Mutation field has no rule here. */
export const AUDIT_TARGETS: Record<string, TargetRule> = {
  createConfigurationSet: named('ConfigurationSet'),
  updateConfigurationSet: named('ConfigurationSet'),
  setConfigurationSetSendingEnabled: named('ConfigurationSet'),
  deleteConfigurationSet: named('ConfigurationSet'),
  setConfigurationSetVdmOptions: named('ConfigurationSet'),
  cloneConfigurationSet: (input, region) => ({ type: 'ConfigurationSet', region, name: str(input.name), source: str(input.sourceName) }),
  createEmailIdentity: named('EmailIdentity'),
  deleteEmailIdentity: named('EmailIdentity'),
  setEmailIdentityDefaultConfigurationSet: named('EmailIdentity'),
  createEventDestination: eventDestination,
  updateEventDestination: eventDestination,
  deleteEventDestination: eventDestination,
  tagResource: byNodeId,
  untagResource: byNodeId,
  updateAccountVdmAttributes: (_input, region, accountId) => ({ type: 'Account', region, name: accountId }),
};

function auditTarget(operation: string, args: Record<string, unknown>, defaultRegion: string, accountId: string): AuditTarget {
  // A mutation may name its object by id: the trail names the object the id stands for.
  const input = withTargetNames(operation, inputOf(args));
  const region = str(input.region) ?? defaultRegion;
  const rule = AUDIT_TARGETS[operation];
  return rule ? rule(input, region, accountId) : { type: null, region, name: str(input.name) };
}

interface RootField {
  key: string;
  name: string;
  node: FieldNode;
}

function included(node: SelectionNode, variables: Record<string, unknown>): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((arg) => arg.name.value === 'if')?.value;
    const value = condition === undefined ? false : valueFromASTUntyped(condition, variables);
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value !== true) return false;
  }
  return true;
}

/** The operation's root fields, through fragments and @skip/@include, once per response key (graphql-js merges repeats). */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): RootField[] {
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
  const fields = new Map<string, RootField>();
  const visit = (selectionSet: SelectionSetNode, depth: number) => {
    if (depth > 10) return;
    for (const selection of selectionSet.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!fields.has(key) && !selection.name.value.startsWith('__')) fields.set(key, { key, name: selection.name.value, node: selection });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, depth + 1);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, depth + 1);
      }
    }
  };
  visit(operation.selectionSet, 0);
  return [...fields.values()];
}

/** A field's arguments from the document, for a field that never ran (so graphql-js never coerced them). */
function documentArgs(node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries((node.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]));
}

interface Resolved {
  args: Record<string, unknown>;
  error?: unknown;
  result?: unknown;
}

/** Refusal messages written for people, with nothing of the input in them. */
const REASONED_REFUSALS = new Set(['FORBIDDEN', 'QUOTA_BUDGET_EXCEEDED']);

function codeOf(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return typeof code === 'string' ? code : String(toFault(error).extensions.code);
}

function progressOf(extensions: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const progress = Object.fromEntries(PROGRESS_EXTENSIONS.flatMap((key) => (extensions?.[key] === undefined ? [] : [[key, extensions[key]]])));
  return Object.keys(progress).length > 0 ? progress : undefined;
}

function outcomeOf(field: RootField, resolved: Resolved | undefined, errors: readonly GraphQLFormattedError[]): { outcome: AuditOutcome; applied?: Record<string, unknown> } {
  if (!resolved) {
    const refusal = errors.find((error) => !error.path || error.path.length === 0);
    if (!refusal) return { outcome: { status: 'notRun' } };
    const code = String(refusal.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    return { outcome: { status: 'refused', code, ...(REASONED_REFUSALS.has(code) && { reason: refusal.message }) } };
  }
  if (resolved.error !== undefined) {
    const formatted = errors.find((error) => error.path?.length === 1 && error.path[0] === field.key);
    const raw = (resolved.error as { extensions?: Record<string, unknown> }).extensions;
    const extensions = formatted?.extensions ?? raw;
    const writeOutcome = extensions?.outcome;
    const applied = progressOf(extensions);
    return {
      outcome: { status: 'fault', code: formatted ? String(formatted.extensions?.code) : codeOf(resolved.error), ...(typeof writeOutcome === 'string' && { writeOutcome }) },
      ...(applied && { applied }),
    };
  }
  const payload = (resolved.result ?? {}) as Record<string, unknown>;
  const userErrors = Array.isArray(payload.userErrors) ? (payload.userErrors as { code?: unknown; field?: unknown }[]) : [];
  const applied: Record<string, unknown> = {};
  if (Array.isArray(payload.appliedGroups)) applied.appliedGroups = payload.appliedGroups;
  if (Array.isArray(payload.notAppliedGroups)) applied.notAppliedGroups = payload.notAppliedGroups;
  // A clone that failed while copying event destinations left the new set in place.
  if (field.name === 'cloneConfigurationSet' && userErrors.length > 0 && payload.configurationSet) applied.createdConfigurationSet = str(inputOf(resolved.args).name);
  const outcome: AuditOutcome =
    userErrors.length === 0
      ? { status: 'ok' }
      : { status: 'userErrors', userErrors: userErrors.map((error) => ({ code: String(error.code), field: Array.isArray(error.field) ? error.field.map(String) : null })) };
  return { outcome, ...(Object.keys(applied).length > 0 && { applied }) };
}

function formattedErrors(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>): readonly GraphQLFormattedError[] {
  const { body } = requestContext.response;
  return (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
}

/**
 * AUDIT_LOG_FILE: one JSON line per entry, appended through one file handle.
 * A request's append resolves once its lines are written and flushed to disk
 * (datasync). Appends that arrive while a flush runs are written together in
 * the next one (group commit), so a burst costs one flush, not one each.
 */
export class AuditFile {
  private pending: { text: string; resolve: () => void; reject: (error: unknown) => void }[] = [];

  private flushing: Promise<void> | undefined;

  /** Writes that failed since start (each was logged at error level). */
  failures = 0;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /** Opens (creating, mode 0640) the file for appending; a path that cannot be written stops start-up. */
  static async open(path: string): Promise<AuditFile> {
    try {
      return new AuditFile(path, await open(path, 'a', 0o640));
    } catch (error) {
      throw new Error(`Invalid configuration:\n  AUDIT_LOG_FILE: cannot open ${path} for appending (${(error as Error).message})`);
    }
  }

  append(entries: readonly AuditEntry[]): Promise<void> {
    const text = entries.map((entry) => `${scrubSecrets(JSON.stringify(entry))}\n`).join('');
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ text, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        await this.handle.appendFile(batch.map((item) => item.text).join(''), 'utf8');
        await this.handle.datasync();
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    this.flushing = undefined;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }
}

interface AuditPluginOptions {
  /** AUDIT_LOG_FILE, when configured. */
  file?: AuditFile;
  /** Where a failed write of the audit file is reported when the request's own log is unknown. */
  log: ScopeLog;
}

/**
 * The Apollo plugin. Put it after the response limit plugin, whose refusal
 * replaces the response's errors before this reads them.
 *
 * When AUDIT_LOG_FILE cannot be written, the response is still sent: the
 * mutation has already happened in SES, and failing the request would tell
 * the client it had not (and invite a duplicate write). The failure is logged
 * at error level with the entries (so the log keeps them) and counted in
 * `AuditFile.failures`.
 */
export function auditPlugin({ file, log: processLog }: AuditPluginOptions): ApolloServerPlugin<GatewayContext> {
  let secrets = new Set<string>();
  let mutationFields: ReturnType<NonNullable<ReturnType<GraphQLSchema['getMutationType']>>['getFields']> = {};
  return {
    async serverWillStart({ schema }) {
      secrets = secretInputFields(schema);
      mutationFields = schema.getMutationType()?.getFields() ?? {};
    },
    async requestDidStart() {
      const resolved = new Map<string, Resolved>();
      return {
        async executionDidStart({ operation }) {
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info, args }) {
              if (info.path.prev !== undefined) return;
              const key = String(info.path.key);
              const entry: Resolved = { args };
              resolved.set(key, entry);
              return (error, result) => {
                if (error) entry.error = error;
                else entry.result = result;
              };
            },
          };
        },
        async willSendResponse(requestContext) {
          const { operation, document, contextValue, request } = requestContext;
          if (operation?.operation !== 'mutation' || !document) return;
          const variables = request.variables ?? {};
          const errors = formattedErrors(requestContext);
          const log = contextValue.log ?? processLog;
          const { kind, name, role } = contextValue.caller;
          const entries = rootFields(document, operation, variables).map((field): AuditEntry => {
            const ran = resolved.get(field.key);
            const args = ran?.args ?? documentArgs(field.node, variables);
            const definition = mutationFields[field.name];
            const input = Object.fromEntries(
              Object.entries(args).map(([argName, value]) => [argName, redactInput(value, definition?.args.find((arg) => arg.name === argName)?.type, secrets)]),
            );
            return {
              time: new Date().toISOString(),
              requestId: contextValue.log.requestId,
              caller: { kind, name, role },
              operationName: requestContext.operationName ?? null,
              operation: field.name,
              ...(field.key !== field.name && { alias: field.key }),
              target: auditTarget(field.name, args, contextValue.defaultRegion, contextValue.accountId),
              input,
              ...outcomeOf(field, ran, errors),
            };
          });
          for (const entry of entries) log.info({ audit: true, entry }, `audit: ${entry.operation} ${entry.outcome.status}`);
          if (!file || entries.length === 0) return;
          try {
            await file.append(entries);
          } catch (error) {
            file.failures += 1;
            log.error({ err: error, auditLogFile: file.path, entries }, 'could not write the audit file; the entries are in this line');
          }
        },
      };
    },
  };
}
