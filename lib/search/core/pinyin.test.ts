import { describe, expect, it } from 'vitest';
import { readingsOf, readingsOfNames } from './pinyin';

describe('readingsOf', () => {
  it.each([
    ['单丽', 'person', 'shanli', 'sl'],
    ['曾国强', 'person', 'zengguoqiang', 'zgq'],
    ['解晓明', 'person', 'xiexiaoming', 'xxm'],
    ['区伟', 'person', 'ouwei', 'ow'],
    ['重庆银行', 'company', 'chongqingyinhang', 'cqyh'],
    ['中国电信', 'company', 'zhongguodianxin', 'zgdx'],
    ['中國電信', 'company', 'zhongguodianxin', 'zgdx'],
    ['绿地集团', 'company', 'lvdijituan', 'ldjt'],
  ] as const)('%s (%s) → %s, %s', (text, kind, full, initials) => {
    const r = readingsOf(text, kind);
    expect(r.full).toBe(full);
    expect(r.initials).toBe(initials);
    expect(r.syllables.join('')).toBe(full);
  });

  it('reads surnames only for people', () => {
    expect(readingsOf('单丽', 'company').full).toBe('danli');
    expect(readingsOf('曾经', 'company').syllables[0]).toBe('ceng');
  });

  it('passes Latin words and numbers through, lower-cased, one syllable each', () => {
    expect(readingsOf('ＡＣＭＥ物流 No.1', 'company')).toEqual({
      full: 'acmewuliuno1',
      initials: 'awln1',
      syllables: ['acme', 'wu', 'liu', 'no', '1'],
    });
  });

  it('reads only the names that hold Chinese characters', () => {
    const names = ['中国电信', 'China Telecom', '电信'];
    expect(readingsOfNames(names, 'company').map((r) => r.full)).toEqual(['zhongguodianxin', 'dianxin']);
  });
});
