/**
 * Rows of the national template table 收到和处理政府信息公开申请情况 (reference §4b), matched by
 * a distinctive part of the label so that typos, annotations and shortened forms still hit.
 * `group` rows (（三）不予公开 …) set the context for the numbered rows under them; a group row that is
 * followed by figures is itself a leaf (2019's single （六）其他处理 row).
 */
export interface ApplicationRow {
  test: RegExp;
  metric: string;
  outcome?: string;
  group?: string;
  /** Only inside this group (for labels like "3.其他" that mean nothing alone). */
  inGroup?: string;
}

export const APPLICATION_ROWS: ApplicationRow[] = [
  { test: /本年新收/, metric: 'applications.received' },
  { test: /上年结转/, metric: 'applications.carried_in' },
  { test: /结转下年度/, metric: 'applications.carried_over' },
  { test: /部分公开/, metric: 'applications.outcome', outcome: 'partial' },
  { test: /不予公开/, metric: 'applications.outcome', outcome: 'withheld', group: 'withheld' },
  { test: /予以公开/, metric: 'applications.outcome', outcome: 'disclosed' },
  { test: /国家秘密/, metric: 'applications.outcome', outcome: 'withheld.state_secret' },
  { test: /禁止公开/, metric: 'applications.outcome', outcome: 'withheld.prohibited' },
  { test: /三安全一稳定/, metric: 'applications.outcome', outcome: 'withheld.three_safety' },
  { test: /第三方合法权益/, metric: 'applications.outcome', outcome: 'withheld.third_party' },
  { test: /三类内[部容]事务/, metric: 'applications.outcome', outcome: 'withheld.internal' },
  { test: /过程性信息/, metric: 'applications.outcome', outcome: 'withheld.process' },
  { test: /行政执法案卷/, metric: 'applications.outcome', outcome: 'withheld.enforcement_file' },
  { test: /行政查询事项/, metric: 'applications.outcome', outcome: 'withheld.query' },
  { test: /无法提供/, metric: 'applications.outcome', outcome: 'unable', group: 'unable' },
  { test: /不掌握/, metric: 'applications.outcome', outcome: 'unable.not_held' },
  { test: /没有现成信息|另行制作/, metric: 'applications.outcome', outcome: 'unable.needs_creation' },
  { test: /补正后.*不明确/, metric: 'applications.outcome', outcome: 'unable.unclear' },
  { test: /不予处理/, metric: 'applications.outcome', outcome: 'not_processed', group: 'not_processed' },
  { test: /信访举报投诉/, metric: 'applications.outcome', outcome: 'not_processed.petition' },
  { test: /大量反复申请/, metric: 'applications.outcome', outcome: 'not_processed.mass_repeated' },
  { test: /重复申请/, metric: 'applications.outcome', outcome: 'not_processed.repeated' },
  { test: /公开出版物/, metric: 'applications.outcome', outcome: 'not_processed.publication' },
  { test: /确认或重新出具/, metric: 'applications.outcome', outcome: 'not_processed.confirm' },
  { test: /其他处理/, metric: 'applications.outcome', outcome: 'other', group: 'other' },
  { test: /逾期不补正/, metric: 'applications.outcome', outcome: 'other.no_correction' },
  { test: /逾期未.{0,10}缴/, metric: 'applications.outcome', outcome: 'other.unpaid_fee' },
  { test: /^\d[.、]?其他$/, metric: 'applications.outcome', outcome: 'other.other', inGroup: 'other' },
  { test: /总计/, metric: 'applications.processed' },
];

export const APPLICANT_COLUMNS = ['natural_person', 'commercial', 'research', 'social', 'legal_service', 'other', 'total'] as const;
export const APPLICANT_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const;

/** Group subtotals are not rows of the table; they are summed at ingest from their rows. */
export const OUTCOME_GROUPS = ['withheld', 'unable', 'not_processed', 'other'] as const;
