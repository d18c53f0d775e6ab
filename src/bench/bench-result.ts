/** The JSON line `npm run bench -- --json` ends with: exactly these keys, in this order. */
export interface BenchResult {
  reports: number;
  facts: number;
  ingest_s: number;
  ingest_reports_per_s: number;
  ingest_peak_rss_mb: number;
  store_mb: number;
  extraction_recall: number;
  extraction_precision: number;
  answer_p50_ms: number | null;
  answer_p99_ms: number | null;
  answer_rss_mb: number | null;
  cold_start_ms: number | null;
  bot_updates_per_s: number | null;
}

export const RESULT_KEYS: (keyof BenchResult)[] = [
  'reports', 'facts', 'ingest_s', 'ingest_reports_per_s', 'ingest_peak_rss_mb', 'store_mb', 'extraction_recall',
  'extraction_precision', 'answer_p50_ms', 'answer_p99_ms', 'answer_rss_mb', 'cold_start_ms', 'bot_updates_per_s',
];

const round = (x: number | null, digits: number): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** Rounded for printing and for the JSON line, keys in the documented order. */
export function roundResult(r: BenchResult): BenchResult {
  const digits: Partial<Record<keyof BenchResult, number>> = { extraction_recall: 4, extraction_precision: 4 };
  return Object.fromEntries(RESULT_KEYS.map((k) => [k, round(r[k], digits[k] ?? 1)])) as unknown as BenchResult;
}
