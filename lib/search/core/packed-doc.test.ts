import { describe, expect, it } from 'vitest';
import type { SearchDoc } from './fields';
import { packDoc, unpackDoc } from './packed-doc';

const contact: SearchDoc = {
  id: 'c1',
  type: 'contact',
  accountId: 'a1',
  title: '单丽',
  subtitle: '采购经理 · 中国电信',
  names: ['单丽'],
  pinyin: [{ full: 'shanli', initials: 'sl', syllables: ['shan', 'li'] }],
  domains: [],
  emails: ['shan.li@chinatelecom.cn'],
  phones: ['8613912345678'],
  words: '',
  tier: 'A',
  portfolioQuadrant: 'star',
};

describe('packed search records', () => {
  it.each([
    ['a contact', contact],
    [
      'an account without badges',
      {
        ...contact,
        id: 'a1',
        type: 'account',
        accountId: 'a1',
        tier: undefined,
        portfolioQuadrant: undefined,
      },
    ],
    [
      'a note',
      {
        ...contact,
        id: 'n1',
        type: 'note',
        names: [],
        pinyin: [],
        emails: [],
        phones: [],
        words: 'MSA 修订稿',
      },
    ],
    [
      'a reading that does not follow from its syllables',
      { ...contact, pinyin: [{ full: 'x', initials: 'y', syllables: [] }] },
    ],
  ] as [string, SearchDoc][])('round-trips %s', (_, doc) => {
    expect(unpackDoc(packDoc(doc))).toEqual(doc);
  });

  it('is much smaller than the record as JSON', () => {
    expect(packDoc(contact).length).toBeLessThan(JSON.stringify(contact).length * 0.6);
  });
});
