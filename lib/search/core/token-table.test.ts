import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken } from './token-table';

describe('stored token text', () => {
  it.each(['nacme', 'h中国', 'nmüller', 'nłódź', 'x电信', '\u0001odd', 'd😀.cn'])(
    'round-trips %s, one byte per character',
    (token) => {
      const stored = encodeToken(token);
      expect([...stored].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
      expect(decodeToken(stored)).toBe(token);
    },
  );

  it('keeps prefixes: a token starts with a prefix exactly when its encoding does', () => {
    const pairs: [string, string][] = [
      ['h中国电信', 'h中国'],
      ['h中国', 'h中'],
      ['nłódź', 'nłó'],
      ['h中国', 'h国'],
    ];
    for (const [token, prefix] of pairs) {
      expect(encodeToken(token).startsWith(encodeToken(prefix))).toBe(token.startsWith(prefix));
    }
  });
});
