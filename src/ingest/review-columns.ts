import { reportLabelsOn } from '../vocabulary/report-labels.ts';

// The words are data: the review-column, litigation-column and litigation-route rules of intents/metrics.json.
const REVIEW = reportLabelsOn('review-column', null);
/** The outcome columns of each 行政诉讼 route, in template order (总计 last). */
export const LITIGATION_OUTCOMES = reportLabelsOn('litigation-column', null);
const ROUTES = reportLabelsOn('litigation-route', 'route');

export interface ReviewColumn {
  metric: string;
  route?: string;
  label: string;
}

/** The columns of the 行政复议/行政诉讼 table in template order (reference §5): 行政复议, then each route. */
export const REVIEW_COLUMNS: ReviewColumn[] = [
  ...REVIEW.map((c) => ({ metric: c.key, label: `行政复议 ${c.label}` })),
  ...ROUTES.flatMap((r) => LITIGATION_OUTCOMES.map((c) => ({ metric: c.key, route: r.key, label: `行政诉讼 ${r.label} ${c.label}` }))),
];

/** The columns of one block (行政复议, or one route of 行政诉讼): its outcomes, their 总计 last. */
export const REVIEW_BLOCK = REVIEW.length;
// The sums check reads the row block by block, so every block must have the same columns.
if (LITIGATION_OUTCOMES.length !== REVIEW_BLOCK) throw new Error('intents/metrics.json: 行政复议 and 行政诉讼 need as many outcome columns');
