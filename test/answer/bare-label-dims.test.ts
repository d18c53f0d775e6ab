import { describe, expect, it } from 'vitest';
import { botOver, fact, report } from './fixture-reports.ts';

const OFFICE = '张店区人民政府办公室';
const row = (metric: string, dims: Record<string, string>, value: number) => fact({ metric, dims, value, label: `${metric}（${Object.values(dims).join('·')}）` });

const { engine } = botOver([
  report(OFFICE, 2023, [
    row('applications.received', { applicant: 'other' }, 2),
    row('applications.received', { applicant: 'total' }, 56),
    row('applications.outcome', { applicant: 'other', outcome: 'disclosed' }, 1),
    row('applications.outcome', { applicant: 'total', outcome: 'disclosed' }, 4),
    row('applications.outcome', { applicant: 'total', outcome: 'partial' }, 8),
    row('applications.outcome', { applicant: 'total', outcome: 'other.other' }, 2),
    row('applications.outcome', { applicant: 'total', outcome: 'other.no_correction' }, 1),
    fact({ metric: 'cppcc_proposals.received', value: 20, label: '共提交提案' }),
  ]),
]);

// A bare 其他 names the value so labelled in the one dimension the asked metric is split by, or a row
// of a value already named; standing inside a longer word, or for a metric split by no such
// dimension, it names nothing.
const cases: { q: string; dims: Record<string, string> }[] = [
  { q: '区政府办公室2023年本年新收申请（其他）是多少', dims: { applicant: 'other' } },
  { q: '区政府办公室2023年予以公开的申请中其他的有几件', dims: { outcome: 'disclosed', applicant: 'other' } },
  { q: '区政府办公室2023年其他处理 3.其他（总计）是多少', dims: { outcome: 'other.other' } },
  { q: '区政府办公室2023年其他处理 1.逾期不补正（其他）是多少', dims: { outcome: 'other.no_correction', applicant: 'other' } },
  { q: '区政府办公室2023年部分公开(不计其他情形)有几件', dims: { outcome: 'partial' } },
  { q: '区政府办公室2023年其他类提案有多少', dims: {} },
  { q: '区政府办公室2023年收到申请不计其他是多少', dims: {} },
];

describe('bare dimension labels (其他)', () => {
  it.each(cases)('$q', ({ q, dims }) => {
    expect(engine.explain(q).slots.dims).toEqual(dims);
  });

  it('answers the row, not the table total', () => {
    expect(engine.ask('区政府办公室2023年本年新收申请（其他）是多少').facts.map((f) => Number(f.value))).toEqual([2]);
    expect(engine.ask('区政府办公室2023年其他处理 3.其他（总计）是多少').facts.map((f) => Number(f.value))).toEqual([2]);
  });
});
