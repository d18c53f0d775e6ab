import type { ContextPatch } from './chat-context.ts';
import type { Plan } from './plan-question.ts';
import type { Slots } from './resolve-slots.ts';
import type { Understanding } from '../nlu/understand-question.ts';

/** What a figure answer leaves in the chat for follow-ups ("那2018年呢", "出处"). */
export function patchFor(u: Understanding, plan: Plan, slots: Slots | null, used: number[]): ContextPatch {
  const metric = plan.metrics[0];
  return {
    agency: slots?.agencies[0],
    years: slots?.years,
    metric: metric === null ? 'figure' : metric,
    dims: plan.dims,
    lastFactIds: used,
    // A follow-up keeps pointing at the question whose words a narrative search needs.
    lastQuestion: plan.fromContext ? undefined : u.raw,
  };
}
