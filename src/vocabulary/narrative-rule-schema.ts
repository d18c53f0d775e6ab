import { z } from 'zod';
import { regexSource } from './regex-source.ts';


// {NAME} in a pattern stands for fragments.NAME. An unknown name would still compile ({ is a literal
// brace outside unicode mode) and silently match nothing, so one left over after expansion is an error.
const FRAGMENT_REF = /\{([A-Z][A-Z_]*)\}/g;

/** Every string of the file with its fragment references written out (fragments themselves hold none). */
function expandFragments(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('fragments' in raw)) return raw;
  const fragments = raw.fragments;
  if (typeof fragments !== 'object' || fragments === null) return raw;
  const table = fragments as Record<string, unknown>;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(FRAGMENT_REF, (ref, name: string) => (typeof table[name] === 'string' ? table[name] : ref));
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { ...(walk({ ...raw, fragments: {} }) as object), fragments };
}

/** A regular expression source, tested as written (no spaces removed, no brackets changed). */
const pattern = regexSource.refine((s) => !new RegExp(FRAGMENT_REF.source).test(s), { message: 'names a fragment that fragments does not define' });
/** Why a rule is there or where it must stand: the comment JSON has no room for. */
const note = z.string().min(1).optional();
const metric = z.string().min(1);

/** What a sentence is about, as far as the figure rules care. */
export const SUBJECT_KEYS = ['applications', 'review', 'litigation', 'review_litigation', 'npc', 'cppcc', 'npc_cppcc'] as const;
const subject = z.enum(SUBJECT_KEYS);

/** The intents/metrics.json families a figure rule may take a dimension value from. */
export const NARRATIVE_DIMENSION_FAMILIES = ['application-channel', 'proactive-channel', 'application-level', 'interpretation-kind'] as const;

const figureRule = z.strictObject({
  /** Names the rule in its examples: several rules give one metric. */
  id: z.string().min(1),
  /** The metric key; {subject} is the sentence's subject (review.corrected, litigation.corrected). */
  metric,
  /** Tested on the figure's label, then on its clause (asides in brackets removed from both). */
  label: pattern,
  /** Only when the sentence is about one of these. */
  subject: z.array(subject).min(1).optional(),
  /** Only figures in these units: a list, or the name of one of unitSets. */
  units: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** Tested on the section heading, the sub-section headings and the sentence. */
  context: pattern.optional(),
  /** Not when the label holds these words. */
  notLabel: pattern.optional(),
  /** For a figure named after its number (收到12起政府信息依申请公开): the words that must follow it. */
  after: pattern.optional(),
  /** Dimension → the metrics.json family whose words name its value in the label (else the clause). */
  dims: z.record(z.string().min(1), z.enum(NARRATIVE_DIMENSION_FAMILIES)).optional(),
  note,
});

const zeroRule = z.strictObject({
  /** The statement of "none", tested on one clause; every match counts. */
  test: pattern,
  /** Words from the statement to its clause end that make it about something else (未收到…行政复议申请). */
  unless: pattern.optional(),
  facts: z
    .array(z.strictObject({
      metric,
      unit: z.string().min(1),
      dims: z.record(z.string().min(1), z.string().min(1)).optional(),
      /** Words that must follow in the clause (未发生…行政复议、提起行政诉讼 gives both). */
      requires: pattern.optional(),
    }))
    .min(1),
  note,
});

const patternWithNote = z.strictObject({ pattern, note });

const rawSchema = z.strictObject({
  $comment: z.string().optional(),
  fragments: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), z.string().min(1)),
  unitSets: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  /** What a clause is about, tested in order. */
  subjects: z.array(z.strictObject({ subject, pattern, note })).min(1),
  /** A clause with these words names its subject only in passing. */
  outcomeClause: patternWithNote,
  /** What a prose figure counts: first match wins; no match is metric "figure". */
  figures: z.array(figureRule).min(1),
  /** A suggestion or proposal figure whose label starts so takes no level. */
  runningTotal: patternWithNote,
  /** Tested on the words after an applications.received figure: the total includes carried-in ones. */
  includesCarriedIn: patternWithNote,
  zeroStatements: z.array(zeroRule).min(1),
  /** The level of the body a suggestion went to: the nearest match before the figure in its paragraph wins. */
  levelMarkers: z.array(z.strictObject({ level: z.string().min(1), pattern, note })).min(1),
  /** A figure's scope: the later of the last cumulative and the last this-year word before it decides. */
  scope: z.strictObject({ cumulative: pattern, thisYear: pattern, wholeYear: pattern }),
  changes: z.strictObject({
    label: pattern,
    down: pattern,
    bases: z.array(z.strictObject({ metric, pattern, note })).min(1),
    metrics: z.record(metric, metric),
    note,
  }),
});

type Raw = z.infer<typeof rawSchema>;

function checkReferences(raw: Raw, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  raw.figures.forEach((rule, k) => {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['figures', k, 'id'], message: `two figure rules are named ${rule.id}` });
    seen.add(rule.id);
    if (typeof rule.units === 'string' && !raw.unitSets[rule.units]) {
      ctx.addIssue({ code: 'custom', path: ['figures', k, 'units'], message: `no unit set ${rule.units}` });
    }
  });
}

/** The figure rules with their unit sets written out. */
const resolveUnits = (raw: Raw) => ({
  ...raw,
  figures: raw.figures.map((rule) => {
    const units = typeof rule.units === 'string' ? raw.unitSets[rule.units] : rule.units;
    return { ...rule, units };
  }),
});

/** intents/narrative-rules.json: fragments written out, unit sets resolved, every pattern compiled once to check it. */
export const narrativeVocabularySchema = z.preprocess(expandFragments, rawSchema.superRefine(checkReferences).transform(resolveUnits));

export type NarrativeVocabulary = z.infer<typeof narrativeVocabularySchema>;
export type NarrativeSubject = (typeof SUBJECT_KEYS)[number];
