import type { Message } from 'telegraf/types';
import { answer, sendText } from './answer-question.ts';
import type { BotDeps, Turn } from './bot-deps.ts';
import { exampleQuestions } from './example-questions.ts';
import { readIncoming } from './read-incoming.ts';
import { runCommand } from './run-command.ts';

/** A new message: a command, a question, something the bot cannot read, or not for the bot. */
export async function handleMessage(deps: BotDeps, turn: Turn, message: Message): Promise<void> {
  const incoming = readIncoming(message, deps.me);
  const isPrivate = message.chat.type === 'private';
  if (!incoming) {
    turn.log.kind = 'ignored';
    return;
  }
  turn.log.kind = incoming.kind;
  if (incoming.kind === 'command') return runCommand(deps, turn, incoming, isPrivate);
  if (incoming.kind === 'question') return answer(deps, turn, incoming.text);
  turn.log.status = 'non_text';
  await sendText(turn, turn.texts.nonText(exampleQuestions(deps.engine.source, 1)[0] ?? '/help'));
}
