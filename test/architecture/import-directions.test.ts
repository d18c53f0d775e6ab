import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localImportsOf, SRC, tsFiles } from './source-imports.ts';

/** The stage a file belongs to: its top folder under src/, or interfaces/<name> for an interface. */
function stageOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts[0] === 'interfaces' && parts.length > 2 ? `interfaces/${parts[1]}` : (parts[0] ?? '');
}

/** What each stage must not import: the pipeline runs ingest → store → nlu → answer → interfaces. */
const OUTER = ['interfaces', 'interfaces/cli', 'interfaces/telegram', 'bench'];
const FORBIDDEN: Record<string, string[]> = {
  store: ['ingest', 'nlu', 'answer', ...OUTER],
  ingest: ['nlu', 'answer', ...OUTER],
  nlu: ['store', 'ingest', 'answer', ...OUTER],
  answer: ['store', 'ingest', ...OUTER],
  'interfaces/cli': ['interfaces/telegram', 'bench'],
  'interfaces/telegram': ['interfaces/cli', 'bench'],
};

// The folder loader still sits in src/store (issue 12, step 1 moves it to src/ingest/load). Listed by
// name so that no new file may add such an import, and an entry that no longer holds must be removed.
const PENDING = new Set([
  'store/ingest-reports.ts',
  'store/merge-agency-names.ts',
  'store/parse-report-bytes.ts',
  'store/report-parser-thread.ts',
  'store/report-scanner.ts',
]);

const edges = tsFiles(SRC).flatMap((file) =>
  localImportsOf(file).map((target) => ({ from: relative(SRC, file), to: relative(SRC, target), fromStage: stageOf(file), toStage: stageOf(target) })),
);

describe('imports follow the pipeline', () => {
  it('reads the import graph of src/', () => {
    expect(edges.some((e) => e.fromStage === 'answer' && e.toStage === 'nlu')).toBe(true);
  });

  it('no stage imports a later one, and the interfaces do not import each other', () => {
    const offenders = edges
      .filter((e) => FORBIDDEN[e.fromStage]?.includes(e.toStage) && !PENDING.has(e.from))
      .map((e) => `${e.from} → ${e.to}`);
    expect(offenders).toEqual([]);
  });

  it('every pending exception still imports against the direction (else remove it from the list)', () => {
    const stale = [...PENDING].filter((from) => !edges.some((e) => e.from === from && FORBIDDEN[e.fromStage]?.includes(e.toStage)));
    expect(stale).toEqual([]);
  });
});
