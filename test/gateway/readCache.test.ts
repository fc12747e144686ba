import { describe, expect, it } from 'vitest';
import { MemoryReadCache, type ReadKey } from '../../src/gateway/ses/cache.js';
import { FairQueue } from '../../src/gateway/ses/fairQueue.js';

/** A load that stays in flight until the test settles it, and tells whether it was given up. */
function pendingLoad() {
  const state = { loads: 0, signal: undefined as AbortSignal | undefined, answer: (_value: string) => {} };
  const load = (signal?: AbortSignal) => {
    state.loads += 1;
    state.signal = signal;
    return new Promise<string>((resolve, reject) => {
      state.answer = resolve;
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
    });
  };
  return { state, load };
}

const k: ReadKey = { region: 'us-east-1', operation: 'GetConfigurationSet', subject: 'k', input: '{"ConfigurationSetName":"k"}' };

describe(MemoryReadCache.name, () => {
  it('shares one load between requesters and gives it up only when all of them gave up', async () => {
    const cache = new MemoryReadCache({ ttlMs: 60_000, maxEntries: 10 });
    const { state, load } = pendingLoad();
    const [first, second] = [new AbortController(), new AbortController()];
    const a = cache.get(k, load, { signal: first.signal }).catch((error: Error) => error.name);
    const b = cache.get(k, load, { signal: second.signal });
    expect(state.loads).toBe(1);
    first.abort();
    // The first requester is answered at once with its give-up; the load goes on for the second.
    expect(await a).toBe('CallAbandonedError');
    expect(state.signal?.aborted).toBe(false);
    state.answer('answer');
    expect(await b).toBe('answer');
  });

  it('drops a load every requester gave up, so the next requester loads afresh', async () => {
    const cache = new MemoryReadCache({ ttlMs: 60_000, maxEntries: 10 });
    const { state, load } = pendingLoad();
    const gaveUp = new AbortController();
    const abandoned = cache.get(k, load, { signal: gaveUp.signal }).catch((error: Error) => error.name);
    gaveUp.abort();
    expect(await abandoned).toBe('CallAbandonedError');
    expect(state.signal?.aborted).toBe(true);
    const again = cache.get(k, load);
    expect(state.loads).toBe(2);
    state.answer('fresh');
    expect(await again).toBe('fresh');
  });

  it('never gives up a load a requester without a signal waits on', async () => {
    const cache = new MemoryReadCache({ ttlMs: 60_000, maxEntries: 10 });
    const { state, load } = pendingLoad();
    const gaveUp = new AbortController();
    void cache.get(k, load, { signal: gaveUp.signal }).catch(() => undefined);
    const system = cache.get(k, load);
    gaveUp.abort();
    expect(state.signal?.aborted).toBe(false);
    state.answer('kept');
    expect(await system).toBe('kept');
  });
});

describe(`${MemoryReadCache.name}: invalidation`, () => {
  it('keeps an answer until its subject is invalidated, and drops only that subject, or the whole operation', async () => {
    const cache = new MemoryReadCache({ ttlMs: 60_000, maxEntries: 10 });
    const other: ReadKey = { ...k, subject: 'other', input: '{"ConfigurationSetName":"other"}' };
    let loads = 0;
    const load = () => Promise.resolve(`answer-${(loads += 1)}`);
    expect(await cache.get(k, load)).toBe('answer-1');
    expect(await cache.get(other, load)).toBe('answer-2');
    expect(await cache.get(k, load)).toBe('answer-1');
    await cache.invalidate(k.region, k.operation, 'k');
    expect(await cache.get(other, load)).toBe('answer-2');
    expect(await cache.get(k, load)).toBe('answer-3');
    expect(await cache.get(k, load)).toBe('answer-3');
    await cache.invalidate(k.region, k.operation);
    expect(await cache.get(other, load)).toBe('answer-4');
  });
});

describe(FairQueue.name, () => {
  it('forgets callers whose calls were all released: nothing is kept per caller once its queue empties', async () => {
    const tickets: (() => Promise<void>)[] = [];
    const queue = new FairQueue({ gate: (ticket) => (tickets.push(ticket), Promise.resolve()), queueTimeoutMs: 60_000, gateFailure: (error) => error as Error });
    const controllers = Array.from({ length: 50 }, () => new AbortController());
    const calls = controllers.flatMap((controller, i) =>
      Array.from({ length: 4 }, () => queue.submit(`caller-${i}`, async () => 'ran', controller.signal).catch((error: Error) => error.name)),
    );
    expect([queue.size, queue.activeCallers, tickets.length]).toEqual([200, 50, 1]);
    for (const controller of controllers) controller.abort();
    expect([queue.size, queue.activeCallers]).toEqual([0, 0]);
    // The ticket that was waiting finds no one left and runs nothing.
    await tickets[0]?.();
    expect(new Set(await Promise.all(calls))).toEqual(new Set(['CallAbandonedError']));
  });
});
