import type { NarrativeSubject } from '../vocabulary/narrative-rule-schema.ts';
import { loadNarrativeVocabulary } from '../vocabulary/narrative-vocabulary.ts';
import { dimensionWords, type DimensionWords } from './narrative-dimensions.ts';

/**
 * Rules that name what a narrative figure counts. Each rule looks at the figure's label (the words
 * before the number), its unit, the subject of the sentence (what the sentence is about so far) and the
 * context (section heading, sub-section headings and sentence). First match wins; no match → "figure".
 * The words are data: intents/narrative-rules.json, in its order; this file only compiles them.
 */
export type Subject = NarrativeSubject | null;

export interface NarrativeRule {
  /** The rule's name in intents/entities/narrative-rules.examples.json. */
  id: string;
  metric: string;
  label: RegExp;
  subject?: Subject[];
  units?: string[];
  context?: RegExp;
  notLabel?: RegExp;
  /** For figures named after the number ("收到12起政府信息依申请公开"): the words that must follow it. */
  after?: RegExp;
  /** Dimension taken from the label (else its clause): the one value whose words are there (dimensionHit). */
  dims?: Record<string, DimensionWords>;
}

/**
 * Statements of "none", which are facts with value 0. Each test runs on one clause (text between
 * ，：；。), so a figure elsewhere in the sentence neither hides the statement nor becomes its value.
 */
export interface ZeroRule {
  /** The statement; global, every match in the clause counts. */
  test: RegExp;
  /** Words from the statement to its clause end that mean it is about something else ("未收到…行政复议申请"). */
  unless?: RegExp;
  /** requires: words that must follow in the clause ("未发生…行政复议、提起行政诉讼" gives both). */
  facts: { metric: string; unit: string; dims?: Record<string, string>; requires?: RegExp }[];
}

const vocabulary = loadNarrativeVocabulary();

const re = (source: string, flags?: string): RegExp => new RegExp(source, flags);
const maybe = (source: string | undefined): RegExp | undefined => (source === undefined ? undefined : re(source));

type FigureData = (typeof vocabulary.figures)[number];
const dimsOf = (dims: FigureData['dims']): NarrativeRule['dims'] =>
  dims && Object.fromEntries(Object.entries(dims).map(([dim, family]) => [dim, dimensionWords(family, dim)]));

export const NARRATIVE_RULES: NarrativeRule[] = vocabulary.figures.map((r) => ({
  id: r.id,
  metric: r.metric,
  label: re(r.label),
  subject: r.subject,
  units: r.units,
  context: maybe(r.context),
  notLabel: maybe(r.notLabel),
  after: maybe(r.after),
  dims: dimsOf(r.dims),
}));

// matchAll needs the g flag: every statement in a clause counts.
export const ZERO_RULES: ZeroRule[] = vocabulary.zeroStatements.map((z) => ({
  test: re(z.test, 'g'),
  unless: maybe(z.unless),
  facts: z.facts.map((f) => ({ ...f, requires: maybe(f.requires) })),
}));

/** What a clause is about, in the order tested. */
export const SUBJECTS: [RegExp, Exclude<Subject, null>][] = vocabulary.subjects.map((s) => [re(s.pattern), s.subject]);

/** Words of an outcome clause, which names its subject only in passing ("维持…驳回原告诉讼请求数4起"). */
export const OUTCOME_CLAUSE = re(vocabulary.outcomeClause.pattern);
/** A running total ("…，市政府转办1件，共计129件") adds up items of several levels. */
export const RUNNING_TOTAL = re(vocabulary.runningTotal.pattern);
/** After an applications.received figure: "（其中上年结转12件）" — the total includes carried-in ones. */
export const INCLUDES_CARRIED_IN = re(vocabulary.includesCarriedIn.pattern);

/** Where a sentence names the level of the body a suggestion went to, nearest mention first. */
export const LEVEL_MARKERS: [RegExp, string][] = vocabulary.levelMarkers.map((m) => [re(m.pattern, 'g'), m.level]);

export const CUMULATIVE = re(vocabulary.scope.cumulative, 'g');
export const THIS_YEAR = re(vocabulary.scope.thisYear, 'g');
export const WHOLE_YEAR_PERIOD = re(vocabulary.scope.wholeYear);

/**
 * A relative figure's label ends in a comparison with an earlier period and the way it went
 * ("比去年减少", "同比下降", "与去年相比减少", "较2024年提升"): the figure is a change, never the count.
 */
export const CHANGE_LABEL = re(vocabulary.changes.label);
export const CHANGE_DOWN = re(vocabulary.changes.down);

/** What a change is of, from the words naming it ("申请数量同比下降") when the sentence has no earlier figure. */
export const CHANGE_BASES: [RegExp, string][] = vocabulary.changes.bases.map((b) => [re(b.pattern), b.metric]);

/** The metric a change of each counted metric is stored under (intents/metrics.json); any other: "change". */
export const CHANGE_METRICS: Record<string, string> = vocabulary.changes.metrics;
