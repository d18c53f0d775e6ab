import type { ChatContext, ReportSummary, FactSource } from '../model/fact-source.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import { statedMetrics } from './report-coverage.ts';
import { checkReport, missingReportLines } from './check-report.ts';
import { resolveSlots } from './resolve-slots.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { metricNamed } from './fact-text.ts';
import { joinedNames, msg, type Text } from './messages.ts';
import { item, note, textLine } from './reply-block.ts';

type Found = { ok: true; report: ReportSummary; notes: Text[] } | { ok: false; outcome: Outcome };

/** The one report a question is about, by the same rules as a figure question. */
function findReport(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Found {
  const res = resolveSlots(lex, source, u, ctx);
  if (!res.ok) return res;
  const agency = res.slots.agencies[0] ?? '';
  const year = res.slots.years[0] ?? lex.latestYear;
  const check = checkReport(lex, agency, year);
  if (!check.ok) {
    const miss = missingReportLines(u, check);
    return { ok: false, outcome: makeOutcome('not_found', miss.lines, { options: miss.options }) };
  }
  const report = reportOf(lex, check.agency, year) as ReportSummary;
  return { ok: true, report, notes: [check.note, ...res.slots.notes].filter((n) => n !== '') };
}

/** report_contents: title, date, numbered sections and the kinds of figures stated. */
export function answerContents(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome {
  const found = findReport(lex, source, u, ctx);
  if (!found.ok) return found.outcome;
  const r = found.report;
  const metrics = statedMetrics(lex, source, r.agency, r.year).map((k) => metricNamed(lex, k));
  return makeOutcome('answered', [
    textLine(msg('contents.head', { title: r.title, published: r.publishedOn ? msg('contents.published', { date: r.publishedOn }) : '', count: r.sections.length })),
    ...r.sections.map((s) => item(s)),
    metrics.length ? textLine(msg('contents.metrics', { metrics: joinedNames(metrics), facts: r.factCount })) : '',
    ...found.notes.map((n) => note(n)),
  ], { patch: { agency: r.agency, years: [r.year] } });
}

/** problems: what the consistency checks found in one report. */
export function answerProblems(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome {
  const found = findReport(lex, source, u, ctx);
  if (!found.ok) return found.outcome;
  const r = found.report;
  const problems = source.problems(r.id);
  const lines = problems.map((p) => item(msg('problems.item', { severity: msg(p.severity === 'error' ? 'problems.error' : 'problems.notice'), section: p.section ? msg('problems.section', { section: p.section }) : '', message: p.message })));
  return makeOutcome('answered', [
    textLine(problems.length ? msg('problems.head', { title: r.title, count: problems.length }) : msg('problems.none', { title: r.title })),
    ...lines,
    ...found.notes.map((n) => note(n)),
  ], { patch: { agency: r.agency, years: [r.year] } });
}
