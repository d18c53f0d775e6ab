import type { ChatContext, FactSource } from '../model/fact-source.ts';
import { factLine, sourceLines } from './fact-text.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { exampleQuestions } from './example-questions.ts';
import type { Memo } from './memo.ts';

/** show_source: the complete source of the last answer's facts (section path and whole quote). */
export function answerSource(lex: Lexicon, source: FactSource, memo: Memo, ctx: ChatContext | null): Outcome {
  const ids = new Set(ctx?.lastFactIds ?? []);
  if (ids.size === 0) {
    const example = exampleQuestions(lex, source, memo, 1)[0] ?? '';
    return makeOutcome('answered', [`还没有可以查看出处的回答。请先问一个数字${example ? `，例如“${example}”` : ''}，再发送“出处”或 /source。`]);
  }
  const facts = source.facts({ ids: [...ids] });
  const lines = facts.flatMap((f) => [`· ${factLine(lex, f, true)}`, ...sourceLines([f], true), `文件：${f.reportFile}`]);
  return makeOutcome('answered', ['上一条回答的出处：', ...lines], { used: facts });
}
