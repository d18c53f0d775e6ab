import { answer, sendText, showTyping } from './answer-question.ts';
import type { BotDeps, Turn } from './bot-deps.ts';
import type { Reply } from './engine-port.ts';
import { exampleQuestions } from './example-questions.ts';
import { agencyButtons, questionButtons } from './keyboards.ts';
import { redactError } from './redact-token.ts';

export interface CommandCall {
  command: string;
  args: string;
  explicit: boolean;
}

const EXAMPLES = 3;

/** Ours after the engine's own example options, up to three example questions in all. */
function moreExamples(reply: Reply, ours: string[]): string[] {
  const theirs = new Set(reply.options.map((o) => o.question));
  return ours.filter((q) => !theirs.has(q)).slice(0, Math.max(0, EXAMPLES - reply.options.length));
}

const withArgs = (command: string, args: string) => (args ? `${command} ${args}` : command);

async function reload(deps: BotDeps, turn: Turn): Promise<void> {
  if (!deps.config.adminIds.includes(turn.userId)) {
    turn.log.status = 'forbidden';
    return sendText(turn, turn.texts.adminOnly);
  }
  try {
    await showTyping(deps, turn);
    const summary = await deps.engine.reload();
    turn.log.status = 'reloaded';
    deps.log.info({ loaded: summary.loaded.length, failed: summary.failed.length, reports: summary.reports, facts: summary.facts }, 'store reloaded');
    await sendText(turn, turn.texts.reloaded(summary));
  } catch (err) {
    turn.log.status = 'reload_failed';
    deps.log.error({ err: redactError(err, deps.config.token) }, 'reload failed');
    await sendText(turn, turn.texts.reloadFailed);
  }
}

/**
 * Text commands go to the engine as typed (it knows /years, /source, /problems …); the bot adds
 * buttons where they help: example questions under /start and /help, agencies under /agencies.
 * `isPrivate`: a bare unknown /command in a group may be for another bot, so it is ignored there.
 */
export async function runCommand(deps: BotDeps, turn: Turn, call: CommandCall, isPrivate: boolean): Promise<void> {
  turn.log.command = call.command;
  const examples = () => exampleQuestions(deps.engine.source, EXAMPLES);
  switch (call.command) {
    case 'start':
    case 'help':
      return answer(deps, turn, `/${call.command}`, { buttons: (reply, options) => [...options, ...questionButtons(moreExamples(reply, examples()), deps.callbacks)] });
    case 'agencies':
      // Our agency → year → key figures buttons stand in for the engine's agency options.
      return answer(deps, turn, '/agencies', { buttons: () => agencyButtons(deps.engine.reports(), deps.callbacks) });
    case 'years':
    case 'source':
    case 'problems':
      return answer(deps, turn, withArgs(`/${call.command}`, call.args));
    case 'ask':
      return call.args ? answer(deps, turn, call.args) : sendText(turn, turn.texts.askUsage(examples()[0] ?? ''));
    case 'reload':
      return reload(deps, turn);
    default:
      turn.log.status = 'unknown_command';
      if (isPrivate || call.explicit) await sendText(turn, turn.texts.unknownCommand(call.command));
  }
}
