import { msg, renderText, type Lang, type Text } from './messages.ts';
import type { ReplyLine } from './reply.ts';

/**
 * One line of a reply before it is written out in the question's language: what kind of line it is
 * (a list item, a note, a warning, a citation) and what it says. Interfaces style them by kind.
 */
export type Block =
  | { kind: 'text' | 'figure' | 'note' | 'warning'; text: Text; indent?: number }
  | { kind: 'item'; text: Text; indent?: number; marker?: string }
  | { kind: 'source'; report: string; page?: number; section: string; path: string[]; quote: string }
  | { kind: 'more'; count: number };

/** A reply line: a block, or text as it stands (read as a list item or a note by its first words). */
export type Line = string | Block;

export const textLine = (text: Text): Block => ({ kind: 'text', text });
/** The line giving the answer's figure (a fact line: value, whose, the report's label). */
export const figureLine = (text: Text): Block => ({ kind: 'figure', text });
export const item = (text: Text, indent = 0, marker = '· '): Block => ({ kind: 'item', text, indent, marker });
export const note = (text: Text, indent = 0): Block => ({ kind: 'note', text, indent });
export const warning = (text: Text): Block => ({ kind: 'warning', text });
export const more = (count: number): Block => ({ kind: 'more', count });

// Text lines written before there were blocks: their first words say what they are.
function blockOf(line: string): Block {
  const m = /^(\s*)(· |\d+\. )(.*)$/s.exec(line);
  if (m) return item(m[3] ?? '', Math.floor((m[1] ?? '').length / 2), m[2]);
  const n = /^(\s*)说明：(.*)$/s.exec(line);
  if (n) return note(n[2] ?? '', Math.floor((n[1] ?? '').length / 2));
  return textLine(line);
}

const pad = (indent = 0) => '  '.repeat(indent);

function renderBlock(b: Block, lang: Lang): ReplyLine[] {
  switch (b.kind) {
    case 'text':
    case 'figure':
      return [{ kind: b.kind, text: renderText(b.text, lang) }];
    case 'item':
      return [{ kind: 'item', text: `${pad(b.indent)}${b.marker ?? '· '}${renderText(b.text, lang)}` }];
    case 'note':
      return [{ kind: 'note', text: `${pad(b.indent)}${renderText(msg('note', { text: b.text }), lang)}` }];
    case 'warning':
      return [{ kind: 'warning', text: renderText(msg('warning', { text: b.text }), lang) }];
    case 'more':
      return [{ kind: 'more', text: renderText(msg('more.items', { count: b.count }), lang) }];
    case 'source': {
      const page = b.page ? msg('source.page', { page: b.page }) : '';
      const where = `${b.section}${b.path.length ? ` › ${b.path.join(' › ')}` : ''}`;
      return [
        { kind: 'source', text: renderText(msg('source.where', { report: b.report, page, section: where }), lang) },
        { kind: 'quote', text: renderText(msg('source.quote', { quote: b.quote }), lang) },
      ];
    }
  }
}

/** The lines written out in one language; empty text lines are dropped. */
export function renderLines(lines: Line[], lang: Lang): ReplyLine[] {
  return lines.flatMap((l) => (typeof l === 'string' ? (l === '' ? [] : renderBlock(blockOf(l), lang)) : renderBlock(l, lang))).filter((l) => l.text !== '');
}
