/**
 * Pinyin glosses that traditional-character mirror pages put after characters: "區(qū)", "會(huì)議",
 * "無(wú)文號(hào)". They are not part of the published report, they cut words apart ("公開(kāi)工作") so no
 * phrase or title rule can read them, and they must go before anything else reads the text.
 *
 * A gloss is one pinyin syllable in ASCII or full-width parentheses. Real parenthesised content is
 * never one syllable of lowercase latin: "(一)", "(以下简称《条例》)", "(2019)", "(qq群)", "(PDF)",
 * "(pdf)", "(www…)". How sure a candidate is decides what it takes:
 * - a tone-marked syllable after a Han character is a gloss by itself;
 * - a toneless one after a Han character ("的(de)"), or a tone-marked one after something else (mojibake
 *   such as "?,F(xiàn)"), only in a document that shows it uses glosses: at least EVIDENCE tone-marked
 *   glosses after Han characters;
 * - a toneless one after anything else never ("Q(a)").
 */

/** [start, end) of each gloss, parentheses included, in text order. */
export type GlossSpans = Array<[number, number]>;

const EVIDENCE = 3;
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const BASE = 'aaaaeeeeiiiioooouuuuüüüü';
/** A text without any tone-marked vowel can hold no gloss we strip: one cheap scan skips the rest. */
const ANY_TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const CANDIDATE = /[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[)）]/g;
/** Initial + final of Mandarin; loose on which pairs exist, strict on shape ("pdf", "qq" fail). */
const SYLLABLE =
  /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|er|a|o|e|i|u|ü)$/;

interface Candidate {
  start: number;
  end: number;
  toned: boolean;
  afterHan: boolean;
}

/** Han ideograph ending just before i (BMP blocks, compatibility block, supplementary planes). */
function hanBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    return h >= 0xd840 && h <= 0xd8bf;
  }
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** The syllable with tone marks removed, and whether it had one. */
function untone(syl: string): { base: string; toned: boolean } {
  let base = '';
  let toned = false;
  for (const ch of syl) {
    const k = TONED.indexOf(ch);
    if (k >= 0) toned = true;
    base += k >= 0 ? BASE[k] : ch;
  }
  return { base, toned };
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const { base, toned } = untone(m[1] ?? '');
    if (!SYLLABLE.test(base) || m.index === 0) continue;
    const prev = text.charCodeAt(m.index - 1);
    if (prev <= 0x20 || prev === 0x3000) continue; // "( a )" after a space is a list marker, not a gloss
    out.push({ start: m.index, end: m.index + m[0].length, toned, afterHan: hanBefore(text, m.index) });
  }
  return out;
}

/** Every pinyin gloss of the text (empty for the vast majority of reports, after one quick scan). */
export function findPinyinGlosses(text: string): GlossSpans {
  if (!ANY_TONE.test(text)) return [];
  const found = candidates(text);
  let evidence = 0;
  for (const c of found) if (c.toned && c.afterHan) evidence++;
  const sure = evidence >= EVIDENCE;
  const keep = (c: Candidate): boolean => (c.toned && c.afterHan) || (sure && (c.toned || c.afterHan));
  return found.filter(keep).map((c): [number, number] => [c.start, c.end]);
}
