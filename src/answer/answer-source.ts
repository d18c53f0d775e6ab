import type { ChatContext, FactSource } from '../model/fact-source.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { exampleQuestions } from './example-questions.ts';
import { factLine, sourceLines } from './fact-text.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Memo } from './memo.ts';
import { msg } from './messages.ts';
import { item, textLine } from './reply-block.ts';

/** show_source: the complete source of the last answer's facts (section path and whole quote). */
export function answerSource(lex: Lexicon, source: FactSource, memo: Memo, ctx: ChatContext | null): Outcome {
  const ids = new Set(ctx?.lastFactIds ?? []);
  if (ids.size === 0) {
    const example = exampleQuestions(lex, source, memo, 1)[0] ?? '';
    return makeOutcome('answered', [textLine(msg('source.none', { example: example ? msg('source.none_example', { example }) : '' }))]);
  }
  const facts = source.facts({ ids: [...ids] });
  const lines = facts.flatMap((f) => [item(factLine(lex, f, true)), ...sourceLines([f], true), textLine(msg('source.file', { file: f.reportFile }))]);
  return makeOutcome('answered', [textLine(msg('source.head')), ...lines], { used: facts });
}
