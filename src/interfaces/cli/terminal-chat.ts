import { createInterface } from 'node:readline';
import type { Engine } from '../../answer/create-engine.ts';
import type { Reply, ReplyOption } from '../../answer/reply.ts';

/** The reply as the terminal shows it: text, then numbered options the user may pick by number. */
export function renderReply(reply: Reply): string {
  const options = reply.options.map((o, i) => `  [${i + 1}] ${o.label}`);
  return [reply.text, ...(options.length ? ['', '可选（输入序号）：', ...options] : [])].join('\n');
}

/**
 * Interactive chat in the terminal with the same engine the Telegram bot will use. Typing an
 * option's number sends that option's question; "exit" or Ctrl-D quits.
 */
export async function runTerminalChat(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const rl = createInterface({ input, output, terminal: false });
  let offered: ReplyOption[] = [];
  output.write('> ');
  for await (const line of rl) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    // A number picks one of the last reply's options: answered from its slots, like a button.
    const picked = /^\d+$/.test(text) ? offered[Number(text) - 1] : undefined;
    if (picked || text) {
      const reply = picked ? engine.choose(picked, 'terminal') : engine.ask(text, 'terminal');
      offered = reply.options;
      output.write(`${renderReply(reply)}\n\n`);
    }
    output.write('> ');
  }
  rl.close();
}
