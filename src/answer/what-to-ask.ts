import type { ChatContext, FactSource } from '../model/fact-source.ts';
import { understandingOf } from '../nlu/slot-understanding.ts';
import { metricName } from './fact-text.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf, yearsOf } from '../nlu/report-index.ts';
import { reportCoverage } from './report-coverage.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';

/** A bare agency or year with nothing to look up: offer the report's figures as questions. */
export function whatToAsk(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome | null {
  const agency = u.agencies[0] ?? (u.years.length > 0 ? ctx?.agency : undefined);
  const years = agency ? yearsOf(lex, agency) : [];
  const year = u.years[0]?.year ?? years.at(-1);
  if (!agency || year === undefined || !years.includes(year)) return null;
  const metrics = reportCoverage(lex, source, agency, year).metrics.slice(0, loadAnswerConfig().maxOptions);
  const report = reportOf(lex, agency, year);
  const order = [...lex.metricDefs.keys()];
  const options = (report ? source.metricsOf(report.id) : [])
    .filter((m) => m !== 'figure')
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .slice(0, loadAnswerConfig().maxOptions)
    .map((m) => {
      const question = `${agency}${year}年${metricName(lex, m)}是多少？`;
      return { label: metricName(lex, m), question, slots: understandingOf({ agency, year, metric: m, lang: u.lang }, question), intent: 'figure' };
    });
  return makeOutcome('clarify', [`请问想了解${agency}${year}年报告中的哪项数字？例如：${metrics.join('、')}。`], {
    options,
    patch: { agency, years: [year] },
  });
}
