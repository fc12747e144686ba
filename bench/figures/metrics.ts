/**
 * Figure 3, metric batching: a panel of K sets with one VDM metric field
 * each. SES answers up to 10 queries per BatchGetMetricData call, so K fields
 * need ceil(K/10) calls; the gateway's loader should make no more.
 */
import type { Emulator } from '../lib/emulator.js';
import { assertClean, metricsPanel, post } from '../lib/queries.js';
import { millis, round, type FigureResult } from '../lib/report.js';

export interface MetricsSettings {
  emulator: Emulator;
  gatewayGraphql: string;
  /** A region with at least max(ks) configuration sets. */
  region: string;
  ks: number[];
}

export async function metricsFigure({ emulator, gatewayGraphql, region, ks }: MetricsSettings): Promise<FigureResult> {
  const figure = '3. metric fields in one query';
  const rows: FigureResult['rows'] = [];
  const runs: Record<string, unknown>[] = [];
  for (const [index, k] of ks.entries()) {
    await emulator.quotas(true);
    await emulator.resetStats();
    const answer = await post(gatewayGraphql, metricsPanel(region, k, 1 + 2 * index));
    assertClean(answer, `${k} metric fields`);
    const fields = (answer.json.data as { configurationSets: { nodes: unknown[] } }).configurationSets.nodes.length;
    if (fields !== k) throw new Error(`the metrics panel needs ${k} configuration sets in ${region}, found ${fields}`);
    const stats = await emulator.stats();
    const calls = stats.BatchGetMetricData?.calls ?? 0;
    const throttled = Object.values(stats).reduce((n, s) => n + s.throttled, 0);
    const minimum = Math.ceil(k / 10);
    rows.push({ figure, measure: `K=${k}: BatchGetMetricData calls / ceil(K/10)`, result: `${calls} / ${minimum} (${throttled} throttled, ${millis(answer.ms)})`, target: `= ${minimum}, 0 throttled`, ok: calls === minimum && throttled === 0 });
    runs.push({ k, batchGetMetricDataCalls: calls, minimum, target: `= ${minimum}`, throttled, ms: round(answer.ms) });
  }
  return { rows, json: { runs } };
}
