import * as OpenCC from 'opencc-js/t2cn';

// Phrase-aware conversion first; fall back to character-by-character when the phrase tables change
// the length, because callers keep offset maps that assume one output character per input character.
const convert: (text: string) => string = OpenCC.Converter({ from: 'hk', to: 'cn' });
const charCache = new Map<string, string>();

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
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) out += convertChar(ch);
  return out;
}
