import type { Fact, Problem } from '../model/fact.ts';
import { describeFact, problemAt, type FactContext } from './fact-context.ts';
import { isChangeLabel } from './change-figures.ts';
import type { Figure } from './find-figures.ts';

/** One paragraph's figures with the facts made from them (same index). */
export interface ParagraphFigures {
  start: number;
  figures: Figure[];
  facts: Fact[];
}

const TOTAL_LABEL = /总数|总计|共计|合计/;
const SOME_TOTAL = /共|收到|累计|总/;
const ITEMS_START = /^[，,。；;]?(其中)[，,]?/;
const NOT_AN_ITEM = /^(内容)?(涉及|包括|含|主要包括)/;
const NEW_GROUP = /[\u4e00-\u9fff]{2,8}中$/;
// "余/多" mean "more than": items may add up to the stated figure or a little over it.
const MORE_THAN = new Set(['余', '多', '以上', '超过', '逾', '突破']);

function insideParens(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

function isPercentOf(figures: Figure[], i: number): boolean {
  const next = figures[i + 1];
  return next !== undefined && next.unit === '%' && /^占/.test(next.label);
}

/** Items after "其中" that should add up to the figure just before it. */
function itemsAfter(ctx: FactContext, p: ParagraphFigures, i: number): number[] {
  const total = p.figures[i];
  if (!total) return [];
  const gap = ctx.text.slice(total.end, total.end + 4);
  if (!ITEMS_START.test(gap)) return [];
  const items: number[] = [];
  for (let j = i + 1; j < p.figures.length; j++) {
    const f = p.figures[j];
    if (!f || ctx.text.slice(total.end, f.start).includes('。')) break;
    const clauseHead = ctx.text.slice(f.start - f.clause.length, f.start);
    if (NEW_GROUP.test(ctx.text.slice(Math.max(total.end, f.start - f.clause.length - 10), f.start - f.clause.length - 1))) break;
    // A change on last year ("比去年减少5件") is not one of the items.
    if (f.unit === '%' || NOT_AN_ITEM.test(clauseHead) || isChangeLabel(f.label) || insideParens(ctx.text, total.end, f.start)) continue;
    if (f.unit !== total.unit) break;
    // Past a "；" only a parallel item continues the list ("…类建议共11件；…类建议共28件").
    const firstItem = p.figures[items[0] ?? -1];
    const crossed = /[；;]/.test(ctx.text.slice(p.figures[items.at(-1) ?? i]?.end ?? total.end, f.start));
    if (crossed && firstItem && firstItem.label.at(-1) !== f.label.at(-1)) break;
    items.push(j);
  }
  return items;
}

function checkItemised(ctx: FactContext, p: ParagraphFigures): Problem[] {
  const problems: Problem[] = [];
  p.figures.forEach((total, i) => {
    const items = itemsAfter(ctx, p, i);
    if (items.length < 2) return;
    const sum = items.reduce((s, j) => s + (p.figures[j]?.value ?? 0), 0);
    const more = total.qualifier !== null && MORE_THAN.has(total.qualifier);
    const ok = more ? sum >= total.value && sum < total.value * 1.2 : Math.abs(sum - total.value) < 1e-9;
    const approx = total.qualifier !== null && !more;
    if (ok || approx || sum < total.value * 0.5) return; // far below the total: a partial list, not a breakdown
    const facts = [i, ...items].map((j) => p.facts[j]).filter((f): f is Fact => f !== undefined).map(describeFact);
    problems.push(problemAt(ctx, 'itemised_sum', total.start,
      `"${total.label}${total.value}${total.qualifier ?? ''}${total.unit}" is broken down into ${items.length} items that add up to ${sum}`, facts));
  });
  return problems;
}

/** The total a "占总数的X%" share refers to: the nearest earlier total with the same unit. */
function shareBase(p: ParagraphFigures, i: number, unit: string): Figure | undefined {
  const before = p.figures.slice(0, i).filter((f, k) => f.unit === unit && !isPercentOf(p.figures, k));
  return [...before].reverse().find((f) => TOTAL_LABEL.test(f.label)) ?? [...before].reverse().find((f) => SOME_TOTAL.test(f.label));
}

function shareMatches(stated: number, item: number, total: number): boolean {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  const exact = (item / total) * 100;
  const step = 10 ** -decimals;
  const rounded = Math.round(exact / step) * step;
  const floored = Math.floor(exact / step + 1e-9) * step;
  return Math.abs(rounded - stated) < step / 10 || Math.abs(floored - stated) < step / 10;
}

function checkShares(ctx: FactContext, p: ParagraphFigures): Problem[] {
  const problems: Problem[] = [];
  p.figures.forEach((share, i) => {
    if (share.unit !== '%' || !/^占/.test(share.label)) return;
    // The item is the last figure before the share that is not inside a parenthetical aside.
    const k = p.figures.slice(0, i).findLastIndex((f) => !insideParens(ctx.text, f.sentenceStart, f.start));
    const item = p.figures[k];
    if (!item || item.unit === '%') return;
    const base = shareBase(p, k, item.unit);
    if (!base || base.value === 0 || shareMatches(share.value, item.value, base.value)) return;
    const exact = ((item.value / base.value) * 100).toFixed(2);
    problems.push(problemAt(ctx, 'percentage_mismatch', share.start,
      `"${item.label}${item.value}${item.unit}" is stated as ${share.value}% of ${base.value}${base.unit}, but ${item.value}/${base.value} = ${exact}%`,
      [p.facts[k], p.facts[i], p.facts[p.figures.indexOf(base)]].filter((f): f is Fact => f !== undefined).map(describeFact)));
  });
  return problems;
}

/** Items listed before "共计 N" in one sentence should add up to N. */
function checkRunningTotals(ctx: FactContext, p: ParagraphFigures): Problem[] {
  const problems: Problem[] = [];
  p.figures.forEach((total, i) => {
    if (!/^(共计|合计|总计)/.test(total.label)) return;
    const items = p.figures.slice(0, i).filter((f) => f.sentenceStart === total.sentenceStart && f.unit === total.unit && !insideParens(ctx.text, f.sentenceStart, f.start));
    if (items.length < 2) return;
    const sum = items.reduce((s, f) => s + f.value, 0);
    if (sum === total.value) return;
    problems.push(problemAt(ctx, 'itemised_sum', total.start, `${items.map((f) => f.value).join(' + ')} = ${sum}, but the sentence says ${total.label}${total.value}${total.unit}`));
  });
  return problems;
}

export function checkParagraph(ctx: FactContext, p: ParagraphFigures): Problem[] {
  return [...checkItemised(ctx, p), ...checkShares(ctx, p), ...checkRunningTotals(ctx, p)];
}
