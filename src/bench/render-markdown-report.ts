import type { ReportDocument } from './report-document.ts';
import { pipeTableLines } from './render-pipe-table.ts';

/** A markdown copy (a converter's output): title as "# ", paragraphs separated by blank lines, pipe tables. */
export function renderMarkdownReport(doc: ReportDocument, fill: 'repeat' | 'blank'): string {
  const out = [`# ${doc.titleLines.join('')}`, ''];
  for (const b of doc.blocks) {
    if (b.kind === 'table') out.push(...pipeTableLines(b.rows, fill), '');
    else out.push(b.text, '');
  }
  out.push(...doc.signature.flatMap((s) => [s, '']));
  return out.join('\n');
}
