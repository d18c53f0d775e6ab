import { describe, expect, it } from 'vitest';
import { pdfPagesToText, type PdfPage, type PdfText } from '../../../src/ingest/read/pdf-lines.ts';

const run = (str: string, x: number, y: number, height = 12): PdfText => ({ str, x, y, width: str.length * height, height });
const page = (...items: PdfText[]): PdfPage => ({ items, width: 595, height: 842 });
const BODY = '本机关全年主动公开政府信息一百二十条';

describe('pdfPagesToText', () => {
  it('keeps a line of prose whole, its figures where they stand', () => {
    const text = pdfPagesToText([page(run('条。', 400, 600), run('全年主动公开政府信息', 60, 600), run('120', 300, 601))]);
    expect(text).toBe('全年主动公开政府信息 120 条。');
  });

  it('keeps lines top to bottom and joins runs that touch without a space', () => {
    const text = pdfPagesToText([page(run('二、主动公开', 60, 500), run('一、总体情况', 60, 700), run('张店区', 60, 760), run('科学技术局', 96, 760))]);
    expect(text.split('\n')).toEqual(['张店区科学技术局', '一、总体情况', '二、主动公开']);
  });

  it('drops page numbers that count the pages, keeps a figure at the top of a page that does not', () => {
    const pages = [1, 2, 3].map((n) => page(run(BODY, 60, 700), run(String(n), 290, 30)));
    pages[1]?.items.push(run('7', 300, 800));
    const text = pdfPagesToText(pages);
    expect(text.split('\n\f\n')).toEqual([BODY, `7\n${BODY}`, BODY]);
  });

  it('drops marked page numbers, and a running header repeated on most pages after the first (where it may be the title)', () => {
    const header = '张店区人民政府办公室2023年政府信息公开工作年度报告';
    const pages = [1, 2, 3].map((n) => page(run(header, 60, 810), run(BODY, 60, 700), run(`第 ${n} 页 共 3 页`, 260, 30)));
    expect(pdfPagesToText(pages).split('\n\f\n')).toEqual([`${header}\n${BODY}`, BODY, BODY]);
  });

  it('joins a table label the page break cut, but not a header repeated at the top of the next page', () => {
    const figs = (y: number) => [300, 340, 380].map((x) => run('0', x, y));
    const before = page(run('3.要求提供公开出版物', 60, 200), ...figs(200), run('4.无正当理由大量反', 60, 167), ...figs(167));
    const cut = page(run('复申请', 60, 760), run('5.要求行政机关确认', 60, 727), ...figs(727));
    expect(pdfPagesToText([before, cut]).split('\n')).toContain('\t4.无正当理由大量反复申请');
    const header = page(run('自然人', 60, 760), run('总计', 200, 760), run('5.要求行政机关确认', 60, 727), ...figs(727));
    const text = pdfPagesToText([before, header]);
    expect(text.split('\n')).toContain('\t4.无正当理由大量反');
    expect(text.split('\n')).toContain('\t自然人');
  });

  it('drops a table header printed again at the top of the next page, keeps it where it first stands', () => {
    const figs = (y: number) => [300, 340, 380].map((x) => run('0', x, y));
    const head = (y: number) => [run('自然人', 300, y), run('总计', 380, y)];
    const first = page(...head(500), run('（一）予以公开', 60, 467), ...figs(467));
    const next = page(...head(760), run('（二）部分公开', 60, 727), ...figs(727));
    const cells = pdfPagesToText([first, next]).split('\n');
    expect(cells.filter((c) => c === '\t自然人')).toHaveLength(1);
    expect(cells.indexOf('\t自然人')).toBeLessThan(cells.indexOf('\t（一）予以公开'));
    expect(cells).toContain('\t（二）部分公开');
  });

  it('keeps a line at the edge that is neither (a one-page report has no running header)', () => {
    expect(pdfPagesToText([page(run('张店区人民政府办公室', 60, 810), run(BODY, 60, 700))])).toBe(`张店区人民政府办公室\n${BODY}`);
  });
});
