import type { ChatContext, ReportSummary } from '../model/fact-source.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import { reportOf, type NluKit } from './nlu-kit.ts';
import { reportCoverage } from './report-coverage.ts';
import { checkReport, missingReportLines } from './check-report.ts';
import { resolveSlots } from './resolve-slots.ts';
import type { Understanding } from './understand-question.ts';

type Found = { ok: true; report: ReportSummary; note: string } | { ok: false; outcome: Outcome };

/** The one report a question is about, by the same rules as a figure question. */
function findReport(kit: NluKit, u: Understanding, ctx: ChatContext | null): Found {
  const res = resolveSlots(kit, u, ctx);
  if (!res.ok) return res;
  const agency = res.slots.agencies[0] ?? '';
  const year = res.slots.years[0] ?? kit.latestYear;
  const check = checkReport(kit, agency, year);
  if (!check.ok) {
    const miss = missingReportLines(kit, u, check);
    return { ok: false, outcome: makeOutcome('not_found', miss.lines, { options: miss.options }) };
  }
  const report = reportOf(kit, check.agency, year) as ReportSummary;
  return { ok: true, report, note: [check.note, ...res.slots.notes].filter(Boolean).join(' ') };
}

/** report_contents: title, date, numbered sections and the kinds of figures stated. */
export function answerContents(kit: NluKit, u: Understanding, ctx: ChatContext | null): Outcome {
  const found = findReport(kit, u, ctx);
  if (!found.ok) return found.outcome;
  const r = found.report;
  const { metrics } = reportCoverage(kit, r.agency, r.year);
  return makeOutcome('answered', [
    `《${r.title}》${r.publishedOn ? `（${r.publishedOn}）` : ''}共${r.sections.length}个部分：`,
    ...r.sections.map((s) => `· ${s}`),
    metrics.length ? `可以查询的统计项：${metrics.join('、')}，以及正文中的其他数字（共${r.factCount}个）。` : '',
    found.note ? `说明：${found.note}` : '',
  ], { patch: { agency: r.agency, years: [r.year] } });
}

/** problems: what the consistency checks found in one report. */
export function answerProblems(kit: NluKit, u: Understanding, ctx: ChatContext | null): Outcome {
  const found = findReport(kit, u, ctx);
  if (!found.ok) return found.outcome;
  const r = found.report;
  const problems = kit.source.problems(r.id);
  const lines = problems.map((p) => `· [${p.severity === 'error' ? '错误' : '提示'}] ${p.section ? `${p.section}：` : ''}${p.message}`);
  return makeOutcome('answered', [
    problems.length ? `《${r.title}》核对发现${problems.length}个问题：` : `《${r.title}》没有发现一致性问题。`,
    ...lines,
    found.note ? `说明：${found.note}` : '',
  ], { patch: { agency: r.agency, years: [r.year] } });
}
