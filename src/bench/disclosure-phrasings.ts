import { split, type NarrativeValues } from './narrative-values.ts';
import type { Voice } from './narrative-voice.ts';
import { phrased, type Phrased } from './report-document.ts';
import type { Random } from './seeded-random.ts';

type Say = (n: number, c: Voice) => string;

/** Proactive totals; the qualifier (余/多) is part of the phrasing. */
const PROACTIVE: [string, Say, string | null][] = [
  ['proactive.zongshu-wei', (n, c) => `${c.year}年度政府信息主动公开总数为${n}条。`, null],
  ['proactive.zhengwu', (n) => `全年共主动公开政务信息${n}条。`, null],
  ['proactive.yu', (n) => `全年主动公开政府信息${n}余条。`, '余'],
  ['proactive.fangshi', (n) => `本年度通过网络、公告栏、新媒体等方式主动公开政府信息${n}条。`, null],
  ['proactive.xinzeng', (n, c) => `${c.year}年，${c.name}新增主动公开政府信息${n}条。`, null],
  ['proactive.duo-website', (n) => `全年在政府门户网站公开各类政府信息${n}多条。`, '多'],
  ['proactive.gongji', (n) => `全年公开发布各类信息共计${n}条。`, null],
];

/** "其中…": by category (figures the catalogue does not name) or by channel (proactive.total per channel). */
function breakdown(r: Random, n: number, year: number): Phrased | null {
  // 政务微博/微信 exist from about 2012; earlier reports break totals down by category only.
  const style = year >= 2012 ? r.pick(['category', 'channel', 'channel-tongguo', null] as const) : r.pick(['category', null] as const);
  if (!style) return null;
  const [a = 0, b = 0, c = 0, d = 0] = split(r, n, 4);
  if (style === 'category') return phrased('breakdown.category', `其中机构职能类${a}条、法规公文${b}条、工作动态${c}条、其他信息${d}条。`, []);
  const facts = [
    { metric: 'proactive.total', dims: { channel: 'website' }, value: a + d, unit: '条' },
    { metric: 'proactive.total', dims: { channel: 'weibo' }, value: b, unit: '条' },
    { metric: 'proactive.total', dims: { channel: 'wechat' }, value: c, unit: '条' },
  ];
  if (style === 'channel') return phrased('breakdown.channel', `其中，政府门户网站发布信息${a + d}条，政务微博发布信息${b}条，政务微信发布信息${c}条。`, facts);
  return phrased('breakdown.channel-tongguo', `其中通过门户网站公开${a + d}条，通过政务微博公开${b}条，通过政务微信公开${c}条。`, facts);
}

export function proactiveSentences(r: Random, v: NarrativeValues, c: Voice): Phrased[] {
  if (v.cumulative !== null) {
    const text = `截至${c.year}年底，累计主动公开政府信息${v.cumulative}条，其中本年度新增主动公开政府信息${v.proactive}条。`;
    return [phrased('proactive.cumulative', text, [
      { metric: 'proactive.total', value: v.cumulative, unit: '条', scope: 'cumulative' }, { metric: 'proactive.total', value: v.proactive, unit: '条' },
    ])];
  }
  const [id, say, qualifier] = r.pick(PROACTIVE);
  const out = [phrased(id, say(v.proactive, c), [{ metric: 'proactive.total', value: v.proactive, unit: '条', qualifier }])];
  const more = qualifier ? null : breakdown(r, v.proactive, c.year);
  if (more) out.push(more);
  return out;
}

const INTERPRETATION: [string, (n: number) => string, string][] = [
  ['interp.cailiao', (n) => `全年发布政策解读材料${n}篇。`, '篇'],
  ['interp.gong-fabu', (n) => `本单位共发布解读${n}条。`, '条'],
  ['interp.zhizuo', (n) => `围绕重要政策文件，制作发布政策解读${n}件。`, '件'],
  ['interp.jiedu-wenjian', (n) => `共解读政策文件${n}件。`, '件'],
  ['interp.tuwen-shipin', (n) => `发布图文解读、视频解读等解读材料${n}篇。`, '篇'],
  ['interp.kinds', (n) => `政策解读栏目公开解读${n}条。`, '条'],
];

const KINDS: [string, string][] = [['department', '部门解读'], ['leader', '领导干部解读'], ['expert', '专家解读'], ['graphic', '图文解读']];

/** Interpretation count; one phrasing lists it by kind (部门解读, 领导干部解读 …). */
export function interpretationSentences(r: Random, n: number): Phrased[] {
  const [id, say, unit] = r.pick(INTERPRETATION);
  const out = [phrased(id, say(n), [{ metric: 'interpretation.total', value: n, unit }])];
  if (id === 'interp.kinds') {
    const parts = split(r, n, 4);
    const text = `其中，${KINDS.map(([, w], i) => `${w}${parts[i]}条`).join('、')}。`;
    out.push(phrased('interp.kinds-list', text, KINDS.map(([kind], i) => ({ metric: 'interpretation.total', dims: { kind }, value: parts[i] ?? 0, unit: '条' }))));
  }
  return out;
}

const VISITS: [string, (n: number, c: Voice) => string, string, 'year' | 'cumulative'][] = [
  ['visits.dadao', (n) => `门户网站全年访问量达到${n}次。`, '次', 'year'],
  ['visits.lishi', (n) => `网站访问量${n}次，创历史新高。`, '次', 'year'],
  ['visits.wanci-cumulative', (n) => `截至年底，门户网站累计访问量达${n}万次。`, '万次', 'cumulative'],
  ['visits.dianji', (n) => `全年网站点击量${n}次。`, '次', 'year'],
  ['visits.niandu', (n, c) => `${c.name}网站栏目年度访问量为${n}次。`, '次', 'year'],
  ['visits.renci', (n) => `信息公开专栏全年访问量${n}人次。`, '人次', 'year'],
];

export function visitSentence(r: Random, n: number, c: Voice): Phrased {
  const [id, say, unit, scope] = r.pick(VISITS);
  const value = unit === '万次' ? Math.max(1, Math.round(n / 10000)) * r.int(3, 9) : n;
  return phrased(id, say(value, c), [{ metric: 'website.visits', value, unit, scope }]);
}
