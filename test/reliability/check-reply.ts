import type { Reply, ReplyFact } from '../../src/answer/reply.ts';
import type { StoredFact } from '../../src/model/fact-source.ts';
import { formatReply } from '../../src/interfaces/telegram/format-reply.ts';
import { MESSAGE_LIMIT, splitHtml } from '../../src/interfaces/telegram/split-html.ts';
import { validateTelegramHtml } from '../fixtures/fake-bot-api/validate-html.ts';
import { untracedNumbers, type TraceContext } from './traced-numbers.ts';

/** The total's quote ("A 5件 + B 0件") must name reply facts with those values, adding up to it. */
function checkTotal(total: ReplyFact, facts: ReplyFact[]): string[] {
  const parts = total.source.quote.split(' + ').map((part) => {
    const fact = facts.find((g) => !g.agency.endsWith('合计') && g.year === total.year && part.startsWith(g.agency) && /^\D*(\d+(?:\.\d+)?)/.exec(part.slice(g.agency.length))?.[1] === String(g.value));
    return fact?.value;
  });
  if (parts.some((v) => v === undefined)) return [`total ${total.agency}: a part of "${total.source.quote}" is not a reply fact`];
  const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
  return Math.abs(Math.round(sum * 100) / 100 - total.value) > 1e-9 ? [`total ${total.agency}=${total.value} is not the sum of its parts (${sum})`] : [];
}

/** Problems with one reply; empty when it holds every property the fuzz tests state. */
export function checkReply(reply: Reply, stored: StoredFact[], trace: TraceContext): string[] {
  const out: string[] = [];
  if (reply.text.trim() === '') out.push('empty reply text');
  for (const f of reply.facts) {
    // A cross-agency total ("3个单位合计") is computed, not stored: its quote lists its parts.
    if (f.agency.endsWith('合计')) {
      out.push(...checkTotal(f, reply.facts));
      continue;
    }
    const match = stored.some((s) => s.agency === f.agency && s.year === f.year && s.metric === f.metric && s.value === f.value);
    if (!match) out.push(`reply fact not stored: ${f.agency} ${f.year} ${f.metric}=${f.value}`);
  }
  for (const [i, part] of splitHtml(formatReply(reply)).entries()) {
    const parsed = validateTelegramHtml(part);
    if (!parsed.ok) out.push(`part ${i} invalid HTML: ${parsed.error}`);
    if (part.length > MESSAGE_LIMIT) out.push(`part ${i} is ${part.length} chars`);
  }
  for (const n of untracedNumbers(reply, stored, trace)) out.push(`untraced number ${n}`);
  return out;
}
