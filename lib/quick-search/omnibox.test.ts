import { describe, expect, it } from 'vitest';
import type { QuickResult } from '../model/quick-search';
import { describe as describeResult, escapeXml, highlighted } from './omnibox';

const result: QuickResult = {
  id: 'a1',
  kind: 'account',
  accountId: 'a1',
  title: 'A&B <Logistics> "Ltd"',
  titleHits: [[0, 3]],
  subtitle: "Rep's <b>",
  tier: 'A',
  portfolioQuadrant: 'star',
  reason: 'match',
  fragment: null,
};
const translate = (key: string, subs?: string[]) => `${key}${subs ? `(${subs.join(',')})` : ''}`;

describe('omnibox suggestions', () => {
  it('escape what Chrome would read as XML', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('mark the matched span of the title for Chrome, escaped', () => {
    expect(highlighted(result.title, result.titleHits)).toBe(
      '<match>A&amp;B</match> &lt;Logistics&gt; &quot;Ltd&quot;',
    );
    expect(describeResult(result, { markup: true, translate })).toBe(
      '<match>A&amp;B</match> &lt;Logistics&gt; &quot;Ltd&quot; <dim>Rep&apos;s &lt;b&gt; · quickSearch.tierShort(A) · portfolioQuadrant.star</dim>',
    );
  });

  it('are plain text for Firefox', () => {
    expect(describeResult(result, { markup: false, translate })).toBe(
      `A&B <Logistics> "Ltd" — Rep's <b> · quickSearch.tierShort(A) · portfolioQuadrant.star`,
    );
  });
});
