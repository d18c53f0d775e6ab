import { describe, expect, it } from 'vitest';
import { findPinyinGlosses } from '../../src/text/find-pinyin-glosses.ts';

/** The text with every gloss found cut out. */
function strip(text: string): string {
  let out = '';
  let pos = 0;
  for (const [a, b] of findPinyinGlosses(text)) {
    out += text.slice(pos, a);
    pos = b;
  }
  return out + text.slice(pos);
}

// Invented sentences in the shapes of traditional-character mirror pages.
const stripped: Array<[string, string]> = [
  ['城東區(qū)農業局2015年工作報(bào)告', '城東區農業局2015年工作報告'],
  ['召開(kāi)會(huì)議3次', '召開會議3次'],
  ['文號(hào): 無(wú)文號(hào)', '文號: 無文號'],
  ['全(quán)角括號（fā）也算', '全角括號也算'],
  ['綠(lǜ)化', '綠化'],
  ['一個(gè)雙(shuāng)字', '一個雙字'],
];

// Real parenthesised content that must stay, in a document without glosses.
const kept = [
  '(一)加強領導',
  '《中华人民共和国政府信息公开条例》(以下简称《条例》)',
  '年度报告(2019)',
  '加入交流群(qq群)',
  '下载附件(PDF)',
  '下载附件(pdf)',
  '网址(www.example.gov.cn)',
  '的(de)', // toneless, and no tone-marked gloss elsewhere
  '附件(a)',
  '张店(Zhāngdiàn)', // two syllables, capitalised: a romanised name, not a gloss
];

describe('findPinyinGlosses', () => {
  it.each(stripped)('strips %s', (input, expected) => {
    expect(strip(input)).toBe(expected);
  });

  it.each(kept)('keeps %s', (input) => {
    expect(findPinyinGlosses(input)).toEqual([]);
  });

  it('strips toneless syllables only in a document that shows tone-marked glosses', () => {
    const glossed = '區(qū)委會(huì)開(kāi)展的(de)工作';
    expect(strip(glossed)).toBe('區委會開展的工作');
    expect(strip('开展的(de)工作')).toBe('开展的(de)工作');
  });

  it('strips a tone-marked gloss after mojibake only with evidence', () => {
    expect(strip('區(qū)委會(huì)開(kāi)展?,F(xiàn)將')).toBe('區委會開展?,F將');
    expect(strip('代码F(xiàn)')).toBe('代码F(xiàn)');
  });

  it('never strips a toneless syllable after a non-Han character, nor one after a space', () => {
    const text = '區(qū)委會(huì)開(kāi)展 Q(a) 和 (ma)';
    expect(strip(text)).toBe('區委會開展 Q(a) 和 (ma)');
  });

  it('reads supplementary-plane Han as Han', () => {
    expect(strip('𠀋(jiāng)字')).toBe('𠀋字');
  });

  it('keeps real content in a glossed document', () => {
    const text = '區(qū)委會(huì)開(kāi)展(一)工作(以下簡稱《條例》)(2019)(PDF)(qq群)';
    expect(strip(text)).toBe('區委會開展(一)工作(以下簡稱《條例》)(2019)(PDF)(qq群)');
  });
});
