import type { FactSource } from '../model/fact-source.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { allYears } from '../nlu/report-index.ts';
import { exampleQuestions } from './example-questions.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Memo } from './memo.ts';
import { msg, named } from './messages.ts';
import { item, textLine } from './reply-block.ts';

// The slash commands, each with its message (help.command.<name>).
const COMMANDS = ['agencies', 'years', 'source', 'problems', 'help'];

/** help: what can be asked, the commands and two real example questions. */
export function answerHelp(lex: Lexicon, source: FactSource, memo: Memo): Outcome {
  const examples = exampleQuestions(lex, source, memo);
  const years = allYears(lex);
  return makeOutcome('answered', [
    textLine(msg('help.intro', { agencies: lex.agencies.length, years: named(years.join('、'), years.join(', ')) })),
    textLine(msg('help.what')),
    textLine(msg('help.examples')),
    ...examples.map((q) => item(q)),
    textLine(msg('help.follow_up')),
    textLine(msg('help.commands')),
    ...COMMANDS.map((c) => item(msg(`help.command.${c}`))),
  ], { options: examples.map((q) => ({ label: q, question: q })) });
}

/** not_understood: a short reply saying what can be asked, with two example questions. */
export function answerOutOfScope(lex: Lexicon, source: FactSource, memo: Memo): Outcome {
  const examples = exampleQuestions(lex, source, memo);
  return makeOutcome('not_understood', [
    textLine(msg('out_of_scope.intro')),
    ...examples.map((q) => item(q)),
    textLine(msg('out_of_scope.help')),
  ], { options: examples.map((q) => ({ label: q, question: q })) });
}
