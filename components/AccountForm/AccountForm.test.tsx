// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { emptyAccountDraft } from '../../lib/model/defaults';
import type { AccountDraft, FieldErrors } from '../../lib/model/types';
import { renderWithI18n } from '../../tests/support/i18n';
import { AccountForm } from './AccountForm';

function renderForm(result: FieldErrors | null = null) {
  const onSubmit = vi.fn(async (_draft: AccountDraft) => result);
  renderWithI18n(
    <AccountForm title="New account" initial={emptyAccountDraft()} onSubmit={onSubmit} onCancel={vi.fn()} />,
  );
  return onSubmit;
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('AccountForm', () => {
  it('turns list, number and choice fields into a draft', async () => {
    const onSubmit = renderForm();
    type('Name', '中国移动');
    type('Short names and aliases', '移动，中移、 CMCC , ');
    type('Contact cadence (days)', '21');
    type('Website domains', 'a.com\nb.com');
    fireEvent.change(screen.getByLabelText('Satisfaction (1–5)'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Purchase type'), { target: { value: 'newBuy' } });
    type('Legal name', 'China Mobile Ltd');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const draft = onSubmit.mock.calls[0]![0];
    expect(draft.name).toBe('中国移动');
    expect(draft.aliases).toEqual(['移动', '中移', 'CMCC']);
    expect(draft.cadenceDays).toBe(21);
    expect(draft.websiteDomains).toEqual(['a.com', 'b.com']);
    expect(draft.satisfaction).toBe(4);
    expect(draft.needs.purchaseType).toBe('newBuy');
    expect(draft.basic.legalName).toBe('China Mobile Ltd');
    expect(draft.loyalty).toBeNull();
  });

  it('passes non-numbers through as NaN and empty numbers as null', async () => {
    const onSubmit = renderForm({ cadenceDays: 'notANumber' });
    type('Contact cadence (days)', 'soon');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Enter a number.')).toBeTruthy());
    expect(onSubmit.mock.calls[0]![0].cadenceDays).toBeNaN();
  });

  it('shows nested and unknown errors, and disables save while saving', async () => {
    let resolve: (errors: FieldErrors | null) => void = () => {};
    const onSubmit = vi.fn(() => new Promise<FieldErrors | null>((r) => (resolve = r)));
    renderWithI18n(
      <AccountForm title="Edit" initial={emptyAccountDraft()} onSubmit={onSubmit} onCancel={vi.fn()} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Saving…' })).toHaveProperty('disabled', true),
    );
    resolve({ 'basic.website': 'invalidUrl', 'emailDomains.1': 'invalidDomain', mystery: 'required' });
    await waitFor(() => expect(screen.getByText(/full web address/)).toBeTruthy());
    expect(screen.getByLabelText('Website').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Email domains').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('This field is required.');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
  });
});
