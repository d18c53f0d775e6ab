import type { StoredFact, FactSource } from '../model/fact-source.ts';
import { factLine, sourceLines, warningLines } from './fact-text.ts';
import { patchFor } from './figure-patch.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import { msg, renderText } from './messages.ts';
import { figureLine, item, note as noteLine, textLine, type Line } from './reply-block.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import type { Plan } from './plan-question.ts';
import type { Slots } from './resolve-slots.ts';
import { optionFor } from './rewrite-question.ts';
import { searchEverywhere } from './search-everywhere.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';

/**
 * Narrative question naming no agency: answered from the report(s) that have it, or ask which.
 * `unit`: an agency without a report of its own (区档案馆) — only sections naming it count, and the
 * answer says whose report they are from.
 */
export function answerEverywhere(lex: Lexicon, source: FactSource, u: Understanding, plan: Plan, unit = ''): Outcome | null {
  const hit = searchEverywhere(lex, source, u, plan, unit);
  if (hit.kind === 'none') return null;
  if (hit.kind === 'several') {
    return makeOutcome('clarify', [textLine(msg('everywhere.which')), ...hit.reports.map((r) => item(msg('report.of', { agency: r.agency, year: r.year })))], {
      options: hit.reports.slice(0, loadAnswerConfig().maxOptions).map((r) => optionFor(u, renderText(msg('report.of', { agency: r.agency, year: r.year }), u.lang), { agency: r.agency, year: r.year })),
      patch: patchFor(u, plan, null, []),
    });
  }
  const facts = hit.hits.flatMap((h) => h.facts);
  const lines = hit.hits.flatMap(({ report, facts: fs }): Line[] =>
    fs.length === 1 && hit.hits.length === 1
      ? [figureLine(factLine(lex, fs[0] as StoredFact, true))]
      : [textLine(msg('everywhere.related', { agency: report.agency, year: report.year })), ...fs.map((f) => item(factLine(lex, f, false)))],
  );
  const titles = hit.hits.map((h) => `《${h.report.title}》`).join('');
  const note = unit ? msg('everywhere.unit', { unit, titles }) : msg(u.years.length ? 'everywhere.no_agency' : 'everywhere.no_agency_year', { titles });
  const slots: Slots = { agencies: [hit.hits[0]?.report.agency ?? ''], years: hit.hits.map((h) => h.report.year), notes: [], options: [] };
  return makeOutcome('answered', [...lines, noteLine(note), ...warningLines(lex, source, facts), ...sourceLines(facts)], {
    used: facts,
    patch: patchFor(u, plan, slots, facts.map((f) => f.id)),
  });
}
