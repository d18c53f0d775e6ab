import type { AnswerConfig } from './answer-config.ts';
import { loadMessages, msg, named, type MessageFile, type Msg } from './messages.ts';

/**
 * Value with unit and qualifier the way the report says it: 170余条, 近5000条, 70%以上.
 * The number is printed plainly (no thousands separators) so it reads like the report.
 */
export function formatValue(value: number, unit: string, qualifier: string | null, config: AnswerConfig): string {
  const v = String(value);
  if (!qualifier) return `${v}${unit}`;
  if (config.qualifiers.before.includes(qualifier)) return `${qualifier}${v}${unit}`;
  if (config.qualifiers.after.includes(qualifier)) return `${v}${unit}${qualifier}`;
  return `${v}${qualifier}${unit}`;
}

/**
 * The same in English (messages/en.json units and qualifiers): 170余条 → over 170 items, 5件 → 5.
 * A unit or qualifier the file does not name is kept as the report writes it.
 */
export function formatValueEn(value: number, unit: string, qualifier: string | null, words: Pick<MessageFile, 'units' | 'qualifiers'>): string {
  const v = `${value}${words.units[unit] ?? unit}`;
  if (!qualifier) return v;
  const before = words.qualifiers.before[qualifier];
  if (before !== undefined) return `${before}${v}`;
  const after = words.qualifiers.after[qualifier];
  return after !== undefined ? `${v}${after}` : `${v}${qualifier}`;
}

/**
 * The change from one figure to the next: "增加3件，变化+12.5%" / "up 3, a change of +12.5%"; the
 * relative change is omitted from a zero base.
 */
export function formatChange(from: number, to: number, unit: string): Msg {
  const diff = Math.round((to - from) * 100) / 100;
  if (diff === 0) return msg('compare.unchanged');
  const abs = Math.abs(diff);
  const amount = named(`${abs}${unit}`, formatValueEn(abs, unit, null, loadMessages('en')));
  const pct = from === 0 ? '' : msg('compare.pct', { pct: `${diff > 0 ? '+' : ''}${((diff / from) * 100).toFixed(1)}%` });
  return diff > 0 ? msg('compare.up', { diff: amount, pct }) : msg('compare.down', { diff: amount, pct });
}
