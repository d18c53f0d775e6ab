import { z } from 'zod';
import { regexSource } from './regex-source.ts';


/** Where a rule stands in its family: the rules of a family are tried in this order, first match wins. */
const order = z.number().int().positive();
/** A regular expression source, tested against a label as labelKey writes it (no spaces, ASCII brackets). */
const pattern = regexSource;
const label = z.string().min(1);
const patternRule = z.strictObject({ order, pattern });
const labelRule = z.strictObject({ order, label });

/**
 * The report-side rule families: how a report writes a metric or a dimension value. Each family is
 * read by one extractor in src/ingest; intents/entities/report-labels.examples.json holds its cases.
 */
export const FAMILY_SCHEMAS = {
  /** A row of the table 收到和处理政府信息公开申请情况. */
  'application-row': z.strictObject({
    order,
    pattern,
    /** A group row ((三)不予公开): the numbered rows under it belong to this outcome. */
    opensGroup: z.literal(true).optional(),
    /** Only inside this group ("3.其他" means nothing alone). */
    inGroup: z.string().min(1).optional(),
  }),
  /** A column of that table, by its header word; order is the column's place in the template. */
  'applicant-column': labelRule,
  // Narrative dimensions: a value is taken only when the words of no other value of the family are there too.
  /** How a narrative sentence names the channel of an application (网上申请). */
  'application-channel': patternRule,
  /** How a narrative sentence names where information was published proactively (门户网站). */
  'proactive-channel': patternRule,
  /** How a narrative sentence names the level of the bodies that received applications (镇街). */
  'application-level': patternRule,
  /** How a narrative sentence names a kind of policy interpretation (图文解读). */
  'interpretation-kind': patternRule,
  /** A row of a 第二十条 block (行政许可), on its art20 metric. */
  'art20-row': patternRule,
  /** A column of a 第二十条 block, on its column value: the words in its label and its figures' unit. */
  'art20-column': z.strictObject({ order, pattern, unit: z.string() }),
  /**
   * The whole template label of a column, at the start of header cells a PDF ran together
   * ("本年制发件数本年废止件数…"); a label goes before any shorter one it starts with.
   */
  'art20-header': patternRule,
  // The 行政复议/行政诉讼 table is read by position: these are the words its facts are labelled with.
  /** A 行政复议 column (结果维持), on its review metric; order is its place in the template. */
  'review-column': labelRule,
  /** A column of each 行政诉讼 route, on its litigation metric; the same outcomes as 行政复议. */
  'litigation-column': labelRule,
  /** A 行政诉讼 route (复议后起诉), on its route value; each route has all the litigation columns. */
  'litigation-route': labelRule,
} as const;

export type ReportFamily = keyof typeof FAMILY_SCHEMAS;
export type FamilyRule<F extends ReportFamily> = z.infer<(typeof FAMILY_SCHEMAS)[F]>;

type ReportField = { [F in ReportFamily]: z.ZodOptional<(typeof FAMILY_SCHEMAS)[F]> };

/** The `report` field of a metric or dimension value: an unknown family name is an error, not ignored. */
const reportSchema = z.strictObject(
  Object.fromEntries(Object.entries(FAMILY_SCHEMAS).map(([family, schema]) => [family, schema.optional()])) as ReportField,
);

// Only the key and the report field: the question words are nlu's (src/nlu/metric-catalog.ts).
const entrySchema = z.object({ key: z.string().min(1), report: reportSchema.optional() });

export const reportVocabularySchema = z.object({
  metrics: z.array(entrySchema),
  dimensions: z.record(z.string(), z.array(entrySchema)),
});

export type ReportVocabulary = z.infer<typeof reportVocabularySchema>;
