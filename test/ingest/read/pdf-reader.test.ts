import { describe, expect, it } from 'vitest';
import { pdfReader } from '../../../src/ingest/read/pdf-reader.ts';
import { minimalPdf, type PlacedText } from '../../fixtures/minimal-pdf.ts';

const PARA = 'The annual report on government information disclosure, in plain words.';
const para = (y: number): PlacedText => ({ text: PARA, x: 72, y });
const textPdf = minimalPdf([
  [para(700), { text: 'Row label', x: 72, y: 600 }, { text: '8', x: 300, y: 600 }, { text: '1', x: 340, y: 601 }, { text: '10', x: 380, y: 600 }, { text: '1', x: 290, y: 30 }],
  [para(700), { text: '2', x: 290, y: 30 }],
]);

describe('pdfReader', () => {
  it('reads the text layer: the cells of a row together, page numbers dropped, pages apart', async () => {
    expect(await pdfReader.read(textPdf)).toEqual({ ok: true, text: `${PARA}\n\tRow label\n\t8\n\t1\n\t10\n\f\n${PARA}`, encoding: 'pdf' });
  });

  it('reads Chinese in a font the file does not embed, through the CMaps shipped with pdf.js (offline)', async () => {
    const title = '张店区科学技术局2018年政府信息公开工作年度报告';
    const line = '全年主动公开政府信息50条，其中政府网站公开42条。';
    const pdf = minimalPdf([[{ text: title, x: 60, y: 760, size: 14 }, { text: line, x: 60, y: 700 }]], { cjk: true });
    expect(await pdfReader.read(pdf)).toEqual({ ok: true, text: `${title}\n${line}`, encoding: 'pdf' });
  });

  it('leaves the bytes it was given whole (pdf.js would take over the buffer)', async () => {
    const bytes = new Uint8Array(textPdf);
    await pdfReader.read(bytes);
    expect(Buffer.from(bytes).equals(textPdf)).toBe(true);
  });

  const bad = [
    { name: 'a scan (pages, no text)', bytes: minimalPdf([[], []]), code: 'no_text_layer', message: /no text layer \(scanned\?\)/ },
    { name: 'a password-protected file', bytes: minimalPdf([[para(700)]], { encrypted: true }), code: 'encrypted_file', message: /password/ },
    { name: 'no pages', bytes: minimalPdf([]), code: 'no_pages', message: /no pages/ },
    { name: 'a file cut short', bytes: textPdf.subarray(0, textPdf.length / 2), code: 'truncated_file', message: /cut short/ },
    { name: 'not a PDF at all', bytes: Buffer.from('%PDF-1.4 nothing here %%EOF'), code: 'unreadable_pdf', message: /not a readable PDF/ },
  ];
  it.each(bad)('refuses $name by name: $code', async ({ bytes, code, message }) => {
    const read = await pdfReader.read(bytes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.code).toBe(code);
    expect(read.message).toMatch(message);
  });
});
