import { createHash } from 'node:crypto';
import type { Db } from '../../src/store/open-store.ts';

/** sha256 over every facts row (all columns, with its report's file), in a stable order. */
export function factsHash(db: Db, files?: string[]): string {
  const rows = db.prepare('SELECT r.file, f.* FROM facts f JOIN reports r ON r.id = f.report_id ORDER BY r.file, f.id').all() as { file: string }[];
  const kept = files ? rows.filter((r) => files.includes(r.file)) : rows;
  return createHash('sha256').update(JSON.stringify(kept)).digest('hex');
}

/** Facts per agency and year, e.g. {"张店区科学技术局 2018": 7}. */
export function factsPerReport(db: Db): Record<string, number> {
  const rows = db.prepare('SELECT r.agency || \' \' || r.year AS k, count(f.id) AS n FROM reports r LEFT JOIN facts f ON f.report_id = r.id GROUP BY r.id ORDER BY k').all() as { k: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}
