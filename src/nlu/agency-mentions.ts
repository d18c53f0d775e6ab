import type { AgencyRules, GuardedWord } from './agency-rules.ts';

/** A stretch of the question that looks like an agency name (ends in 局/中心/街道 …) but may be unknown. */
export interface AgencyMention {
  start: number;
  end: number;
  text: string;
}

type MentionRules = AgencyRules['mention'];

const CJK = /[\u3400-\u9fff〇]/;

export const followedByAny = (q: string, at: number, words: string[]): boolean => words.some((w) => q.startsWith(w, at));

function longestSuffixAt(q: string, at: number, suffixes: GuardedWord[]): GuardedWord | undefined {
  const s = suffixes.find((x) => q.startsWith(x.text, at));
  return s && !followedByAny(q, at + s.text.length, s.notFollowedBy) ? s : undefined;
}

// Walk back over Chinese characters, stopping after a boundary character (年, 的, 在 …): those
// join the name to the rest of the question and never start an agency name.
function mentionStart(q: string, suffixStart: number, rules: MentionRules, maxBack: number): number {
  let start = suffixStart;
  while (start > 0 && suffixStart - start < maxBack && CJK.test(q[start - 1] ?? '') && !rules.boundaryChars.includes(q[start - 1] ?? '')) {
    start -= 1;
  }
  return start;
}

function isAgencyLike(text: string, rules: MentionRules): boolean {
  if (text.length < rules.minCoreLength || rules.nonAgencyWords.includes(text)) return false;
  return !rules.nonAgencyEndings.some((e) => text.endsWith(e));
}

/** Agency-like mentions in text order; overlapping candidates keep the longest (科技局办公室 over 科技局). */
export function findAgencyMentions(q: string, rules: MentionRules): AgencyMention[] {
  const suffixes = [...rules.suffixes].sort((a, b) => b.text.length - a.text.length);
  const found: AgencyMention[] = [];
  for (let at = 0; at < q.length; at += 1) {
    const suffix = longestSuffixAt(q, at, suffixes);
    if (!suffix) continue;
    const end = at + suffix.text.length;
    const start = mentionStart(q, at, rules, rules.maxLength - suffix.text.length);
    const text = q.slice(start, end);
    if (isAgencyLike(text, rules)) found.push({ start, end, text });
  }
  return keepLongest(found);
}

function keepLongest(mentions: AgencyMention[]): AgencyMention[] {
  const sorted = [...mentions].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  const kept: AgencyMention[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
