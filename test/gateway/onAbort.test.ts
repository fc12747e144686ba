import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { onAbort } from '../../src/gateway/ses/fairQueue.js';

/**
 * Node keeps a composite signal (AbortSignal.any) alive while it has 'abort'
 * listeners, and everything they reach with it: a listener left behind after
 * its call settled kept whole request contexts in memory (about 14 kB per
 * uncached request in the soak).
 */
describe(onAbort.name, () => {
  it('removes its listener from the signal when the last watcher leaves', () => {
    const signal = AbortSignal.any([new AbortController().signal]);
    const unwatchA = onAbort(signal, () => {});
    const unwatchB = onAbort(signal, () => {});
    expect(getEventListeners(signal, 'abort')).toHaveLength(1);
    unwatchA();
    expect(getEventListeners(signal, 'abort')).toHaveLength(1);
    unwatchB();
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('tells every watcher still there when the signal aborts, and none that left', () => {
    const controller = new AbortController();
    const told: string[] = [];
    const unwatchA = onAbort(controller.signal, () => told.push('a'));
    onAbort(controller.signal, () => told.push('b'));
    unwatchA();
    controller.abort();
    expect(told).toEqual(['b']);
  });

  it('watches a signal again after all its watchers left', () => {
    const controller = new AbortController();
    onAbort(controller.signal, () => {})();
    const told: string[] = [];
    onAbort(controller.signal, () => told.push('again'));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    expect(told).toEqual(['again']);
  });
});
