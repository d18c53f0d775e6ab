import type { Fact, Problem, ReportMeta, Section } from '../model/fact.ts';
import { APPLICANT_COLUMNS } from './application-rows.ts';
import { describeFact } from './fact-context.ts';
import { chineseNumeral } from '../text/chinese-numeral.ts';

type Find = (metric: string, dims: Record<string, string>) => Fact | undefined;

function finder(facts: Fact[]): Find {
  const index = new Map<string, Fact>();
  for (const f of facts) {
    const key = describeFact({ ...f, value: 0 });
    if (!index.has(key)) index.set(key, f);
  }
  return (metric, dims) => index.get(describeFact({ metric, dims, value: 0 }));
}

function sumProblem(file: string, code: string, parts: (Fact | undefined)[], total: Fact | undefined, message: string): Problem | null {
  if (!total || parts.some((p) => p === undefined)) return null; // a blank cell is unknown: nothing to check
  const sum = parts.reduce((s, p) => s + (p?.value ?? 0), 0);
  if (Math.abs(sum - total.value) < 1e-9) return null;
  const facts = [...parts, total].filter((f): f is Fact => f !== undefined);
  return { code, file, severity: 'warning', section: total.section, message: `${message}: ${sum} ≠ ${total.value}`, facts: facts.map(describeFact) };
}

const OUTCOME_LEAVES = [
  'disclosed', 'partial', 'withheld', 'unable', 'not_processed', 'other',
];

/** Reference §6b: 本年新收 + 上年结转 = 总计 + 结转下年度, row totals, outcome totals (per column). */
function applicationTableChecks(file: string, facts: Fact[]): Problem[] {
  const table = facts.filter((f) => f.dims.applicant !== undefined);
  if (table.length === 0) return [];
  const find = finder(table);
  const out: (Problem | null)[] = [];
  for (const applicant of APPLICANT_COLUMNS) {
    const d = { applicant };
    const inflow = [find('applications.received', d), find('applications.carried_in', d)];
    const outflow = [find('applications.processed', d), find('applications.carried_over', d)];
    if (!inflow.includes(undefined) && !outflow.includes(undefined)) {
      const a = (inflow[0]?.value ?? 0) + (inflow[1]?.value ?? 0);
      const b = (outflow[0]?.value ?? 0) + (outflow[1]?.value ?? 0);
      if (a !== b) out.push({ code: 'table_sum', file, severity: 'warning', section: inflow[0]?.section ?? '', message: `${applicant}: 本年新收 + 上年结转 = ${a}, 办理结果总计 + 结转下年度 = ${b}`, facts: [...inflow, ...outflow].filter((f): f is Fact => !!f).map(describeFact) });
    }
    const leaves = OUTCOME_LEAVES.map((o) => find('applications.outcome', { applicant, outcome: o }));
    out.push(sumProblem(file, 'table_sum', leaves, find('applications.processed', d), `${applicant}: the outcome rows do not add up to （七）总计`));
  }
  const rows = new Map<string, Fact[]>();
  for (const f of table.filter((x) => !x.derived)) {
    const key = `${f.metric}|${f.dims.outcome ?? ''}`;
    rows.set(key, [...(rows.get(key) ?? []), f]);
  }
  for (const row of rows.values()) {
    const total = row.find((f) => f.dims.applicant === 'total');
    const parts = APPLICANT_COLUMNS.filter((a) => a !== 'total').map((a) => row.find((f) => f.dims.applicant === a));
    out.push(sumProblem(file, 'table_sum', parts, total, `row "${total?.label.replace(/（总计）$/, '') ?? ''}": the applicant columns do not add up to 总计`));
  }
  return out.filter((p): p is Problem => p !== null);
}

/** 总计 = 结果维持 + 结果纠正 + 其他结果 (+ 尚未审结), for 复议, each 诉讼 route, and narrative counts. */
function reviewChecks(file: string, facts: Fact[]): Problem[] {
  const find = finder(facts.filter((f) => !f.derived));
  const out: (Problem | null)[] = [];
  for (const family of ['review', 'litigation', 'review_litigation']) {
    for (const dims of [{}, { route: 'direct' }, { route: 'after_review' }] as Record<string, string>[]) {
      const total = find(`${family}.total`, dims);
      if (!total || total.value === 0) continue;
      const parts = ['maintained', 'corrected', 'other', 'pending'].map((k) => find(`${family}.${k}`, dims));
      const stated = parts.filter((p): p is Fact => p !== undefined);
      if (stated.length < 2) continue; // one outcome named ("维持…4起") is not a breakdown
      out.push(sumProblem(file, 'outcome_sum', stated, total, `${total.label}: the outcomes do not add up to the total`));
    }
  }
  return out.filter((p): p is Problem => p !== null);
}

/** Channels and levels of narrative application counts should add up to the stated total. */
function breakdownChecks(file: string, facts: Fact[]): Problem[] {
  const narrative = facts.filter((f) => f.metric === 'applications.received' && f.dims.applicant === undefined);
  const total = narrative.find((f) => Object.keys(f.dims).length === 0);
  const out: (Problem | null)[] = [];
  for (const dim of ['channel', 'level']) {
    const parts = narrative.filter((f) => f.dims[dim] !== undefined);
    if (parts.length >= 2) out.push(sumProblem(file, 'breakdown_sum', parts, total, `applications by ${dim} (${parts.map((p) => p.dims[dim]).join(', ')}) do not add up to the total received`));
  }
  return out.filter((p): p is Problem => p !== null);
}

/** A figure stated in the narrative and again in the table should agree. */
function narrativeVsTable(file: string, facts: Fact[]): Problem[] {
  const out: Problem[] = [];
  for (const metric of ['applications.received', 'applications.carried_in', 'applications.processed', 'applications.carried_over']) {
    const table = facts.find((f) => f.metric === metric && f.dims.applicant === 'total');
    const prose = facts.filter((f) => f.metric === metric && Object.keys(f.dims).length === 0);
    for (const p of prose) {
      if (table && p.value !== table.value) {
        out.push({ code: 'narrative_vs_table', file, severity: 'warning', section: p.section, message: `the text says ${p.value} but the table says ${table.value} for ${table.label}`, facts: [describeFact(p), describeFact(table)] });
      }
    }
  }
  return out;
}

function dateChecks(file: string, meta: ReportMeta): Problem[] {
  if (!meta.publishedOn || meta.publishedOn > `${meta.year}-12-31`) return [];
  return [{ code: 'signed_before_year_end', file, severity: 'warning', section: '', message: `the report is dated ${meta.publishedOn}, before its statistics year ${meta.year} ended` }];
}

/** "报告全文共由十二部分组成" should match the sections found. */
function sectionCountCheck(file: string, text: string, sections: Section[]): Problem[] {
  const m = /共(?:由)?([一二三四五六七八九十]{1,3})(?:个)?部分/.exec(text.slice(0, sections[0]?.start ?? 0));
  const stated = m?.[1] ? chineseNumeral(m[1]) : NaN;
  if (Number.isNaN(stated) || stated === sections.length) return [];
  return [{ code: 'section_count', file, severity: 'warning', section: '', message: `the report says it has ${stated} parts but ${sections.length} numbered sections were found` }];
}

export function checkReportConsistency(file: string, meta: ReportMeta, text: string, sections: Section[], facts: Fact[]): Problem[] {
  return [
    ...applicationTableChecks(file, facts),
    ...reviewChecks(file, facts),
    ...breakdownChecks(file, facts),
    ...narrativeVsTable(file, facts),
    ...dateChecks(file, meta),
    ...sectionCountCheck(file, text, sections),
  ];
}
