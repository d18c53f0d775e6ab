import { loadAgencyRules, type AgencyRules } from './agency-rules.ts';
import { normaliseQuestion } from './normalise-question.ts';
import { isPlaceGovernment, knownParents, parseAgencyName, type AgencyName, type Place } from '../text/agency-name.ts';
import { loadAgencyPlaces, type AgencyPlaces } from '../text/agency-places.ts';

/** A name split into its region prefix (张店区) and the rest (科学技术局). */
export interface RegionSplit {
  /** Region forms that may stand in front of the core in a question ("" = none). */
  regionVariants: string[];
  core: string;
}

/** Strips 山东省/淄博市/张店区 … in order; the last prefix stripped decides which short region forms apply. */
export function splitRegion(name: string, rules: AgencyRules = loadAgencyRules()): RegionSplit {
  let core = name;
  let regionVariants = [''];
  for (const p of rules.regionPrefixes) {
    if (core.startsWith(p.prefix) && core.length > p.prefix.length) {
      core = core.slice(p.prefix.length);
      regionVariants = p.variants;
    }
  }
  return { regionVariants, core };
}

/**
 * Applies abbreviation rules until nothing new appears, so rules compose (卫生健康委员会 → 卫健委).
 * forFuzzy leaves out the exactOnly ones: a form cut down to a word and its type (市政处) is too short
 * to compare by edits (公路处 is one field word away).
 */
export function abbreviate(core: string, rules: AgencyRules = loadAgencyRules(), forFuzzy = false): string[] {
  const forms = new Set([core]);
  for (let pass = 0, grew = true; grew && pass < 4; pass += 1) {
    grew = false;
    for (const form of [...forms]) {
      for (const a of rules.abbreviations) {
        if (!form.includes(a.full) || (forFuzzy && a.exactOnly)) continue;
        for (const short of a.short) {
          const next = form.replace(a.full, short);
          grew ||= !forms.has(next);
          forms.add(next);
        }
      }
    }
  }
  return [...forms];
}

/** A body with the other word orders people use for it (生态环境局高新区分局 → 高新区生态环境分局), itself first. */
export function reorderedBodies(body: string, rules: AgencyRules = loadAgencyRules()): string[] {
  const out = [body];
  for (const r of rules.bodyReorders) {
    const groups = new RegExp(r.pattern, 'u').exec(body)?.groups;
    if (groups) for (const form of r.forms) out.push(form.replace(/\{(\w+)\}/g, (_, k: string) => groups[k] ?? ''));
  }
  return [...new Set(out)];
}

// 科技局 → 科技部门: users name a bureau by its field.
function withTypeSynonyms(forms: string[], rules: AgencyRules): string[] {
  const out = [...forms];
  for (const form of forms) {
    for (const t of rules.typeSynonyms) {
      const stem = form.slice(0, -t.suffix.length);
      if (form.endsWith(t.suffix) && stem.length >= 2) out.push(...t.alternatives.map((alt) => stem + alt));
    }
  }
  return out;
}

/** Whether a string may serve as an alias: long enough and not a word every question contains (政府, 办公室). */
export function isUsableAlias(alias: string, rules: AgencyRules = loadAgencyRules()): boolean {
  return alias.length >= rules.minAliasLength && !rules.genericAliases.includes(alias);
}

/** Region-free short forms of a name: 张店区科学技术局 → 科学技术局, 科技局, 科技部门 … */
export function agencyCores(name: string, rules: AgencyRules = loadAgencyRules()): string[] {
  const { core } = splitRegion(normaliseQuestion(name), rules);
  return withTypeSynonyms(abbreviate(core, rules, true), rules);
}

// A zone name stays distinct only while two characters stand before its ending (张店经开区, not 经开区).
function distinctZone(form: string, places: AgencyPlaces): boolean {
  const ending = places.zones.find((z) => form.endsWith(z)) ?? '';
  return form.length - ending.length >= 2;
}

// Worked out once per rule set: every zone of every agency is cut against them at start-up.
const stemsOf = new WeakMap<AgencyPlaces, string[]>();
function knownStems(places: AgencyPlaces): string[] {
  let stems = stemsOf.get(places);
  if (!stems) {
    stems = places.known.map((k) => parseAgencyName(k.name, places).places[0]?.stem ?? k.name);
    stemsOf.set(places, stems);
  }
  return stems;
}

/** Zone names with their short forms and without leading known place stems: 淄博高新技术产业开发区 → 高新区 … */
function zoneForms(zone: Place, places: AgencyPlaces): string[] {
  const forms = new Set([zone.name]);
  for (const z of places.zoneShortForms) if (zone.name.endsWith(z.full)) for (const s of z.short) forms.add(zone.name.slice(0, -z.full.length) + s);
  const stems = knownStems(places);
  for (const form of [...forms]) {
    let rest = form;
    for (let cut = stems.find((s) => rest.startsWith(s)); cut; cut = stems.find((s) => rest.startsWith(s))) {
      rest = rest.slice(cut.length);
      const short = places.zoneShortForms.some((z) => z.short.includes(rest));
      if (!distinctZone(rest, places) && !short) break;
      forms.add(rest);
    }
  }
  // 淄博高新技术产业开发区 is also just 高新区 where the city is clear from the question.
  return [...forms].filter((f) => distinctZone(f, places) || places.zoneShortForms.some((z) => z.short.includes(f)));
}

/** The ways one place is written in front of the rest: 张店区, 张店; a zone also by its short forms. */
function placeForms(p: Place, places: AgencyPlaces): string[] {
  return p.zone ? zoneForms(p, places) : [...new Set([p.name, p.stem])];
}

/**
 * Every place prefix a name may be written with: the whole chain (with known parents: 淄博市张店区),
 * each tail of it, its outer place shortened (淄博张店区, 张店), the bare level (区, 县, 市, 省) and none.
 */
export function placePrefixes(name: AgencyName, places: AgencyPlaces = loadAgencyPlaces()): string[] {
  const first = name.places[0];
  const chainNames = [...(first ? knownParents(first.name, places) : []), ...name.places.map((p) => p.name)];
  const chain = [...new Set(chainNames)].map((n) => name.places.find((p) => p.name === n) ?? parseAgencyName(n, places).places[0]).filter((p): p is Place => p !== undefined);
  const out = new Set<string>(['']);
  for (let k = 0; k < chain.length; k += 1) {
    const rest = chain.slice(k + 1).map((p) => p.name).join('');
    for (const form of placeForms(chain[k] as Place, places)) out.add(form + rest);
  }
  const last = chain.at(-1);
  if (last && !last.zone) out.add(last.level);
  return [...out];
}

/**
 * The aliases generated for an agency name (normalised: simplified, lower-case): the name itself,
 * every place prefix (淄博市张店区, 张店区, 张店, 区, none) before every short form of its body
 * (科学技术局, 科技局, 科技部门 …), and the places alone for a place's own government (沂源县, 青岛 →
 * their 人民政府; 张店经开区 → its 管理委员会). Generic words are left out. Sorted longest first.
 */
export function agencyAliases(name: string): string[] {
  const rules = loadAgencyRules();
  const places = loadAgencyPlaces();
  const full = normaliseQuestion(name);
  const parsed = parseAgencyName(full, places);
  const prefixes = placePrefixes(parsed, places);
  const aliases = new Set([full, parsed.canonical]);
  const bodies = withTypeSynonyms(reorderedBodies(parsed.body, rules).flatMap((b) => abbreviate(b, rules)), rules);
  for (const prefix of prefixes) for (const body of bodies) aliases.add(prefix + body);
  if (isPlaceGovernment(parsed, places)) for (const prefix of prefixes) if (prefix.length >= 2) aliases.add(prefix);
  // The district's own short forms (区科技局) from the older region rules, for names the place rules leave whole.
  const { regionVariants } = splitRegion(full, rules);
  for (const core of agencyCores(full, rules)) for (const region of regionVariants) aliases.add(region + core);
  return [...aliases].filter((a) => isUsableAlias(a, rules)).sort((a, b) => b.length - a.length || a.localeCompare(b));
}
