import { describe, expect, it } from 'vitest';
import { addressesInText, mailtoAddresses, normalizeAddress, roleAtStart } from './emails';

describe('normalizeAddress', () => {
  it.each([
    ['Li.Wei@Acme.com', 'li.wei@acme.com'],
    ['  mailto:Li.Wei@acme.com ', 'li.wei@acme.com'],
    ['Li Wei <li.wei@acme.com>', 'li.wei@acme.com'],
    ['<li.wei@acme.com>', 'li.wei@acme.com'],
    ['li.wei@acme.com.', 'li.wei@acme.com'],
    ['"li.wei@acme.com"', 'li.wei@acme.com'],
    // Internationalised local parts are not read (rare; the matcher compares ASCII addresses).
    ['张敏@公司.中国', ''],
    ['wang@公司.中国', 'wang@公司.中国'],
    ['not-an-email', ''],
    ['a@b', ''],
    ['', ''],
    [null, ''],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe('mailtoAddresses', () => {
  it.each([
    ['mailto:Sales@Acme.com', ['sales@acme.com']],
    ['mailto:a@x.com?subject=Hi&cc=c@x.com', ['a@x.com']],
    ['MAILTO:a@x.com,b@y.com;a@x.com', ['a@x.com', 'b@y.com']],
    ['mailto:%22Li%20Wei%22%20%3Cli.wei%40acme.com%3E', ['li.wei@acme.com']],
    ['mailto:%E0%A4%A', []],
    ['mailto:', []],
    ['https://acme.com/contact', []],
  ])('%s', (href, expected) => {
    expect(mailtoAddresses(href)).toEqual(expected);
  });
});

describe('addressesInText', () => {
  it('reads names before bracketed addresses and bare addresses, in order', () => {
    expect(
      addressesInText('To: Zhang Min <Zhang.Min@x.cn>; "徐伟 Desk" <desk@y.com>, bare@z.com'),
    ).toMatchObject([
      { email: 'zhang.min@x.cn', name: 'Zhang Min' },
      { email: 'desk@y.com', name: '徐伟 Desk' },
      { email: 'bare@z.com', name: '' },
    ]);
  });
});

describe('roleAtStart', () => {
  it.each([
    ['From: Olivia Chen', 'from'],
    ['To', 'to'],
    ['Cc: David', 'cc'],
    ['抄　送：', 'cc'],
    ['收件人', 'to'],
    ['Tony Stark', undefined],
    ['Olivia Chen', undefined],
    [null, undefined],
  ])('%s → %s', (label, role) => {
    expect(roleAtStart(label)).toBe(role);
  });
});
