import fc from 'fast-check';

/** Real questions, mutated by the fuzzer (characters inserted, deleted, replaced). */
export const SEED_QUESTIONS = [
  '科技局2018年收到多少申请',
  '区政府2017年和2018年收到申请对比',
  '哪个单位2018年收到申请最多',
  '科技局2018年主动公开了多少条信息',
  '那2017年呢？',
  '来源？',
  '区政府办2023年行政复议多少件',
  '所有单位2018年申请合计多少',
];

/** Hostile fragments: injection, format strings, absurd years, markup, invisible and RTL characters. */
export const FRAGMENTS = [
  "'; DROP TABLE facts;--", '%s%n{0}', '${process.exit()}', '\u0000', '\u200b', '\u200d', '\ufeff', '\u202e', '\u2066',
  'مرحبا بالعالم', 'שלום', '99999999999999999999年', '0年', '-1年', '1e309年', 'NaN年', '２０１８年', '二〇一八年',
  '<b>', '</i>', '<a href="x">', '&amp;', '&', '<', '>', '"', '\\', '\n', '\r\n', '\t', '🙂', '👨‍👩‍👧', '🇨🇳',
  '年', '件', '%', '多少', '科技局', '区政府', '机关事务服务中心', '2018', '2023', 'ｓｅｌｅｃｔ', '/reload', '@bot',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...SEED_QUESTIONS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, control), maxLength: 4 }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map((n) => `${n}年`) },
);

/** A seed question with up to six single-character edits. */
const mutated = fc
  .tuple(fc.constantFrom(...SEED_QUESTIONS), fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...FRAGMENTS, '0', '9', '年', '局')), { maxLength: 6 }))
  .map(([seed, edits]) => {
    let chars = [...seed];
    for (const [at, op, text] of edits) {
      const i = chars.length ? at % chars.length : 0;
      if (op === 'insert') chars = [...chars.slice(0, i), text, ...chars.slice(i)];
      else if (op === 'delete') chars = [...chars.slice(0, i), ...chars.slice(i + 1)];
      else chars = [...chars.slice(0, i), text, ...chars.slice(i + 1)];
    }
    return chars.join('');
  });

/** A very long message (up to 10,000 characters) built by repeating a piece. */
const huge = fc.tuple(piece, fc.integer({ min: 1000, max: 10_000 })).map(([p, n]) => (p || 'x').repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n));

/** Every kind of question the fuzz tests throw at the engine. */
export const questionArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: huge },
);
