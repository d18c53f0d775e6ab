import type { StoredFact, FactSource } from '../model/fact-source.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import type { Target, TargetResult } from './answer-target.ts';
import { blankCellLines } from './blank-cells.ts';
import { factLine, metricNamed, sourceLines, valueNamed, warningLines } from './fact-text.ts';
import { joinedNames, msg, type Text } from './messages.ts';
import { figureLine, item, note, textLine, type Line } from './reply-block.ts';
import { coverageLines } from './report-coverage.ts';

/** A target with its outcome, after the report check (agency may be a related one). */
export interface Answered {
  target: Target;
  result: TargetResult;
  notes: Text[];
}

/** What was asked, quoted: the catalogue's name of the metric, or the question's own words. */
const whatAsked = (lex: Lexicon, t: Target): Text => (t.metric ? msg('quoted', { text: metricNamed(lex, t.metric, t.dims) }) : msg('quoted', { text: t.query.words.join('') }));

/** Lines for one target's facts: a single figure, or a compact list when the report gives several. */
function factBlock(lex: Lexicon, a: Answered, facts: StoredFact[], withOwner: boolean): Line[] {
  if (facts.length === 1) return [figureLine(factLine(lex, facts[0] as StoredFact, true))];
  const t = a.target;
  const what = t.metric ? metricNamed(lex, t.metric, t.dims) : msg('figure.related', { what: whatAsked(lex, t) });
  const head = textLine(msg('figure.several', { agency: t.agency, year: t.year, what, count: facts.length }));
  return [head, ...facts.map((f) => item(factLine(lex, f, withOwner && f.agency !== t.agency)))];
}

function missingBlock(lex: Lexicon, a: Answered): Line[] {
  const t = a.target;
  const r = a.result;
  if (r.kind === 'missing_dims') {
    const dims = joinedNames(r.dims.map((d) => ({ zh: `“${d}”`, en: `“${d}”` })));
    return [
      textLine(msg('figure.not_split', { agency: t.agency, year: t.year, dims, metric: metricNamed(lex, r.metric) })),
      ...(r.without.length ? [textLine(msg('figure.report_gives')), ...r.without.map((f) => item(factLine(lex, f, false)))] : []),
    ];
  }
  const lines: Line[] = [textLine(msg('figure.not_found', { agency: t.agency, year: t.year, what: whatAsked(lex, t) }))];
  if (r.kind === 'nearby') lines.push(textLine(msg('figure.nearby')), ...r.facts.map((f) => item(factLine(lex, f, false))));
  return lines;
}

export function factsOf(answered: Answered[]): StoredFact[] {
  return answered.flatMap((a) => (a.result.kind === 'facts' ? a.result.facts : []));
}

/** Text of a one-target answer: figure(s), notes, warnings, then sources. */
export function composeSingle(lex: Lexicon, source: FactSource, a: Answered, slotNotes: Text[]): { found: boolean; lines: Line[] } {
  if (a.result.kind !== 'facts') {
    const coverage = a.result.kind === 'missing_dims' ? [] : coverageLines(lex, source, a.target.agency, a.target.year);
    return { found: false, lines: [...missingBlock(lex, a), ...blankCellLines(lex, source, a.target), ...a.notes.map(textLine), ...coverage] };
  }
  const facts = a.result.facts;
  const notes = [...a.notes, ...slotNotes, ...a.result.notes];
  return {
    found: true,
    lines: [...factBlock(lex, a, facts, false), ...notes.map((n) => note(n)), ...warningLines(lex, source, facts), ...sourceLines(facts)],
  };
}

/** A block of a several-target answer as list items: its head an item, its own items one level in. */
const asItems = (block: Line[]): Line[] =>
  block.map((l) => (typeof l === 'string' ? item(l) : l.kind === 'item' ? { ...l, indent: (l.indent ?? 0) + 1 } : l.kind === 'text' || l.kind === 'figure' ? item(l.text) : l));

/** Text of a several-target answer: one block per (agency, year, metric), sources at the end. */
export function composeMulti(lex: Lexicon, source: FactSource, answered: Answered[], slotNotes: Text[]): { found: boolean; lines: Line[] } {
  const lines: Line[] = [];
  const shown = new Set<number>();
  for (const a of answered) {
    const t = a.target;
    // 复议和诉讼 in a report with only their combined figure: both targets land on one fact.
    if (a.result.kind === 'facts' && a.result.facts.every((f) => shown.has(f.id))) {
      lines.push(item(msg('figure.same_as_above', { agency: t.agency, year: t.year, what: whatAsked(lex, t), values: joinedNames(a.result.facts.map(valueNamed)) })));
      continue;
    }
    if (a.result.kind === 'facts') {
      for (const f of a.result.facts) shown.add(f.id);
      lines.push(...asItems(factBlock(lex, a, a.result.facts, true)), ...[...a.notes, ...a.result.notes].map((n) => note(n, 1)));
    } else {
      lines.push(...asItems(missingBlock(lex, a)), ...a.notes.map((n) => note(n, 1)));
    }
  }
  const facts = [...new Map(factsOf(answered).map((f) => [f.id, f])).values()];
  return {
    found: facts.length > 0,
    lines: [...lines, ...slotNotes.map((n) => note(n)), ...warningLines(lex, source, facts), ...sourceLines(facts)],
  };
}
