import { ConverterFactory } from 'opencc-js/core';
import * as T2cn from 'opencc-js/preset/t2cn';

// Hong Kong / Taiwan forms → mainland simplified, the same dictionaries as OpenCC's hk → cn.
const CHAIN = [...(T2cn.from.hk ?? []), ...(T2cn.to.cn ?? [])];

// Phrase-aware conversion first; fall back to character-by-character when the phrase tables change
// the length, because callers keep offset maps that assume one output character per input character.
const convert: (text: string) => string = ConverterFactory(...CHAIN);
const charCache = new Map<string, string>();

function entriesOf(dict: string | readonly (readonly [string, string])[]): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').flatMap((pair) => {
    const [from, to] = pair.split(' ');
    return from && to ? [[from, to] as const] : [];
  });
}

/**
 * Characters that any rule of the chain changes: every character of a rule's source where it differs
 * from the replacement (all of them when the lengths differ). Text holding none of them is already
 * simplified: no rule that changes anything can match it, so conversion is skipped. Most questions
 * and quotes are, and OpenCC costs microseconds per character.
 */
function changedCharacters(): Set<string> {
  const out = new Set<string>();
  for (const dict of CHAIN.flat()) {
    for (const [from, to] of entriesOf(dict)) {
      if (from === to) continue;
      const a = [...from];
      const b = [...to];
      a.forEach((ch, i) => {
        if (a.length !== b.length || b[i] !== ch) out.add(ch);
      });
    }
  }
  return out;
}

let changing: Set<string> | undefined;

function needsConversion(text: string): boolean {
  changing ??= changedCharacters();
  for (const ch of text) if (changing.has(ch)) return true;
  return false;
}

function convertChar(ch: string): string {
  let out: string | undefined = charCache.get(ch);
  if (out === undefined) {
    const c = convert(ch);
    out = c.length === ch.length ? c : ch;
    charCache.set(ch, out);
  }
  return out;
}

/** Traditional → simplified Chinese; the result always has the same length as the input. */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text) || !needsConversion(text)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) out += convertChar(ch);
  return out;
}
