import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { normaliseQuestion } from './normalise-question.ts';

/**
 * Facts about a question that an intent trigger may require or exclude. They come from the
 * entity layer, not from the intent rules, so every intent reads the same evidence.
 */
export const INTENT_FEATURES = [
  'metric', // a catalogue metric (or a dimension that implies one) was found
  'metrics2', // two or more distinct metrics
  'year', // at least one year (absolute or relative)
  'years2', // two or more distinct years
  'agency', // an agency mention (known, fuzzy, ambiguous or unknown)
  'agencies2', // two or more distinct known agencies
  'dims', // a dimension value (自然人, 门户网站, 不予公开 …)
  'dims2', // two or more values of one dimension (予以公开和部分公开)
  'known_agency', // an agency we have reports for (exact or fuzzy match)
  'context', // the chat has a live context (agency/year/metric from earlier questions)
] as const;

export type IntentFeature = (typeof INTENT_FEATURES)[number];

const feature = z.enum(INTENT_FEATURES);

const triggerSchema = z
  .object({
    keywords: z.array(z.string().min(1)).default([]),
    patterns: z.array(z.string().min(1)).default([]),
    requires: z.array(feature).default([]),
    requiresAny: z.array(feature).default([]),
    without: z.array(feature).default([]),
  })
  .strict();

const slotName = z.enum(['agency', 'year', 'years', 'metric', 'metrics', 'dims']);

const exampleSchema = z
  .object({
    q: z.string().min(1),
    chat: z.string().optional(),
    /** Expected slots; only the keys given are checked. */
    slots: z
      .object({
        agency: z.string().optional(),
        years: z.array(z.number().int()).optional(),
        metrics: z.array(z.string()).optional(),
        dims: z.record(z.string(), z.string()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

const intentSchema = z
  .object({
    name: z.string().regex(/^[a-z_]+$/),
    description: z.string().min(1),
    /** Higher first: the first intent (by priority, then file order) with a matching trigger wins. */
    priority: z.number().int(),
    /** Any one trigger is enough. An intent with no trigger only wins as the fallback. */
    triggers: z.array(triggerSchema).default([]),
    fallback: z.boolean().default(false),
    slots: z.object({ required: z.array(slotName).default([]), optional: z.array(slotName).default([]) }).strict(),
    examples: z.array(exampleSchema).min(1),
    negatives: z.array(z.string().min(1)).default([]),
  })
  .strict();

const catalogSchema = z.object({ $comment: z.string().optional(), intents: z.array(intentSchema).min(1) }).strict();

export type IntentTrigger = z.infer<typeof triggerSchema>;
export type IntentExample = z.infer<typeof exampleSchema>;
export type IntentDef = z.infer<typeof intentSchema> & { compiled: RegExp[][] };
export interface IntentCatalog {
  intents: IntentDef[];
  fallback: IntentDef;
}

/** Keeps track of who claimed what, so a clash names both intents and says how to fix it. */
function claimOnce(owners: Map<string, string>, key: string, intent: string, what: string, fix: string): string[] {
  const prev = owners.get(key);
  if (prev !== undefined && prev !== intent) return [`${what} is claimed by both "${prev}" and "${intent}": ${fix}`];
  owners.set(key, intent);
  return [];
}

function clashes(intents: z.infer<typeof intentSchema>[]): string[] {
  const errors: string[] = [];
  const keywords = new Map<string, string>();
  const examples = new Map<string, string>();
  const names = new Map<string, string>();
  for (const intent of intents) {
    errors.push(...claimOnce(names, intent.name, `${intent.name}#${intents.indexOf(intent)}`, `intent name "${intent.name}"`, 'rename one of them'));
    const own = new Set(intent.triggers.flatMap((t) => t.keywords.map(normaliseQuestion)));
    for (const k of own) {
      errors.push(...claimOnce(keywords, k, intent.name, `keyword "${k}"`, 'keep it in the intent it belongs to and remove it from the other (use `requires`/`without` to tell them apart)'));
    }
    for (const e of intent.examples) {
      errors.push(...claimOnce(examples, normaliseQuestion(e.q), intent.name, `example "${e.q}"`, 'an example may illustrate one intent only; delete or rephrase one of them'));
    }
  }
  const fallbacks = intents.filter((i) => i.fallback);
  if (fallbacks.length !== 1) errors.push(`exactly one intent must have "fallback": true (found ${fallbacks.length})`);
  return errors;
}

function compile(intent: z.infer<typeof intentSchema>): RegExp[][] {
  return intent.triggers.map((t, i) =>
    t.patterns.map((p) => {
      try {
        return new RegExp(p, 'u');
      } catch (e) {
        throw new Error(`intent "${intent.name}" trigger ${i}: bad pattern ${JSON.stringify(p)}: ${(e as Error).message}`);
      }
    }),
  );
}

/** Validates a parsed intents.json; throws one message listing every problem found. */
export function parseIntentCatalog(json: unknown, origin = 'intents.json'): IntentCatalog {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Invalid ${origin}: ${parsed.error.message}`);
  const errors = clashes(parsed.data.intents);
  if (errors.length > 0) throw new Error(`Invalid ${origin}:\n- ${errors.join('\n- ')}`);
  const intents = parsed.data.intents
    .map((i) => ({ ...i, compiled: compile(i) }))
    .sort((a, b) => b.priority - a.priority);
  return { intents, fallback: intents.find((i) => i.fallback) as IntentDef };
}

let cached: IntentCatalog | undefined;

/** The intent catalogue from intents/intents.json, read and validated once per process. */
export function loadIntentCatalog(): IntentCatalog {
  if (cached) return cached;
  const url = new URL('../../intents/intents.json', import.meta.url);
  cached = parseIntentCatalog(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')), fileURLToPath(url));
  return cached;
}
