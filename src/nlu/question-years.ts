import type { Lexicon } from './lexicon.ts';
import { makeSpan, type Span } from './span.ts';
import { extractYears, resolveYear, yearNote, type YearMention } from './year-entity.ts';

export interface YearSlot {
  year: number;
  /** How a relative or short form was read ("去年"按最新报告年度…); '' for a plain year. */
  note: string;
  /** The same note for a reply in English. */
  noteEn: string;
  relative: boolean;
  span: Span;
}

// "同比" compares a year with the one before it.
const YEAR_ON_YEAR = /同比|year[- ]on[- ]year/;

/**
 * A relative word next to an explicit year counts from that year ("2018年…与上年相比" = 2017);
 * alone it counts from the newest report (resolveYear).
 */
function resolveMention(lex: Lexicon, m: YearMention, anchor: number | undefined): { year: number; note: string; noteEn: string } {
  if (m.kind !== 'relative' || anchor === undefined) return resolveYear(m, lex.latestYear);
  const year = anchor + m.offset;
  return { year, ...(year === anchor ? { note: '', noteEn: '' } : yearNote('anchored', { word: m.word, anchor, n: -m.offset, year })) };
}

/** The years a question asks about, distinct, in text order, each with how it was read. */
export function distinctYears(lex: Lexicon, q: string): YearSlot[] {
  const mentions = extractYears(q);
  const anchor = mentions.find((m) => m.kind === 'absolute')?.year;
  const seen = new Set<number>();
  const out: YearSlot[] = [];
  for (const m of mentions) {
    const { year, note, noteEn } = resolveMention(lex, m, anchor);
    if (seen.has(year)) continue;
    seen.add(year);
    out.push({ year, note, noteEn, span: m.span, relative: m.kind === 'relative' });
  }
  const only = out.length === 1 ? out[0] : undefined;
  const yoy = YEAR_ON_YEAR.exec(q);
  if (only && yoy) {
    const at = yoy.index;
    out.unshift({ year: only.year - 1, ...yearNote('yearOnYear', { year: only.year - 1 }), span: makeSpan(q, at, at + yoy[0].length, 'year.year-on-year'), relative: true });
  }
  return out;
}
