import { describe, expect, it } from 'vitest';
import { applicationValues, LEAVES_2021 } from '../../src/bench/application-values.ts';
import { pipeTableLines } from '../../src/bench/render-pipe-table.ts';
import { tabTableRows } from '../../src/bench/render-tab-table.ts';
import { createRandom } from '../../src/bench/seeded-random.ts';
import { applicationTable, reviewTable } from '../../src/bench/template-tables.ts';

const plain = { halfWidth: false, spaced: false, typo: false, shortUnpaid: false, comma: false };
const table = applicationTable(applicationValues(createRandom(1), LEAVES_2021, [1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], 'normal'), '2021', plain);

describe('TAB layout (one cell per line, like data/reports/2023-*.txt)', () => {
  const rows = tabTableRows(table.rows, createRandom(1), false);

  it('writes the header as Word extraction does: one empty cell per continued rowspan, nothing for a colspan', () => {
    expect(rows[1]).toEqual(['\t', '\t自然人', '\t法人或其他组织', '\t总计', '']);
    expect(rows[2]).toEqual(['\t', '\t', '\t商业企业', '\t科研机构', '\t社会公益组织', '\t法律服务机构', '\t其他', '\t', '']);
  });

  it('puts the group label in the first row of its block and empty cells under it', () => {
    const leaf = rows.find((r) => r.includes('\t2.其他法律行政法规禁止公开'));
    expect(leaf?.slice(0, 3)).toEqual(['\t', '\t', '\t2.其他法律行政法规禁止公开']);
  });
});

describe('pipe layout', () => {
  it('repeats or blanks the slots a span covers, with a separator after the first row', () => {
    const review = reviewTable([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).rows;
    expect(pipeTableLines(review, 'repeat')[0]).toBe(`| ${[...Array(5).fill('行政复议'), ...Array(10).fill('行政诉讼')].join(' | ')} |`);
    expect(pipeTableLines(review, 'blank')[0]).toBe(`| 行政复议 |  |  |  |  | 行政诉讼 | ${Array(9).fill('').join(' | ')} |`);
    expect(pipeTableLines(review, 'blank')[1]).toBe(`|${Array(15).fill('---').join('|')}|`);
  });
});

describe('gold of the application table', () => {
  it('has one fact per cell: 25 rows × 7 applicant columns in the 2021 template', () => {
    expect(table.facts).toHaveLength(25 * 7);
  });
});
