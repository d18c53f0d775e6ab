import { APPLICANTS, LEAVES_2019, type ApplicationValues } from './application-values.ts';
import type { StatedFact } from './corpus-types.ts';
import type { TableCell, TableRows } from './report-document.ts';
import type { Random } from './seeded-random.ts';

export interface BuiltTable {
  rows: TableRows;
  facts: StatedFact[];
}

/** Label spellings seen in published tables (reference §4b): the extractor must accept them all. */
export interface LabelStyle {
  halfWidth: boolean;
  spaced: boolean;
  typo: boolean;
  shortUnpaid: boolean;
  comma: boolean;
}

export function labelStyle(r: Random): LabelStyle {
  return { halfWidth: r.chance(0.2), spaced: r.chance(0.2), typo: r.chance(0.1), shortUnpaid: r.chance(0.2), comma: r.chance(0.2) };
}

function styled(label: string, s: LabelStyle): string {
  let out = label;
  if (s.typo) out = out.replace('三类内部事务', '三类内容事务').replace('只计这一情形', '只计这一情况');
  if (s.shortUnpaid) out = out.replace('申请人逾期未按收费通知要求缴纳费用', '申请人逾期未缴费');
  if (s.comma) out = out.replace(/申请人(无正当理由逾期不补正|逾期未按收费通知要求缴纳费用|逾期未缴费)、/, '申请人$1，');
  if (s.halfWidth) out = out.replace(/（/g, '(').replace(/）/g, ') ').replace(/\) $/, ')');
  if (s.spaced) out = out.replace('商业企业', '商业 企业').replace('科研机构', '科研 机构');
  return out.trim();
}

const cell = (text: string, rowspan = 1, colspan = 1): TableCell => ({ text, rowspan, colspan });
const tableFact = (phrasing: string, quote: string, metric: string, dims: Record<string, string>, value: number, unit: string, scope: StatedFact['scope'] = 'year'): StatedFact =>
  ({ metric, dims, value, unit, qualifier: null, scope, phrasing, quote });

const GROUPS: [string, string, string[]][] = [
  ['（三）不予公开', 'withheld', ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']],
  ['（四）无法提供', 'unable', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
  ['（五）不予处理', 'not_processed', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']],
  ['（六）其他处理', 'other', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']],
];
const OTHER_2021 = ['other.no_correction', 'other.unpaid_fee', 'other.other'];

/** 收到和处理政府信息公开申请情况, 2019 (one 其他处理 row) or 2021 (three), with one fact per stated cell. */
export function applicationTable(v: ApplicationValues, template: '2019' | '2021', s: LabelStyle): BuiltTable {
  const facts: StatedFact[] = [];
  const values = (quote: string, metric: string, nums: number[], outcome?: string): TableCell[] => {
    nums.forEach((n, k) => facts.push(tableFact('table.applications', quote, metric, { applicant: APPLICANTS[k] ?? 'total', ...(outcome ? { outcome } : {}) }, n, '件')));
    return nums.map((n) => cell(String(n)));
  };
  const L = (t: string): string => styled(t, s);
  const rows: TableRows = [
    [cell(L('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), 3, 3), cell('申请人情况', 1, 7)],
    [cell('自然人', 2), cell('法人或其他组织', 1, 5), cell('总计', 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(L(t))),
    [cell(L('一、本年新收政府信息公开申请数量'), 1, 3), ...values('一、本年新收政府信息公开申请数量', 'applications.received', v.received)],
    [cell(L('二、上年结转政府信息公开申请数量'), 1, 3), ...values('二、上年结转政府信息公开申请数量', 'applications.carried_in', v.carriedIn)],
  ];
  const outcomeRows: TableRows = [
    [cell(L('（一）予以公开'), 1, 2), ...values('（一）予以公开', 'applications.outcome', v.leaves.disclosed ?? [], 'disclosed')],
    [cell(L('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'), 1, 2), ...values('（二）部分公开', 'applications.outcome', v.leaves.partial ?? [], 'partial')],
  ];
  for (const [group, key, subs] of GROUPS) {
    if (key === 'other' && template === '2019') {
      outcomeRows.push([cell(L(group), 1, 2), ...values(group, 'applications.outcome', v.leaves.other ?? [], 'other')]);
      continue;
    }
    subs.forEach((sub, i) => {
      const leaf = key === 'other' ? OTHER_2021[i] ?? '' : LEAVES_2019.filter((l) => l.startsWith(`${key}.`))[i] ?? '';
      const head = i === 0 ? [cell(L(group), subs.length)] : [];
      outcomeRows.push([...head, cell(L(sub)), ...values(`${group} ${sub}`, 'applications.outcome', v.leaves[leaf] ?? [], leaf)]);
    });
  }
  outcomeRows.push([cell('（七）总计', 1, 2), ...values('（七）总计', 'applications.processed', v.processed)]);
  outcomeRows[0]?.unshift(cell(L('三、本年度办理结果'), outcomeRows.length));
  rows.push(...outcomeRows);
  rows.push([cell(L('四、结转下年度继续办理'), 1, 3), ...values('四、结转下年度继续办理', 'applications.carried_over', v.carriedOver)]);
  return { rows, facts };
}

const OUTCOME_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const OUTCOME_KEYS = ['maintained', 'corrected', 'other', 'pending', 'total'];

/** 政府信息公开行政复议、行政诉讼情况: 15 cells, identical in both templates. */
export function reviewTable(values: number[]): BuiltTable {
  const facts = values.map((n, k) => {
    const group = Math.floor(k / 5);
    const key = OUTCOME_KEYS[k % 5] ?? 'total';
    const metric = group === 0 ? `review.${key}` : `litigation.${key}`;
    const dims: Record<string, string> = group === 0 ? {} : { route: group === 1 ? 'direct' : 'after_review' };
    return tableFact('table.review', `${['行政复议', '未经复议直接起诉', '复议后起诉'][group]} ${OUTCOME_LABELS[k % 5]}`, metric, dims, n, '件');
  });
  const rows: TableRows = [
    [cell('行政复议', 1, 5), cell('行政诉讼', 1, 10)],
    [...OUTCOME_LABELS.map((l) => cell(l, 2)), cell('未经复议直接起诉', 1, 5), cell('复议后起诉', 1, 5)],
    [...OUTCOME_LABELS, ...OUTCOME_LABELS].map((l) => cell(l)),
    values.map((n) => cell(String(n))),
  ];
  return { rows, facts };
}
