import type { ChatContext, ReportSummary, FactSource } from '../model/fact-source.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import { reportCoverage } from './report-coverage.ts';
import { checkReport, missingReportLines } from './check-report.ts';
import { resolveSlots } from './resolve-slots.ts';
import type { Understanding } from '../nlu/understand-question.ts';

type Found = { ok: true; report: ReportSummary; note: string } | { ok: false; outcome: Outcome };

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
  return { ok: true, report, note: [check.note, ...res.slots.notes].filter(Boolean).join(' ') };
}

/** report_contents: title, date, numbered sections and the kinds of figures stated. */
export function answerContents(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome {
  const found = findReport(lex, source, u, ctx);
  if (!found.ok) return found.outcome;
  const r = found.report;
  const { metrics } = reportCoverage(lex, source, r.agency, r.year);
  return makeOutcome('answered', [
    `《${r.title}》${r.publishedOn ? `（${r.publishedOn}）` : ''}共${r.sections.length}个部分：`,
    ...r.sections.map((s) => `· ${s}`),
    metrics.length ? `可以查询的统计项：${metrics.join('、')}，以及正文中的其他数字（共${r.factCount}个）。` : '',
    found.note ? `说明：${found.note}` : '',
  ], { patch: { agency: r.agency, years: [r.year] } });
}

/** problems: what the consistency checks found in one report. */
export function answerProblems(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome {
  const found = findReport(lex, source, u, ctx);
  if (!found.ok) return found.outcome;
  const r = found.report;
  const problems = source.problems(r.id);
  const lines = problems.map((p) => `· [${p.severity === 'error' ? '错误' : '提示'}] ${p.section ? `${p.section}：` : ''}${p.message}`);
  return makeOutcome('answered', [
    problems.length ? `《${r.title}》核对发现${problems.length}个问题：` : `《${r.title}》没有发现一致性问题。`,
    ...lines,
    found.note ? `说明：${found.note}` : '',
  ], { patch: { agency: r.agency, years: [r.year] } });
}
