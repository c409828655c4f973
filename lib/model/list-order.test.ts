import { describe, expect, it } from 'vitest';
import { listOrder, nameKey } from './list-order';

const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('nameKey', () => {
  it('reads Chinese names by their stored pinyin, syllable by syllable', () => {
    expect(nameKey('中国电信', { syllables: ['zhong', 'guo', 'dian', 'xin'] })).toBe('zhong guo dian xin');
    // A shorter name that is a prefix sorts first; a syllable boundary sorts before a longer syllable.
    const keys = [
      nameKey('西安银行', { syllables: ['xi', 'an', 'yin', 'hang'] }),
      nameKey('先锋', { syllables: ['xian', 'feng'] }),
      nameKey('西安', { syllables: ['xi', 'an'] }),
    ];
    expect(sorted(keys)).toEqual(['xi an', 'xi an yin hang', 'xian feng']);
  });

  it('reads Latin names lower-cased, without accents or punctuation', () => {
    expect(nameKey('Café Crème, Ltd.')).toBe('cafe creme ltd');
    expect(nameKey('ACME')).toBe(nameKey('acme'));
  });

  it('orders numbers by value, inside Latin and Chinese names alike', () => {
    expect(sorted([nameKey('Store 10'), nameKey('Store 2'), nameKey('Store 02b')])).toEqual([
      nameKey('Store 2'),
      nameKey('Store 02b'),
      nameKey('Store 10'),
    ]);
    expect(nameKey('华通12', { syllables: ['hua', 'tong', '12'] })).toBe('hua tong 000000000012');
  });

  it('interleaves Chinese and Latin names by sound, as an address book does', () => {
    const names = ['中国电信', 'Crest', '北京银行', 'Acme'];
    const readings: Record<string, string[]> = {
      中国电信: ['zhong', 'guo', 'dian', 'xin'],
      北京银行: ['bei', 'jing', 'yin', 'hang'],
    };
    const byKey = new Map(names.map((n) => [nameKey(n, { syllables: readings[n] ?? [] }), n]));
    expect(sorted([...byKey.keys()]).map((k) => byKey.get(k))).toEqual([
      'Acme',
      '北京银行',
      'Crest',
      '中国电信',
    ]);
  });

  it('ignores readings for a name without Chinese characters', () => {
    expect(nameKey('Acme', { syllables: ['zzz'] })).toBe('acme');
  });
});

describe('listOrder', () => {
  it('ends every key with the id, so two accounts of one name still have distinct places', () => {
    const a = listOrder('a', 'acme', { tier: 'A', nextContactDate: null }, 'low');
    const b = listOrder('b', 'acme', { tier: 'A', nextContactDate: null }, 'low');
    for (const sort of ['name', 'tier', 'nextContact', 'risk'] as const) expect(a[sort] < b[sort]).toBe(true);
  });

  it('sorts within a tier, a date or a risk level by name, a shorter name first', () => {
    const order = (id: string, key: string) =>
      listOrder(id, key, { tier: 'B', nextContactDate: '2026-12-01' }, 'medium');
    for (const sort of ['tier', 'nextContact', 'risk'] as const)
      expect(order('z', 'xi an')[sort] < order('a', 'xi an yin')[sort]).toBe(true);
  });

  it('puts accounts with no next contact after every date', () => {
    const none = listOrder('a', 'acme', { tier: 'A', nextContactDate: null }, 'low');
    const late = listOrder('b', 'beta', { tier: 'A', nextContactDate: '2999-12-31' }, 'low');
    expect(late.nextContact < none.nextContact).toBe(true);
  });
});
