import { describe, expect, it } from 'vitest';
import { linesOf, type PdfText } from '../../../src/ingest/read/pdf-runs.ts';
import { withTableRows } from '../../../src/ingest/read/pdf-table-rows.ts';

// Runs placed as LibreOffice and Word lay out the template's tables: 12 pt text, rows 33 pt apart, a cell
// of a narrow column wrapped at 16 pt, its row's figures on the cell's middle line.
const run = (str: string, x: number, y: number): PdfText => ({ str, x, y, width: str.length * 12, height: 12 });
const figures = (y: number, values: number[]): PdfText[] => values.map((v, i) => run(String(v), 280 + 40 * i, y));
const rows = (items: PdfText[]): string[] => withTableRows(linesOf(items), 595).flatMap((l) => l.text.split('\n'));

describe('withTableRows', () => {
  it('writes a row as its label and figures, one cell a TAB line, in reading order', () => {
    expect(rows([...figures(600, [8, 1, 10]), run('一、本年新收申请数量', 58, 600)])).toEqual(['\t一、本年新收申请数量', '\t8', '\t1', '\t10']);
  });

  it('joins a label wrapped above and below its figures', () => {
    const items = [run('（二）部分公开（区分处理的，', 113, 665), ...figures(658, [1, 0, 1]), run('只计这一情形）', 113, 649), run('（一）予以公开', 113, 699), ...figures(699, [5, 1, 6])];
    expect(rows(items)).toEqual(['\t（一）予以公开', '\t5', '\t1', '\t6', '\t（二）部分公开（区分处理的，只计这一情形）', '\t1', '\t0', '\t1']);
  });

  it('joins the wrapped lines of a centred cell, which share their middle, not their left edge', () => {
    const items = [{ str: '5.属于三类内部事务', x: 150, y: 733, width: 108, height: 12 }, ...figures(725, [0, 0, 0]), { str: '信息', x: 192, y: 716, width: 24, height: 12 }];
    expect(rows(items)).toEqual(['\t5.属于三类内部事务信息', '\t0', '\t0', '\t0']);
  });

  it('puts a label spanning several rows on a line of its own before them', () => {
    const items = [
      run('（三）', 113, 616), run('1.属于国家秘密', 153, 616), ...figures(616, [0, 0, 0]),
      run('不予公', 113, 599),
      run('开', 113, 583), run('2.其他法律行政法规禁', 153, 582), ...figures(584, [0, 0, 0]), run('止公开', 153, 566),
    ];
    expect(rows(items)).toEqual(['\t（三）不予公开', '\t1.属于国家秘密', '\t0', '\t0', '\t0', '\t2.其他法律行政法规禁止公开', '\t0', '\t0', '\t0']);
  });

  it('never joins two rows, nor a numbered label to the cell above it', () => {
    const items = [run('7.属于行政执法案卷', 153, 650), ...figures(650, [0, 0, 0]), run('8.属于行政查询事项', 153, 634), ...figures(634, [1, 1, 2])];
    expect(rows(items)).toEqual(['\t7.属于行政执法案卷', '\t0', '\t0', '\t0', '\t8.属于行政查询事项', '\t1', '\t1', '\t2']);
  });

  it('takes the header lines above the first row as cells, split where a run ran them together, up to the section heading', () => {
    const items = [run('二、主动公开政府信息情况', 57, 597), run('信息内容', 58, 539), run('本年制发件数 本年废止件数 现行有效件数', 148, 539), run('规章', 58, 505), ...figures(506, [0, 0, 0])];
    expect(rows(items)).toEqual(['二、主动公开政府信息情况', '\t信息内容', '\t本年制发件数', '\t本年废止件数', '\t现行有效件数', '\t规章', '\t0', '\t0', '\t0']);
  });

  it('takes a two-column 第二十条 row, a figure with its unit set apart, and an outer group label as cells of their own', () => {
    const items = [
      run('行政事业性收费', 58, 700), run('3', 280, 700), run('0', 320, 700),
      run('政府集中采购', 58, 667), run('14', 280, 667), run('0', 320, 667), { str: '万元', x: 328, y: 667, width: 24, height: 12 },
      run('（五）不予处理', 58, 600), run('1.信访举报投诉类申请', 150, 600), ...figures(600, [0, 0, 0]),
    ];
    expect(rows(items)).toEqual(['\t行政事业性收费', '\t3', '\t0', '\t政府集中采购', '\t14', '\t0万元', '\t（五）不予处理', '\t1.信访举报投诉类申请', '\t0', '\t0', '\t0']);
  });

  it('leaves a page without figure rows as it was, and prose whose figures stand among its words', () => {
    const items = [run('全年共收到申请', 57, 700), run('8', 150, 700), run('件，办结', 160, 700), run('7', 210, 700), run('件，结转', 220, 700), run('1', 270, 700), run('件。', 280, 700)];
    expect(rows(items)).toEqual(['全年共收到申请 8件，办结7件，结转1件。']);
  });
});
