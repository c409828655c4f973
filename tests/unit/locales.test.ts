import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zh from '../../locales/zh_CN.json';

function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') return { [prefix]: node };
  return Object.entries(node as Record<string, unknown>).reduce<Record<string, string>>(
    (acc, [key, value]) => Object.assign(acc, flatten(value, prefix ? `${prefix}.${key}` : key)),
    {},
  );
}

describe('locales', () => {
  it('English and Simplified Chinese have the same keys', () => {
    expect(Object.keys(flatten(zh)).sort()).toEqual(Object.keys(flatten(en)).sort());
  });

  it('every message is non-empty and uses the same $n substitutions in both languages', () => {
    const zhFlat = flatten(zh);
    for (const [key, message] of Object.entries(flatten(en))) {
      expect(message.trim(), key).not.toBe('');
      const subs = (s: string) => [...s.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();
      expect(subs(zhFlat[key] ?? ''), key).toEqual(subs(message));
    }
  });
});
