import type { InlineKeyboardButton } from 'telegraf/types';
import type { ReportSummary } from '../../model/fact-source.ts';
import type { CallbackStore } from './callback-store.ts';
import type { ReplyOption } from './engine-port.ts';

export type Keyboard = InlineKeyboardButton[][];

const MAX_LABEL = 60;
const clip = (s: string) => ([...s].length > MAX_LABEL ? `${[...s].slice(0, MAX_LABEL - 1).join('')}…` : s);

/** One button per option (labels can be long sentences); one with slot values carries them. */
export function optionButtons(options: ReplyOption[], store: CallbackStore): Keyboard {
  return options.map((o) => [{ text: clip(o.label || o.question), callback_data: store.put({ kind: 'ask', question: o.question, ...(o.slots ? { option: o } : {}) }) }]);
}

/** Example questions as buttons (the label is the question itself). */
export function questionButtons(questions: string[], store: CallbackStore): Keyboard {
  return optionButtons(questions.map((q) => ({ label: q, question: q })), store);
}

export function yearsByAgency(reports: ReportSummary[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const r of [...reports].sort((a, b) => a.agency.localeCompare(b.agency, 'zh') || a.year - b.year)) {
    map.set(r.agency, [...(map.get(r.agency) ?? []), r.year]);
  }
  return map;
}

/** /agencies: one button per agency, labelled with its years. */
export function agencyButtons(reports: ReportSummary[], store: CallbackStore): Keyboard {
  return [...yearsByAgency(reports)].map(([agency, years]) => [
    { text: clip(`${agency}（${years.join('、')}）`), callback_data: store.put({ kind: 'agency', agency }) },
  ]);
}

/** An agency's years, four to a row. */
export function yearButtons(agency: string, years: number[], store: CallbackStore): Keyboard {
  const rows: Keyboard = [];
  for (let i = 0; i < years.length; i += 4) {
    rows.push(years.slice(i, i + 4).map((year) => ({ text: `${year}年`, callback_data: store.put({ kind: 'year', agency, year }) })));
  }
  return rows;
}

/** The question a year button asks: the figures every template report states. */
export function keyFiguresQuestion(agency: string, year: number): string {
  return `${agency}${year}年主动公开信息、收到申请、行政复议、行政诉讼各是多少`;
}
