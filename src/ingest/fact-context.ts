import type { Fact, Problem, Section } from '../model/fact.ts';
import { quoteOriginal, toOriginalSpan } from './normalise-text.ts';
import { sectionAt, subPathAt, type SubMarker } from './split-sections.ts';

/** What every extractor needs to place a figure in its report and quote it. */
export interface FactContext {
  file: string;
  text: string;
  original: string;
  map: Int32Array;
  sections: Section[];
  markers: SubMarker[];
  year: number;
}

export type FactPlace = Pick<Fact, 'sectionNo' | 'section' | 'subPath' | 'quote' | 'start' | 'end'>;

/** Section, sub-section path, original offsets and the quote as published for a normalised span. */
export function placeSpan(ctx: FactContext, start: number, end: number): FactPlace {
  const section = sectionAt(ctx.sections, start);
  const orig = toOriginalSpan(ctx, start, end);
  return {
    sectionNo: section?.no ?? 0,
    section: section?.heading ?? '',
    subPath: subPathAt(ctx.markers, section, start),
    quote: quoteOriginal(ctx.original, orig.start, orig.end),
    start: orig.start,
    end: orig.end,
  };
}

/** A table row quoted cell by cell ("label | 51 | 3 | …"), since its cells sit on separate lines. */
export function placeCells(ctx: FactContext, cells: { start: number; end: number }[]): FactPlace {
  const first = cells[0];
  const last = cells.at(-1);
  if (!first || !last) throw new Error('placeCells needs at least one cell');
  const place = placeSpan(ctx, first.start, last.end);
  const quotes = cells.map((c) => {
    const o = toOriginalSpan(ctx, c.start, c.end);
    return c.end > c.start ? quoteOriginal(ctx.original, o.start, o.end) : '';
  });
  return { ...place, quote: quotes.join(' | ') };
}

export function problemAt(ctx: FactContext, code: string, offset: number, message: string, facts?: string[]): Problem {
  const section = sectionAt(ctx.sections, offset);
  return { code, file: ctx.file, severity: 'warning', section: section?.heading ?? '', message, ...(facts ? { facts } : {}) };
}

export function describeFact(f: Pick<Fact, 'metric' | 'dims' | 'value'>): string {
  const dims = Object.entries(f.dims).map(([k, v]) => `${k}=${v}`).join(',');
  return `${f.metric}${dims ? `[${dims}]` : ''}=${f.value}`;
}
