import { reportLabels, type ReportLabel } from '../vocabulary/report-labels.ts';

/**
 * Rows of the national template table 收到和处理政府信息公开申请情况 (reference §4b), matched by
 * a distinctive part of the label so that typos, annotations and shortened forms still hit.
 * `group` rows (（三）不予公开 …) set the context for the numbered rows under them; a group row that is
 * followed by figures is itself a leaf (2019's single （六）其他处理 row).
 * The words are data: the `application-row` rules of intents/metrics.json, in their order.
 */
export interface ApplicationRow {
  test: RegExp;
  metric: string;
  outcome?: string;
  group?: string;
  /** Only inside this group (for labels like "3.其他" that mean nothing alone). */
  inGroup?: string;
}

// The table breaks one metric down by outcome: a rule on an outcome value is a row of that metric.
const OUTCOME_METRIC = 'applications.outcome';

function applicationRow(rule: ReportLabel<'application-row'>): ApplicationRow {
  if (rule.dimension !== null && rule.dimension !== 'outcome') {
    throw new Error(`intents/metrics.json: an application-row rule on ${rule.dimension}.${rule.key}; only metrics and outcome values are rows`);
  }
  const row: ApplicationRow = { test: new RegExp(rule.pattern), metric: rule.dimension ? OUTCOME_METRIC : rule.key };
  if (rule.dimension) row.outcome = rule.key;
  if (rule.opensGroup) row.group = rule.key;
  if (rule.inGroup) row.inGroup = rule.inGroup;
  return row;
}

/** An inGroup naming no group row would silently disable its row: it fails at start-up instead. */
function checkGroups(rows: ApplicationRow[]): ApplicationRow[] {
  const stray = rows.find((r) => r.inGroup && !rows.some((g) => g.group === r.inGroup));
  if (stray) throw new Error(`intents/metrics.json: application-row ${stray.outcome ?? stray.metric} is inGroup "${stray.inGroup}", which no row opens`);
  return rows;
}

export const APPLICATION_ROWS: ApplicationRow[] = checkGroups(reportLabels('application-row').map(applicationRow));

const COLUMNS = reportLabels('applicant-column');
/** The applicant columns in template order, and the header word of each. */
export const APPLICANT_COLUMNS: string[] = COLUMNS.map((c) => c.key);
export const APPLICANT_LABELS: string[] = COLUMNS.map((c) => c.label);

/** Group subtotals are not rows of the table; they are summed at ingest from their rows. */
export const OUTCOME_GROUPS: string[] = APPLICATION_ROWS.flatMap((r) => (r.group ? [r.group] : []));
