/**
 * Where an entity was found. Offsets are into the NORMALISED question (see normaliseQuestion),
 * because every matcher normalises first; `rule` names the rule that produced the span so an
 * answer can explain itself and a failing test can say which rule fired.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
  rule: string;
}

export function makeSpan(q: string, start: number, end: number, rule: string): Span {
  return { start, end, text: q.slice(start, end), rule };
}
