import type { CaseCounts, NarrativeValues } from './narrative-values.ts';
import type { Voice } from './narrative-voice.ts';
import { phrased, type FactDraft, type Phrased } from './report-document.ts';
import type { Random } from './seeded-random.ts';

const BOTH_NONE: [string, (c: Voice) => string][] = [
  ['rl0.hainan', () => '全年未发生因政府信息公开产生申请行政复议或者提起行政诉讼的情况。'],
  ['rl0.chuxian', () => '未出现政府信息公开行政复议和行政诉讼情况。'],
  ['rl0.yinqi', (c) => `${c.year}年度，${c.name}没有发生因政府信息公开引起的行政复议、行政诉讼。`],
  ['rl0.wu', () => '本年度无因政府信息公开申请行政复议、提起行政诉讼的情况。'],
  ['rl0.split', (c) => `全年未收到针对${c.self}政府信息公开工作的行政复议申请，也未被提起行政诉讼。`],
  ['rl0.numeric', () => '因政府信息公开申请行政复议0件，提起行政诉讼0件。'],
];

type Kind = 'review' | 'litigation';

/** One clause stating a count and its outcomes; pending is named only when there is some. */
const CLAUSES: Record<Kind, [string, (k: CaseCounts) => string][]> = {
  review: [
    ['review.qizhong', (k) => `发生行政复议${k.total}件，其中维持${k.maintained}件，纠正${k.corrected}件，其他${k.other}件`],
    ['review.jieguo', (k) => `被申请行政复议${k.total}起，复议结果维持${k.maintained}起、纠正${k.corrected}起、其他情形${k.other}起`],
    ['review.2017', (k) => `提起的行政复议${k.total}起，其中维持具体行政行为数${k.maintained}起，被纠正${k.corrected}起，其他情形数${k.other}起`],
    ['review.paren', (k) => `政府信息公开行政复议案件${k.total}件（维持${k.maintained}件、纠正${k.corrected}件、其他${k.other}件）`],
  ],
  litigation: [
    ['litigation.qizhong', (k) => `行政诉讼${k.total}件，其中维持${k.maintained}件，纠正${k.corrected}件，其他${k.other}件`],
    ['litigation.bohui', (k) => `行政诉讼${k.total}起，维持具体行政行为或者驳回原告诉讼请求数${k.maintained}起，被依法纠错数${k.corrected}起，其他情形数${k.other}起`],
    ['litigation.paren', (k) => `行政诉讼案件${k.total}件（驳回原告诉讼请求${k.maintained}件、纠正${k.corrected}件、其他${k.other}件）`],
    ['litigation.beiqisu', (k) => `被提起行政诉讼${k.total}起，法院判决维持${k.maintained}起、纠正${k.corrected}起、其他结果${k.other}起`],
  ],
};

function outcomeFacts(kind: Kind, k: CaseCounts): FactDraft[] {
  const unit = '件';
  const facts: FactDraft[] = [
    { metric: `${kind}.total`, value: k.total, unit }, { metric: `${kind}.maintained`, value: k.maintained, unit },
    { metric: `${kind}.corrected`, value: k.corrected, unit }, { metric: `${kind}.other`, value: k.other, unit },
  ];
  if (k.pending > 0) facts.push({ metric: `${kind}.pending`, value: k.pending, unit });
  return facts;
}

function clause(r: Random, kind: Kind, k: CaseCounts): Phrased {
  const [id, say] = r.pick(CLAUSES[kind]);
  const text = `${say(k)}${k.pending > 0 ? `，尚未审结${k.pending}件` : ''}`;
  return phrased(id, text, outcomeFacts(kind, k));
}

const NONE_ONE: Record<Kind, string> = { review: '未发生因政府信息公开引起的行政复议', litigation: '未发生行政诉讼' };

/** The 行政复议/行政诉讼 paragraph: a statement of none, or counts with outcomes (and sometimes the combined total). */
export function reviewSentences(r: Random, v: NarrativeValues, c: Voice): Phrased[] {
  if (v.review.total === 0 && v.litigation.total === 0) {
    const [id, say] = r.pick(BOTH_NONE);
    return [phrased(id, say(c), [{ metric: 'review.total', value: 0, unit: '起' }, { metric: 'litigation.total', value: 0, unit: '起' }])];
  }
  const parts = (['review', 'litigation'] as Kind[]).map((kind) =>
    v[kind].total > 0 ? clause(r, kind, v[kind]) : phrased(`${kind}0.semicolon`, NONE_ONE[kind], [{ metric: `${kind}.total`, value: 0, unit: '起' }]),
  );
  const [first, second] = parts as [Phrased, Phrased];
  const out: Phrased[] = [{ text: `${c.year}年，${first.text}；${second.text}。`, facts: [...first.facts, ...second.facts] }];
  if (r.chance(0.15)) {
    const total = v.review.total + v.litigation.total;
    out.push(phrased('rl.combined', `因政府信息公开引发的行政复议、行政诉讼案件共${total}起。`, [{ metric: 'review_litigation.total', value: total, unit: '起' }]));
  }
  return out;
}
