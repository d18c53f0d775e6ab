import type { Db } from '../../src/store/open-store.ts';

interface Row {
  file: string;
  metric: string;
  dims: string;
  value: number;
  unit: string;
  scope: string;
}

const keyOf = (f: { metric: string; dims: unknown; value: number; unit: string; scope: string }) =>
  `${f.metric}|${typeof f.dims === 'string' ? f.dims : JSON.stringify(f.dims)}|${f.value}|${f.unit}|${f.scope}`;

/** A report's facts as one string, independent of ids and of the agency's name. */
export function signatureOf(facts: { metric: string; dims: unknown; value: number; unit: string; scope: string }[]): string {
  return facts.map(keyOf).sort().join('\n');
}

/** file → signature of its stored facts, for every report in the store. */
export function storedSignatures(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT r.file, f.metric, f.dims, f.value, f.unit, f.scope FROM reports r LEFT JOIN facts f ON f.report_id = r.id').all() as Row[];
  const by = new Map<string, Row[]>();
  for (const r of rows) by.set(r.file, [...(by.get(r.file) ?? []), ...(r.metric ? [r] : [])]);
  return new Map([...by].map(([file, facts]) => [file, signatureOf(facts)]));
}
