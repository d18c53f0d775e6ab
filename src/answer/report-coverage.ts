import type { FactSource } from '../model/fact-source.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import { metricNamed } from './fact-text.ts';
import { joinedNames, msg, named } from './messages.ts';
import { textLine, type Line } from './reply-block.ts';

/** The catalogue metrics a report states, in catalogue order. */
export function statedMetrics(lex: Lexicon, source: FactSource, agency: string, year: number): string[] {
  const report = reportOf(lex, agency, year);
  const keys = (report ? source.metricsOf(report.id) : []).filter((m) => m !== 'figure');
  const order = [...lex.metricDefs.keys()];
  return keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** "这份报告给出的数字有：…；章节：…" for a not_found reply. */
export function coverageLines(lex: Lexicon, source: FactSource, agency: string, year: number): Line[] {
  const metrics = statedMetrics(lex, source, agency, year).map((k) => metricNamed(lex, k));
  const sections = reportOf(lex, agency, year)?.sections ?? [];
  return [
    textLine(metrics.length ? msg('coverage.metrics', { metrics: joinedNames(metrics) }) : msg('coverage.none')),
    sections.length ? textLine(msg('coverage.sections', { sections: named(sections.join('；'), sections.join('; ')) })) : '',
  ];
}
