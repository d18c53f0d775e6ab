import type { ChatContext } from '../model/fact-source.ts';
import type { FigureQuery } from './figure-search.ts';
import { followUpDims } from './follow-up-dims.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { understandQuestion, type Understanding } from '../nlu/understand-question.ts';
import type { Text } from './messages.ts';

/** What to look up: metrics (null = a narrative figure found by its words), dimensions and words. */
export interface Plan {
  metrics: (string | null)[];
  /** One dimension set per combination of named values (予以公开和部分公开 → two). */
  dimVariants: Record<string, string>[];
  /** The first variant: what the chat remembers. */
  dims: Record<string, string>;
  query: FigureQuery;
  /** Question words beyond the metric's own (a narrower narrative figure may be meant). */
  specificWords: string[];
  /** The metric (or narrative words) came from the chat's previous question. */
  fromContext: boolean;
  /** What the reply must say about the plan (a split of the last question the new metric lacks). */
  notes: Text[];
}

/** Narrative search needs at least one word of two characters: single characters match anything. */
export function searchable(words: string[]): boolean {
  return words.some((w) => [...w].length >= 2);
}

function variants(values: Record<string, string[]>, base: Record<string, string>): Record<string, string>[] {
  let out = [{ ...base }];
  for (const [dim, vals] of Object.entries(values)) out = out.flatMap((v) => vals.map((val) => ({ ...v, [dim]: val })));
  return out;
}

function plan(metrics: (string | null)[], dims: Record<string, string>, values: Record<string, string[]>, query: FigureQuery, specificWords: string[], fromContext: boolean, notes: Text[] = []): Plan {
  const dimVariants = variants(values, dims);
  return { metrics, dimVariants, dims: dimVariants[0] ?? dims, query, specificWords, fromContext, notes };
}

const queryOf = (u: Understanding): FigureQuery => ({ words: u.words, unit: u.unit, countedNoun: u.countedNoun, dimWords: u.dimMatches.map((d) => d.span.text) });
const NO_QUERY: FigureQuery = { words: [], unit: null, countedNoun: '' };

// "自然人呢" after a question about 无法提供: the dimension refines the chat's metric when that
// metric is broken down by it, rather than switching to the metric the dimension alone implies.
function refinesContext(lex: Lexicon, u: Understanding, ctx: ChatContext | null): ctx is ChatContext & { metric: string } {
  if (!u.metricImplied || !ctx?.metric || ctx.metric === 'figure') return false;
  const keys = lex.dimKeysOf(ctx.metric);
  return Object.keys(u.dims).every((k) => keys.has(k));
}

/**
 * The metric comes from the question (a follow-up naming a new one keeps the chat's split where the
 * metric has it, see follow-up-dims.ts; `keepSplit` false: a question across agencies, whose missing
 * agency is not the chat's); else its own words are searched among narrative figures;
 * else (a follow-up such as "那2018年呢") the chat's last metric and dimensions are reused, with the
 * question's dimensions taking precedence ("自然人呢").
 */
export function planQuestion(lex: Lexicon, u: Understanding, ctx: ChatContext | null, keepSplit = true): Plan | null {
  if (refinesContext(lex, u, ctx)) {
    return plan([ctx.metric], { ...(ctx.dims ?? {}), ...u.dims }, u.dimValues, NO_QUERY, [], true);
  }
  if (u.metrics.length > 0) {
    const kept = keepSplit ? followUpDims(lex, u, ctx) : { dims: {}, notes: [] };
    return plan(u.metrics, { ...kept.dims, ...u.dims }, u.dimValues, queryOf(u), u.specificWords, false, kept.notes);
  }
  if (searchable(u.words)) return plan([null], u.dims, u.dimValues, queryOf(u), [], false);
  if (ctx?.metric === 'figure' && ctx.lastQuestion) {
    return plan([null], {}, {}, queryOf(understandQuestion(lex, ctx.lastQuestion)), [], true);
  }
  if (ctx?.metric) return plan([ctx.metric], { ...(ctx.dims ?? {}), ...u.dims }, u.dimValues, { ...NO_QUERY, unit: u.unit }, [], true);
  return null;
}
