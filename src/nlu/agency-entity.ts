import { agencyAliases, agencyCores, isUsableAlias, placePrefixes, splitRegion } from './agency-aliases.ts';
import { isHomePlace, knownParents, parseAgencyName, type Place } from '../text/agency-name.ts';
import { loadAgencyPlaces } from '../text/agency-places.ts';
import { buildCharIndex, type CharIndex } from './char-index.ts';
import { findAgencyMentions, followedByAny, type AgencyMention } from './agency-mentions.ts';
import { loadAgencyRules, type AgencyRules } from './agency-rules.ts';
import { editDistance, editSimilarity } from '../text/edit-similarity.ts';
import { loadFuzzyConfig, type FuzzyConfig } from './fuzzy-config.ts';
import { coreParts, partsAgree, type CoreParts, type PartWords } from './agency-parts.ts';
import { namesOwnPlace, placesFit, type KnownPlaces } from './agency-place-fit.ts';
import { normaliseQuestion } from './normalise-question.ts';
import { makeSpan, type Span } from './span.ts';
import { buildTermIndex, pickLongestFirst, type TermHit, type TermIndex } from './term-index.ts';

export { agencyAliases } from './agency-aliases.ts';

export type AgencyMatch =
  | { kind: 'exact'; agency: string; span: Span }
  | { kind: 'fuzzy'; agency: string; score: number; span: Span }
  | { kind: 'ambiguous'; candidates: string[]; span: Span }
  | { kind: 'unknown'; mention: string; span: Span; closest: string[] }
  | { kind: 'none' };

export interface AgencyInput {
  name: string;
  aliases: string[];
}

export interface AgencyMatcher {
  /** The agency the question is about: the first known one, else the first unknown mention, else none. */
  match(q: string): AgencyMatch;
  /** Every agency mention in text order (a comparison question names several). */
  matchAll(q: string): AgencyMatch[];
}

/** What an alias stands for: agencies we have, or (curated phrase) an agency we have no report for. */
type AliasTarget = { agency: string } | { absent: string };

/** A region-free short form of one agency, the unit of fuzzy comparison. */
interface CoreEntry {
  agency: string;
  core: string;
  /** Type word the core ends with (局, 中心, 街道办事处 …), '' if none. */
  type: string;
  /** Core without its type word: what tells 科学技术局 from 公安局. */
  distinct: string;
  /** Places, type, branch and field, each of which a fuzzy match must agree on. */
  parts: CoreParts;
}

interface Candidate {
  agency: string;
  score: number;
  start: number;
}

interface MatcherState {
  rules: AgencyRules;
  config: FuzzyConfig['agency'];
  index: TermIndex<AliasTarget>;
  /** Cores by the characters they hold: a mention is compared only with cores sharing some. */
  cores: CharIndex<CoreEntry>;
  /** Per type word, cores by the characters of their distinct part (what fuzzy matching compares). */
  distinctByType: Map<string, CharIndex<CoreEntry>>;
  types: string[];
  /** Region names and short forms (淄博市, 张店区, 区 …), longest first: stripped to compare cores. */
  regionForms: string[];
  /** Short forms of the district itself (区, 张店, 张店区): a name starting with one is local. */
  localForms: string[];
  /** Per agency: its place chain with known parents, the place prefixes its aliases use, whether it is home. */
  placesOf: Map<string, AgencyPlacing>;
  /** Every place name the gazetteer or an agency's chain holds. */
  knownPlaces: Set<string>;
  /** The same places with their stems: a place written that is one of them is no slip of another. */
  known: KnownPlaces;
  words: PartWords;
}

interface AgencyPlacing {
  chain: Place[];
  prefixes: string[];
  home: boolean;
}

function placing(name: string): AgencyPlacing {
  const parsed = parseAgencyName(normaliseQuestion(name));
  const first = parsed.places[0];
  const parents = first ? knownParents(first.name).flatMap((n) => parseAgencyName(n).places) : [];
  const chain = [...parents, ...parsed.places];
  return { chain, prefixes: placePrefixes(parsed).filter((p) => p !== ''), home: isHomePlace(chain) };
}

const targetKey = (t: AliasTarget) => ('agency' in t ? `a:${t.agency}` : `x:${t.absent}`);

/** Type words (局, 中心, 街道办事处 …) longest first, so typeOf finds 办事处 before 处. */
function typeWords(rules: AgencyRules): string[] {
  return [...new Set(rules.mention.suffixes.map((s) => s.text))].sort((a, b) => b.length - a.length);
}

const typeOf = (core: string, types: string[]): string => types.find((t) => core.endsWith(t)) ?? '';

function coreEntry(agency: string, core: string, words: PartWords): CoreEntry {
  const type = typeOf(core, words.types);
  return { agency, core, type, distinct: core.slice(0, core.length - type.length), parts: coreParts(core, words) };
}

function aliasEntries(agencies: AgencyInput[], rules: AgencyRules): [string, AliasTarget][] {
  const entries: [string, AliasTarget][] = [];
  const normalised = new Map(agencies.map((a) => [a.name, normaliseQuestion(a.name)]));
  for (const a of agencies) {
    const given = a.aliases.map(normaliseQuestion).filter((x) => isUsableAlias(x, rules));
    for (const alias of [...agencyAliases(a.name), ...given]) entries.push([alias, { agency: a.name }]);
  }
  for (const c of rules.curated) {
    const target = normaliseQuestion(c.target);
    const owners = agencies.filter((a) => normalised.get(a.name)?.endsWith(target));
    if (owners.length === 0) entries.push([normaliseQuestion(c.alias), { absent: target }]);
    for (const o of owners) entries.push([normaliseQuestion(c.alias), { agency: o.name }]);
  }
  return entries;
}

function coreEntries(agencies: AgencyInput[], rules: AgencyRules, words: PartWords): CoreEntry[] {
  return agencies.flatMap((a) => {
    const given = a.aliases.map((x) => splitRegion(normaliseQuestion(x), rules).core);
    const cores = new Set([...agencyCores(a.name, rules), ...given].filter((c) => c.length >= rules.mention.minCoreLength));
    return [...cores].map((core) => coreEntry(a.name, core, words));
  });
}

const nonEmptyLongestFirst = (forms: string[]) => [...new Set(forms)].filter((f) => f !== '').sort((a, b) => b.length - a.length);

function uniqueAgencies(agencies: AgencyInput[]): AgencyInput[] {
  const byName = new Map<string, AgencyInput>();
  // Every report of an agency repeats its aliases (fifteen years of reports, fifteen copies).
  const aliases = new Map<string, Set<string>>();
  for (const a of agencies) {
    const set = aliases.get(a.name) ?? new Set<string>();
    for (const alias of a.aliases) set.add(alias);
    aliases.set(a.name, set);
    if (!byName.has(a.name)) byName.set(a.name, a);
  }
  return [...byName.keys()].map((name) => ({ name, aliases: [...(aliases.get(name) ?? [])] }));
}

function distinctIndexes(cores: CoreEntry[]): Map<string, CharIndex<CoreEntry>> {
  const byType = new Map<string, CoreEntry[]>();
  for (const e of cores) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  return new Map([...byType].map(([type, list]) => [type, buildCharIndex(list, (e) => e.distinct)]));
}

function regionCore(text: string, s: MatcherState): string {
  const form = s.regionForms.find((r) => text.startsWith(r) && text.length > r.length);
  return form ? text.slice(form.length) : splitRegion(text, s.rules).core;
}

interface Closeness {
  same: number;
  sim: number;
  /** Position of the agency's first core: ties keep the order the agencies were given in. */
  order: number;
}

const closer = (a: Closeness, b: Closeness) => b.same - a.same || b.sim - a.sim || a.order - b.order;

/**
 * Agencies ranked by how close their names are to a mention: same type word first, then similarity.
 * Cores are visited best bound first, and the walk stops once no remaining core can beat the
 * closestLimit-th agency found, so a city-sized list costs a few comparisons.
 */
function closestAgencies(core: string, s: MatcherState): string[] {
  const type = typeOf(core, s.types);
  const limit = s.config.closestLimit;
  const shares = s.cores.sharing(core).map((c, order) => ({ ...c, order, same: c.entry.type === type ? 1 : 0 }));
  shares.sort((a, b) => b.same - a.same || b.bound - a.bound || a.order - b.order);
  // The best `limit` agencies so far, best first; an agency's closeness is that of its closest core.
  const top: (Closeness & { agency: string })[] = [];
  for (const c of shares) {
    if (c.bound < s.config.closestMinScore) continue;
    const last = top.length >= limit ? top[limit - 1] : undefined;
    if (last && (c.same < last.same || (c.same === last.same && c.bound < last.sim))) break;
    const cand = { agency: c.entry.agency, same: c.same, sim: editSimilarity(core, c.entry.core), order: c.order };
    if (cand.sim < s.config.closestMinScore) continue;
    const at = top.findIndex((t) => t.agency === cand.agency);
    const prev = at >= 0 ? top[at] : undefined;
    if (prev && closer(cand, prev) >= 0) continue;
    if (prev) top.splice(at, 1);
    top.push(prev ? { ...cand, order: Math.min(prev.order, cand.order) } : cand);
    top.sort(closer);
    top.length = Math.min(top.length, limit);
  }
  return top.map((t) => t.agency);
}

function blockedContinuation(q: string, hit: TermHit<AliasTarget>, rules: AgencyRules): boolean {
  return rules.aliasBlockedContinuations.some((b) => hit.term.endsWith(b.aliasEndsWith) && followedByAny(q, hit.end, b.next));
}

// 市科技局 / 省教育厅 name another level of government: a district alias right after 市 is not a match.
// Returns the prefix as written, widened to a whole region name when there is one (淄博市, not 市).
function foreignPrefixBefore(q: string, at: number, s: MatcherState): string | undefined {
  const before = q.slice(0, at);
  const p = s.rules.foreignPrefixes.find((f) => before.endsWith(f.text) && !followedByAny(q, at, f.notFollowedBy));
  if (!p) return undefined;
  const region = s.rules.regionPrefixes.find((r) => r.prefix.endsWith(p.text) && before.endsWith(r.prefix));
  return region?.prefix ?? p.text;
}

/** Place names written right before `at` (淄博市, 枣庄市), cut at a boundary character: the longest run that is places only. */
function placesBefore(q: string, at: number, s: MatcherState): Place[] {
  let from = at;
  while (from > 0 && at - from < 12 && /[\u4e00-\u9fff]/.test(q[from - 1] ?? '') && !s.rules.mention.boundaryChars.includes(q[from - 1] ?? '')) from -= 1;
  for (; from <= at - 3; from += 1) {
    const text = q.slice(from, at);
    const parsed = parseAgencyName(text);
    if (parsed.places.length > 0 && parsed.places.map((p) => p.name).join('') === text) return parsed.places;
  }
  return [];
}

// A place the agency's chain has at the same level under another name (济南市 for an agency of 淄博市).
const conflicts = (written: Place[], chain: Place[]): boolean =>
  written.some((w) => !chain.some((c) => c.name === w.name || c.stem === w.stem) && chain.some((c) => c.level === w.level));

/**
 * Whether the places written before an alias rule the agency out. Before a body alone (淄博市|教育局) any
 * place means an agency of that place, not this one (its own place would have made a longer alias);
 * before a placed alias (淄博市|淄川区科学技术局, 枣庄市|市中区人民政府) only a place that contradicts its chain does.
 */
function ruledOutByPlace(agency: string, term: string, written: Place[], s: MatcherState): boolean {
  if (written.length === 0) return false;
  const p = s.placesOf.get(agency);
  if (!p) return false;
  const placed = p.prefixes.some((x) => term.startsWith(x) && term.length > x.length);
  return !placed || conflicts(written, p.chain);
}

/** Among agencies sharing an alias, the one of the district the bot serves, when exactly one is. */
function homeChoice(agencies: string[], s: MatcherState): string[] {
  const home = agencies.filter((a) => s.placesOf.get(a)?.home === true);
  return home.length === 1 ? home : agencies;
}

/** The Han characters right before `at` up to a boundary (at most four): a place's stem, if any. */
function stemBefore(q: string, at: number, s: MatcherState): string {
  let from = at;
  while (from > 0 && at - from < 4 && /[\u4e00-\u9fff]/.test(q[from - 1] ?? '') && !s.rules.mention.boundaryChars.includes(q[from - 1] ?? '')) from -= 1;
  return q.slice(from, at);
}

/**
 * The stem walk takes in the place written before (枣庄市|市中 from 枣庄市市中区人民政府): the longest tail
 * that with the level is a place we know (市中区) is the place written; else the walk as it is.
 */
function knownTail(stem: string, level: string, s: MatcherState): string {
  for (let i = 0; stem.length - i >= 2; i += 1) if (s.knownPlaces.has(stem.slice(i) + level)) return stem.slice(i);
  return stem;
}

/**
 * An alias that starts with a bare level (县科技局) right after another place's stem (泗阳|县科技局) is that
 * place's agency, not ours: unknown, or, one character off our own place (沭阳 for 沐阳, an OCR or typing
 * slip), a fuzzy match that says so. Undefined when the alias is not written that way.
 */
function bareLevelPlace(q: string, hit: TermHit<AliasTarget>, s: MatcherState): AgencyMatch | undefined {
  const level = hit.term[0] ?? '';
  if (!['区', '县', '市', '省', '旗'].includes(level)) return undefined;
  const stem = knownTail(stemBefore(q, hit.start, s), level, s);
  if (stem.length < 2) return undefined;
  const agencies = hit.values.flatMap((v) => ('agency' in v ? [v.agency] : []));
  // 市北区民政局 is written with its own place, not a bare 市.
  if (agencies.some((a) => s.placesOf.get(a)?.prefixes.some((p) => p.length > 1 && hit.term.startsWith(p)))) return undefined;
  const written = stem + level;
  const own = (a: string) => s.placesOf.get(a)?.chain.some((p) => p.name === written || p.stem === stem) === true;
  if (agencies.some(own)) return undefined;
  const span = makeSpan(q, hit.start - stem.length, hit.end, 'agency.place-slip');
  const near = agencies.filter((a) => s.placesOf.get(a)?.chain.some((p) => p.name.length === written.length && editDistance(p.name, written) === 1));
  if (near.length === 1) return { kind: 'fuzzy', agency: near[0] as string, score: 1 - 1 / written.length, span };
  // Only a place we know (the gazetteer, or any agency's own) is surely another place: 知道|区政府 is not.
  return s.knownPlaces.has(written) ? { kind: 'unknown', mention: span.text, span, closest: agencies } : undefined;
}

function hitToMatch(q: string, hit: TermHit<AliasTarget>, s: MatcherState): AgencyMatch {
  const agencies = hit.values.flatMap((v) => ('agency' in v ? [v.agency] : []));
  const span = makeSpan(q, hit.start, hit.end, 'agency.alias');
  if (agencies.length === 0) {
    const absent = hit.values.flatMap((v) => ('absent' in v ? [v.absent] : []))[0] ?? hit.term;
    return { kind: 'unknown', mention: hit.term, span: { ...span, rule: 'agency.curated-absent' }, closest: closestAgencies(absent, s) };
  }
  const slipped = bareLevelPlace(q, hit, s);
  if (slipped) return slipped;
  const written = /^[a-z]/.test(hit.term) ? [] : placesBefore(q, hit.start, s);
  const kept = agencies.filter((a) => !ruledOutByPlace(a, hit.term, written, s));
  const writtenText = written.map((p) => p.name).join('');
  const bare = /^[a-z]/.test(hit.term) || written.length > 0 || s.localForms.some((r) => hit.term.startsWith(r)) ? undefined : foreignPrefixBefore(q, hit.start, s);
  const foreign = kept.length === 0 ? writtenText : bare;
  if (foreign !== undefined) {
    const fspan = makeSpan(q, hit.start - foreign.length, hit.end, 'agency.foreign-level');
    return { kind: 'unknown', mention: fspan.text, span: fspan, closest: agencies };
  }
  const chosen = homeChoice(kept, s);
  // Places written before the alias that fit the agency are part of its mention (泰安市|泰山区): they are
  // not words left over for the figure search.
  const named = written.length > 0 ? makeSpan(q, hit.start - writtenText.length, hit.end, 'agency.alias') : span;
  if (chosen.length > 1) return { kind: 'ambiguous', candidates: chosen, span: named };
  return { kind: 'exact', agency: chosen[0] as string, span: named };
}

function exactMatches(q: string, s: MatcherState): AgencyMatch[] {
  const hits = s.index.findAll(q).filter((h) => !blockedContinuation(q, h, s.rules));
  return pickLongestFirst(hits).map((h) => hitToMatch(q, h, s));
}

/**
 * Whether a candidate core agrees with the mention part by part (field, branch, places), not only as
 * a whole: the shared place, branch and type words must not make up for a different field.
 */
function agreesByParts(probe: CoreEntry, e: CoreEntry, cutPlaces: Place[], s: MatcherState): boolean {
  const chain = s.placesOf.get(e.agency)?.chain ?? [];
  const written = [...cutPlaces, ...probe.parts.places];
  if (!partsAgree(probe.parts, e.parts, s.config) || !placesFit(written, chain, s.known)) return false;
  // A generic body (人民政府, 管理委员会) is told apart by its places alone: the mention must name one.
  return e.parts.field !== '' || namesOwnPlace(written, chain, s.known);
}

/**
 * Fuzzy candidates for one region-free piece of a mention, verified beyond the fuse.js score.
 * cutPlaces: places written in the mention before the piece (博山区|科学技木局).
 */
function candidatesFor(core: string, start: number, cutPlaces: Place[], s: MatcherState): Candidate[] {
  const probe = coreEntry('', core, s.words);
  if (probe.distinct.length < s.rules.mention.minDistinctLength) return [];
  // Same type word, and a distinct part close enough: a core sharing none of its characters has
  // distinct similarity 0, so only cores sharing some are compared.
  return (s.distinctByType.get(probe.type)?.sharing(probe.distinct) ?? [])
    .filter((c) => c.bound >= s.config.minDistinctScore)
    .map((c) => c.entry)
    .filter((e) => agreesByParts(probe, e, cutPlaces, s))
    .map((e) => ({ agency: e.agency, start, score: editSimilarity(core, e.core), distinct: editSimilarity(probe.distinct, e.distinct) }))
    .filter((c) => c.score >= s.config.minScore && c.distinct >= s.config.minDistinctScore)
    .map(({ agency, start: st, score }) => ({ agency, start: st, score }));
}

// Leading words the mention rule could not cut off (通过科学技木局) are tried away one by one.
function mentionCandidates(m: AgencyMention, s: MatcherState): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (let start = m.start; m.end - start >= s.rules.mention.minCoreLength; start += 1) {
    const core = regionCore(m.text.slice(start - m.start), s);
    if (core.length < s.rules.mention.minCoreLength || seen.has(core)) continue;
    seen.add(core);
    // What stands before the core (words tried away, a region form stripped: 博山|区) may name a place.
    const before = m.text.slice(0, m.text.length - core.length);
    out.push(...candidatesFor(core, start, placesBefore(before, before.length, s), s));
  }
  return out;
}

function bestPerAgency(cands: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const prev = best.get(c.agency);
    if (!prev || c.score > prev.score || (c.score === prev.score && c.start < prev.start)) best.set(c.agency, c);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

// 淄博市教育局, 山东省科技厅, 市教育局: a mention naming a region above the district (and not then
// the district itself, as in 淄博市张店区…) is another government's agency, never a fuzzy match.
function isForeignMention(m: AgencyMention, s: MatcherState): boolean {
  let rest = m.text;
  for (const p of s.rules.regionPrefixes) if (p.variants.every((v) => v === '') && rest.startsWith(p.prefix)) rest = rest.slice(p.prefix.length);
  if (s.localForms.some((r) => rest.startsWith(r))) return false;
  if (rest !== m.text) return true;
  return s.rules.foreignPrefixes.some((f) => rest.startsWith(f.text) && !followedByAny(rest, f.text.length, f.notFollowedBy));
}

function mentionMatch(q: string, m: AgencyMention, s: MatcherState): AgencyMatch {
  // Suggestions are worked out only when the mention matches nothing.
  const unknown = (): AgencyMatch => ({
    kind: 'unknown',
    mention: m.text,
    span: makeSpan(q, m.start, m.end, 'agency.unknown'),
    closest: closestAgencies(regionCore(m.text, s), s),
  });
  if (isForeignMention(m, s)) return unknown();
  const ranked = bestPerAgency(mentionCandidates(m, s));
  const top = ranked[0];
  if (!top) return unknown();
  const tied = ranked.filter((c) => top.score - c.score < s.config.ambiguityMargin);
  const span = makeSpan(q, top.start, m.end, 'agency.fuzzy');
  if (tied.length > 1) return { kind: 'ambiguous', candidates: tied.map((c) => c.agency), span };
  return { kind: 'fuzzy', agency: top.agency, score: Math.round(top.score * 1000) / 1000, span };
}

/**
 * An alias inside a longer agency name that goes on to a unit of its own (张店区人民政府|湖田街道办事处,
 * 市中区|民政局, 张店区政府|研究室) names that other agency, not the alias's: the longer mention is
 * matched as any mention is (unknown, or a fuzzy match agreeing part by part). Only a unit's name
 * and ending count (mention.subUnit): a mention also runs over plain words (区政府公开政府, 领导干部).
 */
function withinLongerName(q: string, m: AgencyMatch, all: AgencyMatch[], mentions: AgencyMention[], s: MatcherState): AgencyMatch {
  if (m.kind === 'none' || m.kind === 'unknown') return m;
  const end = m.span.end;
  // A mention running on to another alias after a joining word (区政府办公室|和|科技局: 和 does not end a
  // mention, names hold it) is two names; one right after it (区人民政府|和平街道办事处) is its sub-unit.
  const runsOnto = (x: AgencyMention) => all.some((o) => o !== m && o.kind !== 'none' && o.span.start > end && o.span.start < x.end);
  const longer = mentions.find((x) => x.start <= m.span.start && isSubUnit(q.slice(end, x.end), s) && !runsOnto(x) && !ownEnding(m, q.slice(end, x.end)));
  return longer ? mentionMatch(q, longer, s) : m;
}

/**
 * Whether what runs on after the alias is the rest of the agency's own name with one typo
 * (车站街道|办事事处 for 张店区车站街道办事处): the same unit misspelt, not a unit of its own.
 */
function ownEnding(m: AgencyMatch, after: string): boolean {
  if (m.kind !== 'exact' && m.kind !== 'fuzzy') return false;
  const at = m.agency.lastIndexOf(m.span.text);
  return at >= 0 && editDistance(after, m.agency.slice(at + m.span.text.length)) <= 1;
}

function isSubUnit(after: string, s: MatcherState): boolean {
  const { endings, minNameLength } = s.rules.mention.subUnit;
  const ending = endings.find((e) => after.endsWith(e));
  return ending !== undefined && after.length - ending.length >= minNameLength;
}

function matchAllIn(q: string, s: MatcherState): AgencyMatch[] {
  const exact = exactMatches(q, s);
  // An exact alias settles it, unless it is part of a longer unit name: only then is a mention
  // compared fuzzily, which is the expensive part (finding the mentions is a scan).
  if (exact.length === 0) return findAgencyMentions(q, s.rules.mention).map((m) => mentionMatch(q, m, s));
  const mentions = findAgencyMentions(q, s.rules.mention);
  return exact.map((m) => withinLongerName(q, m, exact, mentions, s));
}

function knownPlaces(names: Set<string>): KnownPlaces {
  const stems = [...names].flatMap((n) => parseAgencyName(n).places.map((p) => p.stem)).filter((st) => st.length >= 2);
  return { names, stems: [...new Set(stems)] };
}

/**
 * Builds the agency matcher once from the agencies the store has reports for. Exact aliases
 * (generated + given + curated) are matched longest first; only when none occurs are
 * agency-like mentions (…局, …中心, …街道) compared fuzzily, and a mention that is close to
 * nothing comes back as unknown with the closest names as suggestions.
 */
export function buildAgencyMatcher(agencies: AgencyInput[]): AgencyMatcher {
  const rules = loadAgencyRules();
  const list = uniqueAgencies(agencies);
  const config = loadFuzzyConfig().agency;
  const types = typeWords(rules);
  const words: PartWords = { types, genericBodies: rules.genericAliases };
  const cores = coreEntries(list, rules, words);
  const state: MatcherState = {
    rules,
    config,
    index: buildTermIndex(aliasEntries(list, rules), targetKey),
    cores: buildCharIndex(cores, (e) => e.core),
    distinctByType: distinctIndexes(cores),
    types,
    regionForms: nonEmptyLongestFirst(rules.regionPrefixes.flatMap((p) => [p.prefix, ...p.variants])),
    localForms: nonEmptyLongestFirst(rules.regionPrefixes.flatMap((p) => p.variants)),
    placesOf: new Map(list.map((a) => [a.name, placing(a.name)])),
    knownPlaces: new Set(),
    known: { names: new Set(), stems: [] },
    words,
  };
  for (const p of state.placesOf.values()) for (const place of p.chain) state.knownPlaces.add(place.name);
  for (const k of loadAgencyPlaces().known) state.knownPlaces.add(k.name);
  state.known = knownPlaces(state.knownPlaces);
  const matchAll = (q: string) => matchAllIn(normaliseQuestion(q), state);
  return {
    matchAll,
    match(q) {
      const all = matchAll(q);
      return all.find((m) => m.kind !== 'unknown') ?? all[0] ?? { kind: 'none' };
    },
  };
}
