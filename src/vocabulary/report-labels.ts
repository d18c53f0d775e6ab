import { loadJsonRules } from '../text/load-json-rules.ts';
import { reportVocabularySchema, type FamilyRule, type ReportFamily, type ReportVocabulary } from './report-label-schema.ts';

const METRICS = new URL('../../intents/metrics.json', import.meta.url);

/** One rule of a family and what it names: a metric, or a value of a dimension. */
export type ReportLabel<F extends ReportFamily> = FamilyRule<F> & {
  /** The metric key, or the dimension value's key when `dimension` is set. */
  key: string;
  dimension: string | null;
};

/** intents/metrics.json's report-side fields, validated; read once. */
export function loadReportVocabulary(): ReportVocabulary {
  return loadJsonRules(METRICS, reportVocabularySchema);
}

/**
 * The rules of one family in their order. Two rules of a family with the same order would make
 * first-match depend on the file's layout, so that fails loudly.
 */
export function reportLabels<F extends ReportFamily>(family: F, vocabulary = loadReportVocabulary()): ReportLabel<F>[] {
  const owners = [
    ...vocabulary.metrics.map((m) => ({ entry: m, dimension: null })),
    ...Object.entries(vocabulary.dimensions).flatMap(([dimension, values]) => values.map((v) => ({ entry: v, dimension }))),
  ];
  const labels = owners.flatMap(({ entry, dimension }) => {
    const rule = entry.report?.[family] as FamilyRule<F> | undefined;
    return rule ? [{ ...rule, key: entry.key, dimension }] : [];
  });
  labels.sort((a, b) => a.order - b.order);
  const clash = labels.find((l, k) => k > 0 && labels[k - 1]?.order === l.order);
  if (clash) throw new Error(`intents/metrics.json: two ${family} rules have order ${clash.order} (one is ${clash.key})`);
  return labels;
}

/** The rules of a family that must all be on one kind of entry: a dimension's values, or metrics (null). */
export function reportLabelsOn<F extends ReportFamily>(family: F, dimension: string | null): ReportLabel<F>[] {
  const labels = reportLabels(family);
  const stray = labels.find((l) => l.dimension !== dimension);
  if (stray) {
    throw new Error(`intents/metrics.json: a ${family} rule on ${stray.dimension ?? 'metric'} ${stray.key}; it belongs on ${dimension ? `a ${dimension} value` : 'a metric'}`);
  }
  return labels;
}
