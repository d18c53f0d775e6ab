import { escapeHtml } from './escape-html.ts';
import type { Reply } from './engine-port.ts';

// Lines the engine starts with these words cite the report; set in italics so the figure stands out.
const SOURCE_LINE = /^(来源|原文|出处|Source|Quote)[:：]/;

function formatLine(line: string): string {
  const escaped = escapeHtml(line);
  return SOURCE_LINE.test(line.trim()) ? `<i>${escaped}</i>` : escaped;
}

/** The engine's plain text as Telegram HTML: every character escaped, citations in italics. */
export function formatReply(reply: Pick<Reply, 'text'>, note?: string): string {
  const body = reply.text.split('\n').map(formatLine).join('\n');
  return note ? `<i>${escapeHtml(note)}</i>\n\n${body}` : body;
}

/** Plain text (a bot message of our own) as HTML. */
export function formatPlain(text: string): string {
  return escapeHtml(text);
}
