import type { Place } from '../text/agency-name.ts';
import { editDistance } from '../text/edit-similarity.ts';

/** Places we know to be places (the gazetteer and every agency's own), by name and by stem. */
export interface KnownPlaces {
  names: Set<string>;
  stems: string[];
}

/** A known place, or a name starting with a known place's stem (博山风景名胜区): surely a place of its own. */
const isKnown = (p: Place, known: KnownPlaces): boolean => known.names.has(p.name) || known.stems.some((s) => p.name.startsWith(s));

const samePlace = (w: Place, c: Place): boolean => c.name === w.name || c.stem === w.stem;

// 高薪区 for 高新区, 沭阳县 for 沐阳县: a typing or OCR slip, unless the name written is a place we know.
const slipOf = (w: Place, c: Place, known: KnownPlaces): boolean =>
  c.level === w.level && c.name.length === w.name.length && editDistance(c.name, w.name) === 1 && !isKnown(w, known);

/**
 * Whether the places written in a fuzzy mention fit an agency's own chain. A place at a level the
 * chain holds must be one of its places or a slip of one: 博山区科学技木局 is not 张店区科学技术局,
 * however close the rest. A place at a level the chain lacks says nothing against it.
 */
export function placesFit(written: Place[], chain: Place[], known: KnownPlaces): boolean {
  return written.every((w) => {
    const sameLevel = chain.filter((c) => c.level === w.level);
    return sameLevel.length === 0 || namesPlace(w, chain, known);
  });
}

const namesPlace = (w: Place, chain: Place[], known: KnownPlaces): boolean => chain.some((c) => samePlace(w, c) || slipOf(w, c, known));

/**
 * Whether the mention names one of the agency's own places (or a slip of one). What a generic body
 * (人民政府, 管理委员会) needs: 风景名胜区管理委员会 cut from 博山风景名胜区… names no one.
 */
export const namesOwnPlace = (written: Place[], chain: Place[], known: KnownPlaces): boolean => written.some((w) => namesPlace(w, chain, known));
