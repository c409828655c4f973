// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { QuickResult } from '../../lib/model/quick-search';
import { renderWithI18n, type TestLocale } from '../../tests/support/i18n';
import { QuickSearch, type QuickSearchProps } from './QuickSearch';

const line = (id: string, overrides: Partial<QuickResult> = {}): QuickResult => ({
  id,
  kind: 'account',
  accountId: id,
  title: `Account ${id}`,
  titleHits: [],
  subtitle: '',
  tier: 'A',
  portfolioQuadrant: 'star',
  reason: 'match',
  fragment: null,
  ...overrides,
});

function renderSearch(props: Partial<QuickSearchProps> = {}, locale: TestLocale = 'en') {
  const handlers = {
    onQuery: vi.fn(),
    onOpen: vi.fn(),
    onClose: vi.fn(),
    onOpenPanel: vi.fn(),
    onQuickNote: vi.fn(),
  };
  renderWithI18n(<QuickSearch query="" results={[]} status="ready" {...handlers} {...props} />, locale);
  return handlers;
}

describe('QuickSearch', () => {
  it('offers a quick note about the page’s client', () => {
    const { onQuickNote } = renderSearch();
    screen.getByRole('button', { name: 'Note' }).click();
    expect(onQuickNote).toHaveBeenCalledOnce();
  });

  it('focuses the search box and reports what is typed', () => {
    const { onQuery } = renderSearch();
    const box = screen.getByRole('searchbox', { name: 'Search clients, contacts and notes' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'zgdx' } });
    expect(onQuery).toHaveBeenCalledWith('zgdx');
    expect(screen.getByRole('status').textContent).toMatch(/pinyin/);
  });

  it('moves with ↑/↓, opens with Enter and closes with Esc, keyboard only', () => {
    const results = [line('a'), line('b'), line('c')];
    const { onOpen, onClose } = renderSearch({ query: 'acme', results });
    const box = screen.getByRole('searchbox');
    const selected = () =>
      screen.getAllByRole('option').findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[2]!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // wraps
    expect(selected()).toBe(0);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(results[2]);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('opens a result with the mouse, keeping the focus in the box', () => {
    const results = [line('a'), line('b')];
    const { onOpen } = renderSearch({ query: 'acme', results });
    const option = screen.getAllByRole('option')[1]!;
    fireEvent.mouseMove(option);
    expect(option.getAttribute('aria-selected')).toBe('true');
    fireEvent.mouseDown(option);
    expect(onOpen).toHaveBeenCalledWith(results[1]);
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('shows what matched highlighted, what a result is, and the tier and quadrant', () => {
    renderSearch({
      query: 'wang',
      results: [
        line('c1', {
          kind: 'contact',
          title: '王芳',
          titleHits: [[0, 1]],
          subtitle: '采购部经理 · 中国电信江苏分公司',
          fragment: { text: 'wang.fang@js-telecom.cn', hits: [[0, 4]] },
          tier: 'B',
          portfolioQuadrant: 'cashCow',
        }),
      ],
    });
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['王', 'wang']);
    expect(screen.getByText('Contact · 采购部经理 · 中国电信江苏分公司')).toBeTruthy();
    expect(screen.getByTitle('Tier B').textContent).toBe('B');
    expect(screen.getByText('Cash cow')).toBeTruthy();
  });

  it('says why each line of the empty-box list is there, in Chinese too', () => {
    renderSearch(
      {
        results: [
          line('t', { reason: 'tab' }),
          line('r1', { reason: 'recent' }),
          line('r2', { reason: 'recent' }),
          line('n', { reason: 'due', kind: 'note', title: '回访', dueDate: '2026-11-20' }),
        ],
      },
      'zh_CN',
    );
    const headings = [...document.querySelectorAll('[role="presentation"]')].map((h) => h.textContent);
    expect(headings).toEqual(['当前页面', '最近打开', '待跟进']);
    expect(screen.getByText('笔记 · 2026-11-20 到期')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索客户、联系人和笔记' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开侧边栏' })).toBeTruthy();
  });

  it('offers the side panel, and says when nothing was found or search failed', () => {
    const { onOpenPanel } = renderSearch({ query: 'zzzz' });
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(onOpenPanel).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('Nothing found.');
  });

  it('says when search is unavailable', () => {
    renderSearch({ query: 'acme', status: 'error' });
    expect(screen.getByRole('status').textContent).toBe('Search is not available right now.');
  });
});
