/**
 * What a figure hands back: rows for the printed table (a Markdown table, so
 * a run can be pasted into the README as is) and everything it measured for
 * bench/results/latest.json.
 */

export interface Row {
  figure: string;
  measure: string;
  result: string;
  target: string;
  /** Whether the target was met; undefined for rows that only inform (e.g. the naive floor). */
  ok?: boolean;
}

export interface FigureResult {
  rows: Row[];
  json: Record<string, unknown>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms: number) => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
export const times = (ratio: number) => `${ratio.toFixed(2)}x`;
export const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Calls by operation, as "3 GetConfigurationSet, 1 ListConfigurationSets". */
export function callList(calls: Record<string, number>): string {
  const entries = Object.entries(calls).filter(([, n]) => n > 0);
  return entries.length === 0 ? 'none' : entries.map(([op, n]) => `${n} ${op}`).join(', ');
}

export function table(rows: Row[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : '**no**');
  return [
    '| figure | measure | result | target | met |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${cell(row.figure)} | ${cell(row.measure)} | ${cell(row.result)} | ${cell(row.target)} | ${mark(row.ok)} |`),
  ].join('\n');
}
