import { pathToFileURL } from 'node:url';
import { createEngine } from '../answer/create-engine.ts';
import { runBotFromEnv } from './telegram/run-bot-from-env.ts';
import { loadSource } from '../ingest/load/load-source.ts';
import { runTerminalChat } from './cli/terminal-chat.ts';

export type StartMode = { kind: 'terminal' } | { kind: 'telegram'; token: string };

/** Telegram when BOT_TOKEN is set, otherwise a chat in the terminal. */
export function startMode(env: NodeJS.ProcessEnv): StartMode {
  const token = env.BOT_TOKEN?.trim();
  return token ? { kind: 'telegram', token } : { kind: 'terminal' };
}

async function main(): Promise<number> {
  const mode = startMode(process.env);
  // A retry timer of a reply abandoned at shutdown must not keep the process alive: exit outright.
  if (mode.kind === 'telegram') process.exit(await runBotFromEnv(process.env));
  const loaded = await loadSource();
  try {
    process.stdout.write('张店区政府信息公开年报问答（终端模式）。输入问题，exit 退出。\n');
    process.stdout.write('要连接 Telegram：设置环境变量 BOT_TOKEN（BotFather 给出的令牌）后再运行 npm start。\n\n');
    await runTerminalChat(createEngine({ source: loaded.source, contexts: loaded.contexts }));
    return 0;
  } finally {
    loaded.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
