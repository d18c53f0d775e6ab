import { z } from 'zod';
import { loadJsonRules } from '../text/load-json-rules.ts';

const wordWithGuards = z.object({ text: z.string().min(1), notFollowedBy: z.array(z.string().min(1)) });

const agencyRulesSchema = z.object({
  regionPrefixes: z.array(z.object({ prefix: z.string().min(1), variants: z.array(z.string()) })),
  abbreviations: z.array(z.object({ full: z.string().min(1), short: z.array(z.string().min(1)), exactOnly: z.boolean().default(false) })),
  bodyReorders: z.array(z.object({ pattern: z.string().min(1), forms: z.array(z.string().min(1)).min(1) })).default([]),
  typeSynonyms: z.array(z.object({ suffix: z.string().min(1), alternatives: z.array(z.string().min(1)) })),
  genericAliases: z.array(z.string()),
  minAliasLength: z.number().int().positive(),
  aliasBlockedContinuations: z.array(z.object({ aliasEndsWith: z.string().min(1), next: z.array(z.string().min(1)) })),
  curated: z.array(z.object({ alias: z.string().min(1), target: z.string().min(1) })),
  foreignPrefixes: z.array(wordWithGuards),
  mention: z.object({
    suffixes: z.array(wordWithGuards).min(1),
    nonAgencyWords: z.array(z.string().min(1)),
    nonAgencyEndings: z.array(z.string().min(1)),
    boundaryChars: z.string(),
    maxLength: z.number().int().positive(),
    minCoreLength: z.number().int().positive(),
    minDistinctLength: z.number().int().positive(),
    subUnit: z.object({ endings: z.array(z.string().min(1)).min(1), minNameLength: z.number().int().positive() }),
  }),
});

export type AgencyRules = z.infer<typeof agencyRulesSchema>;
export type GuardedWord = z.infer<typeof wordWithGuards>;

let loaded: AgencyRules | undefined;

/** Called for every agency name at start-up (a city has a thousand): the file is resolved once. */
export function loadAgencyRules(): AgencyRules {
  loaded ??= loadJsonRules(new URL('../../intents/entities/agency-aliases.json', import.meta.url), agencyRulesSchema);
  return loaded;
}
