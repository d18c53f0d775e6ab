import type { Problem, ReportMeta, Section } from '../model/fact.ts';
import { parseAgencyName } from '../text/agency-name.ts';
import { splitLines } from './split-sections.ts';
import { statisticsPeriodYear, titleStatisticsYear } from './statistics-period.ts';

const TITLE_WORDS = /(政府信息公开|政务公开).{0,6}(年度报告|年报)|年度报告/;
const COMPILED_BY = /由([\u4e00-\u9fff]{2,30}?)(?:根据|按照|依据|负责|编制|结合)/;
const DATE_LINE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;
// The body that publishes: a run of CJK ending in an organisation word. Greedy, so the longest name wins:
// 车站街道办事处 not 车站, 人力资源和社会保障局 not 人力资源和社会, 马尚镇人民政府 not 马尚镇.
const ORG = /([\u4e00-\u9fff]{2,30}(?:人民政府办公室|人民政府|办公室|委员会|中心|局|委|办|署|院|所|站|队|馆|街道办事处|办事处|镇|街道|会|厅|处|社))/;
// A saved page's own rows: 发布机构: 张店区科学技术局 (also | 发布机构: | … | in a pipe table).
const PUBLISHER_ROW = /发布机构[\s|]*[:：][\s|]*([\u4e00-\u9fff]{2,30})/;
const FIRST_ORG = new RegExp(ORG.source.replace('{2,30}', '{2,30}?'));
// What is about a report but is not one: its 解读 (explanation), or a 图解.
const NOT_A_REPORT = /解读|图解/;
// The agency set after the title in brackets: 2009年度政府信息公开工作年度报告 (某某县经贸局).
const BRACKETED = /^[(（]([\u4e00-\u9fff]{2,30})[)）]/;

export interface MetaResult {
  meta: ReportMeta | null;
  problems: Problem[];
}

/** Lines before the first section: where the title, compiler and statistics period are stated. */
function preamble(text: string, sections: Section[]): string {
  return text.slice(0, sections[0]?.start ?? Math.min(text.length, 2000));
}

const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置)[:：]/;

function findTitle(pre: string): string | null {
  const lines = splitLines(pre).map((l) => l.text.trim()).filter((t) => t.length > 0);
  // A saved page's breadcrumb (当前位置：首页 > 政府信息公开年报) names the column, not the report.
  const i = lines.findIndex((t) => TITLE_WORDS.test(t) && t.length <= 60 && !BREADCRUMB.test(t));
  if (i < 0) return null;
  const line = lines[i] ?? '';
  const before = lines[i - 1];
  // A title set on two lines: the agency alone above "2023年政府信息公开工作年度报告".
  const agencyAbove = before !== undefined && before.length <= 30 && !/[。，,；：:]/.test(before);
  if (agencyAbove && /^(?:19|20)\d{2}/.test(line)) return before + line;
  return line;
}

/** The one name an agency is stored under, whatever the report's spelling (intents/entities/agency-places.json). */
function canonicalAgency(raw: string): string {
  return parseAgencyName(raw.trim()).canonical;
}

/**
 * The agency a title names before its year: an organisation (…局, …街道办事处), a place alone (沂源县 → its
 * 人民政府), or, failing both, the whole head when it reads as a name (某某建设集团: a body type we don't know).
 * A title with no head may name the agency in brackets after it.
 */
function agencyFromTitle(title: string): string | null {
  const [headRaw = '', ...tail] = title.split(/(?:19|20)\d{2}\s*年/);
  const head = headRaw.replace(/\s+/g, '').replace(/^关于/, '');
  const org = ORG.exec(head)?.[1];
  if (org && head.endsWith(org)) return canonicalAgency(org);
  const parsed = parseAgencyName(head);
  if (parsed.places.length > 0 && parsed.places.map((p) => p.name).join('') === head) return parsed.canonical;
  if (/^[\u4e00-\u9fff]{2,30}$/.test(head) && !/政府信息|年度/.test(head)) return canonicalAgency(head);
  const bracketed = BRACKETED.exec(tail.join('').replace(/^.*?(?:年度报告|年报)\s*/, ''))?.[1];
  return bracketed ? canonicalAgency(bracketed) : org ? canonicalAgency(org) : null;
}

// The row's value may run into the next line once lines are re-joined: the first organisation in it.
function agencyFromPublisher(pre: string): string | null {
  const m = PUBLISHER_ROW.exec(pre)?.[1];
  const org = m ? FIRST_ORG.exec(m)?.[1] : undefined;
  return org ? canonicalAgency(org) : null;
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
  if (title && NOT_A_REPORT.test(title)) {
    problem('not_a_report', `the title "${title}" is about a report (解读, 图解), not a report itself; nothing stored`);
    return { meta: null, problems };
  }
  if (!title) problem('no_title', 'no title line naming a 政府信息公开工作年度报告 was found before the first section', 'warning');
  // The period sentence is read tolerantly: real pages damage its dates (201811日至20181231日, 20201月1日).
  const period = statisticsPeriodYear(pre);
  const yearText = (title ? titleStatisticsYear(title) : null) ?? period ?? /((?:19|20)\d{2})年度?政府信息公开/.exec(pre)?.[1];
  // The page's 发布机构 row is read only when the report's own words name no agency: it often holds a
  // short or later name (湖田街道办事处 for 张店区人民政府湖田街道办事处; a bureau's new name on an old report).
  const agency = pickAgency([title ? agencyFromTitle(title) : null, agencyFromCompiler(pre), agencyFromSignature(text)]) ?? agencyFromPublisher(pre);
  if (!yearText) problem('no_year', 'the statistics year is stated neither in the title nor in the statistics period');
  if (!agency) problem('no_agency', 'the agency is named nowhere it was looked for: the title (an organisation or a place before the year), the page\'s 发布机构 row, the compiling sentence (由…编制) or the signature');
  if (!yearText || !agency) return { meta: null, problems };
  const year = Number(yearText);
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
