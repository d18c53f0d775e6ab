import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { understandingOf } from '../nlu/slot-understanding.ts';
import { agenciesIn, allYears, yearsOf } from '../nlu/report-index.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';
import { listed, msg, renderText } from './messages.ts';
import { item, textLine } from './reply-block.ts';

/** list_agencies: every agency with its report years (only those reporting in the asked years). */
export function answerAgencies(lex: Lexicon, u: Understanding): Outcome {
  const years = u.years.map((y) => y.year);
  const asked = new Set(years.flatMap((y) => agenciesIn(lex, y)));
  const agencies = years.length > 0 ? lex.agencies.filter((a) => asked.has(a)) : lex.agencies;
  if (agencies.length === 0) return makeOutcome('not_found', [textLine(msg('years.none', { years: listed(years) })), textLine(msg('years.known', { years: listed(allYears(lex)) }))]);
  const head = years.length > 0 ? msg('agencies.in_years', { years: listed(years), count: agencies.length }) : msg('agencies.all', { count: agencies.length });
  return makeOutcome('answered', [textLine(head), ...agencies.map((a) => item(msg('agency.years', { agency: a, years: listed(yearsOf(lex, a)) })))], {
    options: agencies.slice(0, loadAnswerConfig().maxOptions).map((a) => ({ label: a, question: `/years ${a}` })),
  });
}

/** list_years: all years with the agencies reporting, or the years of one agency. */
export function answerYears(lex: Lexicon, u: Understanding): Outcome {
  const agency = u.agencies[0];
  if (agency) {
    const years = yearsOf(lex, agency);
    return makeOutcome('answered', [textLine(msg('agency.reports', { agency, years: listed(years) }))], {
      options: [...years].reverse().map((y) => {
        const question = `${agency}${y}年报告有哪些内容`;
        return { label: renderText(msg('option.contents', { year: y }), u.lang), question, slots: understandingOf({ agency, year: y, lang: u.lang }, question), intent: 'report_contents' };
      }),
      patch: { agency },
    });
  }
  if (u.agency.kind === 'unknown') {
    return makeOutcome('not_found', [
      textLine(msg('agency.unknown', { mention: u.agency.mention })),
      u.agency.closest.length ? textLine(msg('agency.closest', { agencies: listed(u.agency.closest) })) : '',
      textLine(msg('years.known', { years: listed(allYears(lex)) })),
    ]);
  }
  const lines = allYears(lex).map((y) => item(msg('year.agencies', { year: y, agencies: listed(agenciesIn(lex, y)) })));
  return makeOutcome('answered', [textLine(msg('years.known', { years: listed(allYears(lex)) })), ...lines]);
}
