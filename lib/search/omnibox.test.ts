import { describe, expect, it, vi } from 'vitest';
import type { QuickResult } from '../model/quick-search';
import { describe as describeResult, escapeXml, highlighted, registerOmnibox } from './omnibox';

type Listener = (...args: never[]) => void;
// Hoisted with vi.mock: the fake omnibox exists before the module under test imports wxt/browser.
const { listeners, omnibox } = vi.hoisted(() => {
  const listeners: Record<string, Listener> = {};
  const event = (name: string) => ({ addListener: (l: Listener) => (listeners[name] = l) });
  const omnibox = {
    setDefaultSuggestion: async () => {},
    onInputStarted: event('started'),
    onInputChanged: event('changed'),
    onInputEntered: event('entered'),
  };
  return { listeners, omnibox };
});
vi.mock('wxt/browser', () => ({ browser: { omnibox } }));

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

describe('the omnibox keyword', () => {
  it('suggests from the index, and Enter opens the chosen client or the best for what was typed', async () => {
    const results = [
      { ...result, id: 'c1', kind: 'contact', accountId: 'acc-1', title: '王芳', subtitle: '中国电信' },
      { ...result, id: 'a2', accountId: 'acc-2', title: '王芳', subtitle: '中国电信' },
    ] as QuickResult[];
    const deps = {
      query: vi.fn(async () => results),
      warm: vi.fn(),
      open: vi.fn(async () => {}),
      translate,
      markup: true,
    };
    registerOmnibox(deps);
    listeners.started!();
    expect(deps.warm).toHaveBeenCalledOnce();
    const suggest = vi.fn();
    (listeners.changed as (text: string, s: typeof suggest) => void)('wangfang', suggest);
    await vi.waitFor(() => expect(suggest).toHaveBeenCalled());
    const shown = suggest.mock.calls[0]![0] as { content: string; description: string }[];
    expect(new Set(shown.map((x) => x.content)).size).toBe(2); // unique, though the lines read alike
    expect(shown[0]!.description).toContain('<match>');

    (listeners.entered as (text: string) => void)(shown[1]!.content);
    expect(deps.open).toHaveBeenCalledWith('acc-2'); // at once, within the gesture
    (listeners.entered as (text: string) => void)('wang fang');
    await vi.waitFor(() => expect(deps.open).toHaveBeenLastCalledWith('acc-1'));
  });
});
