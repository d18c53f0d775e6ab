import type { Problem } from '../model/fact.ts';
import type { ChatContext, ContextStore, FactCore, FactQuery, FactSource, MetricDims, ReportSummary, SectionHit, SectionRef, StoredFact } from '../model/fact-source.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open-store.ts';

interface ReportRow {
  id: number;
  file: string;
  title: string;
  agency: string;
  agency_aliases: string;
  year: number;
  published_on: string | null;
  template: ReportSummary['template'];
  sections: string | null;
  fact_count: number;
}

interface FactRow {
  id: number;
  metric: string;
  dims: string;
  label: string;
  value: number;
  unit: string;
  qualifier: string | null;
  scope: 'year' | 'cumulative';
  derived: number;
  section_no: number;
  section: string;
  sub_path: string;
  quote: string;
  start: number;
  end: number;
  page: number | null;
  agency: string;
  year: number;
  title: string;
  file: string;
}

const FACT_COLUMNS = `f.id, f.metric, f.dims, f.label, f.value, f.unit, f.qualifier, f.scope, f.derived, f.section_no, f.section,
  f.sub_path, f.quote, f.start, f.end, f.page, r.agency, r.year, r.title, r.file`;

const CORE_COLUMNS = 'f.id, f.metric, f.dims, f.value, f.unit, f.qualifier, f.derived, r.agency, r.year';

type CoreRow = Pick<FactRow, 'id' | 'metric' | 'dims' | 'value' | 'unit' | 'qualifier' | 'derived' | 'agency' | 'year'>;

function toFact(r: FactRow): StoredFact {
  return {
    id: r.id, metric: r.metric, dims: JSON.parse(r.dims) as Record<string, string>, label: r.label, value: r.value, unit: r.unit,
    qualifier: r.qualifier, scope: r.scope, derived: r.derived === 1, sectionNo: r.section_no, section: r.section,
    subPath: JSON.parse(r.sub_path) as string[], quote: r.quote, start: r.start, end: r.end, ...(r.page === null ? {} : { page: r.page }),
    agency: r.agency, year: r.year, reportTitle: r.title, reportFile: r.file,
  };
}

/** FactSource over the SQLite store, with statements prepared once. Reports are cached: they change only at ingest. */
export class SqliteFactSource implements FactSource {
  private cachedReports: ReportSummary[] | null = null;
  private cachedMetricDims: MetricDims[] | null = null;
  private readonly statements = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {}

  /** Each SQL text is prepared once per connection: preparing costs as much as a small query. */
  private prepared(sql: string): ReturnType<Db['prepare']> {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  reports(): ReportSummary[] {
    this.cachedReports ??= (
      this.db.prepare(
        // Headings and fact count are kept on the report row at ingest (migration 4): no subquery per report.
        `SELECT r.id, r.file, r.title, r.agency, r.agency_aliases, r.year, r.published_on, r.template, r.section_headings AS sections, r.fact_count
         FROM reports r ORDER BY r.agency, r.year`,
      ).all() as ReportRow[]
    ).map((r) => ({
      id: r.id, file: r.file, title: r.title, agency: r.agency, agencyAliases: JSON.parse(r.agency_aliases) as string[], year: r.year,
      publishedOn: r.published_on, template: r.template, sections: JSON.parse(r.sections ?? '[]') as string[], factCount: r.fact_count,
    }));
    return this.cachedReports;
  }

  /** One prepared statement per query shape (which filters are set, how many metrics). */
  private statement(q: FactQuery, columns = FACT_COLUMNS): ReturnType<Db['prepare']> {
    const where: string[] = [];
    if (q.agency !== undefined) where.push('r.agency = @agency');
    if (q.year !== undefined) where.push('r.year = @year');
    if (q.metrics !== undefined) where.push(`f.metric IN (${q.metrics.map((_, i) => `@m${i}`).join(', ') || 'NULL'})`);
    // One statement for any number of ids (a list of placeholders would prepare one per length).
    if (q.ids !== undefined) where.push('f.id IN (SELECT value FROM json_each(@ids))');
    Object.keys(q.compatibleWith ?? {}).forEach((_, i) => where.push(`coalesce(json_extract(f.dims, @dimPath${i}) = @dimValue${i}, 1)`));
    // A year across every agency: left to itself SQLite walks facts_metric through every year (15 at
    // city scale) and looks up each fact's report; reports first, then facts_report_metric, reads 4× less.
    const from = q.year !== undefined && q.agency === undefined ? 'reports r CROSS JOIN facts f ON f.report_id = r.id' : 'facts f JOIN reports r ON r.id = f.report_id';
    return this.prepared(`SELECT ${columns} FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.id`);
  }

  private params(q: FactQuery): Record<string, string | number> {
    const params: Record<string, string | number> = {};
    if (q.agency !== undefined) params.agency = q.agency;
    if (q.year !== undefined) params.year = q.year;
    q.metrics?.forEach((m, i) => (params[`m${i}`] = m));
    if (q.ids !== undefined) params.ids = JSON.stringify(q.ids);
    Object.entries(q.compatibleWith ?? {}).forEach(([dim, value], i) => {
      params[`dimPath${i}`] = `$."${dim.replace(/"/g, '')}"`;
      params[`dimValue${i}`] = value;
    });
    return params;
  }

  facts(q: FactQuery): StoredFact[] {
    return (this.statement(q).all(this.params(q)) as FactRow[]).map(toFact);
  }

  /** A third of the columns, none of the long texts: a year's figures across a city read several times faster. */
  factCores(q: FactQuery): FactCore[] {
    return (this.statement(q, CORE_COLUMNS).all(this.params(q)) as CoreRow[]).map((r) => ({
      id: r.id, agency: r.agency, year: r.year, metric: r.metric, dims: JSON.parse(r.dims) as Record<string, string>, value: r.value, unit: r.unit,
      qualifier: r.qualifier, derived: r.derived === 1,
    }));
  }

  metricsOf(reportId: number): string[] {
    return (this.prepared('SELECT DISTINCT metric FROM facts WHERE report_id = ? ORDER BY metric').all(reportId) as { metric: string }[]).map((r) => r.metric);
  }

  quotesOf(reportId: number): string[] {
    return (this.prepared('SELECT DISTINCT quote FROM facts WHERE report_id = ? ORDER BY quote').all(reportId) as { quote: string }[]).map((r) => r.quote);
  }

  problems(reportId: number): Problem[] {
    const rows = this.prepared('SELECT file, code, severity, section, message, facts FROM problems WHERE report_id = ? ORDER BY id').all(reportId) as (Omit<Problem, 'facts'> & { facts: string | null })[];
    return rows.map((r) => ({ ...r, facts: r.facts ? (JSON.parse(r.facts) as string[]) : undefined }));
  }

  /** FTS5 trigram needs three characters; shorter terms fall back to a plain scan. */
  searchSections(terms: string, reportId?: number): SectionHit[] {
    const filter = reportId === undefined ? '' : 'AND s.report_id = @reportId';
    const params = reportId === undefined ? { terms } : { terms, reportId };
    const sql = [...terms].length >= 3
      ? `SELECT s.report_id AS reportId, s.heading AS section, snippet(sections_fts, 0, '', '', '…', 16) AS snippet
         FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid WHERE sections_fts MATCH @q ${filter} ORDER BY rank LIMIT 20`
      : `SELECT s.report_id AS reportId, s.heading AS section, substr(s.text, max(1, instr(s.text, @terms) - 20), 60) AS snippet
         FROM sections s WHERE instr(s.text, @terms) > 0 ${filter} LIMIT 20`;
    const q = `"${terms.replace(/"/g, '""')}"`;
    return this.prepared(sql).all([...terms].length >= 3 ? { ...params, q } : params) as SectionHit[];
  }

  /** FTS5 trigram for three characters or more (the whole store in one query); shorter terms scan. */
  sectionsNaming(term: string): SectionRef[] {
    if ([...term].length >= 3) {
      return this.prepared('SELECT s.report_id AS reportId, s.heading AS section FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid WHERE sections_fts MATCH ?')
        .all(`"${term.replace(/"/g, '""')}"`) as SectionRef[];
    }
    return this.prepared('SELECT report_id AS reportId, heading AS section FROM sections WHERE instr(text, ?) > 0').all(term) as SectionRef[];
  }

  /** Read once per process: a few hundred distinct pairs, however many facts (kept by ingest, migration 5). */
  metricDims(): MetricDims[] {
    this.cachedMetricDims ??= (this.db.prepare('SELECT metric, dims FROM metric_dims').all() as { metric: string; dims: string }[])
      .map((r) => ({ metric: r.metric, dims: JSON.parse(r.dims) as Record<string, string> }));
    return this.cachedMetricDims;
  }

  /** Forget cached summaries after an ingest. */
  refresh(): void {
    this.cachedReports = null;
    this.cachedMetricDims = null;
  }
}

export class SqliteContextStore implements ContextStore {
  private readonly read: Statement<[string]>;
  private readonly write: Statement<[string, string, number]>;

  constructor(db: Db) {
    this.read = db.prepare<[string]>('SELECT context FROM chat_context WHERE chat = ?');
    this.write = db.prepare<[string, string, number]>('INSERT INTO chat_context (chat, context, updated_at) VALUES (?, ?, ?) ON CONFLICT(chat) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at');
  }

  get(chat: string): ChatContext | null {
    const row = this.read.get(chat) as { context: string } | undefined;
    return row ? (JSON.parse(row.context) as ChatContext) : null;
  }

  set(chat: string, context: ChatContext): void {
    this.write.run(chat, JSON.stringify(context), context.updatedAt);
  }
}
