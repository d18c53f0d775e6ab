import { z } from 'zod';
import { loadJsonRules } from './load-json-rules.ts';

const replacement = z.object({ from: z.string().min(1), to: z.string().min(1) });

const placesSchema = z.object({
  levels: z.array(z.string().min(1)).min(1),
  zones: z.array(z.string().min(1)),
  zoneGovernment: z.string().min(1),
  governmentOf: z.string().min(1),
  minPlaceLength: z.number().int().min(2),
  maxPlaceLength: z.number().int().min(2),
  notInPlace: z.array(z.string().min(1)),
  dropBeforeSubunit: z.object({ word: z.string().min(1), subunits: z.array(z.string().min(1)) }),
  bodyForms: z.array(replacement),
  placeGovernmentForms: z.array(replacement),
  zoneShortForms: z.array(z.object({ full: z.string().min(1), short: z.array(z.string().min(1)) })),
  known: z.array(z.object({ name: z.string().min(2), parents: z.array(z.string().min(2)), home: z.boolean().optional() })),
  examples: z.array(z.object({ name: z.string(), places: z.array(z.string()), body: z.string(), canonical: z.string() })),
});

export type AgencyPlaces = z.infer<typeof placesSchema>;

let loaded: AgencyPlaces | undefined;

/** The place rules (intents/entities/agency-places.json), read once per process. */
export function loadAgencyPlaces(): AgencyPlaces {
  loaded ??= loadJsonRules(new URL('../../intents/entities/agency-places.json', import.meta.url), placesSchema);
  return loaded;
}
