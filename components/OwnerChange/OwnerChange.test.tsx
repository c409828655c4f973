// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { OwnerChangeResult } from '../../lib/model/team-sync';
import { renderWithI18n } from '../../tests/support/i18n';
import { OwnerChange, type OwnerControl } from './OwnerChange';

const control = (result: OwnerChangeResult, logins: string[] | null = ['alice', 'bob', 'carol']) => ({
  logins,
  onOpen: vi.fn(),
  onChange: vi.fn<OwnerControl['onChange']>(async () => result),
});

describe('OwnerChange', () => {
  it('opens on the rep’s click, offers the team’s other logins, and gives the file to the one typed', async () => {
    const c = control({ ok: true });
    renderWithI18n(<OwnerChange owner="bob" control={c} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change owner' }));
    expect(c.onOpen).toHaveBeenCalledOnce();
    const options = [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['alice', 'carol']);
    fireEvent.input(screen.getByLabelText('New owner (their login on the team server)'), {
      target: { value: ' carol ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Give to them' }));
    await waitFor(() => expect(c.onChange).toHaveBeenCalledWith('carol'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change owner' })).toBeTruthy());
  });

  it('says what was wrong and stays open when the change is refused', async () => {
    const c = control({ ok: false, reason: 'notManager' });
    renderWithI18n(<OwnerChange owner="bob" control={c} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change owner' }));
    fireEvent.input(screen.getByLabelText('New owner (their login on the team server)'), {
      target: { value: 'carol' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Give to them' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Only a manager of the team can change who owns an account.',
    );
    expect(screen.getByRole('button', { name: 'Give to them' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(c.onChange).toHaveBeenCalledOnce();
  });
});
