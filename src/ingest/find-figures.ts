/** A number stated in prose, with its unit, qualifier and the words that say what it counts. */
export interface Figure {
  value: number;
  unit: string;
  qualifier: string | null;
  /** Words before the number up to the clause start ("编辑出版《张店通讯》"), or after it when none precede. */
  label: string;
  /** The ，-bounded clause up to the number, for context rules. */
  clause: string;
  /** Words after the unit up to the clause end ("收到12起|政府信息依申请公开"). */
  after: string;
  /** Offsets (normalised text) of the number through its unit, and of its sentence. */
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

const UNITS = ['个工作日', '万人次', '人次', '件次', '卷次', '户次', '万元', '亿元', '万份', '万人', '万条', '元', '件', '条', '起', '次', '期', '份', '个', '项', '家', '户', '人', '卷', '盒', '页', '篇', '场', '批', '所', '名', '宗', '小时', '分', '日(?=内)', '%'];
// "35次(条)": a second unit in brackets says what the first counts; the figure is kept in that one.
const UNIT_RE = new RegExp(`^(余|多)?(${UNITS.join('|')})(?:[(（](${UNITS.join('|')})[)）])?(以上|以下|左右|余)?`);
const BEFORE_QUALIFIER = /(近|约|超过|逾|不低于|不少于|突破)$/;
const NUMBER = /\d+(?:\.\d+)?/g;
const SENTENCE_END = /[。！？；;!?\n]/;
const CLAUSE_END = /[，,。；;：:！？!?\n]/;
// A bare number counts only after words that introduce a quantity (关注量74342, 订阅量 27575).
const BARE_OK = /(量|数|为|达|达到)$/;
const NOT_A_FIGURE_AFTER = /^(年|月|日(?!内)|号|时|:|-|〕|\]|】|\.\d|\/)/;
const NOT_A_FIGURE_BEFORE = /([\dA-Za-z第〔[【\-.:/@_]|No)$/;

function sentenceBounds(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(text[s - 1] ?? '')) s--;
  let e = at;
  while (e < text.length && !SENTENCE_END.test(text[e] ?? '')) e++;
  return [s, Math.min(text.length, e + 1)];
}

/** Walk back to the clause start, stepping over balanced (…) and stopping at an unclosed "(". */
function labelStart(text: string, at: number, floor: number): number {
  let depth = 0;
  let i = at;
  while (i > floor) {
    const ch = text[i - 1] ?? '';
    if (ch === ')' || ch === '）') depth++;
    else if (ch === '(' || ch === '（') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && CLAUSE_END.test(ch)) break;
    i--;
  }
  return i;
}

/** In "部门解读89条、领导干部解读19条" each item is its own label; in "政务信息、工作动态42555条" the 、 joins nouns. */
function splitListItem(label: string): string {
  const parts = label.split('、');
  if (parts.length < 2) return label;
  const last = parts.at(-1) ?? label;
  return /\d[^\d、]{0,3}$/.test(parts.at(-2) ?? '') ? last : label;
}

function cleanLabel(label: string): string {
  return label.replace(/^(其中|另外|另|同时|并且|并|且|和|及|以及|均|，|,)+/, '').trim();
}

function labelAfter(text: string, from: number): string {
  let e = from;
  while (e < text.length && !CLAUSE_END.test(text[e] ?? '') && !'()（）'.includes(text[e] ?? '') && !/\d/.test(text[e] ?? '')) e++;
  return text.slice(from, e).replace(/[和及与]$/, '').trim();
}

const FILLER = /^(\d{4}年度?|全年|年内|本年度?|共计?|累计|全区|我区|我局|本单位|其中|并|已)+/;

/**
 * A label that says little by itself ("全区105个预算单位", "2023年共发布340余条政策") takes the words
 * after the unit too; one with no words at all takes only those.
 */
function withWordsAfter(label: string, after: string): string {
  const cjk = (s: string): number => s.replace(/[^\u4e00-\u9fff]/g, '').length;
  if (cjk(label) < 2) return after || label;
  return cjk(label.replace(FILLER, '')) < 3 && cjk(after) > 0 ? `${label}${after}` : label;
}

/** Every figure in one prose line (tables are read elsewhere). */
export function findFigures(text: string, lineStart: number, lineEnd: number): Figure[] {
  const line = text.slice(lineStart, lineEnd);
  const out: Figure[] = [];
  for (const m of line.matchAll(NUMBER)) {
    const at = lineStart + (m.index ?? 0);
    const numEnd = at + m[0].length;
    const before = text.slice(Math.max(lineStart, at - 6), at);
    const next = text.slice(numEnd, Math.min(lineEnd, numEnd + 6));
    if (NOT_A_FIGURE_BEFORE.test(before) || NOT_A_FIGURE_AFTER.test(next)) continue;
    const u = UNIT_RE.exec(next);
    const [sStart, sEnd] = sentenceBounds(text, at);
    const lStart = labelStart(text, at, Math.max(lineStart, sStart));
    // In a list ("区人大代表建议6件、政协提案11件") the item is its own clause: the words of the item
    // before it must not decide what this figure counts.
    const item = splitListItem(text.slice(lStart, at));
    let label = cleanLabel(item);
    const qBefore = BEFORE_QUALIFIER.exec(label)?.[1] ?? null;
    if (qBefore) label = label.slice(0, -qBefore.length);
    if (!u && !BARE_OK.test(label)) continue;
    const unitEnd = numEnd + (u?.[0].length ?? 0);
    const after = labelAfter(text, unitEnd);
    // "承办的8件人大代表建议和0件政协提案": each count is named by the words after it.
    const namedAfter = /(的|[和及与])$/.test(label) && after.length > 0;
    label = namedAfter ? after : withWordsAfter(label, after);
    out.push({
      value: Number(m[0]),
      unit: u?.[3] ?? u?.[2] ?? '',
      qualifier: qBefore ?? u?.[1] ?? u?.[4] ?? null,
      label,
      clause: namedAfter ? after : item,
      after,
      start: at - (qBefore?.length ?? 0),
      end: unitEnd,
      sentenceStart: sStart,
      sentenceEnd: sEnd,
    });
  }
  return out;
}
