import type { Random } from './seeded-random.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、二、… for the n-th section (1-based). */
export function sectionNumber(n: number): string {
  return NUMERALS[n - 1] ?? String(n);
}

/** The title on one or two lines, sometimes with the city in front, sometimes without the agency at all. */
export function titleLines(r: Random, agency: string, year: number): string[] {
  const style = r.int(0, 9);
  if (style < 4) return [agency, `${year}年政府信息公开工作年度报告`];
  if (style < 7) return [`${agency}${year}年政府信息公开工作年度报告`];
  if (style < 9 && agency.startsWith('张店区')) return [`淄博市${agency}${year}年度政府信息公开工作年度报告`];
  return [`关于${year}年政府信息公开工作的年度报告`];
}

/** Compiling sentence, statistics period and contact: where the agency and year are stated outside the title. */
export function preamble(r: Random, agency: string, year: number): string[] {
  const phone = `0533-${r.int(2000000, 3999999)}`;
  return [
    `本年报是根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${r.pick(['《山东省政府信息公开办法》', '上级有关文件'])}要求，由${agency}编制的${year}年度政府信息公开工作年度报告。`,
    `本年度报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `本报告电子版可在淄博市张店区人民政府门户网站（http://www.zhangdian.gov.cn）查阅或下载。如对本报告有任何疑问，请联系：${agency}办公室，联系电话：${phone}。`,
  ];
}

/** Agency and a date early in the next year (published by 3月31日). */
export function signature(r: Random, agency: string, year: number): string[] {
  return [agency, `${year + 1}年${r.int(1, 3)}月${r.int(1, 28)}日`];
}
