import type { StoredFact } from '../model/fact-source.ts';
import { loadAnswerConfig, type AnswerConfig } from './answer-config.ts';
import type { ContextPatch } from './chat-context.ts';
import { toReplyFact } from './fact-text.ts';
import type { Reply, ReplyFact, ReplyOption, ReplyStatus } from './reply.ts';

/** A handler's result: the reply, the stored facts behind it, and what the chat should remember. */
export interface Outcome {
  reply: Reply;
  used: StoredFact[];
  patch: ContextPatch;
}

const isItem = (line: string) => /^\s*(· |\d+\. )/.test(line);

/** Long lists keep their first `max` items; the rest become one "…等N项" line. */
function capLists(lines: string[], max: number): string[] {
  const out: string[] = [];
  let items = 0;
  let skipped = 0;
  for (const line of [...lines, '']) {
    if (isItem(line)) {
      items += 1;
      if (items > max) skipped += 1;
      else out.push(line);
      continue;
    }
    if (skipped > 0) out.push(`…等${skipped}项`);
    items = 0;
    skipped = 0;
    out.push(line);
  }
  return out.slice(0, -1);
}

/**
 * The first `max` items rendered, and one "…等N项" line for the rest: a list over every agency of a
 * city is cut before its lines are built, not after.
 */
export function shownItems<T>(items: T[], max: number, render: (item: T, i: number) => string): string[] {
  const shown = items.slice(0, max).map(render);
  return items.length > max ? [...shown, `…等${items.length - max}项`] : shown;
}

/**
 * Joins lines into a Telegram-sized text (a message may hold 4096 characters): long lists are cut
 * to maxListLines items, and lines beyond maxReplyChars are replaced by "…等N项".
 */
export function fitText(lines: string[], config: AnswerConfig = loadAnswerConfig()): string {
  const out: string[] = [];
  let size = 0;
  const capped = capLists(lines, config.maxListLines);
  for (const [i, line] of capped.entries()) {
    if (size + line.length + 1 > config.maxReplyChars) {
      out.push(`…等${capped.length - i}项（内容过长已省略）`);
      break;
    }
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

export function makeOutcome(
  status: ReplyStatus,
  lines: string[],
  opts: { used?: StoredFact[]; computed?: ReplyFact[]; options?: ReplyOption[]; patch?: ContextPatch } = {},
): Outcome {
  const used = opts.used ?? [];
  return {
    reply: { status, text: fitText(lines.filter((l) => l !== '')), facts: [...(opts.computed ?? []), ...used.map(toReplyFact)], options: opts.options ?? [] },
    used,
    patch: opts.patch ?? {},
  };
}
