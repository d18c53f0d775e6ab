import type { ChatContext, FactSource } from '../model/fact-source.ts';
import { understandingOf } from '../nlu/slot-understanding.ts';
import { metricName, metricNamed } from './fact-text.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { yearsOf } from '../nlu/report-index.ts';
import { statedMetrics } from './report-coverage.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';
import { joinedNames, msg, renderText } from './messages.ts';
import { textLine } from './reply-block.ts';

/** A bare agency or year with nothing to look up: offer the report's figures as questions. */
export function whatToAsk(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome | null {
  const agency = u.agencies[0] ?? (u.years.length > 0 ? ctx?.agency : undefined);
  const years = agency ? yearsOf(lex, agency) : [];
  const year = u.years[0]?.year ?? years.at(-1);
  if (!agency || year === undefined || !years.includes(year)) return null;
  const stated = statedMetrics(lex, source, agency, year).slice(0, loadAnswerConfig().maxOptions);
  const metrics = stated.map((m) => metricNamed(lex, m));
  // The label in the question's language; the question it stands for in Chinese, as one would type it.
  const options = stated.map((m) => {
    const question = `${agency}${year}年${metricName(lex, m)}是多少？`;
    return { label: renderText(metricNamed(lex, m), u.lang), question, slots: understandingOf({ agency, year, metric: m, lang: u.lang }, question), intent: 'figure' };
  });
  return makeOutcome('clarify', [textLine(msg('ask.which_figure', { agency, year, metrics: joinedNames(metrics) }))], {
    options,
    patch: { agency, years: [year] },
  });
}
