import type { CallbackQuery } from 'telegraf/types';
import { answer, sendText } from './answer-question.ts';
import type { BotDeps, Turn } from './bot-deps.ts';
import { keyFiguresQuestion, yearButtons, yearsByAgency } from './keyboards.ts';
import { redactError } from './redact-token.ts';

/**
 * A button press. Telegram shows a spinner on the button until answerCallbackQuery, so it is
 * answered on every path: with a notice when the button is unknown or the user is over the
 * limit, empty otherwise, and (in `finally`) even when handling fails.
 */
export async function handleCallback(deps: BotDeps, turn: Turn, query: CallbackQuery): Promise<void> {
  let answered = false;
  // A query Telegram no longer accepts (the bot was down a while) must not stop the answer itself.
  const ack = async (text?: string) => {
    answered = true;
    await turn.telegram.answerCbQuery(query.id, text).catch((err: unknown) => deps.log.warn({ err: redactError(err, deps.config.token) }, 'answerCallbackQuery failed'));
  };
  try {
    turn.log.kind = 'button';
    const action = 'data' in query ? deps.callbacks.get(query.data) : undefined;
    if (!action) {
      turn.log.status = 'expired';
      return await ack(turn.texts.buttonExpired);
    }
    turn.log.command = action.kind;
    await ack();
    if (action.kind === 'ask') return await answer(deps, turn, action.question, { ours: true, ...(action.option ? { option: action.option } : {}) });
    if (action.kind === 'year') return await answer(deps, turn, keyFiguresQuestion(action.agency, action.year), { ours: true });
    const years = yearsByAgency(deps.engine.reports()).get(action.agency) ?? [];
    turn.log.status = 'years';
    await sendText(turn, turn.texts.chooseYear(action.agency), yearButtons(action.agency, years, deps.callbacks));
  } finally {
    if (!answered) await ack();
  }
}
