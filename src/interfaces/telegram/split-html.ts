/** Telegram's hard limit for one message's text. */
export const MESSAGE_LIMIT = 4096;

interface Token {
  raw: string;
  /** Tag name for an opening or closing tag. */
  open?: string;
  close?: string;
}

// A tag, an entity, or one code point (never half of a surrogate pair).
const TOKEN = /<\/?[a-zA-Z][^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[\s\S]/gu;

function tokenize(html: string): Token[] {
  return [...html.matchAll(TOKEN)].map(([raw]) => {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(raw);
    if (!tag) return { raw };
    return tag[1] ? { raw, close: tag[2] } : { raw, open: tag[2] };
  });
}

type Open = { name: string; raw: string }[];

const closers = (stack: Open) => stack.map((t) => `</${t.name}>`).reverse().join('');
const reopeners = (stack: Open) => stack.map((t) => t.raw).join('');

function push(stack: Open, t: Token): Open {
  if (t.open) return [...stack, { name: t.open, raw: t.raw }];
  if (t.close) return stack.slice(0, -1);
  return stack;
}

interface Part {
  html: string;
  next: number;
  open: Open;
}

/**
 * One part from token `start`, at most `limit` characters including the closing tags it needs.
 * Cuts at the last line break that fits; a single line longer than the limit is cut between
 * characters. Tags still open at the cut are closed here and reopened in the next part.
 */
function takePart(tokens: Token[], start: number, reopen: Open, limit: number): Part {
  let stack = reopen;
  let html = reopeners(reopen);
  let lastBreak: { length: number; index: number; stack: Open } | null = null;
  let i = start;
  for (; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const next = push(stack, t);
    if (html.length + t.raw.length + closers(next).length > limit && i > start) break;
    if (t.raw === '\n' && i > start) lastBreak = { length: html.length, index: i, stack };
    html += t.raw;
    stack = next;
  }
  if (i >= tokens.length) return { html: html + closers(stack), next: i, open: [] };
  if (lastBreak) return { html: html.slice(0, lastBreak.length) + closers(lastBreak.stack), next: lastBreak.index + 1, open: lastBreak.stack };
  return { html: html + closers(stack), next: i, open: stack };
}

const isBlank = (html: string) => html.replace(/<[^>]*>/g, '').trim() === '';

/**
 * Splits well-formed Telegram HTML into messages of at most `limit` characters, preferring line
 * boundaries, never inside a tag or an entity, each part well-formed on its own. The limit is
 * applied to the HTML source, which is never shorter than the text Telegram counts.
 */
export function splitHtml(html: string, limit = MESSAGE_LIMIT): string[] {
  const tokens = tokenize(html);
  const parts: string[] = [];
  let index = 0;
  let open: Open = [];
  while (index < tokens.length) {
    const part = takePart(tokens, index, open, limit);
    if (!isBlank(part.html)) parts.push(part.html);
    index = part.next;
    open = part.open;
  }
  return parts;
}
