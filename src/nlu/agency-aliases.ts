import { loadAgencyRules, type AgencyRules } from './agency-rules.ts';
import { normaliseQuestion } from './normalise-question.ts';

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

/** Applies abbreviation rules until nothing new appears, so rules compose (卫生健康委员会 → 卫健委). */
export function abbreviate(core: string, rules: AgencyRules = loadAgencyRules()): string[] {
  const forms = new Set([core]);
  for (let pass = 0, grew = true; grew && pass < 4; pass += 1) {
    grew = false;
    for (const form of [...forms]) {
      for (const a of rules.abbreviations) {
        if (!form.includes(a.full)) continue;
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
  return withTypeSynonyms(abbreviate(core, rules), rules);
}

/**
 * The aliases generated for an agency name (normalised: simplified, lower-case): the name itself,
 * the name without city/district prefix, abbreviations, each also with the short region forms
 * (区科技局, 张店区科技局). Generic words are left out. Sorted longest first, for listing.
 */
export function agencyAliases(name: string): string[] {
  const rules = loadAgencyRules();
  const full = normaliseQuestion(name);
  const { regionVariants } = splitRegion(full, rules);
  const aliases = new Set([full]);
  for (const core of agencyCores(full, rules)) {
    for (const region of regionVariants) aliases.add(region + core);
  }
  return [...aliases].filter((a) => isUsableAlias(a, rules)).sort((a, b) => b.length - a.length || a.localeCompare(b));
}
