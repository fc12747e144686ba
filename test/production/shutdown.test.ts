import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/gateway/config.js';
import { FORCED_EXIT_CODE, REPEAT_WINDOW_MS, stopOnSignals } from '../../src/shutdown.js';

interface Harness {
  signals: EventEmitter;
  exits: number[];
  lines: { level: string; message: string }[];
  finishClose(): void;
  failClose(error: Error): void;
  closeCalls(): number;
  dispose(): void;
}

function install(timeoutMs = 1000): Harness {
  const signals = new EventEmitter();
  const exits: number[] = [];
  const lines: { level: string; message: string }[] = [];
  const record = (level: string) => (_fields: object, message: string) => lines.push({ level, message });
  let settle: { resolve(): void; reject(error: Error): void } | undefined;
  let closeCalls = 0;
  const dispose = stopOnSignals({
    timeoutMs,
    log: { info: record('info'), warn: record('warn'), error: record('error') },
    exit: (code) => exits.push(code),
    signals: signals as unknown as Pick<NodeJS.Process, 'on' | 'off'>,
    close: () => {
      closeCalls += 1;
      return new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    },
  });
  return {
    signals,
    exits,
    lines,
    finishClose: () => settle?.resolve(),
    failClose: (error) => settle?.reject(error),
    closeCalls: () => closeCalls,
    dispose,
  };
}

describe(stopOnSignals.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('exits 0 once closing has finished, and not before', async () => {
    const h = install();
    h.signals.emit('SIGTERM');
    await vi.advanceTimersByTimeAsync(900);
    expect(h.exits).toEqual([]);
    h.finishClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.exits).toEqual([0]);
    expect(h.lines.map((line) => line.message)).toEqual([expect.stringContaining('SIGTERM received'), 'stopped cleanly']);
  });

  it('handles SIGINT the same way', async () => {
    const h = install();
    h.signals.emit('SIGINT');
    h.finishClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.closeCalls()).toBe(1);
    expect(h.exits).toEqual([0]);
  });

  it('exits 1 when closing outlasts the timeout, and only once', async () => {
    const h = install(1000);
    h.signals.emit('SIGTERM');
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.exits).toEqual([FORCED_EXIT_CODE]);
    expect(h.lines.at(-1)).toMatchObject({ level: 'error', message: expect.stringContaining('SHUTDOWN_TIMEOUT_MS') });
    h.finishClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.exits).toEqual([FORCED_EXIT_CODE]);
  });

  it('exits 1 when closing fails', async () => {
    const h = install();
    h.signals.emit('SIGTERM');
    h.failClose(new Error('redis gone'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.exits).toEqual([FORCED_EXIT_CODE]);
  });

  it('takes a repeat within the window for the same request (Ctrl-C reaches `npm start` and its server both)', async () => {
    const h = install();
    h.signals.emit('SIGINT');
    await vi.advanceTimersByTimeAsync(REPEAT_WINDOW_MS - 100);
    h.signals.emit('SIGINT');
    expect(h.exits).toEqual([]);
    expect(h.closeCalls()).toBe(1);
    h.finishClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.exits).toEqual([0]);
  });

  it('exits 1 at once on a second signal after the window, without waiting for requests in flight', async () => {
    const h = install(60_000);
    h.signals.emit('SIGTERM');
    await vi.advanceTimersByTimeAsync(REPEAT_WINDOW_MS + 100);
    h.signals.emit('SIGINT');
    expect(h.exits).toEqual([FORCED_EXIT_CODE]);
    expect(h.closeCalls()).toBe(1);
  });

  it('stops listening once disposed', () => {
    const h = install();
    h.dispose();
    expect(h.signals.listenerCount('SIGTERM') + h.signals.listenerCount('SIGINT')).toBe(0);
  });
});

describe('SHUTDOWN_TIMEOUT_MS', () => {
  it('defaults to 8000 ms, under docker stop\'s 10 s grace', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(8000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '30000' }).shutdownTimeoutMs).toBe(30_000);
  });

  it.each([
    ['2.5', 'SHUTDOWN_TIMEOUT_MS: must be whole milliseconds'],
    ['-1', 'SHUTDOWN_TIMEOUT_MS: must not be negative'],
    ['3600001', 'SHUTDOWN_TIMEOUT_MS: must be at most 3600000'],
    ['soon', 'SHUTDOWN_TIMEOUT_MS:'],
  ])('refuses %s, naming the variable and the rule', (value, message) => {
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: value })).toThrow(message);
  });
});
