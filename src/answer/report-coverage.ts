import { metricName } from './fact-text.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import type { FactSource } from '../model/fact-source.ts';

/** The kinds of figures a report states (catalogue metric names) and its section headings. */
export function reportCoverage(lex: Lexicon, source: FactSource, agency: string, year: number): { metrics: string[]; sections: string[] } {
  const report = reportOf(lex, agency, year);
  const keys = (report ? source.metricsOf(report.id) : []).filter((m) => m !== 'figure');
  const order = [...lex.metricDefs.keys()];
  keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { metrics: keys.map((k) => metricName(lex, k)), sections: report?.sections ?? [] };
}

/** "这份报告给出的数字有：…；章节：…" for a not_found reply. */
export function coverageLines(lex: Lexicon, source: FactSource, agency: string, year: number): string[] {
  const { metrics, sections } = reportCoverage(lex, source, agency, year);
  return [
    metrics.length ? `这份报告给出的统计项有：${metrics.join('、')}。` : '这份报告没有可识别的统计项。',
    sections.length ? `报告章节：${sections.join('；')}。` : '',
  ];
}
