import { describe, expect, it } from 'vitest';
import { cleanPhone, cleanText, emailsIn, httpUrl, registrableDomain } from './clean';
import { nameFromTitle } from './company';

describe('hygiene', () => {
  it.each([
    ['+86 10 1234 5678', '+86 10 1234 5678'],
    ['400-800-8888', '400-800-8888'],
    ['(021) 5555-1234', '(021) 5555-1234'],
    ['（０２１）５５５５－１２３４', '(021) 5555-1234'],
    ['tel:%2B44%2020%207946%200001', '+44 20 7946 0001'],
    ['+1.519.555.0177', '+1-519-555-0177'],
    ['010 — 1234 — 5678', '010-1234-5678'],
    ['(021 5555-1234', '021 5555-1234'],
    ['12345', ''],
    ['1'.repeat(200), ''],
    ['javascript:alert(1)', ''],
    ['0512-6888 6666 ext', '0512-6888 6666'],
    ['86+10 1234 5678', ''],
  ])('phone %s → %s', (raw, expected) => {
    expect(cleanPhone(raw)).toBe(expected);
  });

  it.each([
    ['https://www.Acme.com/about', 'acme.com'],
    ['https://shop.acme.com', 'acme.com'],
    ['https://en.jnzhiyun.com.cn/x', 'jnzhiyun.com.cn'],
    ['https://www.acme.sh.cn/', 'acme.sh.cn'],
    ['https://acme.co.uk', 'acme.co.uk'],
    ['https://acme.github.io/site', 'acme.github.io'],
    ['http://192.168.1.10:8080/', '192.168.1.10'],
    ['https://例子.中国/', 'xn--fsqu00a.xn--fiqs8s'],
  ])('domain of %s → %s', (url, expected) => {
    expect(registrableDomain(url)).toBe(expected);
  });

  it.each([
    ['About us | Acme Logistics', 'Acme Logistics'],
    ['Northwind Freight — Contract logistics across North America', 'Northwind Freight'],
    ['联系我们-江南智运物流有限公司', '江南智运物流有限公司'],
    ['首页_江南智运', '江南智运'],
    ['Acme Co-op', 'Acme Co-op'],
  ])('name from title %s → %s', (title, expected) => {
    expect(nameFromTitle(title)).toBe(expected);
  });

  it('makes text plain: no tags, scripts, control or bidi characters', () => {
    expect(cleanText('<script>alert(1)</script>Acme\u202e Corp\u0007 &amp; <b>Co</b>\u200b', 100)).toBe(
      'Acme Corp & Co',
    );
    expect(cleanText('&lt;img src=x onerror=alert(1)&gt;Hi', 100)).toBe('Hi');
    expect(cleanText('a < b > c', 100)).toBe('a < b > c');
    expect(cleanText('x'.repeat(50), 10)).toBe('x'.repeat(10));
    expect(cleanText({ toString: () => 'no' }, 10)).toBe('');
  });

  it.each([
    ['javascript:alert(1)', ''],
    [' JaVaScRiPt:alert(1)', ''],
    ['java\tscript:alert(1)', ''],
    ['data:text/html,<b>', ''],
    ['vbscript:msgbox', ''],
    ['/logo.png', 'https://www.acme.example/logo.png'],
    ['//cdn.example/x.png', 'https://cdn.example/x.png'],
    ['https://user:pw@acme.example/', 'https://acme.example/'],
  ])('URL %s → %s', (raw, expected) => {
    expect(httpUrl(raw, 'https://www.acme.example/about')).toBe(expected);
  });

  it('finds addresses in text by their @, lower-case and valid only', () => {
    expect(emailsIn('Write to Info@Acme.example, or <x>@y.example; logo@2x.png; a@b')).toEqual([
      'info@acme.example',
    ]);
  });
});
