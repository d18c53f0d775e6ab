import { exampleQuestions } from './example-questions.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { allYears } from '../nlu/report-index.ts';
import type { FactSource } from '../model/fact-source.ts';
import type { Memo } from './memo.ts';

const COMMANDS = [
  '/agencies 已收录的单位及年份',
  '/years 已收录的年份（/years 单位名 查某单位）',
  '/source 上一条回答的完整出处',
  '/problems 单位 年份 报告的一致性核对结果',
  '/help 使用说明',
];

/** help: what can be asked, the commands and two real example questions. */
export function answerHelp(lex: Lexicon, source: FactSource, memo: Memo): Outcome {
  const examples = exampleQuestions(lex, source, memo);
  const years = allYears(lex);
  return makeOutcome('answered', [
    `您好！我可以回答张店区各单位政府信息公开工作年度报告中的数字（已收录${lex.agencies.length}个单位，${years.join('、')}年）。`,
    '可以问：某单位某年收到多少信息公开申请、主动公开多少条信息、行政复议/诉讼多少起、收费情况、人大建议和政协提案等；也可以比较两年、问哪个单位最多、问报告有哪些内容。',
    '例如：',
    ...examples.map((q) => `· ${q}`),
    '追问时可以只说变化的部分，如“那2017年呢”“行政复议呢”；发送“出处”查看原文。',
    '命令：',
    ...COMMANDS.map((c) => `· ${c}`),
  ], { options: examples.map((q) => ({ label: q, question: q })) });
}

/** not_understood: a short reply saying what can be asked, with two example questions. */
export function answerOutOfScope(lex: Lexicon, source: FactSource, memo: Memo): Outcome {
  const examples = exampleQuestions(lex, source, memo);
  return makeOutcome('not_understood', [
    '抱歉，这个问题我回答不了。我只回答张店区各单位政府信息公开工作年度报告中的数字，例如：',
    ...examples.map((q) => `· ${q}`),
    '发送 /help 查看使用说明。',
  ], { options: examples.map((q) => ({ label: q, question: q })) });
}
