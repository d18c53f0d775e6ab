/**
 * The year of a report's statistics period ("本年度报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止"),
 * read from normalised text (simplified, width-folded, extraction spaces removed), tolerant of the damage real
 * pages show: 年/月 lost ("201811日起至1231日止", "202111日至20211231日", "20081月1日至200812月31日"), other
 * separators ("2018.1.1", "2018-01-01"), 到 for 至, a period stated only by its end ("自1月1日至2020年12月31日"),
 * and Chinese numerals ("二〇一八年一月一日").
 */

/** Where the period sentence starts: 统计期限/时限/期间/时间/区间/期, or "所列数据" when 统计… is missing. */
const ANCHOR = '(?:统计(?:数据)?的?(?:期限|时限|期间|时间|区间|期)|所列数据)';
/** Up to 16 characters of the same sentence between the anchor and the date ("的统计期限为", "从"). */
const GAP = '[^。;\\n]{0,16}?';
const YEAR = '((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})';
/** 1月1日 with any part lost or written another way: 年1月1日, 1月1日, 11日, .1.1, -01-01, 年一月一日. */
const JAN_1 = '(?:(?:年|[.\\-/])?(?:0?1|一)(?:月|[.\\-/])?(?:0?1|一)(?:日|号)|[.\\-/]0?1[.\\-/]0?1(?!\\d))';
const DEC_31 = '(?:年|[.\\-/])?(?:12|十二)(?:月|[.\\-/])?(?:31|三十一)(?:日|号)';
const START_RE = new RegExp(`${ANCHOR}${GAP}${YEAR}${JAN_1}`);
const END_RE = new RegExp(`${ANCHOR}[^。;\\n]{0,30}?(?:至|到|止)${YEAR}${DEC_31}`);
/** A year alone: "统计期限为2020年度", "统计期间为2020年全年". */
const WHOLE_YEAR_RE = new RegExp(`${ANCHOR}${GAP}${YEAR}年(?:度|全年)?(?![0-9一二三四五六七八九十])`);

const CN_DIGITS = '〇一二三四五六七八九';

function yearValue(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  let n = 0;
  for (const ch of s) n = n * 10 + Math.max(0, CN_DIGITS.indexOf(ch === '零' ? '〇' : ch));
  return n;
}

/**
 * Whether a year can be a report's statistics year: the disclosure regulation took effect in 2008 (a few
 * agencies reported on 2007), and a year that has not started cannot be reported on.
 */
export function isPlausibleStatisticsYear(year: number, now: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= 2007 && year <= now.getFullYear();
}

/** The statistics year stated by the period sentence of `text` (a report's preamble), or null. */
export function statisticsPeriodYear(text: string, now: Date = new Date()): number | null {
  for (const re of [START_RE, END_RE, WHOLE_YEAR_RE]) {
    const m = re.exec(text);
    const year = m?.[1] === undefined ? NaN : yearValue(m[1]);
    if (isPlausibleStatisticsYear(year, now)) return year;
  }
  return null;
}

/**
 * The statistics year of a title ("张店区科学技术局2012年政府信息公开工作年度报告"): the first plausible year
 * followed by 年 (or by a month when 年 was lost, "20201月"), so "2019年4月修订" style dates after it and
 * implausible numbers ("2050年远景") are not taken.
 */
export function titleStatisticsYear(title: string, now: Date = new Date()): number | null {
  const re = /((?:19|20)\d{2}) ?(?:年|(?=1[0-2]月|[1-9]月))/g;
  for (let m = re.exec(title); m !== null; m = re.exec(title)) {
    const year = Number(m[1]);
    if (isPlausibleStatisticsYear(year, now)) return year;
  }
  return null;
}
