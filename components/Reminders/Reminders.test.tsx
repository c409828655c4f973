// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { Reminders } from './Reminders';

describe('Reminders', () => {
  it('is a switch, off by default; on, it shows the time', () => {
    const onToggle = vi.fn();
    const onTime = vi.fn();
    renderWithI18n(
      <Reminders
        settings={{ enabled: false, time: '08:30' }}
        declined={false}
        onToggle={onToggle}
        onTime={onTime}
      />,
    );
    const toggle = screen.getByRole('switch', { name: 'Remind me every day of what needs me on Today' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByLabelText('At')).toBeNull();
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledWith(true);
    cleanup();
    renderWithI18n(
      <Reminders
        settings={{ enabled: true, time: '08:30' }}
        declined={false}
        onToggle={onToggle}
        onTime={onTime}
      />,
    );
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '07:15' } });
    expect(onTime).toHaveBeenCalledWith('07:15');
  });

  it('says when notifications were not allowed, in Chinese too', () => {
    renderWithI18n(
      <Reminders settings={{ enabled: false, time: '08:30' }} declined onToggle={vi.fn()} onTime={vi.fn()} />,
      'zh_CN',
    );
    expect(screen.getByRole('status').textContent).toBe('未获准显示通知，提醒保持关闭。');
    expect(screen.getByRole('heading', { name: '每日提醒' })).toBeTruthy();
  });
});
