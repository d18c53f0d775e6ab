import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localImportsOf, SRC, tsFiles } from './source-imports.ts';

/** The stage a file belongs to: its top folder under src/, or interfaces/<name> for an interface. */
function stageOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts[0] === 'interfaces' && parts.length > 2 ? `interfaces/${parts[1]}` : (parts[0] ?? '');
}

/**
 * What each stage must not import: the pipeline runs ingest → store → nlu → answer → interfaces, over
 * the shared types (model) and text utilities (text), which import no stage. The vocabulary (what a
 * metric is called, in reports and in questions) is read by more than one stage and imports none.
 */
const OUTER = ['interfaces', 'interfaces/cli', 'interfaces/telegram', 'bench'];
const STAGES = ['ingest', 'store', 'nlu', 'answer', ...OUTER];
const FORBIDDEN: Record<string, string[]> = {
  model: ['text', 'vocabulary', ...STAGES],
  text: ['vocabulary', ...STAGES],
  vocabulary: STAGES,
  store: ['ingest', 'nlu', 'answer', ...OUTER],
  ingest: ['nlu', 'answer', ...OUTER],
  nlu: ['store', 'ingest', 'answer', ...OUTER],
  answer: ['store', 'ingest', ...OUTER],
  'interfaces/cli': ['interfaces/telegram', 'bench'],
  'interfaces/telegram': ['interfaces/cli', 'bench'],
};

const edges = tsFiles(SRC).flatMap((file) =>
  localImportsOf(file).map((target) => ({ from: relative(SRC, file), to: relative(SRC, target), fromStage: stageOf(file), toStage: stageOf(target) })),
);

/**
 * Question understanding lives in src/nlu behind the lexicon: the answer stage reads a question through
 * these modules only (the reading, its types and the report index), never a matcher or rule file of its own.
 */
const NLU_SURFACE = [
  'lexicon.ts', 'read-question.ts', 'understand-question.ts', 'report-index.ts', 'intent-classifier.ts',
  'dim-value-label.ts', 'span.ts', 'normalise-question.ts', 'agency-aliases.ts', 'slot-understanding.ts', 'question-language.ts',
];

describe('imports follow the pipeline', () => {
  it('reads the import graph of src/', () => {
    expect(edges.some((e) => e.fromStage === 'answer' && e.toStage === 'nlu')).toBe(true);
  });

  it('ingest reads its report labels from the vocabulary', () => {
    expect(edges.some((e) => e.fromStage === 'ingest' && e.toStage === 'vocabulary')).toBe(true);
  });

  it('no stage imports a later one, and the interfaces do not import each other', () => {
    const offenders = edges
      .filter((e) => FORBIDDEN[e.fromStage]?.includes(e.toStage))
      .map((e) => `${e.from} → ${e.to}`);
    expect(offenders).toEqual([]);
  });

  it('the answer stage reads questions through the NLU surface only', () => {
    const offenders = edges
      .filter((e) => e.fromStage === 'answer' && e.toStage === 'nlu' && !NLU_SURFACE.includes(e.to.slice('nlu/'.length)))
      .map((e) => `${e.from} → ${e.to}`);
    expect(offenders).toEqual([]);
  });
});
