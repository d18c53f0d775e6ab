import { describe, expect, it } from 'vitest';
import { isPlausibleStatisticsYear, statisticsPeriodYear, titleStatisticsYear } from '../../src/ingest/statistics-period.ts';

const NOW = new Date('2026-06-01T00:00:00Z');

// Invented sentences in the shapes real reports use (as normalised text: simplified, spaces removed).
const periods: Array<[string, number | null]> = [
  ['本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。', 2018],
  ['所列数据的统计期限自201811日起至1231日止。', 2018],
  ['本报告所列数据统计期限为202111日至20211231日。', 2021],
  ['所列数据的统计期限自20081月1日至200812月31日止。', 2008],
  ['所列数据统计期限从2020年1月1日到2020年12月31日。', 2020],
  ['数据统计时限为2019年01月01日至2019年12月31日。', 2019],
  ['统计数据的时限自2021年1月1日至2021年12月31日。', 2021],
  ['数据统计期自2023年1月1日至2023年12月31日。', 2023],
  ['统计期限为2016.1.1—2016.12.31。', 2016],
  ['本报告中所列数据从20221月1日截止到202212月31日。', 2022],
  ['统计期限自1月1日起至2017年12月31日止。', 2017],
  ['统计期限为二〇一五年一月一日至二〇一五年十二月三十一日。', 2015],
  ['统计期限为2014年度。', 2014],
  // Not a statistics period.
  ['2018年11月1日,召开会议。', null],
  ['统计期限自2018年11月1日起。', null],
  ['统计期限自2030年1月1日起。', null],
  ['本报告于2019年1月1日发布。', null],
  ['统计。2018年1月1日起施行。', null],
];

describe('statisticsPeriodYear', () => {
  it.each(periods)('%s → %s', (text, year) => {
    expect(statisticsPeriodYear(text, NOW)).toBe(year);
  });
});

describe('titleStatisticsYear', () => {
  it.each([
    ['城东区科学技术局2012年政府信息公开工作年度报告', 2012],
    ['城东区2020 年政府信息公开工作年度报告', 2020],
    ['2009年度政府信息公开工作年度报告(城东区经贸局)', 2009],
    ['城东区20201月政府信息公开工作年度报告', 2020],
    ['城东区2050年远景规划', null],
    ['城东区1998年政府信息公开工作年度报告', null],
    ['城东区政府信息公开指南', null],
  ] as Array<[string, number | null]>)('%s → %s', (title, year) => {
    expect(titleStatisticsYear(title, NOW)).toBe(year);
  });
});

describe('isPlausibleStatisticsYear', () => {
  it('is 2007 up to the current year', () => {
    expect(isPlausibleStatisticsYear(2007, NOW)).toBe(true);
    expect(isPlausibleStatisticsYear(2026, NOW)).toBe(true);
    expect(isPlausibleStatisticsYear(2027, NOW)).toBe(false);
    expect(isPlausibleStatisticsYear(2006, NOW)).toBe(false);
    expect(isPlausibleStatisticsYear(2018.5, NOW)).toBe(false);
  });
});
