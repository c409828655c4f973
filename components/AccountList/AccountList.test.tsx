// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { AccountSummary } from '../../lib/model/types';
import { createTestTranslate, renderWithI18n } from '../../tests/support/i18n';
import { I18nContext } from '../i18n';
import { buildSummaries } from '../test-fixtures';
import { AccountList } from './AccountList';

const noop = () => {};
/** A list whose every window is read already. */
const listOf = (rows: AccountSummary[]) => ({ total: rows.length, rowAt: (index: number) => rows[index] });

describe('AccountList', () => {
  it('renders rows and opens an account by id', () => {
    const onOpen = vi.fn();
    renderWithI18n(
      <AccountList
        {...listOf(buildSummaries(3))}
        sort="name"
        onSortChange={noop}
        onOpen={onOpen}
        onCreate={noop}
      />,
    );
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('3 accounts')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Account 00001' }));
    expect(onOpen).toHaveBeenCalledWith('acc-1');
    expect(screen.getAllByText('Finance')).toHaveLength(3);
    expect(screen.getAllByText('Star')).toHaveLength(3);
  });

  it('says a medium or high churn risk on the row, in words', () => {
    const [a, b, c] = buildSummaries(3);
    renderWithI18n(
      <AccountList
        {...listOf([
          { ...a!, risk: 'high' },
          { ...b!, risk: 'medium' },
          { ...c!, risk: 'low' },
        ])}
        sort="risk"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    expect(screen.getByText('High risk')).toBeTruthy();
    expect(screen.getByText('Medium risk')).toBeTruthy();
    expect(screen.queryByText('Low risk')).toBeNull();
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('risk');
  });

  it('reports a sort change', () => {
    const onSortChange = vi.fn();
    renderWithI18n(
      <AccountList
        {...listOf(buildSummaries(3))}
        sort="name"
        onSortChange={onSortChange}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'tier' } });
    expect(onSortChange).toHaveBeenCalledWith('tier');
  });

  it('renders only a window of 50,000 rows', () => {
    renderWithI18n(
      <AccountList
        {...listOf(buildSummaries(50_000))}
        sort="name"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(200);
    expect(screen.getByText('50000 accounts')).toBeTruthy();
  });

  it('moves the window on scroll', () => {
    renderWithI18n(
      <AccountList
        {...listOf(buildSummaries(50_000))}
        sort="name"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    const scroller = screen.getByRole('list').parentElement!;
    scroller.scrollTop = 52 * 10_000;
    fireEvent.scroll(scroller);
    expect(screen.getByRole('button', { name: 'Account 10000' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Account 00000' })).toBeNull();
  });

  it('walks rows with the arrow keys', () => {
    renderWithI18n(
      <AccountList
        {...listOf(buildSummaries(100))}
        sort="name"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    const first = screen.getByRole('button', { name: 'Account 00000' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Account 00001' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Account 00099' }));
  });

  it('shows an empty state with a create button', () => {
    const onCreate = vi.fn();
    renderWithI18n(
      <AccountList {...listOf([])} sort="name" onSortChange={noop} onOpen={noop} onCreate={onCreate} />,
    );
    expect(screen.getByText(/No accounts yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New account' }));
    expect(onCreate).toHaveBeenCalledOnce();
  });

  it('is one Tab stop: the row last moved to holds it', () => {
    renderWithI18n(
      <AccountList
        {...listOf(buildSummaries(5))}
        sort="name"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    const stops = () =>
      screen.getAllByRole('button').filter((b) => b.dataset.index !== undefined && b.tabIndex === 0);
    expect(stops().map((b) => b.textContent)).toEqual(['Account 00000']);
    const first = screen.getByRole('button', { name: 'Account 00000' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Account 00002');
    expect(stops().map((b) => b.textContent)).toEqual(['Account 00002']);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(stops().map((b) => b.textContent)).toEqual(['Account 00004']);
  });

  it('back from a file, focuses that client’s row', () => {
    renderWithI18n(
      <AccountList
        {...listOf(buildSummaries(40))}
        sort="name"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
        returnIndex={4}
      />,
    );
    expect(document.activeElement?.textContent).toBe('Account 00004');
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
  });

  it('shows blank places for rows not read yet, and reports the window it renders so it can be read', () => {
    const rows = buildSummaries(50_000);
    const onWindowChange = vi.fn();
    // Only the first 100 rows are read.
    const rowAt = (index: number) => (index < 100 ? rows[index] : undefined);
    renderWithI18n(
      <AccountList
        total={rows.length}
        rowAt={rowAt}
        onWindowChange={onWindowChange}
        sort="name"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: 0, end: 38 });
    const scroller = screen.getByRole('list').parentElement!;
    scroller.scrollTop = 52 * 10_000;
    fireEvent.scroll(scroller);
    expect(onWindowChange).toHaveBeenLastCalledWith({ start: 9992, end: 10_038 });
    const places = screen.getAllByRole('listitem');
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((li) => li.getAttribute('aria-busy') === 'true' && li.textContent === '')).toBe(true);
    expect(places[0]!.getAttribute('aria-posinset')).toBe('9993');
    expect(screen.getByText('50000 accounts')).toBeTruthy();
  });

  it('back from a file, waits for the row’s place and window, then focuses it', () => {
    const rows = buildSummaries(50_000);
    const props = {
      total: rows.length,
      sort: 'name' as const,
      onSortChange: noop,
      onOpen: noop,
      onCreate: noop,
    };
    const view = renderWithI18n(<AccountList {...props} rowAt={() => undefined} returnIndex={null} />);
    const rerender = (ui: ComponentChild) =>
      view.rerender(<I18nContext.Provider value={createTestTranslate('en')}>{ui}</I18nContext.Provider>);
    // The place is known; the row's window is still being read.
    rerender(<AccountList {...props} rowAt={() => undefined} returnIndex={30_000} />);
    const scroller = screen.getByRole('list').parentElement!;
    expect(scroller.scrollTop).toBeGreaterThan(52 * 29_000);
    expect(document.activeElement?.textContent).not.toBe('Account 30000');
    rerender(<AccountList {...props} rowAt={(index) => rows[index]} returnIndex={30_000} />);
    expect(document.activeElement?.textContent).toBe('Account 30000');
  });

  it('shows no count in its heading until the total is counted', () => {
    const rows = buildSummaries(100);
    renderWithI18n(
      <AccountList
        {...listOf(rows)}
        counted={false}
        sort="name"
        onSortChange={noop}
        onOpen={noop}
        onCreate={noop}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Accounts');
    expect(screen.getByRole('button', { name: 'Account 00000' })).toBeTruthy();
  });
});
