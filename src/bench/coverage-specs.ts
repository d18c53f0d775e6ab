import type { ReportSpec } from './corpus-types.ts';

type Row = [string, number, ReportSpec['format'], ReportSpec['layout'], 'normal' | 'busy', { traditional?: boolean; inconsistent?: boolean }?];

const ROWS: Row[] = [
  ['张店区科学技术局', 2012, 'narrative', 'prose', 'normal'],
  ['张店区民政局', 2016, 'narrative', 'prose', 'busy', { inconsistent: true }],
  ['张店区公园街道办事处', 2017, 'narrative', 'html', 'normal'],
  ['张店区审计局', 2014, 'narrative', 'prose', 'busy', { traditional: true }],
  ['张店区卫生健康局', 2019, '2019', 'tab', 'busy'],
  ['张店区商务局', 2020, '2019', 'markdown-repeat', 'normal'],
  ['张店区统计局', 2019, '2019', 'markdown-blank', 'normal'],
  ['张店区水利局', 2020, '2019', 'html', 'busy'],
  ['张店区信访局', 2021, '2021', 'tab', 'busy', { inconsistent: true }],
  ['张店区应急管理局', 2022, '2021', 'markdown-repeat', 'normal'],
  ['张店区马尚街道办事处', 2023, '2021', 'markdown-blank', 'normal'],
  ['张店区机关事务服务中心', 2024, '2021', 'html', 'busy', { traditional: true }],
];

/** Twelve reports covering every format and layout, a 繁體 copy of each kind and one broken sum of each kind. */
export function coverageSpecs(): ReportSpec[] {
  return ROWS.map(([agency, year, format, layout, activity, extra], index) => ({
    index, agencyIndex: index, agency, year, format, layout, activity,
    traditional: extra?.traditional ?? false, inconsistent: extra?.inconsistent ?? false,
  }));
}
