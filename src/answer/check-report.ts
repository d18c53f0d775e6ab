import type { Lexicon } from '../nlu/lexicon.ts';
import { agenciesIn, reportOf, yearsOf } from '../nlu/report-index.ts';
import { msg, named, renderText, type Text } from './messages.ts';
import { textLine, type Line } from './reply-block.ts';
import type { ReplyOption } from './reply.ts';
import { optionFor } from './rewrite-question.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';

export type ReportCheck = { ok: true; agency: string; note: Text } | { ok: false; agency: string; year: number; years: number[] };

/**
 * The report to answer from. When the agency has no report that year but an agency whose name
 * contains (or is contained in) it does — 张店区人民政府 ↔ 张店区人民政府办公室, whose report covers
 * the district government's disclosure work — answer from that one and say so.
 */
export function checkReport(lex: Lexicon, agency: string, year: number): ReportCheck {
  if (reportOf(lex, agency, year)) return { ok: true, agency, note: '' };
  const related = agenciesIn(lex, year).filter((a) => a !== agency && (a.includes(agency) || agency.includes(a)));
  if (related.length === 1) {
    const other = related[0] as string;
    return { ok: true, agency: other, note: msg('report.related', { agency, year, other }) };
  }
  return { ok: false, agency, year, years: yearsOf(lex, agency) };
}

/** not_found for a missing (agency, year): lists the years the agency has, as options. */
export function missingReportLines(u: Understanding, miss: { agency: string; year: number | Text; years: number[] }): { lines: Line[]; options: ReplyOption[] } {
  const years = named(miss.years.join('、'), miss.years.join(', '));
  return {
    lines: [textLine(msg('report.missing', { agency: miss.agency, year: miss.year })), miss.years.length ? textLine(msg('report.years', { agency: miss.agency, years })) : ''],
    options: [...miss.years].reverse().map((y) => optionFor(u, renderText(msg('report.of', { agency: miss.agency, year: y }), u.lang), { agency: miss.agency, year: y })).slice(0, loadAnswerConfig().maxOptions),
  };
}
