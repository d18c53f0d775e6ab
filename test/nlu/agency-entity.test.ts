import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { agencyAliases, buildAgencyMatcher, type AgencyInput, type AgencyMatch } from '../../src/nlu/agency-entity.ts';
import { normaliseQuestion } from '../../src/nlu/normalise-question.ts';
import { loadExamples } from './load-examples.ts';

// The four agencies with reports today plus invented ones: nothing in the rules may be tuned to the four.
const MAIN: AgencyInput[] = [
  { name: '张店区人民政府', aliases: [] },
  { name: '张店区人民政府办公室', aliases: [] },
  { name: '张店区科学技术局', aliases: ['区科技局'] },
  { name: '张店区机关事务服务中心', aliases: ['区机关事务局'] },
  { name: '张店区教育局', aliases: [] },
  { name: '张店区公园街道办事处', aliases: [] },
  { name: '张店区人力资源和社会保障局', aliases: [] },
];

// A later report under a merged name (教育和体育局) makes 教育局 ambiguous; a town government and a
// commission exercise 镇/委员会 abbreviations.
const EXTENDED: AgencyInput[] = [
  ...MAIN,
  { name: '张店区教育和体育局', aliases: [] },
  { name: '淄博市张店区马尚镇人民政府', aliases: [] },
  { name: '张店区卫生健康委员会', aliases: [] },
];

// Agencies of several places, as a store of real reports from many districts holds them: place
// hierarchies, a place alone, zones, street offices named with and without 人民政府, a bureau in two districts.
const PLACES: AgencyInput[] = [
  ...MAIN,
  { name: '淄川区科学技术局', aliases: [] },
  { name: '甲乙县人民政府', aliases: [] },
  { name: '庚中区人民政府', aliases: [] },
  { name: '市北区民政局', aliases: [] },
  { name: '张店区和平街道办事处', aliases: ['张店区人民政府和平街道办事处'] },
  { name: '山东张店经济开发区管理委员会', aliases: [] },
  { name: '滨州北湾经济开发区管理委员会', aliases: [] },
  { name: '淄博高新技术产业开发区发展改革局', aliases: [] },
  { name: '某城市卫生健康局', aliases: [] },
  { name: '山东省人民政府办公厅', aliases: [] },
  { name: '某山风景名胜区管理委员会', aliases: [] },
  { name: '甲乙市科学技术委员会', aliases: [] },
  { name: '沐阳县科学技术局', aliases: [] },
  { name: '某庄市生态环境局高新区分局', aliases: [] },
  { name: '丙丁区市政工程管理处', aliases: [] },
  // A city bureau's branch named by the district's stem, as 淄博市公安局张店分局 is published.
  { name: '淄博市公安局张店分局', aliases: [] },
];

const matchers = { main: buildAgencyMatcher(MAIN), extended: buildAgencyMatcher(EXTENDED), places: buildAgencyMatcher(PLACES) };

const expectation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), agency: z.string(), text: z.string().optional() }),
  z.object({ kind: z.literal('fuzzy'), agency: z.string(), text: z.string().optional() }),
  z.object({ kind: z.literal('ambiguous'), candidates: z.array(z.string()) }),
  z.object({ kind: z.literal('unknown'), mention: z.string().optional(), closestIncludes: z.array(z.string()).optional() }),
  z.object({ kind: z.literal('none') }),
]);
const cases = loadExamples(
  'agency.examples.json',
  z.array(z.object({ q: z.string(), list: z.enum(['main', 'extended', 'places']).default('main'), expect: expectation })),
);

function check(got: AgencyMatch, want: z.infer<typeof expectation>): void {
  expect(got.kind).toBe(want.kind);
  if ((want.kind === 'exact' || want.kind === 'fuzzy') && (got.kind === 'exact' || got.kind === 'fuzzy')) {
    expect(got.agency).toBe(want.agency);
    if (want.text) expect(got.span.text).toBe(want.text);
  }
  if (want.kind === 'ambiguous' && got.kind === 'ambiguous') expect([...got.candidates].sort()).toEqual([...want.candidates].sort());
  if (want.kind === 'unknown' && got.kind === 'unknown') {
    if (want.mention) expect(got.mention).toBe(want.mention);
    for (const c of want.closestIncludes ?? []) expect(got.closest).toContain(c);
  }
}

describe('agency matcher', () => {
  it('has a corpus of at least 40 cases covering every outcome', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['exact', 'fuzzy', 'ambiguous', 'unknown', 'none']) expect(cases.some((c) => c.expect.kind === kind)).toBe(true);
  });

  it.each(cases)('$q ($list) → $expect.kind', ({ q, list, expect: want }) => {
    check(matchers[list].match(q), want);
  });

  it.each(cases)('spans point into the normalised question: $q', ({ q, list }) => {
    const m = matchers[list].match(q);
    if (m.kind !== 'none') expect(normaliseQuestion(q).slice(m.span.start, m.span.end)).toBe(m.span.text);
  });

  it('never maps an agency without a report onto one that has reports', () => {
    for (const q of ['公安局', '张店区公安局2023年', '财政局', '民政局', '张店区政务服务中心']) {
      expect(matchers.main.match(q).kind).toBe('unknown');
    }
  });

  it('gives fuzzy scores between the threshold and 1', () => {
    const m = matchers.main.match('科学技木局');
    expect(m.kind === 'fuzzy' && m.score > 0.5 && m.score < 1).toBe(true);
  });

  it('lists every agency in a comparison question, in text order', () => {
    const all = matchers.main.matchAll('区政府办公室和科技局哪个收到的申请多');
    expect(all.map((m) => (m.kind === 'exact' ? m.agency : m.kind))).toEqual(['张店区人民政府办公室', '张店区科学技术局']);
  });

  it('generates short forms as data-driven aliases', () => {
    expect(agencyAliases('张店区科学技术局')).toEqual(expect.arrayContaining(['科学技术局', '区科学技术局', '科技局', '区科技局']));
    expect(agencyAliases('张店区人民政府办公室')).toEqual(expect.arrayContaining(['区政府办公室', '区政府办', '区府办']));
    expect(agencyAliases('张店区人民政府')).toEqual(expect.arrayContaining(['区政府', '张店区政府']));
    expect(agencyAliases('张店区人民政府')).not.toContain('政府');
    expect(agencyAliases('张店区机关事务服务中心')).toContain('机关事务中心');
  });

  it('builds once and matches quickly', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `张店区第${i}测试局`, aliases: [] }));
    const started = performance.now();
    const m = buildAgencyMatcher([...EXTENDED, ...many]);
    for (let i = 0; i < 200; i += 1) m.match(i % 2 ? '科技局18年收到多少申请' : '张店区公安局2023年收到多少申请');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
