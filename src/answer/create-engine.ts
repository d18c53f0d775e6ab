import type { ChatContext, ContextStore, FactSource } from '../model/fact-source.ts';
import type { IntentDecision } from '../nlu/intent-classifier.ts';
import { buildLexicon, type Lexicon } from '../nlu/lexicon.ts';
import { readQuestion } from '../nlu/read-question.ts';
import type { Span } from '../nlu/span.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { answerCompare } from './answer-compare.ts';
import { loadAnswerConfig } from './answer-config.ts';
import { answerFigure } from './answer-figure.ts';
import { answerHelp, answerOutOfScope } from './answer-help.ts';
import { answerAgencies, answerYears } from './answer-lists.ts';
import { answerRank } from './answer-rank.ts';
import { answerContents, answerProblems } from './answer-report.ts';
import { answerSource } from './answer-source.ts';
import { answerTotal } from './answer-total.ts';
import { liveContext, saveContext } from './chat-context.ts';
import { toReply, type Outcome } from './make-reply.ts';
import { createMemo, type Memo } from './memo.ts';
import type { Reply, ReplyFact, ReplyOption } from './reply.ts';

export interface EngineOptions {
  source: FactSource;
  contexts: ContextStore;
  /** Clock in milliseconds (tests move it to expire a chat's context). */
  now?: () => number;
}

export interface ExplainedEntity {
  kind: 'agency' | 'year' | 'metric' | 'dimension' | 'unit' | 'words';
  value: string;
  span?: Span;
}

export interface Explanation {
  question: string;
  normalised: string;
  entities: ExplainedEntity[];
  intent: IntentDecision;
  /** Slots read from the question itself (before context or store fill anything in). */
  slots: { agency?: string; years: number[]; metrics: string[]; dims: Record<string, string> };
  /** The chat context the question was read with (null: none, or expired). */
  context: ChatContext | null;
  /** What was looked up: agency, years, metric, dimensions (as remembered for follow-ups). */
  query: { agency?: string; years?: number[]; metric?: string; dims?: Record<string, string> };
  facts: ReplyFact[];
  reply: Reply;
}

export interface Engine {
  ask(question: string, chat?: string): Reply;
  /** A button pressed: answers from the option's slot values (its question only when it has none). */
  choose(option: ReplyOption, chat?: string): Reply;
  /** Same as ask, with everything that led to the reply; does not change the chat's context. */
  explain(question: string, chat?: string): Explanation;
}

type Handler = (u: Understanding, ctx: ChatContext | null) => Outcome | null;

/** One answer per intent, over the lexicon, the store and the engine's memo. */
function handlersFor(lex: Lexicon, source: FactSource, memo: Memo): Record<string, Handler> {
  return {
    help: () => answerHelp(lex, source, memo),
    show_source: (_u, ctx) => answerSource(lex, source, memo, ctx),
    problems: (u, ctx) => answerProblems(lex, source, u, ctx),
    list_agencies: (u) => answerAgencies(lex, u),
    list_years: (u) => answerYears(lex, u),
    report_contents: (u, ctx) => answerContents(lex, source, u, ctx),
    rank: (u, ctx) => answerRank(lex, source, memo, u, ctx),
    total_across: (u, ctx) => answerTotal(lex, source, memo, u, ctx),
    compare: (u, ctx) => answerCompare(lex, source, u, ctx),
    multi: (u, ctx) => answerFigure(lex, source, u, ctx),
    figure: (u, ctx) => answerFigure(lex, source, u, ctx),
    out_of_scope: () => answerOutOfScope(lex, source, memo),
  };
}

// A context with nothing in it (only a timestamp) must not make "2018年" look like a follow-up.
const hasSlots = (ctx: ChatContext | null) => Boolean(ctx && (ctx.agency || ctx.metric || ctx.years?.length));

function entitiesOf(u: Understanding): ExplainedEntity[] {
  const out: ExplainedEntity[] = [];
  for (const m of u.agencyMatches) {
    if (m.kind === 'exact' || m.kind === 'fuzzy') out.push({ kind: 'agency', value: `${m.agency} (${m.kind})`, span: m.span });
    if (m.kind === 'ambiguous') out.push({ kind: 'agency', value: `ambiguous: ${m.candidates.join(' / ')}`, span: m.span });
    if (m.kind === 'unknown') out.push({ kind: 'agency', value: `unknown "${m.mention}", closest: ${m.closest.join(' / ')}`, span: m.span });
  }
  for (const y of u.years) out.push({ kind: 'year', value: `${y.year}${y.note ? ` (${y.note})` : ''}`, span: y.span });
  for (const m of u.metricMatches) out.push({ kind: 'metric', value: m.metric, span: m.span });
  if (u.metricImplied) out.push({ kind: 'metric', value: `${u.metrics.join(',')} (implied by a dimension)` });
  for (const d of u.dimMatches) out.push({ kind: 'dimension', value: `${d.dim}=${d.value}`, span: d.span });
  if (u.unit) out.push({ kind: 'unit', value: u.unit });
  if (u.words.length) out.push({ kind: 'words', value: u.words.join(' / ') });
  return out;
}

/**
 * The bot's brain, independent of any chat transport or database: it reads only the FactSource
 * and ContextStore interfaces. The lexicon (matchers, catalogues) is built once here, not per question.
 */
export function createEngine(options: EngineOptions): Engine {
  const { source } = options;
  const lex = buildLexicon(source);
  const memo = createMemo();
  const handlers = handlersFor(lex, source, memo);
  const now = options.now ?? Date.now;
  const ttl = loadAnswerConfig().contextTtlMinutes * 60_000;

  // The options a reply offers go back to the answer that offered them (a compare stays a compare).
  const stamped = (outcome: Outcome, intent: string): Outcome => ({ ...outcome, options: outcome.options.map((o) => (o.slots && !o.intent ? { ...o, intent } : o)) });

  function answerWith(u: Understanding, intent: IntentDecision, chat: string | undefined, ctx: ChatContext | null) {
    const handler = handlers[intent.intent] ?? handlers.out_of_scope;
    const outcome = stamped(handler?.(u, ctx) ?? answerOutOfScope(lex, source, memo), intent.intent);
    return { u, ctx, decision: intent, outcome, chat };
  }

  const maxChars = loadAnswerConfig().maxQuestionChars;

  function run(question: string, chat: string | undefined) {
    // Cut by characters, not UTF-16 units: a cut must not leave half a surrogate pair.
    const raw = typeof question === 'string' ? [...question].slice(0, maxChars).join('') : '';
    const ctx = liveContext(options.contexts, chat, now(), ttl);
    const { u, intent } = readQuestion(lex, raw, hasSlots(ctx));
    return answerWith(u, intent, chat, ctx);
  }

  function reply({ u, ctx, outcome, chat }: ReturnType<typeof run>): Reply {
    // Not understood: the chat keeps what it had (a typo must not wipe the conversation).
    if (outcome.status !== 'not_understood') saveContext(options.contexts, chat, ctx, outcome.patch, now());
    return toReply(outcome, u.lang);
  }

  return {
    ask(question, chat) {
      return reply(run(question, chat));
    },
    choose(option, chat) {
      if (!option.slots || !option.intent) return reply(run(option.question, chat));
      const ctx = liveContext(options.contexts, chat, now(), ttl);
      return reply(answerWith(option.slots, { intent: option.intent, why: `${option.intent}: a button's slot values`, rejected: [] }, chat, ctx));
    },
    explain(question, chat) {
      const { u, ctx, decision, outcome } = run(question, chat);
      const { agency, years, metric, dims } = outcome.patch;
      const written = toReply(outcome, u.lang);
      return {
        question,
        normalised: u.q,
        entities: entitiesOf(u),
        intent: decision,
        slots: { agency: u.agencies[0], years: u.years.map((y) => y.year), metrics: u.metrics, dims: u.dims },
        context: ctx,
        query: { agency, years, metric, dims },
        facts: written.facts,
        reply: written,
      };
    },
  };
}
