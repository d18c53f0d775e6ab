/**
 * Full-width ASCII forms (０-９, Ａ-Ｚ, （）％，：；…) → half-width, ideographic space → space.
 * One output character per input character, so offset maps stay valid.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
