import { runBotFromEnv } from './run-bot-from-env.ts';

// `npx tsx src/interfaces/telegram/main.ts`: what `npm start` does when BOT_TOKEN is set.
// process.exit, not exitCode: a retry timer of a reply abandoned after the grace period must not keep the process alive.
process.exit(await runBotFromEnv(process.env));
