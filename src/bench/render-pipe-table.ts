import type { TableRows } from './report-document.ts';
import { tableGrid } from './table-grid.ts';

/**
 * A markdown pipe table. Markdown has no spans: converters either repeat a spanning cell's text in every
 * slot it covers ("repeat", like the HTML reader's grid) or leave the covered slots empty ("blank").
 */
export function pipeTableLines(rows: TableRows, fill: 'repeat' | 'blank'): string[] {
  const lines = tableGrid(rows).map((slots) => `| ${slots.map((s) => (s.origin || fill === 'repeat' ? s.cell.text : '')).join(' | ')} |`);
  const width = tableGrid(rows)[0]?.length ?? 0;
  return [lines[0] ?? '', `|${Array.from({ length: width }, () => '---').join('|')}|`, ...lines.slice(1)];
}
