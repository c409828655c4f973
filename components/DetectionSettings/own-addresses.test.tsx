import { describe, expect, it } from 'vitest';
import { joinEntries, parseOwnAddresses, splitEntries } from './own-addresses';

describe('own addresses', () => {
  it.each([
    ['a@b.cn, c@d.com', ['a@b.cn', 'c@d.com']],
    ['a@b.cn，c@d.com、e@f.com；g@h.com', ['a@b.cn', 'c@d.com', 'e@f.com', 'g@h.com']],
    ['a@b.cn\n\n c@d.com \n', ['a@b.cn', 'c@d.com']],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(splitEntries(text)).toEqual(expected);
  });

  it.each([
    ['ACME.cn', 'acme.cn'],
    ['https://www.acme.com/about', 'acme.com'],
    ['@acme-group.com.cn', 'acme-group.com.cn'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
  ])('normalises the domain %s', (typed, stored) => {
    expect(parseOwnAddresses('', typed)).toEqual({ ok: true, value: { emails: [], domains: [stored] } });
  });

  it.each(['localhost', 'acme', 'acme..cn', '-acme.cn', '192.168.0.1x'])('refuses the domain %s', (typed) => {
    expect(parseOwnAddresses('', typed)).toEqual({ ok: false, invalidEmails: [], invalidDomains: [typed] });
  });

  it('lower-cases emails, drops duplicates and names the bad entries as typed', () => {
    expect(parseOwnAddresses('Li.Wei@Acme.cn li.wei@acme.cn', '')).toEqual({
      ok: true,
      value: { emails: ['li.wei@acme.cn'], domains: [] },
    });
    expect(parseOwnAddresses('li@acme.cn, Bad, x@y', 'acme.cn')).toEqual({
      ok: false,
      invalidEmails: ['Bad', 'x@y'],
      invalidDomains: [],
    });
    expect(joinEntries(['a@b.cn', 'c@d.cn'])).toBe('a@b.cn\nc@d.cn');
  });
});
