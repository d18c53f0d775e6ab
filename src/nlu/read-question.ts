import type { IntentFeature } from './intent-catalog.ts';
import { classifyIntent, type IntentDecision } from './intent-classifier.ts';
import type { Lexicon } from './lexicon.ts';
import { understandQuestion, type Understanding } from './understand-question.ts';

/** A question read: its entities and slots, and the intent they make. */
export interface ReadQuestion {
  u: Understanding;
  intent: IntentDecision;
}

/** The features intent triggers test (see intents/intents.json). */
function intentFeatures(u: Understanding, hasContext: boolean): Set<IntentFeature> {
  const f = new Set<IntentFeature>();
  if (u.metrics.length > 0) f.add('metric');
  if (u.metrics.length > 1) f.add('metrics2');
  if (u.years.length > 0) f.add('year');
  if (u.years.length > 1) f.add('years2');
  if (u.agency.kind !== 'none') f.add('agency');
  if (u.agencies.length > 1) f.add('agencies2');
  if (u.dimMatches.length > 0) f.add('dims');
  if (Object.values(u.dimValues).some((v) => v.length > 1)) f.add('dims2');
  if (u.agencies.length > 0) f.add('known_agency');
  if (hasContext) f.add('context');
  return f;
}

/**
 * The NLU's one entry point: normalise the question, find its entities, classify its intent.
 * `hasContext`: the chat has slots a follow-up could lean on (an intent may need them).
 */
export function readQuestion(lex: Lexicon, raw: string, hasContext: boolean): ReadQuestion {
  const u = understandQuestion(lex, raw);
  const intent: IntentDecision = raw.trim()
    ? classifyIntent(lex.intents, u.q, intentFeatures(u, hasContext))
    : { intent: 'out_of_scope', why: 'out_of_scope: empty message', rejected: [] };
  return { u, intent };
}
