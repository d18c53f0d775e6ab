import type { Problem, ReportMeta, Section } from '../model/fact.ts';
import { splitLines } from './split-sections.ts';

const TITLE_WORDS = /(政府信息公开|政务公开).{0,6}(年度报告|年报)|年度报告/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;
const PERIOD = /统计(?:期限|时限|期间|时间)[^。]{0,12}?((?:19|20)\d{2})年1月1日/;
const COMPILED_BY = /由([\u4e00-\u9fff]{2,30}?)(?:根据|按照|依据|负责|编制|结合)/;
const DATE_LINE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;
// The body that publishes: a run of CJK ending in an organisation word. Greedy, so the longest name wins:
// 车站街道办事处 not 车站, 人力资源和社会保障局 not 人力资源和社会, 马尚镇人民政府 not 马尚镇.
const ORG = /([\u4e00-\u9fff]{2,30}(?:人民政府办公室|人民政府|办公室|委员会|中心|局|委|办|署|院|所|站|队|馆|街道办事处|办事处|镇|街道|会|厅|处|社))/;
const CITY_PREFIX = /^[\u4e00-\u9fff]{2,4}市(?=[\u4e00-\u9fff]{2,4}[区县])/;

export interface MetaResult {
  meta: ReportMeta | null;
  problems: Problem[];
}

/** Lines before the first section: where the title, compiler and statistics period are stated. */
function preamble(text: string, sections: Section[]): string {
  return text.slice(0, sections[0]?.start ?? Math.min(text.length, 2000));
}

function findTitle(pre: string): string | null {
  const lines = splitLines(pre).map((l) => l.text.trim()).filter((t) => t.length > 0);
  const i = lines.findIndex((t) => TITLE_WORDS.test(t) && t.length <= 60);
  if (i < 0) return null;
  const line = lines[i] ?? '';
  const before = lines[i - 1];
  // A title set on two lines: the agency alone above "2023年政府信息公开工作年度报告".
  const agencyAbove = before !== undefined && before.length <= 30 && !/[。，,；：:]/.test(before);
  if (agencyAbove && /^(?:19|20)\d{2}/.test(line)) return before + line;
  return line;
}

function canonicalAgency(raw: string): string {
  return raw.replace(CITY_PREFIX, '').trim();
}

function agencyFromTitle(title: string): string | null {
  const head = title.split(/(?:19|20)\d{2}\s*年/)[0]?.trim() ?? '';
  const m = ORG.exec(head);
  return m?.[1] ? canonicalAgency(m[1]) : null;
}

/** The signature: an organisation line just above the closing date, or the last short line. */
function agencyFromSignature(text: string): string | null {
  const lines = splitLines(text).map((l) => l.text.trim()).filter((t) => t.length > 0).slice(-4);
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i] ?? '';
    if (t.length <= 30 && !/[。，,；]/.test(t) && ORG.test(t) && ORG.exec(t)?.[1] === t) return canonicalAgency(t);
  }
  return null;
}

function agencyFromCompiler(pre: string): string | null {
  const m = COMPILED_BY.exec(pre);
  const org = m?.[1] ? ORG.exec(m[1])?.[1] : undefined;
  return org ? canonicalAgency(org) : null;
}

/** Prefer the fullest name that the other mentions end with (科学技术局 ⊂ 张店区科学技术局). */
function pickAgency(candidates: (string | null)[]): string | null {
  const found = candidates.filter((c): c is string => c !== null && c.length >= 2);
  if (found.length === 0) return null;
  const first = found[0] ?? '';
  const fuller = found.filter((c) => c.endsWith(first) || first.endsWith(c)).sort((a, b) => b.length - a.length);
  return fuller[0] ?? first;
}

function findPublishedOn(text: string): string | null {
  const lines = splitLines(text).map((l) => l.text.trim()).filter((t) => t.length > 0).slice(-3);
  for (const t of lines.reverse()) {
    const m = DATE_LINE.exec(t);
    if (m) return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  }
  return null;
}

function detectTemplate(text: string, year: number): ReportMeta['template'] {
  if (/本年制发件数|本年收费金额|逾期不补正/.test(text)) return '2021';
  if (/本年新制作数量|第二十条第\(九\)项|对外公开总数量/.test(text)) return '2019';
  if (/本年新收政府信息公开申请数量/.test(text)) return year >= 2021 ? '2021' : '2019';
  return 'narrative';
}

/**
 * Short names the report itself uses for its agency (区科技局 for 张店区科学技术局): words in the text that
 * end like the name, start like its core (the name without the district) or with 区, and keep its
 * characters in order.
 */
export function aliasesInText(agency: string, text: string): string[] {
  const core = agency.replace(/^[\u4e00-\u9fff]{1,4}[区县市](?=[\u4e00-\u9fff]{2})/, '');
  const found = new Set<string>(core !== agency ? [core] : []);
  const last = agency.at(-1) ?? '';
  const re = new RegExp(`[\\u4e00-\\u9fff]{1,8}${last}`, 'g');
  for (const m of text.matchAll(re)) {
    for (let s = 0; s < m[0].length - 2; s++) {
      const cand = m[0].slice(s);
      const head = cand[0];
      if (cand === agency || (head !== '区' && head !== core[0])) continue;
      if (isSubsequence(cand, head === '区' ? `区${core}` : core)) found.add(cand);
    }
  }
  return [...found].sort((a, b) => b.length - a.length).slice(0, 8);
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

export function parseReportMeta(file: string, text: string, sections: Section[]): MetaResult {
  const problems: Problem[] = [];
  const problem = (code: string, message: string, severity: Problem['severity'] = 'error'): void => {
    problems.push({ code, file, severity, section: '', message });
  };
  const pre = preamble(text, sections);
  const title = findTitle(pre);
  if (!title) problem('no_title', 'no title line naming a 政府信息公开工作年度报告 was found before the first section', 'warning');
  const yearText = (title && YEAR_IN_TITLE.exec(title)?.[1]) ?? PERIOD.exec(pre)?.[1] ?? /((?:19|20)\d{2})年度?政府信息公开/.exec(pre)?.[1];
  const agency = pickAgency([title ? agencyFromTitle(title) : null, agencyFromCompiler(pre), agencyFromSignature(text)]);
  if (!yearText) problem('no_year', 'the statistics year is stated neither in the title nor in the statistics period');
  if (!agency) problem('no_agency', 'the agency is named neither in the title, the compiling sentence nor the signature');
  if (!yearText || !agency) return { meta: null, problems };
  const year = Number(yearText);
  const period = PERIOD.exec(pre)?.[1];
  if (period && Number(period) !== year) {
    problem('year_mismatch', `the title says ${year} but the statistics period starts in ${period}`, 'warning');
  }
  const meta: ReportMeta = {
    title: title ?? `${agency}${year}年政府信息公开工作年度报告`,
    agency,
    agencyAliases: aliasesInText(agency, text),
    year,
    publishedOn: findPublishedOn(text),
    template: detectTemplate(text, year),
  };
  return { meta, problems };
}
