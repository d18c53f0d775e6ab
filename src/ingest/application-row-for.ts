import { APPLICATION_ROWS, type ApplicationRow } from './application-rows.ts';
import { labelKey } from './table-cells.ts';

/**
 * The row a label names, inside the group the rows above it opened (null: none). A cell may hold the
 * group and the numbered row together ("(三)不予公开 1.属于国家秘密"): the numbered row wins, and the
 * group is returned to set the context.
 */
export function applicationRowFor(label: string, group: string | null): { rule?: ApplicationRow; group?: ApplicationRow } {
  const key = labelKey(label);
  const hits = APPLICATION_ROWS.filter((r) => r.test.test(key));
  const groupHit = hits.find((r) => r.group);
  const inGroup = groupHit?.group ?? group;
  const leaf = hits.find((r) => r.outcome?.includes('.') && (!r.inGroup || r.inGroup === inGroup));
  return { rule: leaf ?? hits.find((r) => !r.inGroup || r.inGroup === inGroup), group: groupHit };
}
