import { describe, expect, it } from 'vitest';
import { coreParts, partsAgree } from '../../src/nlu/agency-parts.ts';
import { loadAgencyRules } from '../../src/nlu/agency-rules.ts';

const rules = loadAgencyRules();
const words = { types: [...new Set(rules.mention.suffixes.map((s) => s.text))].sort((a, b) => b.length - a.length), genericBodies: rules.genericAliases };
const min = { minFieldScore: 0.6, minBranchScore: 0.6 };
const parts = (core: string) => coreParts(core, words);

describe('agency core parts', () => {
  it.each([
    // core, places, type, branch, field
    ['某庄市生态环境局高新区分局', ['某庄市'], '分局', '高新区', '生态环境'],
    ['公安局张店分局', [], '分局', '张店', '公安'],
    ['公安局交警大队', [], '大队', '交警', '公安'],
    ['人民政府办公厅', [], '厅', '', ''], // generic: 山东省人民政府办公厅 is told apart by its place
    ['人民政府办公室', [], '办公室', '', '人民政府'],
    ['和平街道办事处', [], '办事处', '', '和平街道'],
    ['丙丁区市政工程管理处', ['丙丁区'], '处', '', '市政工程管理'],
    ['某山风景名胜区管理委员会', ['某山风景名胜区'], '委员会', '', ''],
  ])('%s', (core, places, type, branch, field) => {
    const p = parts(core);
    expect({ places: p.places.map((x) => x.name), type: p.type, branch: p.branch, field: p.field }).toEqual({ places, type, branch, field });
  });

  it('needs the field to agree however much else is shared', () => {
    expect(partsAgree(parts('某庄市公安局高新区分局'), parts('某庄市环保局高新区分局'), min)).toBe(false);
    expect(partsAgree(parts('某庄市生太环境局高新区分局'), parts('某庄市生态环境局高新区分局'), min)).toBe(true);
  });

  it('needs the branch to agree', () => {
    expect(partsAgree(parts('公安局淄川分局'), parts('公安局张店分局'), min)).toBe(false);
    expect(partsAgree(parts('公安局张店区分局'), parts('公安局张店分局'), min)).toBe(true);
  });

  it('compares field and branch together when only one side has a branch', () => {
    expect(partsAgree(parts('公安张店分局'), parts('公安局张店分局'), min)).toBe(true);
  });
});
