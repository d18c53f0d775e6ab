import type { BotDeps, Turn } from './bot-deps.ts';
import type { Reply, ReplyOption } from './engine-port.ts';
import { formatPlain, formatReply } from './format-reply.ts';
import { optionButtons, type Keyboard } from './keyboards.ts';
import { sendHtml } from './send-html.ts';

/** Sends plain text of the bot's own (escaped like everything else). */
export async function sendText(turn: Turn, text: string, keyboard?: Keyboard): Promise<void> {
  await sendHtml(turn.telegram, turn.chatId, formatPlain(text), { ...(keyboard ? { keyboard } : {}), ...(turn.replyTo ? { replyTo: turn.replyTo } : {}) });
}

/**
 * Whether this user may ask now. Past the limit the first refusal is explained, later ones are
 * dropped without a word until the window has room again.
 */
export async function admit(deps: BotDeps, turn: Turn): Promise<boolean> {
  const verdict = deps.limiter.check(String(turn.userId));
  if (verdict === 'ok') return true;
  turn.log.status = verdict;
  if (verdict === 'limited_notify') await sendText(turn, turn.texts.rateLimited(deps.limiter.retryInSeconds(String(turn.userId))));
  return false;
}

/** A question over MAX_QUESTION_CHARS is cut (by characters, never inside a surrogate pair). */
export function cutQuestion(question: string, max: number): { text: string; cut: boolean } {
  const chars = [...question];
  return chars.length <= max ? { text: question, cut: false } : { text: chars.slice(0, max).join(''), cut: true };
}

/** "typing…" while the engine works; purely cosmetic, so a failure is only logged. */
export async function showTyping(deps: BotDeps, turn: Turn): Promise<void> {
  await turn.telegram.sendChatAction(turn.chatId, 'typing').catch((err: unknown) => deps.log.debug({ err }, 'sendChatAction failed'));
}

/** Buttons in order, each action once (the callback store gives equal actions equal data). */
export function distinctRows(rows: Keyboard): Keyboard {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The buttons under a reply: by default its options, each asking the option's question. */
export type ButtonsFor = (reply: Reply, options: Keyboard) => Keyboard;

export interface AnswerOptions {
  buttons?: ButtonsFor;
  /** The question is the bot's own (a button's), not typed: exempt from MAX_QUESTION_CHARS. */
  ours?: boolean;
  /** The button's option: answered from its slot values, not by reading the question again. */
  option?: ReplyOption;
}

/**
 * Asks the engine (with the chat as context key) and sends its reply: escaped HTML, split when
 * long, with the buttons `buttons` makes from the reply (its options unless told otherwise).
 */
export async function answer(deps: BotDeps, turn: Turn, question: string, options: AnswerOptions = {}): Promise<void> {
  if (!(await admit(deps, turn))) return;
  const buttons = options.buttons ?? ((_reply, optionRows) => optionRows);
  const { text, cut } = options.ours ? { text: question, cut: false } : cutQuestion(question, deps.config.maxQuestionChars);
  turn.log.question_chars = question.length;
  await showTyping(deps, turn);
  const reply = options.option ? await deps.engine.choose(options.option, String(turn.chatId)) : await deps.engine.ask(text, String(turn.chatId));
  turn.log.status = reply.status;
  const html = formatReply(reply, cut ? turn.texts.truncated(deps.config.maxQuestionChars) : undefined);
  const keyboard = distinctRows(buttons(reply, optionButtons(reply.options, deps.callbacks)));
  await sendHtml(turn.telegram, turn.chatId, html, { keyboard, ...(turn.replyTo ? { replyTo: turn.replyTo } : {}) });
}
