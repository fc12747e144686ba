/**
 * schema/*.graphql: the one source of the served schema. The server builds
 * its schema from this SDL, and the scalars built in code (resolvers/scalars.ts)
 * take their descriptions from it, so introspection says what schema.graphql says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';

// From src/gateway/ under tsx and from dist/gateway/ when built: both are two levels below the package root.
const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

/** The SDL of schema/*.graphql, the files in name order, as written (no derived descriptions). */
export function readSchemaSdl(): string {
  // Not URL.pathname: that keeps a space in the install path as %20.
  const dir = fileURLToPath(SCHEMA_DIR);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

let scalarDescriptions: Map<string, string> | undefined;

/** The description schema/*.graphql gives the scalar `name`; a scalar it does not describe is a bug, found at start-up. */
export function scalarDescription(name: string): string {
  scalarDescriptions ??= new Map(
    parse(readSchemaSdl()).definitions.flatMap((definition) =>
      definition.kind === Kind.SCALAR_TYPE_DEFINITION && definition.description ? [[definition.name.value, definition.description.value] as const] : [],
    ),
  );
  const description = scalarDescriptions.get(name);
  if (description === undefined) throw new Error(`schema/*.graphql declares no described scalar ${name}`);
  return description;
}
