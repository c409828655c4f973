import { describe, expect, it } from 'vitest';
import { buildDemoDataset, DEMO_SEEDS } from '../../demo/core';
import { presentResult } from './present';
import { SearchIndex } from './search-index';
import { docsOf } from './test-data';

let n = 0;
const demo = buildDemoDataset(DEMO_SEEDS, new Date('2025-06-01T08:00:00Z'), () => `demo-${n++}`);
const index = SearchIndex.build(docsOf(demo.accounts, demo.contacts, demo.notes));
const top = (query: string) => presentResult(index.search(query)[0]!, query);
const marked = (text: string, hits: [number, number][]) =>
  hits.reduceRight((s, [a, b]) => `${s.slice(0, a)}[${s.slice(a, b)}]${s.slice(b)}`, text);

describe('presentResult', () => {
  it.each([
    ['acme', 'Acme Logistics', '[Acme] Logistics'],
    ['ＡＣＭＥ logi', 'Acme Logistics', '[Acme] [Logi]stics'],
    ['周建国', '周建国', '[周建国]'],
  ])('highlights what was typed in the title: %s', (query, title, expected) => {
    const r = top(query);
    expect(r.title).toBe(title);
    expect(marked(r.title, r.titleHits)).toBe(expected);
    expect(r.fragment).toBeNull();
  });

  it('shows pinyin matches on the Chinese characters they read', () => {
    const r = top('jiangcheng');
    expect(r.title).toBe('江澄农村商业银行股份有限公司');
    expect(marked(r.title, r.titleHits)).toBe('[江澄]农村商业银行股份有限公司');
    const initials = top('jcnsh');
    expect(initials.fragment && marked(initials.fragment.text, initials.fragment.hits)).toBe('[江澄农商行]');
  });

  it('shows an address, a phone or a note as the fragment that matched, with badges', () => {
    const email = top('marcus.grant@acme');
    expect(email.kind).toBe('contact');
    expect(email.fragment && marked(email.fragment.text, email.fragment.hits)).toBe(
      '[marcus.grant@acme]-logistics.com',
    );
    expect(email.tier).toMatch(/^[ABC]$/);
    expect(email.portfolioQuadrant).not.toBeNull();
    const phone = top('13905182201');
    expect(phone.fragment?.hits).toHaveLength(1);
    const note = top('MSA amendment');
    expect(note.kind).toBe('note');
    // A note's title is its first line: the words are highlighted there.
    expect(marked(note.title, note.titleHits)).toContain('[MSA] [amendment]');
  });

  it('marks the closest span of a typo', () => {
    const r = top('acme logstics');
    expect(r.title).toBe('Acme Logistics');
    expect(r.titleHits[0]).toEqual([0, 4]);
  });
});
