import { openStore } from '../store/open-store.ts';
import type { GoldFact, Inconsistency, Layout } from './corpus-types.ts';
import { readLines } from './read-lines.ts';
import { ExtractionScore, type ScoredFact } from './score-extraction.ts';

export interface ConsistencyScore {
  /** Reports broken on purpose that the checker flagged with the expected code. */
  flagged: number;
  inconsistent: number;
  /** Reports not broken on purpose that carry a sum-check problem anyway. */
  falseFlags: number;
  falseFlagExamples: string[];
}

export interface StoreScore {
  extraction: ExtractionScore;
  consistency: ConsistencyScore;
  /** Reports stored under another agency or year than they state, by agency. */
  misread: Map<string, number>;
}

/** Gold lines of one report at a time (the corpus writes them grouped by file). */
function* goldByFile(path: string): Generator<GoldFact[]> {
  let group: GoldFact[] = [];
  for (const line of readLines(path)) {
    if (!line) continue;
    const g = JSON.parse(line) as GoldFact;
    if (group.length > 0 && group[0]?.file !== g.file) {
      yield group;
      group = [];
    }
    group.push(g);
  }
  if (group.length > 0) yield group;
}

const SUM_CODES = ['table_sum', 'outcome_sum', 'breakdown_sum'];

/** Compare what the store holds with the gold, report by report, reading the store once per report. */
export function scoreStore(store: string, goldPath: string, layouts: Map<string, Layout>, inconsistent: Inconsistency[]): StoreScore {
  const db = openStore(store, { readonly: true });
  const reportOf = db.prepare('SELECT id, agency, year FROM reports WHERE file = ?');
  const factsOf = db.prepare('SELECT metric, dims, value FROM facts WHERE report_id = ?');
  const extraction = new ExtractionScore();
  const misread = new Map<string, number>();
  for (const gold of goldByFile(goldPath)) {
    const first = gold[0];
    if (!first) continue;
    const row = reportOf.get(first.file) as { id: number; agency: string; year: number } | undefined;
    const facts: ScoredFact[] = row
      ? (factsOf.all(row.id) as { metric: string; dims: string; value: number }[]).map((f) => ({ ...f, dims: JSON.parse(f.dims) as Record<string, string>, agency: row.agency, year: row.year }))
      : [];
    if (!row || row.agency !== first.agency || row.year !== first.year) misread.set(first.agency, (misread.get(first.agency) ?? 0) + 1);
    extraction.add(gold, facts, layouts.get(first.file) ?? 'prose', row ? { agency: row.agency, year: row.year } : null);
  }
  const flaggedFiles = new Map<string, Set<string>>();
  for (const p of db.prepare(`SELECT file, code FROM problems WHERE code IN (${SUM_CODES.map(() => '?').join(',')})`).all(...SUM_CODES) as { file: string; code: string }[]) {
    flaggedFiles.set(p.file, (flaggedFiles.get(p.file) ?? new Set()).add(p.code));
  }
  db.close();
  const broken = new Set(inconsistent.map((i) => i.file));
  const falseFlagged = [...flaggedFiles.keys()].filter((f) => !broken.has(f));
  return {
    extraction,
    misread,
    consistency: {
      inconsistent: inconsistent.length,
      flagged: inconsistent.filter((i) => flaggedFiles.get(i.file)?.has(i.code)).length,
      falseFlags: falseFlagged.length,
      falseFlagExamples: falseFlagged.slice(0, 5).map((f) => `${f} (${[...(flaggedFiles.get(f) ?? [])].join(', ')})`),
    },
  };
}
