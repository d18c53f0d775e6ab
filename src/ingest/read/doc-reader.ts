import WordExtractor from 'word-extractor';
import type { ReportReader } from './report-readers.ts';

/**
 * Legacy Word (.doc). word-extractor gives a table as one run of text with a TAB after every cell (and
 * after each row, so rows run together), and the paragraph after the table glued to its end; merged
 * cells come as empty cells. Each cell of such a run goes on a line of its own after a TAB, the
 * one-cell-per-line layout the table reader knows from PDF extractions, and the glued paragraph on a
 * line of its own. A line whose only TAB leads it (as text extractions write cells) is left alone.
 */
export function docBodyToText(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.indexOf('\t', 1) > 0 || line.endsWith('\t') ? tableRun(line) : line))
    .join('\n');
}

// The empty cells are the parts of merged cells (and the row ends): kept, they would read as blank
// figures and shift every column after them, so they go, as in a text extraction of the same table.
function tableRun(line: string): string {
  const segments = line.split('\t');
  const after = (segments.pop() ?? '').trim();
  const cells = segments.map((c) => c.trim()).filter((c) => c !== '').map((c) => `\t${c}`);
  return [...cells, ...(after ? [after] : [])].join('\n');
}

export const docReader: ReportReader = {
  format: 'doc',
  async read(bytes) {
    let body: string;
    try {
      body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
    } catch (err) {
      return { ok: false, code: 'unreadable_doc', message: `not a readable Word (.doc) file (${err instanceof Error ? err.message : String(err)})` };
    }
    if (body.trim() === '') return { ok: false, code: 'no_text', message: 'the Word file holds no text' };
    return { ok: true, text: docBodyToText(body), encoding: 'doc' };
  },
};
