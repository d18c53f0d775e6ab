const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 九十九 → 1 … 99 (section numbers); NaN for anything else. */
export function chineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return NaN;
  const tens = text.indexOf('十');
  if (tens < 0) return text.length === 1 ? (DIGITS[text] ?? NaN) : NaN;
  const before = text.slice(0, tens);
  const after = text.slice(tens + 1);
  const t = before === '' ? 1 : (DIGITS[before] ?? NaN);
  const u = after === '' ? 0 : (DIGITS[after] ?? NaN);
  return t * 10 + u;
}
