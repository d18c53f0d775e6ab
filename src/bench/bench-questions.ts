import type { GoldFact } from './corpus-types.ts';
import { createRandom, type Random } from './seeded-random.ts';

export interface BenchQuestion {
  q: string;
  chat: string;
  kind: 'figure' | 'fuzzy' | 'follow_up' | 'rank' | 'total' | 'not_found';
}

/** How users ask for each metric (the gold's catalogue metrics with the dims a question names). */
const ASK: [(g: GoldFact) => boolean, string[]][] = [
  [(g) => g.metric === 'applications.received' && !g.dims.channel && !g.dims.applicant, ['收到多少申请', '收到多少政府信息公开申请？', '依申请公开的申请数量是多少']],
  [(g) => g.metric === 'applications.received' && g.dims.applicant === 'natural_person', ['自然人申请多少件', '个人提出的申请有几件']],
  [(g) => g.metric === 'applications.received' && g.dims.channel === 'internet', ['网上申请有多少件']],
  [(g) => g.metric === 'applications.outcome' && g.dims.outcome === 'disclosed' && g.dims.applicant === 'total', ['予以公开的有几件']],
  [(g) => g.metric === 'applications.carried_over' && g.dims.applicant === 'total', ['结转下年度的申请有多少']],
  [(g) => g.metric === 'proactive.total' && !g.dims.channel, ['主动公开了多少条信息', '主动公开多少条']],
  [(g) => g.metric === 'fees.total', ['收费多少钱', '收取了多少信息处理费']],
  [(g) => g.metric === 'review.total' && !g.dims.route, ['行政复议有几起', '被申请行政复议多少件']],
  [(g) => g.metric === 'litigation.total', ['行政诉讼多少起']],
  [(g) => g.metric === 'interpretation.total' && !g.dims.kind, ['政策解读多少条']],
  [(g) => g.metric === 'npc_suggestions.received', ['人大代表建议多少件']],
  [(g) => g.metric === 'cppcc_proposals.received', ['政协提案多少件']],
  [(g) => g.metric === 'website.visits', ['网站访问量是多少']],
  [(g) => g.metric === 'art20.licensing', ['行政许可处理决定多少件']],
];

export function askable(g: GoldFact): string[] | null {
  return ASK.find(([test]) => test(g))?.[1] ?? null;
}

const YEAR_WORDS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const yearForm = (r: Random, y: number): string =>
  r.pick([`${y}年`, `${y}年`, `${String(y).slice(2)}年`, `${[...String(y)].map((d) => YEAR_WORDS[Number(d)]).join('')}年`]);

/** 张店区科学技术局 → 科学技术局 (how people usually name it). */
const core = (agency: string): string => agency.replace(/^张店区/, '');

/** A typo: one character dropped or doubled, as people type on phones. */
function typo(r: Random, name: string): string {
  const chars = [...core(name)];
  if (chars.length < 4) return name;
  const i = r.int(1, chars.length - 2);
  return r.chance(0.5) ? [...chars.slice(0, i), ...chars.slice(i + 1)].join('') : [...chars.slice(0, i + 1), ...chars.slice(i)].join('');
}

const RANKS = ['哪个部门收到申请最多？', '主动公开信息最多的单位是哪个', '各单位政协提案数量排名', '哪家单位行政复议最多'];
const TOTALS = ['所有单位主动公开的信息合计多少条', '各部门收到的信息公开申请加起来一共多少'];

/**
 * `count` questions from sampled gold facts: figures (full or short agency names), typos, follow-ups in the
 * same chat (另一年, 出处), rankings and totals across agencies, and questions nothing answers.
 */
export function benchQuestions(seed: number, facts: GoldFact[], count: number): BenchQuestion[] {
  const r = createRandom(seed, 'questions');
  const years = [...new Set(facts.map((f) => f.year))];
  const out: BenchQuestion[] = [];
  while (out.length < count && facts.length > 0) {
    const g = r.pick(facts);
    const asks = askable(g);
    if (!asks) continue;
    const chat = `bench-${r.int(1, 400)}`;
    const x = r.next();
    if (x < 0.45) out.push({ q: `${r.chance(0.5) ? g.agency : core(g.agency)}${yearForm(r, g.year)}${r.pick(asks)}`, chat, kind: 'figure' });
    else if (x < 0.55) out.push({ q: `${typo(r, g.agency)}${yearForm(r, g.year)}${r.pick(asks)}`, chat, kind: 'fuzzy' });
    else if (x < 0.75) {
      out.push({ q: `${core(g.agency)}${g.year}年${r.pick(asks)}`, chat, kind: 'figure' });
      out.push({ q: r.pick([`那${g.year - 1}年呢？`, '出处呢？', '行政复议呢', `${g.year + 1}年的呢`]), chat, kind: 'follow_up' });
    } else if (x < 0.85) out.push({ q: `${r.pick(years)}年${r.pick(RANKS)}`, chat, kind: 'rank' });
    else if (x < 0.9) out.push({ q: `${r.pick(years)}年${r.pick(TOTALS)}`, chat, kind: 'total' });
    else out.push({ q: r.pick([`张店区宇航局${g.year}年${r.pick(asks)}`, `${core(g.agency)}2031年${r.pick(asks)}`, `${core(g.agency)}${g.year}年招商引资多少亿元`, '今天淄博天气怎么样']), chat, kind: 'not_found' });
  }
  return out.slice(0, count);
}
