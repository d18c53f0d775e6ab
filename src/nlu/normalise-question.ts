import { foldWidth } from '../text/fold-width.ts';
import { toSimplified } from '../text/to-simplified.ts';

// Invisible characters pasted from web pages and chat clients; they would split words like 科\u200b技局.
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

// CJK punctuation that survives width folding and NFKC. 、 is kept on purpose: it separates list
// items ("2017、2018年") and report labels ("行政复议、行政诉讼").
const PUNCTUATION: Record<string, string> = {
  '。': '.', '｡': '.', '“': '"', '”': '"', '„': '"', '‟': '"', '「': '"', '」': '"', '『': '"', '』': '"',
  '‘': "'", '’': "'", '〔': '[', '〕': ']', '【': '[', '】': ']', '〖': '[', '〗': ']',
  '—': '-', '–': '-', '―': '-', '‐': '-', '‑': '-', '−': '-', '〜': '~', '～': '~',
  '・': '·', '•': '·', '･': '·',
};
const PUNCTUATION_RE = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'g');

/** Spaces only matter between two ASCII words ("science and technology"); elsewhere they are noise. */
function collapseWhitespace(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '');
}

/**
 * Canonical form of a user question for rule matching: full-width → half-width, NFKC,
 * traditional → simplified, invisible/control characters removed, punctuation unified,
 * ASCII lower-cased and whitespace collapsed. Idempotent, so matchers may call it again on
 * an already normalised question. The length may change; entity spans refer to this output.
 */
export function normaliseQuestion(q: string): string {
  const folded = foldWidth(q.replace(ZERO_WIDTH, '')).normalize('NFKC').replace(CONTROL, ' ');
  const simplified = toSimplified(folded).replace(PUNCTUATION_RE, (ch) => PUNCTUATION[ch] ?? ch);
  return collapseWhitespace(simplified.replace(/[A-Z]+/g, (s) => s.toLowerCase()));
}
