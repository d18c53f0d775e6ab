import type { Voice } from './narrative-voice.ts';
import { phrased, type Phrased } from './report-document.ts';
import type { Random } from './seeded-random.ts';

const FEES_NONE: [string, (c: Voice) => string][] = [
  ['fees0.xiang-shenqingren', () => '在办理依申请公开工作中，未向申请人收取费用。'],
  ['fees0.renhe', () => '本年度政府信息公开工作未收取任何费用，也不存在减免情况。'],
  ['fees0.shoufei-jianmian', (c) => `${c.year}年，${c.name}没有发生政府信息公开收费及减免情况。`],
  ['fees0.wei-shoufei', () => '依申请公开政府信息均未收费。'],
  ['fees0.jiansuo', () => '未收取信息检索、复制、邮寄等费用。'],
  ['fees0.numeric', () => '全年政府信息公开收费0元。'],
];
const FEES: [string, (n: number) => string][] = [
  ['fees.jiansuo', (n) => `全年共收取检索、复制、邮寄等费用${n}元。`],
  ['fees.xiangguan', (n) => `收取政府信息公开相关费用${n}元，无减免情况。`],
  ['fees.gongji', (n) => `本年度依申请提供政府信息共收取费用${n}元。`],
];

export function feeSentence(r: Random, n: number, c: Voice): Phrased {
  if (n === 0) {
    const [id, say] = r.pick(FEES_NONE);
    return phrased(id, say(c), [{ metric: 'fees.total', value: 0, unit: '元' }]);
  }
  const [id, say] = r.pick(FEES);
  return phrased(id, say(n), [{ metric: 'fees.total', value: n, unit: '元' }]);
}

/** 人大代表建议 and 政协提案: district or city level, a combined count, numbers before the nouns, or none. */
export function suggestionSentence(r: Random, npc: number, cppcc: number, c: Voice): Phrased {
  const npcFact = (value: number, level?: string) => ({ metric: 'npc_suggestions.received', value, ...(level ? { dims: { level } } : {}) });
  const cppccFact = (value: number, level?: string) => ({ metric: 'cppcc_proposals.received', value, ...(level ? { dims: { level } } : {}) });
  if (npc === 0 && cppcc === 0) return phrased('npc0.wei-shoudao', '本年度未收到人大代表建议和政协提案。', [npcFact(0), cppccFact(0)]);
  const style = r.pick(['chengban-qu', 'weiyuan', 'shi', 'banfulv', 'heji', 'number-first'] as const);
  switch (style) {
    case 'chengban-qu':
      return phrased(`npc.${style}`, `${c.year}年，${c.self}共承办区人大代表建议${npc}件、政协提案${cppcc}件，均已按时办复。`, [npcFact(npc, 'district'), cppccFact(cppcc)]);
    case 'weiyuan':
      return phrased(`npc.${style}`, `收到政协委员提案${cppcc}条，均及时给予了答复。`, [{ ...cppccFact(cppcc), unit: '条' }]);
    case 'shi':
      return phrased(`npc.${style}`, `办理市人大代表建议${npc}件、市政协委员提案${cppcc}件。`, [npcFact(npc, 'city'), cppccFact(cppcc, 'city')]);
    case 'banfulv':
      return phrased(`npc.${style}`, `全年共承办人大代表建议${npc}件，政协提案${cppcc}件，办复率100%。`, [npcFact(npc), cppccFact(cppcc)]);
    case 'heji':
      return phrased(`npc.${style}`, `本年度承办人大代表建议和政协委员提案共${npc + cppcc}件，其中人大代表建议${npc}件，政协提案${cppcc}件。`, [npcFact(npc), cppccFact(cppcc)]);
    default:
      return phrased(`npc.${style}`, `${c.self}承办的${npc}件人大代表建议和${cppcc}件政协提案全部办结。`, [npcFact(npc), cppccFact(cppcc)]);
  }
}

/** Figures no catalogue metric names (meetings, staff, trainings): an extractor must leave them as "figure". */
export function noiseSentence(r: Random, c: Voice): string {
  return r.pick([
    `召开政府信息公开工作专题会议${r.int(2, 12)}次，组织业务培训${r.int(1, 6)}场，培训人员${r.int(10, 300)}人次。`,
    `${c.self}现有政府信息公开工作人员${r.int(2, 9)}名，其中专职人员${r.int(1, 2)}名。`,
    `全年更新政府信息公开目录${r.int(2, 40)}次，修订公开指南${r.int(1, 2)}次。`,
    `全年办理网上咨询${r.int(3, 90)}件，均在${r.pick([3, 5, 7])}个工作日内予以回复。`,
    `开展政务公开日活动${r.int(1, 6)}次，发放宣传材料${r.int(200, 5000)}份。`,
  ]);
}
