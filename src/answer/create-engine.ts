import type { ChatContext, ContextStore, FactSource } from '../model/fact-source.ts';
import { classifyIntent, type IntentDecision } from '../nlu/intent-classifier.ts';
import { answerCompare } from './answer-compare.ts';
import { answerFigure } from './answer-figure.ts';
import { answerHelp, answerOutOfScope } from './answer-help.ts';
import { answerAgencies, answerYears } from './answer-lists.ts';
import { answerRank } from './answer-rank.ts';
import { answerContents, answerProblems } from './answer-report.ts';
import { answerSource } from './answer-source.ts';
import { answerTotal } from './answer-total.ts';
import { liveContext, saveContext } from './chat-context.ts';
import type { Outcome } from './make-reply.ts';
import { buildNluKit, type NluKit } from './nlu-kit.ts';
import type { Reply, ReplyFact } from './reply.ts';
import { intentFeatures, understandQuestion, type Understanding } from './understand-question.ts';
import type { Span } from '../nlu/span.ts';

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
  /** Same as ask, with everything that led to the reply; does not change the chat's context. */
  explain(question: string, chat?: string): Explanation;
}

type Handler = (kit: NluKit, u: Understanding, ctx: ChatContext | null) => Outcome | null;

const HANDLERS: Record<string, Handler> = {
  help: (kit) => answerHelp(kit),
  show_source: (kit, _u, ctx) => answerSource(kit, ctx),
  problems: answerProblems,
  list_agencies: (kit, u) => answerAgencies(kit, u),
  list_years: (kit, u) => answerYears(kit, u),
  report_contents: answerContents,
  rank: answerRank,
  total_across: answerTotal,
  compare: answerCompare,
  multi: answerFigure,
  figure: answerFigure,
  out_of_scope: (kit) => answerOutOfScope(kit),
};

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
 * and ContextStore interfaces. Matchers are built once here, not per question.
 */
export function createEngine(options: EngineOptions): Engine {
  const kit = buildNluKit(options.source);
  const now = options.now ?? Date.now;
  const ttl = kit.config.contextTtlMinutes * 60_000;

  function run(question: string, chat: string | undefined) {
    const raw = typeof question === 'string' ? question : '';
    const ctx = liveContext(options.contexts, chat, now(), ttl);
    const u = understandQuestion(kit, raw);
    const decision: IntentDecision = raw.trim()
      ? classifyIntent(kit.intents, u.q, intentFeatures(u, hasSlots(ctx)))
      : { intent: 'out_of_scope', why: 'out_of_scope: empty message', rejected: [] };
    const handler = HANDLERS[decision.intent] ?? HANDLERS.out_of_scope;
    const outcome = handler?.(kit, u, ctx) ?? answerOutOfScope(kit);
    return { u, ctx, decision, outcome };
  }

  return {
    ask(question, chat) {
      const { ctx, outcome } = run(question, chat);
      // Not understood: the chat keeps what it had (a typo must not wipe the conversation).
      if (outcome.reply.status !== 'not_understood') saveContext(options.contexts, chat, ctx, outcome.patch, now());
      return outcome.reply;
    },
    explain(question, chat) {
      const { u, ctx, decision, outcome } = run(question, chat);
      const { agency, years, metric, dims } = outcome.patch;
      return {
        question,
        normalised: u.q,
        entities: entitiesOf(u),
        intent: decision,
        slots: { agency: u.agencies[0], years: u.years.map((y) => y.year), metrics: u.metrics, dims: u.dims },
        context: ctx,
        query: { agency, years, metric, dims },
        facts: outcome.reply.facts,
        reply: outcome.reply,
      };
    },
  };
}
