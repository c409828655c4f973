import { describe, expect, it } from 'vitest';
import { addressesInText, mailtoAddresses, normalizeAddress, roleAtStart } from './email-text';

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

describe('addressesInText, a linear scan', () => {
  it.each([
    ['"Wang, Fang" <wang.fang@x.cn>', [{ email: 'wang.fang@x.cn', name: 'Wang, Fang' }]],
    [
      '发件人：王芳 <wang@x.cn>；抄送：li@y.cn',
      [
        { email: 'wang@x.cn', name: '王芳' },
        { email: 'li@y.cn', name: '' },
      ],
    ],
    ['a@b.cn <c@d.cn>', [{ email: 'c@d.cn', name: 'a@b.cn' }]],
    ['(li@y.cn), <not an address>, <x@y>', [{ email: 'li@y.cn', name: '' }]],
    [
      '<a@b.cn><c@d.cn>',
      [
        { email: 'a@b.cn', name: '' },
        { email: 'c@d.cn', name: '' },
      ],
    ],
    ['mail me: first@x.cn,second@y.cn.', [{ email: 'first@x.cn' }, { email: 'second@y.cn' }]],
    ['@ alone, trailing@ and @leading', []],
  ])('%s', (text, expected) => {
    expect(addressesInText(text)).toMatchObject(expected);
    expect(addressesInText(text)).toHaveLength(expected.length);
  });

  it('keeps the words nearest the address of a name too long to be one', () => {
    const [found] = addressesInText(`${'word '.repeat(10_000)}Li Wei <li.wei@acme.com>`);
    expect(found?.email).toBe('li.wei@acme.com');
    expect(found?.name.length).toBeLessThanOrEqual(200);
    expect(found?.name.endsWith('Li Wei')).toBe(true);
  });

  it('reads a 60,000-character header without an address, and one with thousands', () => {
    expect(addressesInText('x'.repeat(60_000))).toEqual([]);
    expect(addressesInText('Name <a@b.com> '.repeat(4_000))).toHaveLength(4_000);
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
