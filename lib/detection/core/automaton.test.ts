import { describe, expect, it } from 'vitest';
import { type Automaton, automatonFromData, buildAutomaton } from './automaton';
import { foldText } from './fold';

type Hit = [id: number, start: number, end: number];

function hits(a: Automaton, text: string): Hit[] {
  const out: Hit[] = [];
  a.scan(text, (id, start, end) => out.push([id, start, end]));
  return out;
}

/** Every occurrence of every pattern by indexOf, in the automaton's order: end, then longest first, then id. */
function oracle(patterns: readonly string[], text: string): Hit[] {
  const folded = foldText(text);
  const out: Hit[] = [];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    for (let i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + 1)) out.push([id, i, i + p.length]);
  });
  return out.sort((x, y) => x[2] - y[2] || x[1] - y[1] || x[0] - y[0]);
}

/** Mulberry32: small, seeded, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('buildAutomaton / scan', () => {
  it('finds he, she, his, hers in "ushers"', () => {
    const a = buildAutomaton(['he', 'she', 'his', 'hers']);
    expect(hits(a, 'ushers')).toEqual([
      [1, 1, 4],
      [0, 2, 4],
      [3, 2, 6],
    ]);
  });

  it.each<[string, string[], string, Hit[]]>([
    [
      'overlapping occurrences',
      ['aa'],
      'aaaa',
      [
        [0, 0, 2],
        [0, 1, 3],
        [0, 2, 4],
      ],
    ],
    [
      'a pattern that is a suffix of another',
      ['logistics', 'acme logistics'],
      'acme logistics',
      [
        [1, 0, 14],
        [0, 5, 14],
      ],
    ],
    [
      'a pattern that is a prefix of another',
      ['acme', 'acme.com'],
      'x acme.com',
      [
        [0, 2, 6],
        [1, 2, 10],
      ],
    ],
    [
      'duplicates, each reported',
      ['acme', 'x', 'acme'],
      'acme',
      [
        [0, 0, 4],
        [2, 0, 4],
      ],
    ],
    [
      'CJK patterns',
      ['中国电信', '电信', '江苏分公司'],
      '中国电信江苏分公司',
      [
        [0, 0, 4],
        [1, 2, 4],
        [2, 4, 9],
      ],
    ],
    [
      'branching children deep in the trie',
      ['abc', 'abd', 'abe', 'bd'],
      'abdabe',
      [
        [1, 0, 3],
        [3, 1, 3],
        [2, 3, 6],
      ],
    ],
    ['nothing in unrelated text', ['acme'], 'northwind', []],
  ])('%s', (_name, patterns, text, expected) => {
    expect(hits(buildAutomaton(patterns), text)).toEqual(expected);
  });

  it.each([
    ['ＡＣＭＥ Logistics', [[0, 0, 14]]],
    ['ACME LOGISTICS', [[0, 0, 14]]],
    ['Call ACME\u00a0Logistics today', [[0, 5, 19]]],
    ['中國電信', [[1, 0, 4]]],
    [
      '🚚 中國電信 ＡＣＭＥ Logistics',
      [
        [1, 3, 7],
        [0, 8, 22],
      ],
    ],
  ])('matches through folding in %s, at the original positions', (text, expected) => {
    const a = buildAutomaton(['acme logistics', '中国电信']);
    expect(hits(a, text)).toEqual(expected);
    for (const [id, start, end] of hits(a, text)) {
      expect(foldText(text.slice(start, end))).toBe(['acme logistics', '中国电信'][id]);
    }
  });

  it('folds patterns that were not folded', () => {
    expect(hits(buildAutomaton(['ACME']), 'acme')).toEqual([[0, 0, 4]]);
  });

  it('handles no patterns, empty patterns and empty text', () => {
    expect(hits(buildAutomaton([]), 'anything')).toEqual([]);
    expect(hits(buildAutomaton(['', 'a']), 'ba')).toEqual([[1, 1, 2]]);
    expect(hits(buildAutomaton(['acme']), '')).toEqual([]);
    expect(buildAutomaton(['', 'a']).patternCount).toBe(2);
  });

  it.each([
    // Small alphabets (with chars that fold together, and one the patterns never use), and one
    // big enough that many states have no full ASCII row.
    { rounds: 40, patterns: 200, maxLength: 6, alphabet: 'abcA國国Ｂ', textOnly: '的', minStates: 1 },
    { rounds: 3, patterns: 3000, maxLength: 14, alphabet: 'abcdefgh', textOnly: 'x', minStates: 5000 },
  ])('agrees with an indexOf oracle on random patterns over "$alphabet"', (c) => {
    const rand = prng(20240603);
    const word = (chars: string, max: number) =>
      Array.from(
        { length: 1 + Math.floor(rand() * max) },
        () => chars[Math.floor(rand() * chars.length)],
      ).join('');
    for (let round = 0; round < c.rounds; round++) {
      const patterns = Array.from({ length: Math.ceil(c.patterns * (0.5 + rand() / 2)) }, () =>
        foldText(word(c.alphabet, c.maxLength)),
      );
      const text = word(c.alphabet + c.textOnly, 2000);
      const automaton = buildAutomaton(patterns);
      expect(hits(automaton, text)).toEqual(oracle(patterns, text));
      expect(automaton.stateCount).toBeGreaterThanOrEqual(c.minStates);
    }
  });
});

describe('toData / automatonFromData', () => {
  it('round-trips through structuredClone with identical results', () => {
    const patterns = ['he', 'she', 'his', 'hers', '中国电信', 'acme-logistics.com', 'he'];
    const a = buildAutomaton(patterns);
    const restored = automatonFromData(structuredClone(a.toData()));
    const text = 'ushers at 中國電信 and ACME-Logistics.com; his hers';
    expect(hits(restored, text)).toEqual(hits(a, text));
    // she, he ×2 (duplicate), hers, 中国电信, acme-logistics.com, his, he ×2, hers
    expect(hits(restored, text).length).toBe(10);
    expect(restored.stateCount).toBe(a.stateCount);
    expect(restored.patternCount).toBe(7);
  });

  it('refuses data of another version or shape', () => {
    const data = buildAutomaton(['acme']).toData();
    expect(() => automatonFromData({ ...data, version: 2 as 1 })).toThrow(/version 1/);
    expect(() => automatonFromData({ ...data, fail: new Int32Array(1) })).toThrow();
  });
});
