import { pageMark, sprinkleSpaces, textDamage, wrapLine, type TextDamage } from './damage-text.ts';
import type { ReportDocument } from './report-document.ts';
import { tabTableRows } from './render-tab-table.ts';
import type { Random } from './seeded-random.ts';

/** A paragraph as extracted: spaces sprinkled, hard-wrapped, blank lines after lines or paragraphs; one chunk per line. */
function proseChunks(r: Random, text: string, d: TextDamage): string[][] {
  const damaged = `${d.indent ? '\u3000\u3000' : ''}${sprinkleSpaces(r, text, d)}`;
  const lines = d.width ? wrapLine(damaged, d.width) : [damaged];
  return lines.map((line, i) => (d.blankAfterEveryLine || i === lines.length - 1 ? [line, ''] : [line]));
}

/** Page furniture between chunks, as a PDF's page breaks leave it. */
function paginate(chunks: string[][], d: TextDamage): string[] {
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  for (const chunk of chunks) {
    if (d.pageEvery && onPage >= d.pageEvery) {
      out.push('', pageMark(d.pageStyle, page++), '');
      onPage = 0;
    }
    out.push(...chunk);
    onPage += chunk.length;
  }
  if (d.pageEvery) out.push('', pageMark(d.pageStyle, page), '');
  return out;
}

/** The report as a text file from PDF/Word extraction: prose damaged, tables one cell per line (TAB layout). */
export function renderTextReport(doc: ReportDocument, r: Random): string {
  const d = textDamage(r);
  const wrapLabels = r.chance(0.5);
  const chunks: string[][] = [['']];
  for (const line of doc.titleLines) chunks.push([line, '']);
  for (const b of doc.blocks) {
    if (b.kind === 'table') chunks.push([''], ...tabTableRows(b.rows, r, wrapLabels), ['']);
    else chunks.push(...proseChunks(r, b.text, { ...d, indent: d.indent && b.kind === 'para' }));
  }
  for (const line of doc.signature) chunks.push([line, '']);
  return paginate(chunks, d).join('\n');
}
