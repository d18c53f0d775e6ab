import type { ChatContext } from '../model/fact-source.ts';
import { factLine, sourceLines } from './fact-text.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { NluKit } from './nlu-kit.ts';
import { exampleQuestions } from './example-questions.ts';

/** show_source: the complete source of the last answer's facts (section path and whole quote). */
export function answerSource(kit: NluKit, ctx: ChatContext | null): Outcome {
  const ids = new Set(ctx?.lastFactIds ?? []);
  if (ids.size === 0) {
    const example = exampleQuestions(kit, 1)[0] ?? '';
    return makeOutcome('answered', [`还没有可以查看出处的回答。请先问一个数字${example ? `，例如“${example}”` : ''}，再发送“出处”或 /source。`]);
  }
  const facts = kit.source.facts({ ids: [...ids] });
  const lines = facts.flatMap((f) => [`· ${factLine(kit, f, true)}`, ...sourceLines([f], true), `文件：${f.reportFile}`]);
  return makeOutcome('answered', ['上一条回答的出处：', ...lines], { used: facts });
}
