import { z } from 'zod';
import type { QuestionLanguage } from '../nlu/question-language.ts';
import { loadJsonRules } from '../text/load-json-rules.ts';

/** The languages replies are written in: the question's (see src/nlu/question-language.ts). */
export type Lang = QuestionLanguage;
export const LANGS: Lang[] = ['zh', 'en'];

/** Words the reply takes from data with a name in each language (a metric, a dimension value). */
export interface Named {
  zh: string;
  en: string;
}

/** A message of intents/messages/<lang>.json with its parameters. */
export interface Msg {
  key: string;
  params: Record<string, Text | number>;
}

/**
 * What a reply line says: a message, a name in both languages, or text as it stands (the report's
 * own words, an agency name; text not yet turned into a message reads the same in both languages).
 */
export type Text = string | Named | Msg;

// A message or a name must be rendered in a language before it is text: in a template literal it would
// print "[object Object]" into a reply, so turning one into a string fails loudly instead.
function notText<T extends object>(value: T): T {
  return Object.defineProperty(value, 'toString', {
    value: () => {
      throw new Error(`Not text: ${JSON.stringify(value)} must be rendered in a language first`);
    },
  });
}

export const msg = (key: string, params: Msg['params'] = {}): Msg => notText({ key, params });
export const named = (zh: string, en: string): Named => notText({ zh, en });

/** Names or years as one list, each language with its own separator: 甲、乙 / 甲, 乙. */
export const listed = (items: (string | number)[]): Named => named(items.join('、'), items.join(', '));

/** Texts as one list (甲、乙 / A, B), or as sentences one after another (`sentences`). */
export function listOfTexts(texts: Text[], sentences = false): Text {
  const [first, ...rest] = texts;
  if (first === undefined) return '';
  return rest.length === 0 ? first : msg(sentences ? 'list.sentences' : 'list.items', { first, rest: listOfTexts(rest, sentences) });
}

/** Several names as one list, each language with its own separator: 甲、乙 / A, B. */
export const joinedNames = (names: Named[]): Named => named(names.map((n) => n.zh).join('、'), names.map((n) => n.en).join(', '));

const messageFileSchema = z.object({
  $comment: z.string().optional(),
  messages: z.record(z.string(), z.string()),
  /** How a report's unit is written after a number (条 → " items"); a unit not listed stays as it is. */
  units: z.record(z.string(), z.string()).default({}),
  /** How a report's qualifier is written (余 → "over "); `before` ones go before the number. */
  qualifiers: z.object({ before: z.record(z.string(), z.string()), after: z.record(z.string(), z.string()) }).default({ before: {}, after: {} }),
});

export type MessageFile = z.infer<typeof messageFileSchema>;

const loaded = new Map<Lang, MessageFile>();

export function loadMessages(lang: Lang): MessageFile {
  let file = loaded.get(lang);
  if (!file) {
    file = loadJsonRules(new URL(`../../intents/messages/${lang}.json`, import.meta.url), messageFileSchema);
    loaded.set(lang, file);
  }
  return file;
}

const isMsg = (t: Text): t is Msg => typeof t === 'object' && 'key' in t;

/** The text in one language; a message missing from a file is a bug, so it fails loudly. */
export function renderText(text: Text, lang: Lang): string {
  if (typeof text === 'string') return text;
  if (!isMsg(text)) return text[lang];
  const template = loadMessages(lang).messages[text.key];
  if (template === undefined) throw new Error(`No message "${text.key}" in intents/messages/${lang}.json`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = text.params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? String(value) : renderText(value, lang);
  });
}

/** Placeholders of a template, sorted: the two languages' versions of a message must name the same. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}
