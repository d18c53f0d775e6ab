import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';

export const MENU_ZH: BotCommand[] = [
  { command: 'start', description: '开始使用' },
  { command: 'help', description: '能回答什么，示例问题' },
  { command: 'agencies', description: '收录的单位及年份' },
  { command: 'years', description: '可查询的年份' },
  { command: 'ask', description: '提问（群聊里用）' },
  { command: 'source', description: '上一个回答的出处' },
  { command: 'problems', description: '报告核对发现的问题：/problems 单位 年份' },
];

export const MENU_EN: BotCommand[] = [
  { command: 'start', description: 'Start' },
  { command: 'help', description: 'What I can answer, example questions' },
  { command: 'agencies', description: 'Agencies and their report years' },
  { command: 'years', description: 'Years with reports' },
  { command: 'ask', description: 'Ask a question (in groups)' },
  { command: 'source', description: 'Source of the last answer' },
  { command: 'problems', description: 'Consistency findings: /problems agency year' },
];

const RELOAD: BotCommand = { command: 'reload', description: '重新载入报告（管理员）' };

/**
 * Registers the command menu: Chinese for everyone, English for English-language clients, and
 * /reload added in each admin's private chat only. A menu that fails to register is logged and
 * skipped: the bot still answers typed commands.
 */
export async function registerCommandMenu(telegram: Telegram, adminIds: number[], warn: (msg: string, err: unknown) => void): Promise<void> {
  await telegram.setMyCommands(MENU_ZH);
  await telegram.setMyCommands(MENU_EN, { language_code: 'en' });
  for (const chat_id of adminIds) {
    // Fails with "chat not found" until the admin has opened a chat with the bot; harmless.
    await telegram.setMyCommands([...MENU_ZH, RELOAD], { scope: { type: 'chat', chat_id } }).catch((err: unknown) => warn(`admin menu for ${chat_id} not set`, err));
  }
}
