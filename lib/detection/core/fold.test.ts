import { describe, expect, it } from 'vitest';
import { foldCode, foldTable, foldText } from './fold';
import { T2S_SIMP, T2S_TRAD } from './t2s';

describe('foldText', () => {
  it.each([
    ['ACME Logistics', 'acme logistics'],
    ['ÀÉÎÕÜ Łódź Ǆ', 'àéîõü łódź ǆ'],
    ['ＡＣＭＥ', 'acme'],
    ['ｓａｌｅｓ＠ａｃｍｅ．ｃｏｍ', 'sales@acme.com'],
    ['＠', '@'],
    ['．', '.'],
    ['中国\u3000电信', '中国 电信'],
    ['Acme\u00a0Logistics', 'acme logistics'],
    ['中國電信江蘇分公司', '中国电信江苏分公司'],
    ['滙豐銀行', '汇丰银行'],
    ['匯豐', '汇丰'],
    [
      '國電信蘇鐵銀行雲東廣華業會貿資訊網樂醫院學團發門萬與',
      '国电信苏铁银行云东广华业会贸资讯网乐医院学团发门万与',
    ],
    ['已是简体，中国电信。', '已是简体,中国电信。'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps the length of any text, and leaves surrogate pairs (emoji) untouched', () => {
    const s = '🚚 ＡＣＭＥ 國際物流 😀 İstanbul 𠀋';
    const folded = foldText(s);
    expect(folded.length).toBe(s.length);
    expect(folded).toBe('🚚 acme 国际物流 😀 İstanbul 𠀋');
  });

  it('returns a folded string as it is', () => {
    const s = 'acme-logistics.com';
    expect(foldText(s)).toBe(s);
  });

  it('folds texts longer than one chunk', () => {
    const s = 'ＡＢ國'.repeat(5000);
    expect(foldText(s)).toBe('ab国'.repeat(5000));
  });
});

describe('foldCode', () => {
  it('maps each code unit to one code unit, idempotently, and keeps surrogates', () => {
    const t = foldTable();
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = foldCode(c);
      if (f !== t[c] || f < 0 || f > 0xffff || foldCode(f) !== f) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    for (let c = 0xd800; c <= 0xdfff; c++) expect(foldCode(c)).toBe(c);
  });

  it('leaves values outside the code-unit range alone', () => {
    expect(foldCode(-1)).toBe(-1);
    expect(foldCode(0x1f600)).toBe(0x1f600);
  });

  it('has a traditional → simplified table of one BMP character per side', () => {
    expect(T2S_TRAD.length).toBe(T2S_SIMP.length);
    expect(T2S_TRAD.length).toBeGreaterThan(2500);
    expect(new Set(T2S_TRAD).size).toBe(T2S_TRAD.length);
  });
});
