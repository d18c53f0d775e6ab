import type { StoredFact, FactSource } from '../model/fact-source.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import type { ReplyFact } from './reply.ts';
import { dimValueLabel } from '../nlu/dim-value-label.ts';
import { loadAnswerConfig } from './answer-config.ts';
import { formatValue } from './format-value.ts';

const MAX_LABEL = 48;
const MAX_QUOTE = 260;

export function toReplyFact(f: StoredFact): ReplyFact {
  return {
    agency: f.agency,
    year: f.year,
    metric: f.metric,
    label: f.label,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    source: { report: f.reportTitle, section: f.section, quote: f.quote },
  };
}

export const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function valueText(f: StoredFact): string {
  return formatValue(f.value, f.unit, f.qualifier, loadAnswerConfig());
}

/** The catalogue's name for a fact's metric with its dimension labels: 本年度办理结果·无法提供·总计. */
export function metricName(lex: Lexicon, metric: string, dims: Record<string, string> = {}): string {
  const base = lex.metricDefs.get(metric)?.label ?? metric;
  return [base, ...Object.entries(dims).map(([k, v]) => dimValueLabel(lex, k, v))].join('·');
}

/** One line: value first, then where it is from, in the report's own words. */
export function factLine(lex: Lexicon, f: StoredFact, withOwner: boolean): string {
  const owner = withOwner ? `${f.agency}${f.year}年` : '';
  const label = clip(f.label.trim(), MAX_LABEL);
  const what = f.metric === 'figure' ? '' : `（${metricName(lex, f.metric, f.dims)}${f.derived ? '，各项相加' : ''}）`;
  return `${valueText(f)} —— ${owner}${label ? `“${label}”` : ''}${what}`;
}

/** "来源：《title》section" + the quote, once per distinct sentence. */
export function sourceLines(facts: StoredFact[], full = false): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    const page = f.page ? `（第${f.page}页）` : '';
    const where = `来源：《${f.reportTitle}》${page}${f.section}${full && f.subPath.length ? ` › ${f.subPath.join(' › ')}` : ''}`;
    const quote = `原文：“${full ? f.quote : clip(f.quote, MAX_QUOTE)}”`;
    const key = `${where}\n${quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(where, quote);
  }
  return lines;
}

/** The fact as the consistency checker names it (same format as describeFact in ingest). */
export function factKey(f: Pick<StoredFact, 'metric' | 'dims' | 'value'>): string {
  const dims = Object.entries(f.dims).map(([k, v]) => `${k}=${v}`).join(',');
  return `${f.metric}${dims ? `[${dims}]` : ''}=${f.value}`;
}

/** Warning lines for facts the report's consistency check flagged. */
export function warningLines(lex: Lexicon, source: FactSource, facts: StoredFact[]): string[] {
  const out = new Set<string>();
  for (const f of facts) {
    const report = reportOf(lex, f.agency, f.year);
    if (!report) continue;
    for (const p of source.problems(report.id)) {
      if (p.facts?.includes(factKey(f))) out.add(`⚠ 注意：该报告的核对发现问题（${p.section || '全文'}）：${p.message}`);
    }
  }
  return [...out];
}
