import type { IntentCatalog, IntentDef, IntentFeature, IntentTrigger } from './intent-catalog.ts';

export interface IntentDecision {
  intent: string;
  /** Human-readable reason: which trigger fired, on which words, with which features. */
  why: string;
  /** Intents whose cue words matched but whose feature conditions did not hold (for explain). */
  rejected: string[];
}

interface CueHit {
  ok: boolean;
  cue: string;
}

// A trigger with no keywords and no patterns is cue-less: it fires on features alone.
function cueHit(q: string, t: IntentTrigger, patterns: RegExp[]): CueHit {
  if (t.keywords.length === 0 && patterns.length === 0) return { ok: true, cue: '' };
  const keyword = [...t.keywords].sort((a, b) => b.length - a.length).find((k) => q.includes(k));
  if (keyword !== undefined) return { ok: true, cue: `keyword "${keyword}"` };
  for (const p of patterns) {
    const m = p.exec(q);
    if (m) return { ok: true, cue: `pattern /${p.source}/ on "${m[0]}"` };
  }
  return { ok: false, cue: '' };
}

function featureProblem(t: IntentTrigger, has: ReadonlySet<IntentFeature>): string | null {
  const missing = t.requires.filter((f) => !has.has(f));
  if (missing.length > 0) return `needs ${missing.join('+')}`;
  if (t.requiresAny.length > 0 && !t.requiresAny.some((f) => has.has(f))) return `needs one of ${t.requiresAny.join('/')}`;
  const present = t.without.filter((f) => has.has(f));
  return present.length > 0 ? `excluded by ${present.join('+')}` : null;
}

function describe(intent: IntentDef, t: IntentTrigger, cue: string): string {
  const parts = [cue || 'no cue words needed'];
  if (t.requires.length) parts.push(`has ${t.requires.join('+')}`);
  if (t.requiresAny.length) parts.push(`has one of ${t.requiresAny.join('/')}`);
  if (t.without.length) parts.push(`has no ${t.without.join('/')}`);
  return `${intent.name} (priority ${intent.priority}): ${parts.join('; ')}`;
}

/**
 * Rule-based, deterministic intent selection: intents are tried by priority (then file order);
 * the first whose trigger matches both its cue words and its feature conditions wins. If none
 * does, the catalogue's fallback intent wins. `q` must be the normalised question.
 */
export function classifyIntent(catalog: IntentCatalog, q: string, features: ReadonlySet<IntentFeature>): IntentDecision {
  const rejected: string[] = [];
  for (const intent of catalog.intents) {
    for (const [i, t] of intent.triggers.entries()) {
      const hit = cueHit(q, t, intent.compiled[i] ?? []);
      if (!hit.ok) continue;
      const problem = featureProblem(t, features);
      if (problem === null) return { intent: intent.name, why: describe(intent, t, hit.cue), rejected };
      if (hit.cue) rejected.push(`${intent.name}: ${hit.cue} but ${problem}`);
    }
  }
  return { intent: catalog.fallback.name, why: `${catalog.fallback.name}: no trigger of any intent matched (fallback)`, rejected };
}
