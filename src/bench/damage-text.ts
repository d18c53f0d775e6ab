import type { Random } from './seeded-random.ts';

/** What PDF text extraction did to one report (chosen per report). */
export interface TextDamage {
  /** Hard wrap at about this many CJK characters; null keeps one line per paragraph. */
  width: number | null;
  /** A blank line after every physical line (else only between paragraphs). */
  blankAfterEveryLine: boolean;
  /** Chance of a space between a number and the word next to it ("2018 年", "735921 次"). */
  numberSpace: number;
  /** Chance that a paragraph has a run of letter-spaced characters ("张 店 区 政 务 中 心"). */
  spacedRun: number;
  /** Page furniture every this many lines; null for none. */
  pageEvery: number | null;
  pageStyle: 0 | 1 | 2;
  /** Paragraphs open with two ideographic spaces. */
  indent: boolean;
}

export function textDamage(r: Random): TextDamage {
  const wrapped = r.chance(0.7);
  return {
    width: wrapped ? r.int(25, 30) : null,
    blankAfterEveryLine: wrapped ? r.chance(0.8) : true,
    numberSpace: r.pick([0, 0.2, 0.5]),
    spacedRun: r.pick([0, 0.1, 0.3]),
    pageEvery: r.chance(0.8) ? r.int(30, 45) : null,
    pageStyle: r.pick([0, 0, 1, 2] as const),
    indent: r.chance(0.3),
  };
}

export function pageMark(style: TextDamage['pageStyle'], page: number): string {
  return style === 0 ? `- ${page} -` : style === 1 ? `—${page}—` : `第 ${page} 页`;
}

const isAscii = (ch: string): boolean => /[0-9A-Za-z.%:/_@-]/.test(ch);
const isDigit = (ch: string): boolean => /[0-9]/.test(ch);
const isHan = (ch: string): boolean => /[\u4e00-\u9fff]/.test(ch);
/** Characters a typesetter never puts at the start of a line. */
const NO_LINE_START = /[，。、；：！？）》”’％%]/;

/** Spaces where extraction puts them: between numbers and words, and letter-spacing in one run. */
export function sprinkleSpaces(r: Random, text: string, d: TextDamage): string {
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    const next = chars[i + 1] ?? '';
    out += ch;
    if (((isDigit(ch) && isHan(next)) || (isHan(ch) && isDigit(next))) && r.chance(d.numberSpace)) out += ' ';
  });
  if (!r.chance(d.spacedRun)) return out;
  const runs = [...out.matchAll(/[\u4e00-\u9fff，：]{6,}/g)];
  if (runs.length === 0) return out;
  const m = r.pick(runs);
  const at = m.index ?? 0;
  const len = Math.min(m[0].length, r.int(6, 14));
  const spaced = [...m[0].slice(0, len)].join(' ');
  return out.slice(0, at) + spaced + ' ' + out.slice(at + len);
}

/** Fixed-width lines as a PDF prints them: CJK counts 2, ASCII 1; a number or URL is never split, nor a line started with 。. */
export function wrapLine(text: string, width: number): string[] {
  const lines: string[] = [];
  const limit = width * 2;
  let line = '';
  let used = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    let token = ch;
    while (isAscii(token.at(-1) ?? '') && isAscii(chars[i + 1] ?? '')) token += chars[++i] ?? '';
    const w = [...token].reduce((s, c) => s + (isAscii(c) || c === ' ' ? 1 : 2), 0);
    if (used + w > limit && line.length > 0 && !NO_LINE_START.test(token[0] ?? '')) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += token;
    used += w;
  }
  if (line) lines.push(line);
  return lines;
}
