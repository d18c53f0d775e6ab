import { loadAgencyPlaces, type AgencyPlaces } from './agency-places.ts';

/** One place of an agency name: 淄博市, 张店区, 山东张店经济开发区. */
export interface Place {
  name: string;
  /** The name without its level character when two or more remain (张店区 → 张店), else the name. */
  stem: string;
  /** The level character or zone ending it ends with (市, 区, 经济开发区 …). */
  level: string;
  zone: boolean;
}

/** An agency as a place hierarchy and a body: 淄博市 › 张店区 › 和平街道办事处. */
export interface AgencyName {
  places: Place[];
  body: string;
  /** The name it is stored under: places from the district (a city above a district is dropped) + body. */
  canonical: string;
}

function levelOf(candidate: string, rules: AgencyPlaces): { level: string; zone: boolean } | undefined {
  const zone = rules.zones.find((z) => candidate.endsWith(z) && candidate.length > z.length);
  if (zone) return { level: zone, zone: true };
  const level = rules.levels.find((l) => candidate.endsWith(l));
  return level ? { level, zone: false } : undefined;
}

// The shortest run from `at` that ends like a place and holds no body word (its first character aside:
// 镇江市 is a place). Shortest, so 淄博市张店区 is two places and 市中区 is one.
function placeAt(name: string, at: number, rules: AgencyPlaces): Place | undefined {
  for (let end = at + rules.minPlaceLength; end <= Math.min(name.length, at + rules.maxPlaceLength); end += 1) {
    const candidate = name.slice(at, end);
    if (rules.notInPlace.some((w) => candidate.slice(1).includes(w))) return undefined;
    const found = levelOf(candidate, rules);
    if (!found) continue;
    const stem = found.zone ? candidate : candidate.slice(0, -found.level.length);
    return { name: candidate, stem: stem.length >= 2 ? stem : candidate, ...found };
  }
  return undefined;
}

function replaceEnding(body: string, forms: AgencyPlaces['bodyForms']): string {
  const f = [...forms].sort((a, b) => b.from.length - a.from.length).find((x) => body.endsWith(x.from));
  return f ? body.slice(0, body.length - f.from.length) + f.to : body;
}

function replaceStart(body: string, forms: AgencyPlaces['placeGovernmentForms']): string {
  const f = [...forms].sort((a, b) => b.from.length - a.from.length).find((x) => body.startsWith(x.from));
  return f ? f.to + body.slice(f.from.length) : body;
}

/** The body in its one spelling: 镇政府 → 镇人民政府, 街道 → 街道办事处, 人民政府before a street office dropped. */
function canonicalBody(raw: string, places: Place[], rules: AgencyPlaces): string {
  const last = places.at(-1);
  if (raw === '') return last?.zone ? rules.zoneGovernment : rules.governmentOf;
  const { word, subunits } = rules.dropBeforeSubunit;
  let body = raw;
  if (places.length > 0 && body.startsWith(word) && subunits.some((s) => body.endsWith(s)) && body.length > word.length + 1) body = body.slice(word.length);
  if (places.length > 0) body = replaceStart(body, rules.placeGovernmentForms);
  return replaceEnding(body, rules.bodyForms);
}

// 淄博市张店区… is stored as 张店区…: places above the last district or county are dropped, as the
// reports themselves mostly do. A city alone (滕州市荆河街道办事处) stays.
function canonicalPlaces(places: Place[]): Place[] {
  const k = places.findLastIndex((p) => !p.zone && (p.level === '区' || p.level === '县' || p.level === '旗'));
  return k > 0 ? places.slice(k) : places;
}

/** Splits an agency name (simplified script) into its places and body, and gives its canonical name. */
export function parseAgencyName(name: string, rules: AgencyPlaces = loadAgencyPlaces()): AgencyName {
  const places: Place[] = [];
  let at = 0;
  for (let p = placeAt(name, at, rules); p; p = placeAt(name, at, rules)) {
    places.push(p);
    at += p.name.length;
  }
  const body = canonicalBody(name.slice(at), places, rules);
  return { places, body, canonical: canonicalPlaces(places).map((p) => p.name).join('') + body };
}

/** Whether the body is the government of its place (人民政府, or a zone's 管理委员会): the place alone names it. */
export function isPlaceGovernment(n: AgencyName, rules: AgencyPlaces = loadAgencyPlaces()): boolean {
  const last = n.places.at(-1);
  return last !== undefined && n.body === (last.zone ? rules.zoneGovernment : rules.governmentOf);
}

/** The known parents of a place (张店区 → 淄博市, 山东省), outermost first; none for a place not in the gazetteer. */
export function knownParents(place: string, rules: AgencyPlaces = loadAgencyPlaces()): string[] {
  return [...(rules.known.find((k) => k.name === place)?.parents ?? [])].reverse();
}

/** Whether a place chain holds the district the bot serves. */
export function isHomePlace(places: Place[], rules: AgencyPlaces = loadAgencyPlaces()): boolean {
  return places.some((p) => rules.known.some((k) => k.home === true && k.name === p.name));
}
