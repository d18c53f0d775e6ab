import type { Voice } from './narrative-voice.ts';
import type { Random } from './seeded-random.ts';

/** Sentences without figures, as reports pad their sections; they give the corpus realistic size and sentence breaks. */
const SENTENCES: ((c: Voice) => string)[] = [
  (c) => `${c.year}年，${c.self}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。`,
  () => '明确责任科室和具体负责人员，领导对政府信息公开工作高度重视，定期听取工作汇报并开展专项培训。',
  () => '对上网发布信息的采集、分类、整理、审批等环节制定了相应的流程，确保信息发布准确、及时、规范。',
  () => '进一步完善了主动公开基本目录，建立公开内容动态扩展和定期审查机制，有序拓展了公开范围。',
  () => '强化政府信息公开的保密审查，做到该公开的全部公开，该保密的坚决保密。',
  (c) => `把“五公开”纳入办文办会程序，${c.name}各科室按照职责分工做好信息的收集和报送。`,
  () => '严格落实政府信息公开申请登记、审核、办理、答复、归档等各环节工作要求，依法保障申请人的合法权益。',
  () => '加强政府信息公开平台建设，优化栏目设置，及时更新公开内容，方便群众查阅。',
  () => '积极回应社会关切，对涉及群众切身利益的热点问题及时发布权威信息，正确引导社会舆论。',
  () => '将政府信息公开工作纳入年度考核内容，建立健全监督检查和责任追究机制。',
  () => '信息公开的形式还需要进一步丰富，面向社会提供更为方便快捷的信息公开方式仍需加强。',
  () => '部分工作人员对政府信息公开工作的认识还不够到位，业务能力有待进一步提高。',
  (c) => `下一步，${c.self}将进一步加强组织领导，健全工作机制，全力推进政府信息公开工作。`,
  () => '加大宣传力度，充分发挥微信公众号等新媒体作用，向社会各界宣传政府信息公开的相关政策。',
  () => '继续规范依申请公开工作流程，提高答复质量，切实保障公民、法人和其他组织依法获取政府信息。',
  () => '坚持把政务公开与业务工作同部署、同落实，推动决策、执行、管理、服务、结果全过程公开。',
  () => '认真做好政府信息公开保密审查，坚持“先审查、后公开”和“一事一审”原则。',
  () => '围绕优化营商环境、乡村振兴、民生保障等重点领域，持续加大信息公开力度。',
];

/** Filler paragraphs that do not repeat a sentence within one report (until the deck runs out). */
export function createFiller(r: Random, c: Voice): (count: number) => string {
  let deck: ((c: Voice) => string)[] = [];
  return (count) => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      if (deck.length === 0) deck = r.shuffle(SENTENCES);
      out.push((deck.pop() ?? SENTENCES[0] ?? (() => ''))(c));
    }
    return out.join('');
  };
}
