import type { ChatContext } from '../model/fact-source.ts';
import { metricName } from './fact-text.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import { reportOf, yearsOf, type NluKit } from './nlu-kit.ts';
import { reportCoverage } from './report-coverage.ts';
import type { Understanding } from './understand-question.ts';

/** A bare agency or year with nothing to look up: offer the report's figures as questions. */
export function whatToAsk(kit: NluKit, u: Understanding, ctx: ChatContext | null): Outcome | null {
  const agency = u.agencies[0] ?? (u.years.length > 0 ? ctx?.agency : undefined);
  const years = agency ? yearsOf(kit, agency) : [];
  const year = u.years[0]?.year ?? years.at(-1);
  if (!agency || year === undefined || !years.includes(year)) return null;
  const metrics = reportCoverage(kit, agency, year).metrics.slice(0, kit.config.maxOptions);
  const report = reportOf(kit, agency, year);
  const order = [...kit.metricDefs.keys()];
  const options = (report ? kit.source.metricsOf(report.id) : [])
    .filter((m) => m !== 'figure')
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .slice(0, kit.config.maxOptions)
    .map((m) => ({ label: metricName(kit, m), question: `${agency}${year}年${metricName(kit, m)}是多少？` }));
  return makeOutcome('clarify', [`请问想了解${agency}${year}年报告中的哪项数字？例如：${metrics.join('、')}。`], {
    options,
    patch: { agency, years: [year] },
  });
}
