/**
 * What must never be written to a log or the audit trail, in three nets:
 *
 * 1. By schema: input fields that carry secrets, found in the schema's input
 *    types by name and by an explicit list (for a secret whose name does not
 *    give it away). Mutation inputs are redacted along their types.
 * 2. By name: any object key that looks like a secret, wherever it appears
 *    (inputs the schema does not type, headers, error details).
 * 3. By shape: what every written log line is finally scrubbed of, whatever
 *    key it hides under: PEM private keys, base64 DER keys (BYODKIM), JWTs,
 *    the gateway's API keys and bearer credentials.
 */
import type { GraphQLSchema } from 'graphql';
import { isInputObjectKind } from './schemaKinds.js';

const REDACTED = '[redacted]';

/** Secret input fields whose names would not match SECRET_NAME, as `Type.field`. */
export const EXPLICIT_SECRET_INPUT_FIELDS: readonly string[] = ['DkimSigningAttributesInput.domainSigningPrivateKey'];

/**
 * Names of secrets. A bare `key` is not one: tags have keys (`TagInput.key`,
 * `UntagResourceInput.keys`), and an audit line must say which tags changed.
 */
const SECRET_NAME = /secret|token|password|passphrase|private_?key|api_?key|access_?key|signing_?key|credential|authorization|cookie/i;

function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name.replace(/-/g, '_'));
}

/** Shapes of secrets in text, each with what replaces it. */
const SECRET_SHAPES: readonly [RegExp, string][] = [
  // PEM blocks (in a JSON line their newlines are written as \n).
  [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g, REDACTED],
  // Base64 DER private keys, as BYODKIM sends them: an ASN.1 SEQUENCE with a two-byte length encodes as MII...
  [/MII[A-Za-z0-9+/]{100,}={0,2}/g, REDACTED],
  // JWTs: base64url JSON header and payload ({" encodes as eyJ).
  [/eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // The gateway's API keys (npm run apikey).
  [/sesgw_[A-Za-z0-9_-]{16,}/g, REDACTED],
  [/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`],
];

/** `text` with every secret-shaped run replaced. Cheap on text that has none. */
export function scrubSecrets(text: string): string {
  let scrubbed = text;
  for (const [shape, replacement] of SECRET_SHAPES) {
    shape.lastIndex = 0;
    if (shape.test(scrubbed)) scrubbed = scrubbed.replace(shape, replacement);
  }
  return scrubbed;
}

/**
 * The schema's secret input fields, as `Type.field`: every input field whose
 * name looks secret, plus the explicit list. By tag, not instanceof: Apollo
 * may hold a schema built by another copy of graphql.
 */
export function secretInputFields(schema: GraphQLSchema): Set<string> {
  const found = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectKind(type)) continue;
    for (const name of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${name}`;
      if (looksSecret(name) || EXPLICIT_SECRET_INPUT_FIELDS.includes(coordinate)) found.add(coordinate);
    }
  }
  return found;
}

interface TypeLike {
  name?: string;
  ofType?: TypeLike;
}

function namedType(type: TypeLike | undefined): TypeLike | undefined {
  let named = type;
  for (let depth = 0; depth < 10 && named?.ofType; depth += 1) named = named.ofType;
  return named;
}

function inputFields(type: TypeLike | undefined): Record<string, { type: TypeLike }> | undefined {
  return isInputObjectKind(type) ? type.getFields() : undefined;
}

/**
 * A copy of an input value with its secrets replaced by REDACTED: along the
 * value's GraphQL type where it is known (`secretFields` from
 * secretInputFields), by key name everywhere, and by shape in strings.
 */
export function redactInput(value: unknown, type: TypeLike | undefined, secretFields: ReadonlySet<string>, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (typeof value === 'string') return scrubSecrets(value) === value ? value : REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactInput(item, type, secretFields, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const named = namedType(type);
  const fields = inputFields(named);
  const redacted: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const secret = looksSecret(key) || (named?.name !== undefined && secretFields.has(`${named.name}.${key}`));
    redacted[key] = secret ? REDACTED : redactInput(item, fields?.[key]?.type, secretFields, depth + 1);
  }
  return redacted;
}
