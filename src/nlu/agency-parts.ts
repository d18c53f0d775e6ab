import { parseAgencyName, type Place } from '../text/agency-name.ts';
import { loadAgencyPlaces } from '../text/agency-places.ts';
import { editSimilarity } from '../text/edit-similarity.ts';

/**
 * A region-free agency core cut into the parts fuzzy matching compares one by one. Compared as one
 * string, the parts many agencies share (某庄市, 局, 高新区, 分局) outweigh the words that tell them
 * apart: 某庄市公安局高新区分局 is two edits from 某庄市环保局高新区分局 (0.818). Each part has to agree.
 */
export interface CoreParts {
  /** Places written at the front (某庄市, 丙丁区): checked against the agency's own places. */
  places: Place[];
  /** The unit's own type word (局, 分局, 办事处 …), '' if none. */
  type: string;
  /**
   * What stands between a parent's type word and the unit's own: the place of a branch or the name
   * of a sub-unit (高新区 in 生态环境局高新区分局, 张店 in 公安局张店分局, 交警 in 公安局交警大队).
   */
  branch: string;
  /** The distinctive words: 生态环境 vs 公安, 科学技术 vs 财政; '' when the body is a generic one. */
  field: string;
}

export interface PartWords {
  /** Type words, longest first (局, 分局, 中心, 办事处 …). */
  types: string[];
  /** Bodies that name no field of their own (人民政府, 管理委员会, 办公室): their places tell them apart. */
  genericBodies: string[];
}

/** Shortest branch or sub-unit name (张店, 交警): one character after a type word is part of a word (办公). */
const MIN_BRANCH = 2;

const typeAt = (text: string, at: number, types: string[]): string | undefined => types.find((t) => text.startsWith(t, at));

// 生态环境局|高新区: the first inner type word with a field before it and a name after it holding no
// type word (人民政府|办公 is one body: 办 is a type word; 和平|街道 has nothing after it).
function splitBranch(rest: string, words: PartWords): { field: string; branch: string } {
  for (let at = 2; at < rest.length; at += 1) {
    const t = typeAt(rest, at, words.types);
    if (!t) continue;
    const tail = rest.slice(at + t.length);
    if (tail.length < MIN_BRANCH) continue;
    if ([...tail].some((_, i) => typeAt(tail, i, words.types))) continue;
    return { field: rest.slice(0, at), branch: tail };
  }
  return { field: rest, branch: '' };
}

// 人民政府|湖田街道办事处 is 湖田街道办事处 (agency-places dropBeforeSubunit; 政府 too, as people shorten
// it): the government word before a street office or town is shared by all of them and would make
// 湖田 and 和平 three quarters alike.
function withoutGovernment(body: string): string {
  const rules = loadAgencyPlaces();
  const { subunits } = rules.dropBeforeSubunit;
  const words = rules.placeGovernmentForms.filter((f) => f.to === rules.governmentOf).map((f) => f.from);
  const word = words.sort((a, b) => b.length - a.length).find((w) => body.startsWith(w) && body.length > w.length + 1);
  return word && subunits.some((u) => body.endsWith(u)) ? body.slice(word.length) : body;
}

/** Cuts a core into places, type, branch and field. */
export function coreParts(core: string, words: PartWords): CoreParts {
  // The places as parsed, but the body as written: a canonical body (镇 → 镇人民政府) would change its type.
  const places = parseAgencyName(core).places;
  const body = withoutGovernment(core.slice(places.reduce((n, p) => n + p.name.length, 0)));
  const type = words.types.find((t) => body.endsWith(t)) ?? '';
  if (words.genericBodies.includes(body)) return { places, type, branch: '', field: '' };
  return { places, type, ...splitBranch(body.slice(0, body.length - type.length), words) };
}

export interface PartScores {
  minFieldScore: number;
  minBranchScore: number;
}

/**
 * Whether a mention's parts fit an agency core's: the fields and the branches (when both have one)
 * each close enough by themselves. A mention without a branch (公安张店分局 for
 * 公安局张店分局) is compared on field and branch together.
 */
export function partsAgree(mention: CoreParts, agency: CoreParts, min: PartScores): boolean {
  if ((mention.branch === '') !== (agency.branch === '')) return editSimilarity(mention.field + mention.branch, agency.field + agency.branch) >= min.minFieldScore;
  if (mention.branch !== '' && editSimilarity(mention.branch, agency.branch) < min.minBranchScore) return false;
  // A generic body (人民政府, 管理委员会) has no field: only its places tell it apart (placesFit with
  // mustName), so the mention must be that body too.
  if (agency.field === '') return mention.field === '';
  return editSimilarity(mention.field, agency.field) >= min.minFieldScore;
}
