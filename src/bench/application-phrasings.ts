import type { Channels, NarrativeValues } from './narrative-values.ts';
import { share, type Voice } from './narrative-voice.ts';
import { phrased, type Phrased } from './report-document.ts';
import type { Random } from './seeded-random.ts';

const RECEIVED: [string, (n: number, c: Voice) => string][] = [
  ['received.gong-shoudao', (n, c) => `${c.year}年，${c.self}共收到政府信息公开申请${n}件。`],
  ['received.shouli', (n) => `全年共受理政府信息公开申请${n}件，均在法定期限内予以答复。`],
  ['received.jiedao-yishenqing', (n, c) => `本年度，${c.name}共接到依申请公开${n}件。`],
  ['received.after-number', (n, c) => `${c.self}收到${n}起政府信息依申请公开，均严格按程序和时限办理。`],
  ['received.zongshu-wei', (n) => `全年政府信息公开申请总数为${n}件。`],
  ['received.long-subject', (n, c) => `${c.year}年度共收到公民、法人和其他组织提出的政府信息公开申请${n}件。`],
  ['received.qunzhong', (n, c) => `${c.year}年，${c.name}受理群众政府信息公开申请${n}件，已全部办结。`],
  ['received.fangmian', (n) => `依申请公开方面，全年共收到申请${n}件。`],
];

const NONE: [string, (c: Voice) => string][] = [
  ['received0.wei-shoudao', (c) => `${c.year}年，${c.self}未收到政府信息公开申请。`],
  ['received0.long-subject', () => '本年度没有收到公民、法人或其他组织的政府信息公开申请。'],
  ['received0.zanwei', (c) => `一年来，${c.self}暂未收到公开申请。`],
  ['received0.wei-fasheng', () => '全年未发生依申请公开情况。'],
  ['received0.shoulijian', (c) => `${c.year}年度，${c.name}没有收到申请政府信息公开的受理件。`],
  ['received0.numeric', () => '本年度共收到政府信息公开申请0件。'],
  ['received0.renhe', () => '依申请公开方面，本年度未接收到任何申请。'],
];

type ChannelKey = keyof Channels;
const CHANNEL_WORDS: Record<ChannelKey, string[]> = {
  in_person: ['当面申请', '现场申请', '当面提交申请'],
  internet: ['网络申请', '通过互联网申请', '网上申请', '在线申请'],
  letter: ['信函申请', '以信函形式申请', '邮寄申请'],
  fax: ['传真申请', '通过传真申请'],
};

/** "其中当面申请3件，占总数的10%；…": one of four list styles, zero channels sometimes left out. */
function channelSentence(r: Random, ch: Channels, total: number): Phrased {
  const style = r.pick(['qizhong-zhan', 'fangshi-zhan', 'list', 'shu'] as const);
  const full = r.chance(0.3);
  const keys = (r.shuffle(Object.keys(ch)) as ChannelKey[]).filter((k) => ch[k] > 0 || r.chance(0.5));
  const items = keys.map((k) => {
    const word = r.pick(CHANNEL_WORDS[k]);
    const n = ch[k];
    if (style === 'qizhong-zhan') return `${word}${n}件，占总数的${share(n, total, full)}`;
    if (style === 'fangshi-zhan') return `${word}${n}件，占${share(n, total, full)}`;
    if (style === 'shu') return `${word}数${n}件`;
    return `${word}${n}件`;
  });
  const joined = style === 'list' ? items.join('、') : items.join(style === 'shu' ? '，' : '；');
  const text = `${style === 'fangshi-zhan' ? '从申请方式看，' : style === 'shu' ? '' : '其中，'}${joined}。`;
  return phrased(`channels.${style}`, text, keys.map((k) => ({ metric: 'applications.received', dims: { channel: k }, value: ch[k] })));
}

/** The applications paragraph of a narrative report: the total (or a statement of none) and its channels. */
export function applicationSentences(r: Random, v: NarrativeValues, c: Voice): Phrased[] {
  if (v.received === 0) {
    const [id, say] = r.pick(NONE);
    const out = [phrased(id, say(c), [{ metric: 'applications.received', value: 0 }])];
    if (r.chance(0.3)) out.push(phrased('withheld0.bucunzai', '不存在不予公开政府信息的情况。', [{ metric: 'applications.outcome', dims: { outcome: 'withheld' }, value: 0 }]));
    return out;
  }
  const [id, say] = r.pick(RECEIVED);
  const out = [phrased(id, say(v.received, c), [{ metric: 'applications.received', value: v.received }])];
  if (v.channels) out.push(channelSentence(r, v.channels, v.received));
  return out;
}
