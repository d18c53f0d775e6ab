import { escapeHtml } from './escape-html.ts';
import type { Reply, ReplyLine, ReplyLineKind } from './engine-port.ts';

// The answer's figure line in bold, citation lines (the report and section, the quoted sentence) in
// italics: the figure stands out from where it is from.
const ITALIC: ReadonlySet<ReplyLineKind> = new Set(['source', 'quote']);

function formatLine(line: ReplyLine): string {
  const escaped = escapeHtml(line.text);
  if (line.kind === 'figure') return `<b>${escaped}</b>`;
  return ITALIC.has(line.kind) ? `<i>${escaped}</i>` : escaped;
}

/**
 * The engine's reply as Telegram HTML: every character escaped, styled by the kind of each line the
 * engine gives (a reply without kinds, from an engine that has none, is plain text).
 */
export function formatReply(reply: Pick<Reply, 'text' | 'lines'>, note?: string): string {
  const lines = reply.lines ?? reply.text.split('\n').map((text): ReplyLine => ({ kind: 'text', text }));
  const body = lines.map(formatLine).join('\n');
  return note ? `<i>${escapeHtml(note)}</i>\n\n${body}` : body;
}

/** Plain text (a bot message of our own) as HTML. */
export function formatPlain(text: string): string {
  return escapeHtml(text);
}
