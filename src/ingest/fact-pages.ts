import type { Fact } from '../model/fact.ts';

/**
 * The page each fact's quote starts on, for a report whose text keeps its page breaks (a PDF's reader
 * separates pages with a form feed): a citation can then name the page to turn to. Other reports have
 * no pages, and their facts get none.
 */
export function assignPages(original: string, facts: Fact[]): void {
  const breaks: number[] = [];
  for (let at = original.indexOf('\f'); at >= 0; at = original.indexOf('\f', at + 1)) breaks.push(at);
  if (breaks.length === 0) return;
  for (const fact of facts) {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < fact.start) lo = mid + 1;
      else hi = mid;
    }
    fact.page = lo + 1;
  }
}
