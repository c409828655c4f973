import { describe, expect, it } from 'vitest';
import { normalizeDomain, normalizeEmail, normalizeList, normalizeWebsite } from './normalize';

describe('normalizeDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['  ACME.com ', 'acme.com'],
    ['https://www.acme-logistics.com/about?x=1', 'acme-logistics.com'],
    ['http://shop.acme.com:8080/', 'shop.acme.com'],
    ['@js-telecom.cn', 'js-telecom.cn'],
    ['acme.com.', 'acme.com'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });
});

it('turns an internationalised domain into punycode', () => {
  expect(normalizeDomain('中国电信.中国')).toMatch(/^xn--[a-z0-9]+\.xn--fiqs8s$/);
});

describe('other normalisers', () => {
  it('lower-cases and trims emails', () => {
    expect(normalizeEmail('  Li.Wei@ACME.com ')).toBe('li.wei@acme.com');
  });
  it('adds https:// to a bare website', () => {
    expect(normalizeWebsite('www.acme.com')).toBe('https://www.acme.com');
    expect(normalizeWebsite('http://acme.com')).toBe('http://acme.com');
    expect(normalizeWebsite(' ')).toBe('');
  });
  it('de-duplicates lists case-insensitively, keeping the first spelling', () => {
    expect(normalizeList([' Acme ', 'ACME', '', 'Acme Corp'])).toEqual(['Acme', 'Acme Corp']);
  });
});
