import { normaliseQuestion } from './normalise-question.ts';
import { makeSpan, type Span } from './span.ts';
import { loadYearRules, type YearNotes, type YearRules } from './year-rules.ts';

export type YearMention =
  | { kind: 'absolute'; year: number; span: Span }
  | { kind: 'relative'; offset: number; word: string; span: Span };

/** A run of digits that could be a year: 2018 / 18 / 二〇一八 / 一八, with its 年/年度 if any. */
interface YearToken {
  start: number;
  end: number;
  /** End including a directly following 年/年度 (=== end when there is none). */
  suffixEnd: number;
  digits: number;
  value: number;
  chinese: boolean;
}

/** Tokens joined by list separators (2017、2018年) or one range separator (2017-2018年). */
interface YearGroup {
  tokens: YearToken[];
  range: boolean;
}

interface CompiledYearRules {
  rules: YearRules;
  tokenRe: RegExp;
  suffixes: string[];
  relative: YearRules['relative'];
}

let compiled: CompiledYearRules | undefined;

function compile(): CompiledYearRules {
  if (compiled) return compiled;
  const rules = loadYearRules();
  const cn = Object.keys(rules.chineseDigits).join('');
  const byLength = <T>(key: (t: T) => string) => (a: T, b: T) => key(b).length - key(a).length;
  compiled = {
    rules,
    tokenRe: new RegExp(`\\d+|[${cn}]+`, 'g'),
    suffixes: [...rules.yearSuffixes].sort(byLength((s: string) => s)),
    relative: [...rules.relative].sort(byLength((r: { word: string }) => r.word)),
  };
  return compiled;
}

function tokenValue(text: string, c: CompiledYearRules): { value: number; chinese: boolean } {
  const chinese = !/^\d/.test(text);
  const n = chinese ? Number([...text].map((ch) => c.rules.chineseDigits[ch] ?? 0).join('')) : Number(text);
  return { value: text.length === 2 ? c.rules.century + n : n, chinese };
}

// Only 2- and 4-digit runs can be years; other runs (1 or 5+ digits) are counts, phones, IDs.
function findTokens(q: string, c: CompiledYearRules): YearToken[] {
  const tokens: YearToken[] = [];
  for (const m of q.matchAll(c.tokenRe)) {
    if (m[0].length !== 2 && m[0].length !== 4) continue;
    const end = m.index + m[0].length;
    const suffix = c.suffixes.find((s) => q.startsWith(s, end)) ?? '';
    tokens.push({ start: m.index, end, suffixEnd: end + suffix.length, digits: m[0].length, ...tokenValue(m[0], c) });
  }
  return tokens;
}

function separatorKind(between: string, rules: YearRules): 'list' | 'range' | null {
  const sep = between.trim();
  if (rules.listSeparators.includes(sep)) return 'list';
  if (rules.rangeSeparators.includes(sep)) return 'range';
  return null;
}

function groupTokens(q: string, tokens: YearToken[], rules: YearRules): YearGroup[] {
  const groups: YearGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    const group: YearGroup = { tokens: [tokens[i] as YearToken], range: false };
    for (i += 1; i < tokens.length && !group.range; i += 1) {
      const prev = group.tokens[group.tokens.length - 1] as YearToken;
      const next = tokens[i] as YearToken;
      const kind = separatorKind(q.slice(prev.suffixEnd, next.start), rules);
      if (kind === null || (kind === 'range' && group.tokens.length > 1)) break;
      group.tokens.push(next);
      group.range = kind === 'range';
    }
    groups.push(group);
  }
  return groups;
}

const first = (g: YearGroup): YearToken => g.tokens[0] as YearToken;
const last = (g: YearGroup): YearToken => g.tokens[g.tokens.length - 1] as YearToken;
const startsWithAny = (s: string, words: string[]) => words.some((w) => s.startsWith(w));
const endsWithAny = (s: string, words: string[]) => words.some((w) => s.endsWith(w));

function isDocumentNumber(before: string, after: string, rules: YearRules): boolean {
  return rules.documentBrackets.some(([open, close]) => before.endsWith(open) && after.startsWith(close) && /^.\d/.test(after));
}

/** A number without 年 is a year only if nothing around it says count, phone, date part or document number. */
function bareContextOk(q: string, g: YearGroup, rules: YearRules): boolean {
  const before = q.slice(0, first(g).start);
  const after = q.slice(last(g).end);
  if (endsWithAny(before, rules.notYearPreceders) || /(\d[-~./:]|[a-z])$/.test(before)) return false;
  if (startsWithAny(after, rules.notYearFollowers) || /^([-~./:]\d|[a-z])/.test(after)) return false;
  return !isDocumentNumber(before, after, rules);
}

/** "18年来", "近三四年" talk about durations, not the year 2018 / 2034. */
function shortContextOk(q: string, g: YearGroup, rules: YearRules): boolean {
  const before = q.slice(0, first(g).start);
  const after = q.slice(last(g).suffixEnd);
  return !endsWithAny(before, rules.shortYearNotPrecededBy) && !startsWithAny(after, rules.shortYearNotFollowedBy);
}

function tokenRule(t: YearToken, g: YearGroup): string {
  if (g.tokens.length > 1) return 'year.list';
  return `year.${t.chinese ? 'chinese' : 'arabic'}${t.digits}`;
}

function expandRange(q: string, g: YearGroup, rules: YearRules): YearMention[] {
  const [a, b] = [first(g).value, last(g).value].sort((x, y) => x - y) as [number, number];
  const years = b - a > rules.maxRangeYears ? [a, b] : Array.from({ length: b - a + 1 }, (_, k) => a + k);
  const span = makeSpan(q, first(g).start, last(g).suffixEnd, 'year.range');
  return years.map((year) => ({ kind: 'absolute', year, span }));
}

function groupMentions(q: string, g: YearGroup, rules: YearRules): YearMention[] {
  const suffixed = last(g).suffixEnd > last(g).end;
  if (!suffixed && !bareContextOk(q, g, rules)) return [];
  const shortOk = suffixed && shortContextOk(q, g, rules);
  const valid = (t: YearToken) =>
    t.value >= rules.minYear && t.value <= rules.maxYear && (t.digits === 4 || shortOk);
  if (g.range) return g.tokens.every(valid) ? expandRange(q, g, rules) : [];
  return g.tokens
    .filter(valid)
    .map((t) => ({ kind: 'absolute', year: t.value, span: makeSpan(q, t.start, t.suffixEnd, tokenRule(t, g)) }));
}

const isAsciiWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

function findRelative(q: string, c: CompiledYearRules, taken: Span[]): YearMention[] {
  const found: YearMention[] = [];
  const spans = [...taken];
  for (const r of c.relative) {
    for (let at = q.indexOf(r.word); at >= 0; at = q.indexOf(r.word, at + 1)) {
      const end = at + r.word.length;
      if (startsWithAny(q.slice(end), r.notFollowedBy)) continue;
      if (/^[a-z]/.test(r.word) && (isAsciiWordChar(q[at - 1]) || isAsciiWordChar(q[end]))) continue;
      if (spans.some((s) => at < s.end && s.start < end)) continue;
      const span = makeSpan(q, at, end, 'year.relative');
      spans.push(span);
      found.push({ kind: 'relative', offset: r.offset, word: r.word, span });
    }
  }
  return found;
}

/**
 * Year mentions in a question, in text order. Spans refer to normaliseQuestion(q).
 * Lists and ranges give one mention per year ("2017-2019年" → 2017, 2018, 2019, all with the range span).
 */
export function extractYears(q: string): YearMention[] {
  const c = compile();
  const nq = normaliseQuestion(q);
  const absolute = groupTokens(nq, findTokens(nq, c), c.rules).flatMap((g) => groupMentions(nq, g, c.rules));
  const relative = findRelative(nq, c, absolute.map((m) => m.span));
  return [...absolute, ...relative].sort((a, b) => a.span.start - b.span.start);
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => String(vars[key] ?? all));
}

function relativeNote(word: string, offset: number, latest: number, notes: YearNotes): string {
  const vars = { word, latest, year: latest + offset, n: Math.abs(offset) };
  if (offset === 0) return fill(notes.current, vars);
  if (offset === -1) return fill(notes.previous, vars);
  return fill(offset < 0 ? notes.earlier : notes.later, vars);
}

/**
 * The calendar year a mention stands for. Relative words count from the latest report year
 * (the bot has no "today": 去年 means the year before the newest report), and the note says so,
 * e.g. “去年”按最新报告年度2023年的前一年理解，即2022年. Short forms (18年, 二〇一八) get a note too.
 */
export function resolveYear(m: YearMention, latestYear: number): { year: number; note: string; noteEn: string } {
  const { notes, notesEn } = compile().rules;
  if (m.kind === 'relative') {
    return { year: latestYear + m.offset, note: relativeNote(m.word, m.offset, latestYear, notes), noteEn: relativeNote(m.word, m.offset, latestYear, notesEn) };
  }
  const literal = m.span.text.includes(String(m.year)) || m.span.rule === 'year.range';
  const vars = { text: m.span.text, year: m.year };
  return { year: m.year, note: literal ? '' : fill(notes.shortForm, vars), noteEn: literal ? '' : fill(notesEn.shortForm, vars) };
}

/** A year note of the rule file, in Chinese and English, with its variables filled in. */
export function yearNote(which: keyof YearNotes, vars: Record<string, string | number>): { note: string; noteEn: string } {
  const { notes, notesEn } = compile().rules;
  return { note: fill(notes[which], vars), noteEn: fill(notesEn[which], vars) };
}
