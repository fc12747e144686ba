/**
 * The soak's short mode as a test: 20 clients for 12 s against one gateway,
 * then 12 s against three replicas sharing a private Redis, with faults
 * injected at a low rate (bench/soakRunner.ts). Every error must be one an
 * injected fault explains, and the emulator must throttle nothing. Memory is
 * reported, not asserted: 12 s is mostly warm-up, so the RSS target is judged
 * by `npm run soak` (10 minutes).
 */
import { describe, expect, it } from 'vitest';
import { formatReport, runSoak, SHORT } from '../../bench/soakRunner.js';

describe('soak (short)', () => {
  it('mixed reads and writes from 20 clients under injected faults: no error that was not injected, nothing throttled', async () => {
    const report = await runSoak({ ...SHORT, phaseSeconds: 12, warmupSeconds: 4, log: () => {} });
    console.log(formatReport(report));
    expect(report.phases.map((p) => p.phase)).toEqual(['one gateway', '3 replicas + redis']);
    for (const phase of report.phases) {
      expect(phase.notInjectedSamples, phase.phase).toEqual([]);
      expect(phase.notInjectedErrors, phase.phase).toBe(0);
      expect(phase.throttled, phase.phase).toBe(0);
      // The clients did real work, not a handful of requests.
      expect(phase.requests, phase.phase).toBeGreaterThan(report.options.clients * 5);
      expect(phase.outcomes.ok ?? 0, phase.phase).toBeGreaterThan(phase.requests * 0.9);
    }
    // Faults were really injected: the run proves errors are classified, not absent.
    const faults = report.phases.reduce((sum, p) => sum + Object.values(p.faultsInjected).reduce((a, b) => a + b, 0), 0);
    expect(faults).toBeGreaterThan(0);
  }, 90_000);
});
