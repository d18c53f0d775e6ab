import type { StoredFact, FactSource } from '../model/fact-source.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import type { ReplyFact } from './reply.ts';
import { dimValueLabel } from '../nlu/dim-value-label.ts';
import { loadAnswerConfig } from './answer-config.ts';
import { formatValue, formatValueEn } from './format-value.ts';
import { loadMessages, msg, named, type Msg, type Named } from './messages.ts';
import { warning, type Block } from './reply-block.ts';

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

/** The value as the report says it, and in English (170余条 → over 170 items). */
export function valueNamed(f: Pick<StoredFact, 'value' | 'unit' | 'qualifier'>): Named {
  return named(formatValue(f.value, f.unit, f.qualifier, loadAnswerConfig()), formatValueEn(f.value, f.unit, f.qualifier, loadMessages('en')));
}

/** The catalogue's name for a fact's metric with its dimension labels: 本年度办理结果·无法提供·总计. */
export function metricName(lex: Lexicon, metric: string, dims: Record<string, string> = {}): string {
  return metricNamed(lex, metric, dims).zh;
}

/** The same in both languages (English: the catalogue's first English name of each; the label where it has none). */
export function metricNamed(lex: Lexicon, metric: string, dims: Record<string, string> = {}): Named {
  const def = lex.metricDefs.get(metric);
  const base = def?.label ?? metric;
  const values = Object.entries(dims).map(([k, v]) => ({ zh: dimValueLabel(lex, k, v), en: lex.catalog.dimensions[k]?.find((d) => d.key === v)?.en[0] }));
  return named(
    [base, ...values.map((v) => v.zh)].join('·'),
    [def?.en[0] ?? base, ...values.map((v) => v.en ?? v.zh)].join(' · '),
  );
}

/** One line: value first, then where it is from, in the report's own words (quoted in either language). */
export function factLine(lex: Lexicon, f: StoredFact, withOwner: boolean): Msg {
  const label = clip(f.label.trim(), MAX_LABEL);
  return msg('fact.line', {
    value: valueNamed(f),
    owner: withOwner ? msg('fact.owner', { agency: f.agency, year: f.year }) : '',
    label: label ? `“${label}”` : '',
    what: f.metric === 'figure' ? '' : msg('fact.metric', { metric: metricNamed(lex, f.metric, f.dims), derived: f.derived ? msg('fact.derived') : '' }),
  });
}

/** The citation of each fact (report, page, section; the quote), once per distinct sentence. */
export function sourceLines(facts: StoredFact[], full = false): Block[] {
  const lines: Block[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    const block: Block = { kind: 'source', report: f.reportTitle, section: f.section, path: full ? f.subPath : [], quote: full ? f.quote : clip(f.quote, MAX_QUOTE), ...(f.page ? { page: f.page } : {}) };
    const key = JSON.stringify(block);
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(block);
  }
  return lines;
}

/** The fact as the consistency checker names it (same format as describeFact in ingest). */
export function factKey(f: Pick<StoredFact, 'metric' | 'dims' | 'value'>): string {
  const dims = Object.entries(f.dims).map(([k, v]) => `${k}=${v}`).join(',');
  return `${f.metric}${dims ? `[${dims}]` : ''}=${f.value}`;
}

/** Warning lines for facts the report's consistency check flagged. */
export function warningLines(lex: Lexicon, source: FactSource, facts: StoredFact[]): Block[] {
  const out = new Map<string, Block>();
  for (const f of facts) {
    const report = reportOf(lex, f.agency, f.year);
    if (!report) continue;
    for (const p of source.problems(report.id)) {
      if (p.facts?.includes(factKey(f))) out.set(`${p.section}\n${p.message}`, warning(msg('warning.check', { section: p.section || msg('whole.report'), message: p.message })));
    }
  }
  return [...out.values()];
}
