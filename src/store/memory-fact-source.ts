import type { ParsedReport, Problem } from '../model/fact.ts';
import type { ChatContext, ContextStore, FactCore, FactQuery, FactSource, MetricDims, ReportSummary, SectionHit, SectionRef, StoredFact } from '../model/fact-source.ts';

/** A FactSource over parsed reports held in memory: the same answers as the SQLite store, without it. */
export class MemoryFactSource implements FactSource {
  private readonly summaries: ReportSummary[];
  private readonly all: StoredFact[];
  private readonly parsed: ParsedReport[];

  constructor(reports: ParsedReport[]) {
    this.parsed = reports;
    this.summaries = reports.map((r, i) => ({
      ...r.meta, id: i + 1, file: r.file, sections: r.sections.map((s) => s.heading), factCount: r.facts.length,
    }));
    let id = 0;
    this.all = reports.flatMap((r) =>
      r.facts.map((f) => ({ ...f, id: ++id, agency: r.meta.agency, year: r.meta.year, reportTitle: r.meta.title, reportFile: r.file })),
    );
  }

  reports(): ReportSummary[] {
    return this.summaries;
  }

  facts(q: FactQuery): StoredFact[] {
    return this.all.filter(
      (f) => (q.agency === undefined || f.agency === q.agency) && (q.year === undefined || f.year === q.year) && (q.metrics === undefined || q.metrics.includes(f.metric))
        && (q.ids === undefined || q.ids.includes(f.id))
        && Object.entries(q.compatibleWith ?? {}).every(([k, v]) => f.dims[k] === undefined || f.dims[k] === v),
    );
  }

  factCores(q: FactQuery): FactCore[] {
    return this.facts(q).map(({ id, agency, year, metric, dims, value, unit, qualifier, derived }) => ({ id, agency, year, metric, dims, value, unit, qualifier, derived }));
  }

  metricDims(): MetricDims[] {
    const seen = new Map<string, MetricDims>();
    for (const f of this.all) seen.set(`${f.metric}|${JSON.stringify(f.dims)}`, { metric: f.metric, dims: f.dims });
    return [...seen.values()];
  }

  metricsOf(reportId: number): string[] {
    return [...new Set(this.parsed[reportId - 1]?.facts.map((f) => f.metric) ?? [])].sort();
  }

  quotesOf(reportId: number): string[] {
    return [...new Set(this.parsed[reportId - 1]?.facts.map((f) => f.quote) ?? [])].sort();
  }

  problems(reportId: number): Problem[] {
    return this.parsed[reportId - 1]?.problems ?? [];
  }

  searchSections(terms: string, reportId?: number): SectionHit[] {
    const hits: SectionHit[] = [];
    this.parsed.forEach((r, i) => {
      if (reportId !== undefined && reportId !== i + 1) return;
      for (const s of r.sections) {
        const at = s.text.indexOf(terms);
        if (at >= 0) hits.push({ reportId: i + 1, section: s.heading, snippet: s.text.slice(Math.max(0, at - 30), at + terms.length + 30) });
      }
    });
    return hits;
  }

  sectionsNaming(term: string): SectionRef[] {
    return this.parsed.flatMap((r, i) => r.sections.filter((s) => s.text.includes(term)).map((s) => ({ reportId: i + 1, section: s.heading })));
  }
}

export class MemoryContextStore implements ContextStore {
  private readonly map = new Map<string, ChatContext>();
  get(chat: string): ChatContext | null {
    return this.map.get(chat) ?? null;
  }
  set(chat: string, context: ChatContext): void {
    this.map.set(chat, context);
  }
}
