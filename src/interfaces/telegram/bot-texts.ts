import type { IngestSummary } from '../../ingest/load/ingest-folder.ts';

/** The bot's own words (everything else the user reads comes from the engine). */
export interface BotTexts {
  rateLimited(seconds: number): string;
  buttonExpired: string;
  adminOnly: string;
  nonText(example: string): string;
  truncated(max: number): string;
  failed: string;
  unknownCommand(command: string): string;
  askUsage(example: string): string;
  chooseYear(agency: string): string;
  examplesTitle: string;
  reloaded(s: IngestSummary): string;
  reloadFailed: string;
}

const zh: BotTexts = {
  rateLimited: (s) => `提问有点太快了，请约 ${s} 秒后再问。`,
  buttonExpired: '这个按钮已过期，请重新提问。',
  adminOnly: '这个命令只有管理员可以使用。',
  nonText: (ex) => `我只能读文字提问，例如：${ex}`,
  truncated: (max) => `问题太长，只读取了前 ${max} 个字。`,
  failed: '抱歉，处理这条消息时出错了，请稍后再试。',
  unknownCommand: (c) => `没有 /${c} 这个命令。可用的命令见 /help。`,
  askUsage: (ex) => `用法：/ask 问题，例如：/ask ${ex}`,
  chooseYear: (a) => `${a}：请选择年份`,
  examplesTitle: '可以试试这些问题：',
  reloaded: (s) =>
    `已重新载入 data/reports：新载入 ${s.loaded.length} 份，未变 ${s.unchanged.length} 份，失败 ${s.failed.length} 份，移除 ${s.removed.length} 份。` +
    `\n现有报告 ${s.reports} 份、章节 ${s.sections} 个、数据 ${s.facts} 条、核对问题 ${s.problems} 条。` +
    (s.failed.length ? `\n失败的文件：${s.failed.map((f) => f.file).join('、')}` : ''),
  reloadFailed: '重新载入失败，仍在使用原来的数据。详情见日志。',
};

const en: BotTexts = {
  rateLimited: (s) => `That is a lot of questions at once. Please ask again in about ${s} s.`,
  buttonExpired: 'This button has expired, please ask again.',
  adminOnly: 'Only an administrator can use this command.',
  nonText: (ex) => `I can only read text questions, for example: ${ex}`,
  truncated: (max) => `Your question was too long; I read only its first ${max} characters.`,
  failed: 'Sorry, something went wrong with that message. Please try again later.',
  unknownCommand: (c) => `There is no /${c} command. See /help for what I can do.`,
  askUsage: (ex) => `Usage: /ask question, e.g. /ask ${ex}`,
  chooseYear: (a) => `${a}: choose a year`,
  examplesTitle: 'Try one of these:',
  reloaded: (s) =>
    `Reloaded data/reports: ${s.loaded.length} loaded, ${s.unchanged.length} unchanged, ${s.failed.length} failed, ${s.removed.length} removed.` +
    `\nThe store holds ${s.reports} reports, ${s.sections} sections, ${s.facts} figures, ${s.problems} problems.` +
    (s.failed.length ? `\nFailed: ${s.failed.map((f) => f.file).join(', ')}` : ''),
  reloadFailed: 'Reload failed; still answering from the previous data. See the log.',
};

/** Chinese unless the user's Telegram app is set to English. */
export function textsFor(languageCode: string | undefined): BotTexts {
  return languageCode?.toLowerCase().startsWith('en') ? en : zh;
}
