import type { ChatContext, FactSource } from '../model/fact-source.ts';
import { questionAcross, type AcrossQuestion } from './across-agencies.ts';
import { answerFigure } from './answer-figure.ts';
import { factLine, metricNamed, sourceLines, toReplyFact, valueNamed, valueText } from './fact-text.ts';
import { makeOutcome, shownItems, type Outcome } from './make-reply.ts';
import { joinedNames, msg, type Msg } from './messages.ts';
import { item, note, textLine } from './reply-block.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import type { Line } from './reply-block.ts';
import type { ReplyFact } from './reply.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';
import type { Memo } from './memo.ts';

/** Everything a total reply says except the year note: the same for every question about that sum. */
interface TotalBody {
  status: 'answered' | 'not_found';
  lines: Line[];
  /** The computed sum first, then every fact behind the reply (ready-made: a city sums a thousand). */
  facts: ReplyFact[];
  shownIds: number[];
}

function totalBody(lex: Lexicon, source: FactSource, { plan, metric, year, entries }: AcrossQuestion): TotalBody {
  const parts = entries.flatMap((e) => (e.fact ? [e.fact] : []));
  const unit = lex.metricDefs.get(metric)?.unit ?? parts[0]?.unit ?? '';
  // 7条 and 203件 proposals both count items and add up; 万元 and 元 would not.
  const addable = (u: string) => u === unit || (loadAnswerConfig().countUnits.includes(u) && loadAnswerConfig().countUnits.includes(unit));
  const summed = parts.filter((f) => addable(f.unit));
  const name = metricNamed(lex, metric, plan.dims);
  if (summed.length === 0) return { status: 'not_found', lines: [textLine(msg('total.none', { year, metric: name }))], facts: [], shownIds: [] };
  const total = Math.round(summed.reduce((s, f) => s + f.value, 0) * 100) / 100;
  const approx = summed.some((f) => f.qualifier) ? '约' : '';
  const left = entries.filter((e) => !e.fact || !addable(e.fact.unit));
  const why = (e: (typeof entries)[number]): Msg =>
    e.fact
      ? msg('total.other_unit', { value: valueNamed(e.fact) })
      : e.facts.length > 1
        ? msg('total.no_single', { count: e.facts.length, values: joinedNames(e.facts.map(valueNamed)) })
        : msg('total.no_figure');
  const max = loadAnswerConfig().maxListLines;
  const lines = [
    textLine(msg('total.line', { year, metric: name, total: valueNamed({ value: total, unit, qualifier: approx || null }), count: summed.length })),
    ...shownItems(summed, max, (f) => item(msg('agency.figure', { agency: f.agency, text: factLine(lex, f, false) }))),
    ...shownItems(left, max, (e) => item(msg('total.left_out', { agency: e.agency, why: why(e) }))),
    // With no approximate part this '' is the first one, so the year note goes here, before the caveat.
    approx ? note(msg('total.approx')) : '',
    note(msg('total.caveat')),
  ];
  // The sum is not stated by any report: it is returned as a computed fact whose quote lists its parts.
  const computed: ReplyFact = {
    agency: `${summed.length}个单位合计`,
    year,
    metric,
    label: `${name.zh}（各单位相加）`,
    value: total,
    unit,
    qualifier: approx || null,
    source: { report: summed.map((f) => `《${f.reportTitle}》`).join(''), section: '', quote: summed.map((f) => `${f.agency}${valueText(f)}`).join(' + ') },
  };
  // Every part is behind the sum, so all go in reply.facts; of the agencies left out (itemised, or
  // in another unit) only those the reply lists. 出处 shows the sources of the parts listed.
  const listed = left.slice(0, max).flatMap((e) => (e.fact ? [e.fact] : e.facts));
  return {
    status: 'answered',
    lines: [...lines, '', ...sourceLines(summed.slice(0, max))],
    facts: [computed, ...[...summed, ...listed].map(toReplyFact)],
    shownIds: summed.slice(0, max).map((f) => f.id),
  };
}

/**
 * total_across: the sum over every agency reporting that year, listing each component fact.
 * Only single figures in the same unit are added; approximate components (170余条) make the
 * sum approximate, and agencies without a single figure are listed as left out. The body is kept
 * per sum (see acrossKey): asking again costs no more than the reply text.
 */
export function answerTotal(lex: Lexicon, source: FactSource, memo: Memo, u: Understanding, ctx: ChatContext | null): Outcome | null {
  const across = questionAcross(lex, source, memo, u, ctx);
  if (!across) return answerFigure(lex, source, u, ctx);
  const body = memo('total', across.key, loadAnswerConfig().acrossCacheSize, () => totalBody(lex, source, across));
  if (body.status === 'not_found') return makeOutcome('not_found', body.lines);
  // The year note goes after the body's remarks and before its sources (the '' in the body).
  const at = body.lines.indexOf('');
  const lines = [...body.lines.slice(0, at), across.note ? note(across.note) : '', ...body.lines.slice(at + 1)];
  const { plan, metric, year } = across;
  return makeOutcome('answered', lines, { computed: body.facts, patch: { years: [year], metric, dims: plan.dims, lastFactIds: body.shownIds, lastQuestion: u.raw } });
}
