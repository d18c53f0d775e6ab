import { BotConfigError, loadBotConfig } from './bot-config.ts';
import { runBot } from './run-bot.ts';

/**
 * The bot with its configuration from the environment. Exit code 2: bad configuration; 1: the bot
 * could not run (rejected token, start-up failure); 0: stopped by SIGINT/SIGTERM.
 */
export async function runBotFromEnv(env: Record<string, string | undefined>): Promise<number> {
  try {
    return await runBot(loadBotConfig(env));
  } catch (err) {
    if (!(err instanceof BotConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
}
