import type { Lexicon } from './lexicon.ts';

/** The numbering the template puts before a row label: (四), （四）, 1. */
const NUMBERING = /^(\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|\d+\.)/;

/** A label without its template numbering: （四）无法提供 → 无法提供, 1.本机关不掌握… → 本机关不掌握…. */
export const withoutNumbering = (label: string): string => label.replace(NUMBERING, '');

/** The catalogue's label for one value of a dimension, without its numbering (the value key if unknown). */
export function dimValueLabel(lex: Lexicon, dim: string, value: string): string {
  return withoutNumbering(lex.catalog.dimensions[dim]?.find((d) => d.key === value)?.label ?? value);
}
