import type { StoredFact, FactSource } from '../model/fact-source.ts';
import type { Target, TargetResult } from './answer-target.ts';
import { factLine, metricName, sourceLines, valueText, warningLines } from './fact-text.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { coverageLines } from './report-coverage.ts';
import { blankCellLines } from './blank-cells.ts';

/** A target with its outcome, after the report check (agency may be a related one). */
export interface Answered {
  target: Target;
  result: TargetResult;
  notes: string[];
}

const whatAsked = (lex: Lexicon, t: Target) => (t.metric ? `“${metricName(lex, t.metric, t.dims)}”` : `“${t.query.words.join('')}”`);

/** Lines for one target's facts: a single figure, or a compact list when the report gives several. */
function factBlock(lex: Lexicon, a: Answered, facts: StoredFact[], withOwner: boolean): string[] {
  if (facts.length === 1) return [factLine(lex, facts[0] as StoredFact, true)];
  const t = a.target;
  const head = `${t.agency}${t.year}年${t.metric ? metricName(lex, t.metric, t.dims) : `与${whatAsked(lex, t)}相关的数字`}：报告没有给出单一数字，相关的${facts.length}项如下：`;
  return [head, ...facts.map((f) => `· ${factLine(lex, f, withOwner && f.agency !== t.agency)}`)];
}

function missingBlock(lex: Lexicon, a: Answered): string[] {
  const t = a.target;
  const r = a.result;
  if (r.kind === 'missing_dims') {
    return [
      `${t.agency}${t.year}年的报告没有按${r.dims.map((d) => `“${d}”`).join('、')}细分${metricName(lex, r.metric)}。`,
      ...(r.without.length ? ['报告给出的是：', ...r.without.map((f) => `· ${factLine(lex, f, false)}`)] : []),
    ];
  }
  const lines = [`${t.agency}${t.year}年的报告中没有找到${whatAsked(lex, t)}的数字。`];
  if (r.kind === 'nearby') lines.push('报告中字面相近、但不是所问的数字：', ...r.facts.map((f) => `· ${factLine(lex, f, false)}`));
  return lines;
}

export function factsOf(answered: Answered[]): StoredFact[] {
  return answered.flatMap((a) => (a.result.kind === 'facts' ? a.result.facts : []));
}

/** Text of a one-target answer: figure(s), notes, warnings, then sources. */
export function composeSingle(lex: Lexicon, source: FactSource, a: Answered, slotNotes: string[]): { found: boolean; lines: string[] } {
  if (a.result.kind !== 'facts') {
    const coverage = a.result.kind === 'missing_dims' ? [] : coverageLines(lex, source, a.target.agency, a.target.year);
    return { found: false, lines: [...missingBlock(lex, a), ...blankCellLines(lex, source, a.target), ...a.notes, ...coverage] };
  }
  const facts = a.result.facts;
  const notes = [...a.notes, ...slotNotes, ...a.result.notes];
  return {
    found: true,
    lines: [...factBlock(lex, a, facts, false), ...notes.map((n) => `说明：${n}`), ...warningLines(lex, source, facts), ...sourceLines(facts)],
  };
}

/** Text of a several-target answer: one block per (agency, year, metric), sources at the end. */
export function composeMulti(lex: Lexicon, source: FactSource, answered: Answered[], slotNotes: string[]): { found: boolean; lines: string[] } {
  const lines: string[] = [];
  const shown = new Set<number>();
  for (const a of answered) {
    // 复议和诉讼 in a report with only their combined figure: both targets land on one fact.
    if (a.result.kind === 'facts' && a.result.facts.every((f) => shown.has(f.id))) {
      lines.push(`· ${a.target.agency}${a.target.year}年${whatAsked(lex, a.target)}：同上一项（报告只给出一个数字：${a.result.facts.map((f) => valueText(f)).join('、')}）`);
      continue;
    }
    if (a.result.kind === 'facts') {
      for (const f of a.result.facts) shown.add(f.id);
      const block = factBlock(lex, a, a.result.facts, true);
      lines.push(...block.map((l) => (l.startsWith('· ') ? `  ${l}` : `· ${l}`)), ...[...a.notes, ...a.result.notes].map((n) => `  说明：${n}`));
    } else {
      lines.push(...missingBlock(lex, a).map((l) => `· ${l}`), ...a.notes.map((n) => `  说明：${n}`));
    }
  }
  const facts = [...new Map(factsOf(answered).map((f) => [f.id, f])).values()];
  return {
    found: facts.length > 0,
    lines: [...lines, ...slotNotes.map((n) => `说明：${n}`), ...warningLines(lex, source, facts), ...sourceLines(facts)],
  };
}
