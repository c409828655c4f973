// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { AccountPicker, filterAccounts, type PickerAccount } from './AccountPicker';

const accounts: PickerAccount[] = [
  { id: 'a', name: 'Acme Logistics', aliases: ['艾克姆物流'], tier: 'A' },
  { id: 'b', name: 'Beta Foods', aliases: ['BF'], tier: 'B' },
  { id: 'c', name: '中国电信江苏分公司', aliases: ['江苏电信', 'JS Telecom'], tier: 'C' },
];

function setup(excludeId?: string) {
  const onPick = vi.fn();
  const onCancel = vi.fn();
  renderWithI18n(
    <AccountPicker
      label="Which client?"
      accounts={accounts}
      excludeId={excludeId}
      onPick={onPick}
      onCancel={onCancel}
    />,
  );
  const input = screen.getByRole('combobox', { name: 'Which client?' });
  const options = () => screen.getAllByRole('option').map((o) => o.textContent);
  const selected = () => screen.getByRole('option', { selected: true }).textContent;
  return { onPick, onCancel, input, options, selected };
}

describe('filterAccounts', () => {
  it.each([
    ['', ['a', 'b', 'c']],
    ['acme', ['a']],
    ['ACME log', ['a']],
    ['bf', ['b']],
    ['js tele', ['c']],
    ['江苏', ['c']],
    ['zzz', []],
  ])('%j → %j', (query, ids) => {
    expect(filterAccounts(accounts, query).shown.map((a) => a.id)).toEqual(ids);
  });

  it('shows at most the limit and counts the rest', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `x${i}`,
      name: `X ${i}`,
      aliases: [],
      tier: 'B',
    }));
    expect(filterAccounts(many, 'x', 50)).toMatchObject({ more: 70 });
    expect(filterAccounts(many, 'x', 50).shown).toHaveLength(50);
  });
});

describe('AccountPicker', () => {
  it('filters by name and short name as the rep types', () => {
    const { input, options } = setup();
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: 'telecom' } });
    expect(options()).toEqual(['中国电信江苏分公司C']);
    fireEvent.input(input, { target: { value: 'nothing like it' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No client matches.')).toBeTruthy();
  });

  it('walks the list with ↑/↓ and picks with Enter', () => {
    const { input, selected, onPick } = setup();
    expect(selected()).toBe('Acme LogisticsA');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe('中国电信江苏分公司C');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selected()).toBe('Beta FoodsB');
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { selected: true }).id,
    );
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('b');
  });

  it('cancels with Esc or the button; a click picks', () => {
    const { input, onCancel, onPick } = setup('a');
    expect(screen.queryByText('Acme Logistics')).toBeNull();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByText('Beta Foods'));
    expect(onPick).toHaveBeenCalledWith('b');
  });

  it('speaks Chinese', () => {
    const onPick = vi.fn();
    renderWithI18n(
      <AccountPicker label="哪个客户？" accounts={[]} onPick={onPick} onCancel={onPick} />,
      'zh_CN',
    );
    expect(screen.getByText('没有匹配的客户。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '取消' })).toBeTruthy();
  });
});

describe('AccountPicker while the accounts load', () => {
  function renderLoading() {
    const onPick = vi.fn();
    let arrive = () => {};
    function Host() {
      const [list, setList] = useState<PickerAccount[] | undefined>(undefined);
      arrive = () => act(() => setList(accounts));
      return <AccountPicker label="Which client?" accounts={list} onPick={onPick} onCancel={vi.fn()} />;
    }
    renderWithI18n(<Host />);
    return { onPick, arrive: () => arrive(), input: screen.getByRole('combobox', { name: 'Which client?' }) };
  }

  it('says it is loading, not that no client matches', () => {
    renderLoading();
    expect(screen.getByRole('status').textContent).toBe('Loading clients…');
    expect(screen.queryByText('No client matches.')).toBeNull();
  });

  it('keeps an Enter pressed before the list arrived and picks the first match when it does', () => {
    const { onPick, arrive, input } = renderLoading();
    fireEvent.input(input, { target: { value: '江苏' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    arrive();
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick).toHaveBeenCalledWith('c');
  });

  it('forgets that Enter once the rep types on', () => {
    const { onPick, arrive, input } = renderLoading();
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.input(input, { target: { value: 'beta' } });
    arrive();
    expect(onPick).not.toHaveBeenCalled();
  });
});
