import { loadJsonRules } from '../text/load-json-rules.ts';
import { narrativeVocabularySchema, type NarrativeVocabulary } from './narrative-rule-schema.ts';

const NARRATIVE_RULES = new URL('../../intents/narrative-rules.json', import.meta.url);

/** intents/narrative-rules.json, validated and with its fragments written out; read once. */
export function loadNarrativeVocabulary(): NarrativeVocabulary {
  return loadJsonRules(NARRATIVE_RULES, narrativeVocabularySchema);
}
