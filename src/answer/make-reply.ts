import type { StoredFact } from '../model/fact-source.ts';
import { loadAnswerConfig, type AnswerConfig } from './answer-config.ts';
import type { ContextPatch } from './chat-context.ts';
import { toReplyFact } from './fact-text.ts';
import { msg, renderText, type Lang } from './messages.ts';
import { more, renderLines, type Line } from './reply-block.ts';
import type { Reply, ReplyFact, ReplyLine, ReplyOption, ReplyStatus } from './reply.ts';

/**
 * A handler's result: the reply's status and lines (not yet written out in a language), the stored
 * facts behind it, the computed ones it states, the options it offers and what the chat should remember.
 */
export interface Outcome {
  status: ReplyStatus;
  lines: Line[];
  used: StoredFact[];
  computed: ReplyFact[];
  options: ReplyOption[];
  patch: ContextPatch;
}

/** Long lists keep their first `max` items; the rest become one "…等N项" line. */
function capLists(lines: ReplyLine[], max: number, lang: Lang): ReplyLine[] {
  const out: ReplyLine[] = [];
  let items = 0;
  let skipped = 0;
  const flush = () => {
    if (skipped > 0) out.push(...renderLines([more(skipped)], lang));
    items = 0;
    skipped = 0;
  };
  for (const line of lines) {
    if (line.kind === 'item') {
      items += 1;
      if (items > max) skipped += 1;
      else out.push(line);
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return out;
}

/**
 * The first `max` items rendered, and one "…等N项" line for the rest: a list over every agency of a
 * city is cut before its lines are built, not after.
 */
export function shownItems<T>(items: T[], max: number, render: (item: T, i: number) => Line): Line[] {
  const shown = items.slice(0, max).map(render);
  return items.length > max ? [...shown, more(items.length - max)] : shown;
}

/**
 * Cuts the lines to a Telegram-sized reply (a message may hold 4096 characters): long lists keep
 * maxListLines items, and lines beyond maxReplyChars are replaced by one line saying how many.
 */
export function fitLines(lines: ReplyLine[], lang: Lang, config: AnswerConfig = loadAnswerConfig()): ReplyLine[] {
  const out: ReplyLine[] = [];
  let size = 0;
  const capped = capLists(lines, config.maxListLines, lang);
  for (const [i, line] of capped.entries()) {
    if (size + line.text.length + 1 > config.maxReplyChars) {
      out.push({ kind: 'more', text: renderText(msg('more.cut', { count: capped.length - i }), lang) });
      break;
    }
    out.push(line);
    size += line.text.length + 1;
  }
  return out;
}

export function makeOutcome(
  status: ReplyStatus,
  lines: Line[],
  opts: { used?: StoredFact[]; computed?: ReplyFact[]; options?: ReplyOption[]; patch?: ContextPatch } = {},
): Outcome {
  return { status, lines, used: opts.used ?? [], computed: opts.computed ?? [], options: opts.options ?? [], patch: opts.patch ?? {} };
}

/** The outcome written out in one language: what an interface shows. */
export function toReply(outcome: Outcome, lang: Lang): Reply {
  const lines = fitLines(renderLines(outcome.lines, lang), lang);
  return {
    status: outcome.status,
    lang,
    text: lines.map((l) => l.text).join('\n'),
    lines,
    facts: [...outcome.computed, ...outcome.used.map(toReplyFact)],
    options: outcome.options,
  };
}
