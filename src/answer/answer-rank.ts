import type { ChatContext, FactSource } from '../model/fact-source.ts';
import { questionAcross, type AcrossQuestion, type AgencyEntry } from './across-agencies.ts';
import { answerFigure } from './answer-figure.ts';
import { factLine, metricNamed, sourceLines, toReplyFact, valueNamed } from './fact-text.ts';
import { makeOutcome, shownItems, type Outcome } from './make-reply.ts';
import { joinedNames, msg, named } from './messages.ts';
import { item, note, textLine } from './reply-block.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import type { Line } from './reply-block.ts';
import type { ReplyFact } from './reply.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';
import type { Memo } from './memo.ts';

// 最少/最低/least/fewest ask for the bottom of the ranking.
const ASCENDING = /最少|最低|最小|least|fewest|lowest/;

function unranked(e: AgencyEntry): Line {
  if (e.facts.length > 1) return item(msg('rank.unranked_several', { agency: e.agency, count: e.facts.length, values: joinedNames(e.facts.map(valueNamed)) }));
  return item(msg('rank.unranked_none', { agency: e.agency }));
}

interface RankBody {
  status: 'answered' | 'not_found';
  /** The reply without the year note; '' marks where the note goes (before the sources). */
  lines: Line[];
  facts: ReplyFact[];
  shownIds: number[];
}

function rankBody(lex: Lexicon, { plan, metric, year, entries }: AcrossQuestion, asc: boolean): RankBody {
  const ranked = entries.flatMap((e) => (e.fact ? [{ agency: e.agency, fact: e.fact }] : [])).sort((a, b) => (asc ? 1 : -1) * (a.fact.value - b.fact.value));
  const name = metricNamed(lex, metric, plan.dims);
  const top = ranked[0]?.fact;
  const max = loadAnswerConfig().maxListLines;
  // The itemised figures of unranked agencies are stated too, so they go in reply.facts with their sources.
  if (!top) {
    const lines = [textLine(msg('rank.none', { year, metric: name })), ...shownItems(entries, max, unranked)];
    return { status: 'not_found', lines, facts: entries.slice(0, max).flatMap((e) => e.facts).map(toReplyFact), shownIds: [] };
  }
  const winners = ranked.filter((e) => e.fact.value === top.value).map((e) => e.agency);
  const best = { year, metric: name, agencies: named(winners.join('、'), winners.join(', ')), value: valueNamed(top), tie: winners.length > 1 ? msg('rank.tie') : '' };
  const unrankedEntries = entries.filter((e) => !e.fact);
  // Only what the reply shows is cited and remembered for 出处: the top of the ranking and the
  // first agencies left out.
  const shown = ranked.slice(0, max).map((e) => e.fact);
  const lines = [
    textLine(asc ? msg('rank.least', best) : msg('rank.most', best)),
    textLine(asc ? msg('rank.head_asc', { count: ranked.length }) : msg('rank.head_desc', { count: ranked.length })),
    ...shownItems(ranked, max, (e, i) => item(msg('agency.figure', { agency: e.agency, text: factLine(lex, e.fact, false) }), 0, `${i + 1}. `)),
    ...shownItems(unrankedEntries, max, unranked),
    '',
    ...sourceLines(shown),
  ];
  const facts = [...shown, ...unrankedEntries.slice(0, max).flatMap((e) => e.facts)].map(toReplyFact);
  return { status: 'answered', lines, facts, shownIds: shown.map((f) => f.id) };
}

/**
 * rank: every agency with a report that year answered like a single question; agencies with one
 * figure are ranked, the others are listed apart (never summed or guessed). The body is kept per
 * ranking (see acrossKey), so asking again costs no more than the reply text.
 */
export function answerRank(lex: Lexicon, source: FactSource, memo: Memo, u: Understanding, ctx: ChatContext | null): Outcome | null {
  const across = questionAcross(lex, source, memo, u, ctx);
  if (!across) return answerFigure(lex, source, u, ctx);
  const asc = ASCENDING.test(u.q);
  const body = memo('rank', `${across.key}${asc ? '↑' : '↓'}`, loadAnswerConfig().acrossCacheSize, () => rankBody(lex, across, asc));
  if (body.status === 'not_found') return makeOutcome('not_found', body.lines, { computed: body.facts });
  const at = body.lines.indexOf('');
  const lines = [...body.lines.slice(0, at), across.note ? note(across.note) : '', ...body.lines.slice(at + 1)];
  const { plan, metric, year } = across;
  return makeOutcome('answered', lines, { computed: body.facts, patch: { years: [year], metric, dims: plan.dims, lastFactIds: body.shownIds, lastQuestion: u.raw } });
}
