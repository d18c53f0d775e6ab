/**
 * Normalise text extracted from PDF/DOCX annual reports (政府信息公开工作年度报告) into one line per
 * paragraph / table cell / table row, keeping an offset map back to the original text so that
 * every figure found later can be cited with the words exactly as published.
 *
 * The pipeline only ever deletes characters or replaces one character with another, so every
 * output character stands for a distinct original character and the map is strictly increasing.
 * A "\n" between two output lines points at a real line break of the original.
 *
 * Everything is a single left-to-right pass per stage: it runs on ~15,000 reports.
 */
import { findPinyinGlosses, type GlossSpans } from '../text/find-pinyin-glosses.ts';
import { foldWidth } from '../text/fold-width.ts';
import { toSimplified } from '../text/to-simplified.ts';
import { isSiteChrome, isSiteField } from './site-chrome.ts';

export interface NormalisedText {
  text: string;
  /** map[i] = offset in the original of text[i]; length text.length + 1, last entry = original.length. */
  map: Int32Array;
}

// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------

const TAB = 0x09;
const SPACE = 0x20;

/** Horizontal whitespace that extraction sprinkles inside words (ideographic space is already folded). */
function isHWS(c: number): boolean {
  return (
    c === SPACE || c === TAB || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f
  );
}

/** Invisible characters that carry nothing: zero-width spaces/joiners, BOM, soft hyphen. */
function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0xad || c === 0x2060;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Han ideographs (BMP blocks, compatibility block, 々〆〇) and kana. */
function isIdeoCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3005 && c <= 0x3007) ||
    (c >= 0x3040 && c <= 0x30ff)
  );
}

/** Ideograph at s[i], including supplementary-plane Han (U+20000–U+3FFFF) given either surrogate. */
function isIdeoAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd840 && c <= 0xd8bf) return true;
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = s.charCodeAt(i - 1);
    return h >= 0xd840 && h <= 0xd8bf;
  }
  return isIdeoCode(c);
}

/** Punctuation that belongs to CJK typesetting (, 。、《》“” 〔〕 — …). */
function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f && !(c >= 0x3005 && c <= 0x3007)) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2010 && c <= 0x201f) ||
    c === 0x2026 ||
    c === 0x00b7 ||
    c === 0x2022 ||
    (c >= 0x25a0 && c <= 0x25ff)
  );
}

/**
 * "CJK-ish" at position i of the working text: an ideograph, CJK punctuation, or an ASCII
 * character that was full-width in the original (foldWidth turned "，" into ","; for spacing
 * purposes it still behaves like CJK punctuation).
 */
function isCjkishAt(f: string, orig: string, i: number): boolean {
  if (isIdeoAt(f, i)) return true;
  const c = f.charCodeAt(i);
  if (isCjkPunctCode(c)) return true;
  if (c < 0x80 && !isAsciiAlnum(c)) {
    const o = orig.charCodeAt(i);
    return o >= 0xff01 && o <= 0xff5e;
  }
  return false;
}

const LINE_BREAKS = new Set([0x0a, 0x0d, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]);

// ---------------------------------------------------------------------------------------------
// Physical lines and image markers
// ---------------------------------------------------------------------------------------------

interface PhysLine {
  start: number;
  end: number;
  /** Index of the line terminator after this line, -1 for the last line. */
  brk: number;
}

/** Split on any line terminator (\r\n counts once); lines are index ranges into the text. */
function splitPhysicalLines(s: string): PhysLine[] {
  const out: PhysLine[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!LINE_BREAKS.has(c)) continue;
    out.push({ start, end: i, brk: i });
    if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  out.push({ start, end: s.length, brk: -1 });
  return out;
}

/** `[image: image4.png]` markers left by the extractor, as [start, end) ranges in text order. */
function findImageMarkers(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\[image:[^\]\n\r]*\]/gi;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function hasCjkRun(s: string, from: number, to: number, min: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    if (isIdeoAt(s, i)) {
      if (++run >= min) return true;
    } else run = 0;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Pinyin glosses ("區(qū)")
// ---------------------------------------------------------------------------------------------

/** Walks gloss spans (in original offsets) alongside a left-to-right scan of a text starting at `base`. */
interface SpanCursor {
  spans: GlossSpans;
  i: number;
  base: number;
}

/** The first span not wholly before position `pos` of the scanned text, if any. */
function spanFrom(c: SpanCursor, pos: number): [number, number] | undefined {
  const at = pos + c.base;
  while (c.i < c.spans.length && (c.spans[c.i]?.[1] ?? 0) <= at) c.i++;
  return c.spans[c.i];
}

let glossCache: { original: string; spans: GlossSpans } | null = null;

/**
 * The glosses of a whole original. Cached for the last original seen: normaliseText computes them and
 * every quote of the same report (quoteOriginal gets the whole original) reuses them, because whether
 * a toneless syllable is a gloss depends on the rest of the document.
 */
function glossesOf(original: string): GlossSpans {
  if (glossCache === null || glossCache.original !== original) {
    glossCache = { original, spans: findPinyinGlosses(original) };
  }
  return glossCache.spans;
}

/**
 * Simplified text, same length as `folded`, with the glosses kept in place but left out of what the
 * converter sees: "發(fā)布" is converted as "發布", so phrase rules still apply across a gloss.
 */
function simplifyAroundGlosses(folded: string, spans: GlossSpans): string {
  if (spans.length === 0) return toSimplified(folded);
  const pieces: string[] = [];
  let pos = 0;
  for (const [a, b] of spans) {
    pieces.push(folded.slice(pos, a));
    pos = b;
  }
  pieces.push(folded.slice(pos));
  const simple = toSimplified(pieces.join(''));
  let out = '';
  let k = 0;
  pos = 0;
  for (let j = 0; j < pieces.length; j++) {
    const len = pieces[j]?.length ?? 0;
    out += simple.slice(k, k + len);
    k += len;
    const sp = spans[j];
    if (sp !== undefined) out += folded.slice(sp[0], sp[1]);
  }
  return out;
}

/**
 * Indices of the characters of one physical line that survive marker removal. An image marker
 * is dropped together with whatever follows it on the same line when that tail holds no run of
 * ≥3 ideographs: the extractor OCRs the picture into junk like "£ REME R" or "f=EEHE =254".
 */
function keptIndices(
  s: string,
  line: PhysLine,
  markers: Array<[number, number]>,
  mi: { i: number },
  glosses: SpanCursor,
): number[] {
  while (mi.i < markers.length && (markers[mi.i]?.[0] ?? 0) < line.start) mi.i++;
  const ks: number[] = [];
  let pos = line.start;
  while (pos < line.end) {
    const mk = markers[mi.i];
    if (mk === undefined || mk[0] >= line.end) {
      pushRange(s, ks, pos, line.end, glosses);
      break;
    }
    pushRange(s, ks, pos, mk[0], glosses);
    mi.i++;
    const next = markers[mi.i];
    const tailEnd = next !== undefined && next[0] < line.end ? next[0] : line.end;
    pos = hasCjkRun(s, mk[1], tailEnd, 3) ? mk[1] : tailEnd;
  }
  return ks;
}

/** Indices from..to that are not invisible and not inside a gloss. */
function pushRange(s: string, ks: number[], from: number, to: number, glosses: SpanCursor): void {
  let i = from;
  while (i < to) {
    const sp = spanFrom(glosses, i);
    const spStart = sp === undefined ? Infinity : sp[0] - glosses.base;
    if (spStart <= i) {
      i = (sp?.[1] ?? 0) - glosses.base;
      continue;
    }
    const lim = Math.min(to, spStart);
    for (; i < lim; i++) if (!isInvisible(s.charCodeAt(i))) ks.push(i);
  }
}

// ---------------------------------------------------------------------------------------------
// Spaces inside a line
// ---------------------------------------------------------------------------------------------

type LineKind = 'prose' | 'tab' | 'pipe';

interface CleanOptions {
  /** Remove "28,000" / "1 000" thousands separators (normalised text only; quotes keep them). */
  thousands: boolean;
  /** Keep the leading TAB and TABs between cells (normalised text); quotes drop tabs. */
  keepTabs: boolean;
}

interface Cleaned {
  codes: number[];
  offs: number[];
  /** Leading whitespace of 2+ spaces or an ideographic space: a paragraph indent. */
  indent: boolean;
}

function isOpenBracket(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b;
}
function isCloseBracket(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x7d;
}
/** ASCII punctuation that never takes a space before it. */
function isTightBefore(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x25;
}

/**
 * Whether one space survives between the non-space characters at li and ri. Extraction puts
 * spaces between CJK characters ("张 政 办 字"), around numbers ("2018 年") and around brackets
 * ("( 张"), none of which are in the published text; spaces between two ASCII words are real.
 */
function keepSpace(f: string, orig: string, kind: LineKind, li: number, ri: number): boolean {
  const a = f.charCodeAt(li);
  const b = f.charCodeAt(ri);
  if (kind === 'pipe' && (a === 0x7c || b === 0x7c)) return true;
  if (isCjkishAt(f, orig, li) || isCjkishAt(f, orig, ri)) return false;
  if (isOpenBracket(a) || isCloseBracket(b) || isTightBefore(b)) return false;
  if (isCloseBracket(a) && !isAsciiAlnum(b)) return false;
  if (isOpenBracket(b) && !isAsciiAlnum(a)) return false;
  return true;
}

function isSpaceSep(c: number): boolean {
  return c === SPACE || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/**
 * Mark thousands separators inside numbers in prose: "28,000条" → "28000条", "1 000 万" → "1000万".
 * A chain is a 1–3 digit group followed by one or more (separator + exactly 3 digits). A space
 * chain must not sit inside a space-separated list of numbers ("1 120 0" is three table cells).
 * Only an ASCII comma counts (a full-width "，" only between full-width digits): "12，345" in
 * Chinese prose is more often a list.
 */
function markThousands(f: string, orig: string, ks: number[]): Uint8Array | null {
  let drop: Uint8Array | null = null;
  const n = ks.length;
  const at = (j: number): number => (j >= 0 && j < n ? f.charCodeAt(ks[j] ?? 0) : -1);
  const isComma = (j: number): boolean => {
    if (at(j) !== 0x2c) return false;
    const o = orig.charCodeAt(ks[j] ?? 0);
    if (o === 0x2c) return true;
    return o === 0xff0c && orig.charCodeAt(ks[j - 1] ?? 0) >= 0xff10 && orig.charCodeAt(ks[j - 1] ?? 0) <= 0xff19;
  };
  let j = 0;
  while (j < n) {
    if (!isDigit(at(j)) || isDigit(at(j - 1))) {
      j++;
      continue;
    }
    let g = j;
    while (g < n && isDigit(at(g))) g++;
    if (g - j > 3 || at(j - 1) === 0x2e) {
      j = g;
      continue;
    }
    const spaceSep = isSpaceSep(at(g));
    const commaSep = !spaceSep && isComma(g);
    if (!spaceSep && !commaSep) {
      j = g;
      continue;
    }
    const sameSep = (p: number): boolean => (spaceSep ? isSpaceSep(at(p)) : isComma(p));
    // "5 120 000" preceded by "3 " is a list of numbers, not one number.
    if (sameSep(j - 1) && isDigit(at(j - 2))) {
      j = g;
      continue;
    }
    const seps: number[] = [];
    let p = g;
    while (
      sameSep(p) &&
      isDigit(at(p + 1)) &&
      isDigit(at(p + 2)) &&
      isDigit(at(p + 3)) &&
      !isDigit(at(p + 4))
    ) {
      seps.push(p);
      p += 4;
    }
    const valid = seps.length > 0 && !(sameSep(p) && isDigit(at(p + 1)));
    if (valid) {
      drop ??= new Uint8Array(n);
      for (const s of seps) drop[s] = 1;
    }
    j = Math.max(p, g);
  }
  return drop;
}

/**
 * Clean the spaces of one physical line: drop leading/trailing whitespace (noting an indent),
 * drop spaces next to CJK / brackets, collapse the rest to one space, keep TAB cell separators
 * in table lines. Works on kept indices so the output knows each character's origin.
 */
function cleanLine(f: string, orig: string, ks: number[], kind: LineKind, opt: CleanOptions): Cleaned {
  const codes: number[] = [];
  const offs: number[] = [];
  const n = ks.length;
  const drop = opt.thousands ? markThousands(f, orig, ks) : null;
  const ch = (j: number): number => f.charCodeAt(ks[j] ?? 0);

  let j = 0;
  let spaces = 0;
  let ideoSpace = false;
  let leadTab = -1;
  while (j < n && isHWS(ch(j))) {
    const idx = ks[j] ?? 0;
    if (ch(j) === TAB) {
      if (leadTab < 0) leadTab = idx;
    } else {
      spaces++;
      if (orig.charCodeAt(idx) === 0x3000) ideoSpace = true;
    }
    j++;
  }
  if (opt.keepTabs && kind === 'tab' && leadTab >= 0) {
    codes.push(TAB);
    offs.push(leadTab);
  }
  let lastIdx = -1;
  while (j < n) {
    const c = ch(j);
    const isDrop = drop !== null && drop[j] === 1;
    if (!isHWS(c) && !isDrop) {
      codes.push(c);
      offs.push(ks[j] ?? 0);
      lastIdx = ks[j] ?? 0;
      j++;
      continue;
    }
    let k = j;
    let firstWs = -1;
    let firstTab = -1;
    let onlyTabs = true;
    while (k < n && (isHWS(ch(k)) || (drop !== null && drop[k] === 1))) {
      if (!(drop !== null && drop[k] === 1)) {
        const idx = ks[k] ?? 0;
        if (firstWs < 0) firstWs = idx;
        if (ch(k) === TAB) {
          if (firstTab < 0) firstTab = idx;
        } else onlyTabs = false;
      }
      k++;
    }
    if (k >= n) break; // trailing whitespace
    if (firstWs >= 0 && lastIdx >= 0) {
      if (opt.keepTabs && kind === 'tab' && firstTab >= 0) {
        codes.push(TAB);
        offs.push(firstTab);
      } else if (!(onlyTabs && !opt.keepTabs) && keepSpace(f, orig, kind, lastIdx, ks[k] ?? 0)) {
        codes.push(SPACE);
        offs.push(firstWs);
      }
    }
    j = k;
  }
  return { codes, offs, indent: spaces >= 2 || ideoSpace };
}

function codesToString(codes: number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode(...codes.slice(i, i + 4096));
  return s;
}

// ---------------------------------------------------------------------------------------------
// Line classification
// ---------------------------------------------------------------------------------------------

/**
 * Page furniture: "- 5 -", "—5—", "－5－" (folded), "─ 5 ─", "· 5 ·", "一5一" (一 set as a dash), "第 5 页",
 * "第5页 共9页", "第5/9页", "5 / 9", "5/9页", "- 5 / 9 -", "Page 5 of 9".
 */
const DASH = '[-—–‒―~─━﹣⁃·•]';
const PAGE_NUMBER_RES = [
  new RegExp(`^${DASH}+ ?\\d{1,4}(?: ?/ ?\\d{1,4})? ?${DASH}+$`),
  /^一 ?\d{1,4} ?一$/,
  /^第\d{1,4}页(?: ?[,/、]? ?共\d{1,4}页)?$/,
  /^共\d{1,4}页 ?[,/、]? ?第\d{1,4}页$/,
  /^第?\d{1,4} ?\/ ?共?\d{1,4}页?$/,
  /^page ?\d{1,4}(?: ?(?:of|\/) ?\d{1,4})?$/i,
];

function isPageNumber(s: string): boolean {
  return s.length <= 20 && PAGE_NUMBER_RES.some((re) => re.test(s));
}

/** A line that is only a number (a table cell laid out one per line), or a dash standing for none. */
const NUMBER_ONLY_RE = /^(?:[-+]?\d+(?:[.,]\d+)*%?|[-—–])$/;

/** A signature date: "2019年3月26日", "二〇一九年三月二十六日". */
const DATE_RE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;

/** Starts of headings and list items: a new line always starts here. */
const HEADING_START_RE =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\)|\d{1,2}、|\d{1,2}\.(?=[\u3400-\u9fff])|[一二三四五六七八九十]是)/;

/** Numbered section / sub-section heading markers. */
const SECTION_RE = /^[一二三四五六七八九十]{1,3}、/;
const SUBSECTION_RE = /^\([一二三四五六七八九十]{1,3}\)/;
const BARE_MARKER_RE = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))$/;

/** Endings of complete headings ("…情况", "…改进措施", "…需要报告的事项", "一、概述"). */
const HEADING_END_RE = /(?:情况|措施|事项|说明|概述|概况|附表)$/;

/** Report titles: "张店区人民政府2018年政府信息公开工作年度报告". */
const TITLE_RE = /(?:年度报告|工作报告|年报)$/;

/** A bracketed note on a line of its own: "（此件主动公开）". */
const NOTE_RE = /^[(【[][^()【】[\]]*[)】\]]$/;

/**
 * A heading line: a section / sub-section marker and no sentence punctuation. Long lines with a
 * comma are wrapped paragraphs that happen to start with a marker.
 */
function isHeadingLike(s: string): boolean {
  if (!SECTION_RE.test(s) && !SUBSECTION_RE.test(s)) return false;
  if (s.length > 50 || /[。;!?]/.test(s)) return false;
  return s.length <= 24 || !/[,:]/.test(s);
}

/**
 * Rule 5: headings broken across lines ("七、存在" + "的主要问题及改进措施", "…诉讼的情" + "况").
 * The continuation must be short, without clause punctuation. A heading that already ends like a
 * complete one ("三、依申请公开政府信息情况") keeps apart from a short wrapped paragraph line
 * ("进一步明确依"), unless that line obviously continues it ("的…"). Sub-headings ((一)…) only
 * take continuations that are tiny (≤4 chars), start with a particle or make them end like a
 * heading: a wrapped narrow-column paragraph line is otherwise hard to tell from a heading tail.
 */
function joinsHeading(head: string, next: string): boolean {
  if (HEADING_START_RE.test(next) || NUMBER_ONLY_RE.test(next) || DATE_RE.test(next)) return false;
  if (BARE_MARKER_RE.test(head)) return true;
  if (next.length > 20 || /[,。;:]/.test(next)) return false;
  if (/^[的之及和与]/.test(next)) return true;
  if (HEADING_END_RE.test(head)) return false;
  return SECTION_RE.test(head) || next.length <= 4 || HEADING_END_RE.test(head + next);
}

const CLOSERS = new Set([0x201d, 0x2019, 0x22, 0x27, 0x29, 0x300d, 0x300f, 0x3011, 0x300b, 0x5d]);

/** Ends a sentence: 。！？；： (full-width in the original or after CJK), or "." after CJK. */
function endsSentence(f: string, orig: string, codes: number[], offs: number[]): boolean {
  let k = codes.length - 1;
  while (k >= 0 && CLOSERS.has(codes[k] ?? 0)) k--;
  if (k < 0) return false;
  const c = codes[k] ?? 0;
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a) return true;
  const afterCjk = k > 0 && isCjkishAt(f, orig, offs[k - 1] ?? 0);
  if (c === 0x2e) return afterCjk && isIdeoAt(f, offs[k - 1] ?? 0);
  if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a) {
    const o = orig.charCodeAt(offs[k] ?? 0);
    return (o >= 0xff01 && o <= 0xff5e) || afterCjk;
  }
  return false;
}

interface Line {
  text: string;
  offs: number[];
  brk: number;
  kind: LineKind;
  indent: boolean;
  endsSentence: boolean;
  endsPunct: boolean;
  numberOnly: boolean;
  date: boolean;
  headingStart: boolean;
  /** A site field row ("索引号:…", "发布日期:…"): never joined to anything. */
  standalone: boolean;
}

function classify(f: string, orig: string, pl: PhysLine, kind: LineKind, c: Cleaned): Line | null {
  const text = codesToString(c.codes);
  if (text === '') return null;
  if (kind !== 'tab' && (isPageNumber(text) || isSiteChrome(text))) return null;
  const content = kind === 'tab' ? text.slice(text.lastIndexOf('\t') + 1) : text;
  const last = c.offs[c.offs.length - 1] ?? 0;
  const lastCode = c.codes[c.codes.length - 1] ?? 0;
  return {
    text,
    offs: c.offs,
    brk: pl.brk,
    kind,
    indent: c.indent,
    endsSentence: endsSentence(f, orig, c.codes, c.offs),
    endsPunct: !isAsciiAlnum(lastCode) && !isIdeoAt(f, last),
    numberOnly: NUMBER_ONLY_RE.test(content),
    date: DATE_RE.test(content),
    headingStart: HEADING_START_RE.test(content),
    standalone: kind === 'prose' && isSiteField(text),
  };
}

/**
 * TAB line, pipe row or prose. A row of a saved page's field table may have lost its leading pipe
 * ("标题: | … | ||", "---|---|---|"): two pipes make a pipe row too, so it is not run into prose.
 */
function lineKind(f: string, ks: number[]): LineKind {
  let first = true;
  let pipes = 0;
  for (const i of ks) {
    const c = f.charCodeAt(i);
    if (first) {
      if (c === TAB) return 'tab';
      if (c === 0x7c) return 'pipe';
      if (!isHWS(c)) first = false;
    }
    if (c === 0x7c && ++pipes >= 2) return 'pipe';
  }
  return 'prose';
}

// ---------------------------------------------------------------------------------------------
// Re-joining lines
// ---------------------------------------------------------------------------------------------

interface Para {
  lines: Line[];
  text: string;
  kind: LineKind;
}

/**
 * Rule 4: whether line `l` continues paragraph `p`. Blank lines carry no meaning (some
 * extractions put one after every physical line), so the decision looks only at how `p` ends
 * and how `l` starts.
 */
function continues(p: Para, l: Line): boolean {
  const last = p.lines[p.lines.length - 1];
  if (last === undefined) return false;
  // Table lines and pipe rows are never joined to each other; nothing joins onto a pipe row.
  if (l.kind !== 'prose' || p.kind === 'pipe') return false;
  // Numbers stand alone: they are table cells laid out one per line. So do site field rows.
  if (l.numberOnly || l.date || l.standalone || last.standalone) return false;
  if (p.kind === 'tab') {
    // A cell wrapped onto the next physical line, which the extractor wrote without a TAB:
    // "\t5.要求行政机关确认或重新" + "出具已获取信息", "\t总" + "计".
    const cell = p.text.slice(p.text.lastIndexOf('\t') + 1);
    if (cell === '' || NUMBER_ONLY_RE.test(cell)) return false;
    return !l.headingStart && !last.endsSentence && !l.indent && l.text.length <= 30;
  }
  if (p.lines.length === 1 && (last.numberOnly || last.date)) return false;
  if (l.headingStart) return false;
  if (isHeadingLike(p.text)) return joinsHeading(p.text, l.text);
  if (TITLE_RE.test(p.text) && p.text.length <= 80 && !/[。,;]/.test(p.text)) return false;
  if (p.lines.length === 1 && p.text.length <= 30 && NOTE_RE.test(p.text)) return false;
  if (last.endsSentence) return false;
  // A new paragraph that was indented in the original, after a line ending in punctuation.
  if (l.indent && last.endsPunct) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Normalise an extracted report: full-width folded, simplified, junk and page numbers dropped,
 * spaces inside words removed, wrapped lines re-joined; one line per paragraph / table cell /
 * table row. `map[i]` is the offset in `original` of `text[i]`.
 */
export function normaliseText(original: string): NormalisedText {
  // Rule 1: both conversions keep one character per character, so indices stay shared. Pinyin
  // glosses stay in f but are skipped like invisible characters.
  const glosses = glossesOf(original);
  const f = simplifyAroundGlosses(foldWidth(original), glosses);
  const markers = findImageMarkers(f);
  const mi = { i: 0 };
  const gc: SpanCursor = { spans: glosses, i: 0, base: 0 };
  const paras: Para[] = [];
  let cur: Para | null = null;
  for (const pl of splitPhysicalLines(f)) {
    const ks = keptIndices(f, pl, markers, mi, gc);
    const kind = lineKind(f, ks);
    const cleaned = cleanLine(f, original, ks, kind, { thousands: true, keepTabs: true });
    const line = classify(f, original, pl, kind, cleaned);
    if (line === null) continue;
    if (cur !== null && continues(cur, line)) {
      cur.lines.push(line);
      cur.text += line.text;
    } else {
      cur = { lines: [line], text: line.text, kind: line.kind };
      paras.push(cur);
    }
  }

  let total = 0;
  for (const p of paras) total += p.text.length;
  total += Math.max(0, paras.length - 1);
  const map = new Int32Array(total + 1);
  const parts: string[] = [];
  let o = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    if (p === undefined) continue;
    if (pi > 0) {
      const prev = paras[pi - 1]?.lines.at(-1);
      const first = p.lines[0]?.offs[0] ?? 0;
      parts.push('\n');
      map[o++] = prev !== undefined && prev.brk >= 0 && prev.brk < first ? prev.brk : Math.max(0, first - 1);
    }
    parts.push(p.text);
    for (const l of p.lines) for (const off of l.offs) map[o++] = off;
  }
  map[o] = original.length;
  return { text: parts.join(''), map };
}

/** A quoted line the normaliser drops: a page number or site chrome (checked on its folded, simplified form). */
function isFurniture(line: string): boolean {
  if (line.length > 60) return false;
  const folded = foldWidth(line);
  return isPageNumber(folded) || isSiteChrome(toSimplified(folded));
}

/** Whether a quote could hold a gloss at all: most never do, and then the whole report need not be scanned. */
function mayHoldGloss(s: string): boolean {
  return /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/.test(s);
}

/** Map a normalised [start, end) to original offsets (end exclusive). */
export function toOriginalSpan(norm: { map: Int32Array }, start: number, end: number): { start: number; end: number } {
  const last = norm.map.length - 1;
  const s = Math.max(0, Math.min(start, last));
  const e = Math.max(s, Math.min(end, last));
  const os = norm.map[s] ?? 0;
  if (e <= s) return { start: os, end: os };
  return { start: os, end: (norm.map[e - 1] ?? os) + 1 };
}

/**
 * The original text of [start, end) as a citation quotes it: line breaks and tabs removed, image
 * markers and page-number lines dropped, extraction spaces removed (between CJK characters, CJK
 * and digits/letters, around brackets), other runs of spaces collapsed, trimmed. The characters
 * are the published ones (traditional stays traditional, full-width stays full-width), except that
 * pinyin glosses are left out: a mirror site added them ("區(qū)"), the report never had them.
 */
export function quoteOriginal(original: string, start: number, end: number): string {
  const from = Math.max(0, start);
  const s = original.slice(from, Math.max(0, end));
  const markers = findImageMarkers(s);
  const mi = { i: 0 };
  const gc: SpanCursor = { spans: mayHoldGloss(s) ? glossesOf(original) : [], i: 0, base: from };
  let out = '';
  for (const pl of splitPhysicalLines(s)) {
    const ks = keptIndices(s, pl, markers, mi, gc);
    const c = cleanLine(s, s, ks, 'prose', { thousands: false, keepTabs: false });
    const text = codesToString(c.codes);
    if (text === '' || isFurniture(text)) continue;
    out += text;
  }
  return out.trim();
}
