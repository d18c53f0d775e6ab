import type { DimensionMatch } from './metric-entity.ts';
import { makeSpan, type Span } from './span.ts';
import { overlaps } from './term-index.ts';
import { withoutNumbering } from './dim-value-label.ts';
import type { Lexicon } from './lexicon.ts';

type Reading = Pick<DimensionMatch, 'dim' | 'value'>;

function valuesLabelled(lex: Lexicon, word: string): Reading[] {
  return Object.entries(lex.catalog.dimensions).flatMap(([dim, values]) =>
    values.filter((v) => withoutNumbering(v.label) === word).map((v) => ({ dim, value: v.key })),
  );
}

/** Named values that no other named value refines (无法提供 + 不掌握 → 不掌握). */
const leaves = (named: DimensionMatch[]) => named.filter((d) => !named.some((o) => o.dim === d.dim && o.value.startsWith(`${d.value}.`)));

/** The one reading of a bare label: a row of a value named, else a dimension not yet named. */
function readingOf(readings: Reading[], named: DimensionMatch[]): Reading | undefined {
  const refines = readings.filter((r) => leaves(named).some((d) => d.dim === r.dim && r.value.startsWith(`${d.value}.`)));
  if (refines.length > 0) return refines.length === 1 ? refines[0] : undefined;
  const fresh = readings.filter((r) => !named.some((d) => d.dim === r.dim));
  return fresh.length === 1 ? fresh[0] : undefined;
}

const CJK = /[\u3400-\u9fff]/;
// Only a word standing alone is the label (（其他）, 3.其他, 和其他的): 其他情形 / 不计其他 are other words.
const BEFORE_OK = /[和与及或中]/;
const AFTER_OK = /[的呢]/;
function standsAlone(q: string, start: number, end: number): boolean {
  const before = q[start - 1] ?? '';
  const after = q[end] ?? '';
  return (!CJK.test(before) || BEFORE_OK.test(before)) && (!CJK.test(after) || AFTER_OK.test(after));
}

/**
 * Dimension values named by a bare label (其他, see bareDimensionLabels in intents/question-words.json):
 * too short to be a dimension word anywhere, it is read only where no other entity took it, and only
 * for the dimensions every asked metric is broken down by. Without it "本年新收申请（其他）" is read
 * as the whole table row and answered with its total.
 */
export function bareLabelDims(lex: Lexicon, q: string, metrics: string[], named: DimensionMatch[], taken: Span[]): DimensionMatch[] {
  if (metrics.length === 0) return [];
  const out: DimensionMatch[] = [];
  for (const word of lex.words.bareDimensionLabels) {
    const readings = valuesLabelled(lex, word).filter((r) => metrics.every((m) => lex.dimKeysOf(m).has(r.dim)));
    if (readings.length === 0) continue;
    for (let at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + word.length)) {
      const span = makeSpan(q, at, at + word.length, 'dimension.bare-label');
      if (taken.some((t) => overlaps(t, span)) || !standsAlone(q, span.start, span.end)) continue;
      const reading = readingOf(readings, [...named, ...out]);
      if (reading) out.push({ ...reading, span });
    }
  }
  return out;
}
