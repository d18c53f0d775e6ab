import type { ChatContext } from '../model/fact-source.ts';
import { dimValueLabel } from '../nlu/dim-value-label.ts';
import { metricNamed } from './fact-text.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { listed, listOfTexts, msg, type Text } from './messages.ts';

/** The chat's dimensions a follow-up keeps, and a note for each one it had to leave behind. */
export interface FollowUpDims {
  dims: Record<string, string>;
  notes: Text[];
}

const NONE: FollowUpDims = { dims: {}, notes: [] };

// A question is a follow-up when it leaves its agency or its year to the chat ("那上年结转呢",
// "2018年行政复议呢"); one naming both is a fresh question and keeps nothing of the last one's split.
function leansOnChat(u: Understanding, ctx: ChatContext): boolean {
  const noAgency = u.agencies.length === 0 && u.agency.kind === 'none' && Boolean(ctx.agency);
  const noYear = u.years.length === 0 && (ctx.years?.length ?? 0) > 0;
  return noAgency || noYear;
}

/**
 * "区政府办公室2023年自然人申请多少" then "那上年结转呢": the new metric is asked for the same split
 * (自然人), so the chat's dimensions that every new metric is broken down by are kept, under the
 * question's own values (they win). A dimension a new metric is never split by is dropped — saying so,
 * so the total never passes silently for the split — and one the metric has but a report lacks is
 * asked like any named dimension (answer-target.ts: the fact must hold it, else not found).
 * Re-naming the chat's own metric without its split ("申请数呢") asks for the whole: nothing is kept.
 */
export function followUpDims(lex: Lexicon, u: Understanding, ctx: ChatContext | null): FollowUpDims {
  if (!ctx?.metric || ctx.metric === 'figure' || !ctx.dims || u.metrics.length === 0) return NONE;
  if (u.metrics.includes(ctx.metric) || !leansOnChat(u, ctx)) return NONE;
  const dims: Record<string, string> = {};
  // Dropped splits, grouped by the metrics that lack them: one note per group.
  const dropped = new Map<string, { metrics: string[]; labels: string[] }>();
  for (const [dim, value] of Object.entries(ctx.dims)) {
    if (u.dimValues[dim] !== undefined || (dim === 'applicant' && value === 'total')) continue;
    const without = u.metrics.filter((m) => !lex.dimKeysOf(m).has(dim));
    if (without.length === 0) dims[dim] = value;
    else {
      const key = without.join('\u0000');
      const group = dropped.get(key) ?? { metrics: without, labels: [] };
      dropped.set(key, { ...group, labels: [...group.labels, `“${dimValueLabel(lex, dim, value)}”`] });
    }
  }
  const notes = [...dropped.values()].map(({ metrics, labels }) =>
    msg('followup.dropped', {
      metrics: listOfTexts(metrics.map((m) => msg('quoted', { text: metricNamed(lex, m) }))),
      labels: listed(labels),
      these: labels.length > 1 ? msg('followup.these') : (labels[0] ?? ''),
    }),
  );
  return { dims, notes };
}
