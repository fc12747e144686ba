import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { GraphQLError, locatedError, type GraphQLFormattedError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { errorFormatter } from '../../src/gateway/errorFormatting.js';

/** Fastify's own logger (pino) writing into an array: the log lines exactly as the gateway writes them. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream } });
  return { app, lines };
}

let close: (() => Promise<unknown>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** What Apollo hands formatError for an error a resolver threw at `path`. */
function thrownAt(error: Error, path: (string | number)[]): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const located = locatedError(error, undefined, path);
  const extensions = { ...located.extensions, code: located.extensions.code ?? 'INTERNAL_SERVER_ERROR' };
  return { formatted: { ...located.toJSON(), extensions }, error: located };
}

describe(errorFormatter.name, () => {
  it('shows a bug as INTERNAL_SERVER_ERROR with nothing of it, and logs it with its stack', () => {
    const { app, lines } = capturedLog();
    close = () => app.close();
    const format = errorFormatter({ clientCodes: new Set(['UPSTREAM_UNAVAILABLE']), log: app.log });
    const bug = new TypeError("Cannot read properties of undefined (reading 'Name')");
    const { formatted, error } = thrownAt(bug, ['configurationSet', 'name']);
    expect(format(formatted, error)).toEqual({ message: 'Internal server error.', path: ['configurationSet', 'name'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const line = lines.find((l) => l.msg === 'unexpected error in a resolver');
    expect(line).toMatchObject({ level: 50, err: { type: 'TypeError', message: bug.message } });
    expect(String((line?.err as { stack?: unknown }).stack)).toContain('errorFormatting.test.ts');
  });

  it('keeps the progress of a half-done mutation, even on INTERNAL_SERVER_ERROR', () => {
    const { app } = capturedLog();
    close = () => app.close();
    const format = errorFormatter({ clientCodes: new Set(), log: app.log });
    const progress = { appliedGroups: ['DELIVERY'], notAppliedGroups: ['REPUTATION'] };
    const error = new GraphQLError('Internal server error.', { path: ['updateConfigurationSet'], originalError: new RangeError('bug'), extensions: { code: 'INTERNAL_SERVER_ERROR', ...progress } });
    expect(format({ ...error.toJSON(), extensions: { ...error.extensions } }, error)).toEqual({
      message: 'Internal server error.',
      path: ['updateConfigurationSet'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...progress },
    });
  });

  it('names an SES exception no resolver mapped with its UPSTREAM_* code, without SES\'s text', () => {
    const { app, lines } = capturedLog();
    close = () => app.close();
    const format = errorFormatter({ clientCodes: new Set(), log: app.log });
    const ses = Object.assign(new Error('secret text from SES'), { name: 'BadRequestException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    const { formatted, error } = thrownAt(ses, ['vdmMetrics']);
    const result = format(formatted, error);
    expect(result).toMatchObject({ path: ['vdmMetrics'], extensions: { code: 'UPSTREAM_ERROR' } });
    expect(JSON.stringify(result)).not.toContain('secret text');
    expect(lines.find((l) => l.msg === 'SES failure mapped after the resolver')).toMatchObject({ level: 40, code: 'UPSTREAM_ERROR' });
  });

  it('passes errors with a client code unchanged', () => {
    const { app } = capturedLog();
    close = () => app.close();
    const format = errorFormatter({ clientCodes: new Set(['UPSTREAM_UNAVAILABLE']), log: app.log });
    const formatted = { message: 'SES did not answer.', path: ['x'], extensions: { code: 'UPSTREAM_UNAVAILABLE', createdConfigurationSet: 'copy', copiedEventDestinations: [] } };
    expect(format(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });
});
