import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseByWords, changeDirection } from '../../src/ingest/change-figures.ts';
import { extractNarrativeFacts, figureRule, levelBefore, subjectOf } from '../../src/ingest/extract-narrative-facts.ts';
import type { FactContext } from '../../src/ingest/fact-context.ts';
import { findFigures, type Figure } from '../../src/ingest/find-figures.ts';
import { findZeroStatements } from '../../src/ingest/find-zero-statements.ts';
import { CHANGE_BASES, CHANGE_METRICS, LEVEL_MARKERS, NARRATIVE_RULES, SUBJECTS, ZERO_RULES } from '../../src/ingest/narrative-rules.ts';
import { normaliseText } from '../../src/ingest/normalise-text.ts';
import { sectionAt, splitLines, splitSections, subMarkers } from '../../src/ingest/split-sections.ts';

const FAMILIES = ['figure', 'zero-statement', 'subject', 'level-marker', 'change-label', 'change-base'] as const;
type Family = (typeof FAMILIES)[number];

// heading: the section the sentence stands in; at: which figure of the sentence ("30件"), required
// when it has more than one.
const base = { family: z.enum(FAMILIES), text: z.string().min(1), heading: z.string().min(1).optional(), at: z.string().min(1).optional(), note: z.string().optional() };
const cases = z
  .array(z.union([z.strictObject({ ...base, expect: z.string().min(1) }), z.strictObject({ ...base, not: z.string().min(1) })]))
  .parse(JSON.parse(readFileSync(new URL('../../intents/entities/narrative-rules.examples.json', import.meta.url), 'utf8')));

type Case = (typeof cases)[number];

/** The case's sentence as the only line of section 二 of a minimal report, read as ingest reads one. */
function sentenceIn(c: Case): { ctx: FactContext; start: number; end: number } {
  const original = `张店区测试局2016年政府信息公开工作年度报告\n一、概述\n本局认真做好工作。\n二、${c.heading ?? '工作开展情况'}\n${c.text}\n三、其他需要报告的事项\n无。`;
  const { text, map } = normaliseText(original);
  const sections = splitSections(text);
  const ctx: FactContext = { file: 'case.txt', text, original, map, sections, markers: subMarkers(text), year: 2016 };
  const line = splitLines(text).filter((l) => sectionAt(sections, l.start)?.no === 2)[1];
  if (!line) throw new Error(`no sentence line for ${c.text}`);
  return { ctx, start: line.start, end: line.end };
}

const some = (key: string | null | undefined): string[] => (key ? [key] : []);
const written = (f: { value: number; unit: string }): string => `${f.value}${f.unit}`;

/**
 * A figure case names the rule that read the figure (its id) and what ingest stored for it: the
 * metric (after {subject} and the change and carried-in readings), each dimension as dim=value and its scope.
 */
function figureNames(c: Case): string[] {
  const { ctx, start, end } = sentenceIn(c);
  const figures = findFigures(ctx.text, start, end);
  const picked = figures.filter((f) => c.at === undefined || written(f) === c.at);
  if (c.at === undefined && figures.length !== 1) throw new Error(`“${c.text}” has ${figures.length} figures: say which (at)`);
  if (picked.length === 0) throw new Error(`no figure ${c.at} in “${c.text}” (${figures.map(written).join(', ')})`);
  const facts = extractNarrativeFacts(ctx).facts;
  const factNames = (p: Figure): string[] => facts
    .filter((f) => f.label === p.label && written(f) === written(p))
    .flatMap((f) => [f.metric, ...Object.entries(f.dims).map(([k, v]) => `${k}=${v}`), `scope=${f.scope}`]);
  return picked.flatMap((p) => [...some(figureRule(ctx, p).rule?.id), ...factNames(p)]);
}

/** What ingest makes of a case's text, through the functions the extractor calls. */
const NAMED: Record<Family, (c: Case) => string[]> = {
  figure: figureNames,
  // With no figure stated in the sentence: a zero statement's metrics.
  'zero-statement': (c) => {
    const { ctx, start, end } = sentenceIn(c);
    return findZeroStatements(ctx, start, end, new Map()).map((f) => f.metric);
  },
  subject: (c) => some(subjectOf(c.text)),
  'level-marker': (c) => some(levelBefore(c.text)),
  'change-label': (c) => some(changeDirection(c.text)),
  'change-base': (c) => some(baseByWords(c.text)),
};

/** What each family's cases must name between them: every rule, by the name its cases use. */
const RULE_NAMES: Record<Family, () => string[]> = {
  figure: () => [
    ...NARRATIVE_RULES.map((r) => r.id),
    // The readings after a rule: the carried-in total, the change metrics and directions, the running-total scope.
    'applications.total_incl_carried_in', ...Object.values(CHANGE_METRICS), 'change=increase', 'change=decrease', 'scope=cumulative',
  ],
  'zero-statement': () => [...new Set(ZERO_RULES.flatMap((r) => r.facts.map((f) => f.metric)))],
  subject: () => SUBJECTS.map(([, s]) => s),
  'level-marker': () => LEVEL_MARKERS.map(([, level]) => level),
  'change-label': () => ['increase', 'decrease'],
  'change-base': () => CHANGE_BASES.map(([, metric]) => metric),
};

const title = (c: Case): string => `${c.family}: ${c.text}${c.at ? ` (${c.at})` : ''} ${'expect' in c ? `→ ${c.expect}` : `↛ ${c.not}`}`;

describe('narrative rules (intents/entities/narrative-rules.examples.json)', () => {
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_, c) => {
    const named = NAMED[c.family](c);
    if ('expect' in c) expect(named).toContain(c.expect);
    else expect(named).not.toContain(c.not);
  });

  it.each(FAMILIES)('every %s rule has an example it must name, and the family a negative', (f) => {
    const ofFamily = cases.filter((c) => c.family === f);
    const named = new Set(ofFamily.flatMap((c) => ('expect' in c ? [c.expect] : [])));
    expect(RULE_NAMES[f]().filter((k) => !named.has(k))).toEqual([]);
    expect(ofFamily.some((c) => 'not' in c)).toBe(true);
  });
});
