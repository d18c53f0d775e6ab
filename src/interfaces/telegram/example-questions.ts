import type { FactSource, ReportSummary } from '../../model/fact-source.ts';

// One template per kind of figure most reports state; filled in from reports that state it.
const TEMPLATES: { metric: string; question: (agency: string, year: number) => string }[] = [
  { metric: 'proactive.total', question: (a, y) => `${a}${y}年主动公开了多少条信息？` },
  { metric: 'applications.received', question: (a, y) => `${a}${y}年收到多少件政府信息公开申请？` },
  { metric: 'litigation.total', question: (a, y) => `${a}${y}年行政诉讼有几起？` },
  { metric: 'review.total', question: (a, y) => `${a}${y}年行政复议有几起？` },
];

/** How people call an agency: its shortest alias of three characters or more (科技局). */
export function shortName(report: Pick<ReportSummary, 'agency' | 'agencyAliases'>): string {
  const aliases = report.agencyAliases.filter((a) => a.length >= 3).sort((a, b) => a.length - b.length);
  return aliases[0] ?? report.agency;
}

/**
 * Up to `count` questions the store can answer, each about a figure some report really states,
 * spreading over different agencies (newest reports first).
 */
export function exampleQuestions(source: FactSource, count = 3): string[] {
  // Kept per report list: the source hands out a new list after an ingest or /reload.
  const list = source.reports();
  const key = `${count}`;
  const cached = examplesByList.get(list)?.get(key);
  if (cached) return cached;
  const out = findExamples(source, list, count);
  examplesByList.set(list, (examplesByList.get(list) ?? new Map<string, string[]>()).set(key, out));
  return out;
}

const examplesByList = new WeakMap<ReportSummary[], Map<string, string[]>>();
const ZH = new Intl.Collator('zh');

function findExamples(source: FactSource, list: ReportSummary[], count: number): string[] {
  const reports = [...list].sort((a, b) => b.year - a.year || ZH.compare(a.agency, b.agency));
  const out: string[] = [];
  const usedAgencies = new Set<string>();
  for (const t of TEMPLATES) {
    const states = (r: ReportSummary) => source.facts({ agency: r.agency, year: r.year, metrics: [t.metric] }).length > 0;
    const report = reports.find((r) => !usedAgencies.has(r.agency) && states(r)) ?? reports.find(states);
    if (!report) continue;
    usedAgencies.add(report.agency);
    out.push(t.question(shortName(report), report.year));
    if (out.length === count) break;
  }
  return out;
}
