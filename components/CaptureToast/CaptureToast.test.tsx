// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestTranslate, renderWithI18n } from '../../tests/support/i18n';
import { I18nContext } from '../i18n';
import { CaptureToast, type CaptureToastProps } from './CaptureToast';

function setup(overrides: Partial<CaptureToastProps> = {}, locale: 'en' | 'zh_CN' = 'en') {
  const props: CaptureToastProps = {
    message: "Clipped to Acme Logistics's file",
    onDismiss: vi.fn(),
    ...overrides,
  };
  const view = renderWithI18n(<CaptureToast {...props} />, locale);
  return { props, view, toast: screen.getByRole('status') };
}
const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('CaptureToast', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says where the clip went, with Undo and Open when offered', () => {
    const onUndo = vi.fn();
    const onOpen = vi.fn();
    const { toast, props } = setup({ onUndo, onOpen });
    expect(toast.textContent).toMatch(/^Clipped to Acme Logistics's file/);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Open file' }));
    expect(onOpen).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(props.onDismiss).toHaveBeenCalledOnce();
  });

  it('offers only what the host can do', () => {
    setup();
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Dismiss',
    ]);
  });

  it('shows the host’s message as text', () => {
    setup({ message: '<img src=x onerror=alert(1)> could not be saved' });
    expect(screen.getByText('<img src=x onerror=alert(1)> could not be saved').tagName).toBe('P');
    expect(document.querySelector('img')).toBeNull();
  });

  it('goes by itself after durationMs (6 s by default)', async () => {
    const { props } = setup();
    await advance(5_999);
    expect(props.onDismiss).not.toHaveBeenCalled();
    await advance(1);
    expect(props.onDismiss).toHaveBeenCalledOnce();
  });

  it('stays while hovered or focused, and the time starts again when they leave', async () => {
    const { props, toast } = setup({ durationMs: 1_000, onUndo: vi.fn() });
    fireEvent.mouseEnter(toast);
    await advance(5_000);
    expect(props.onDismiss).not.toHaveBeenCalled();
    fireEvent.mouseLeave(toast);
    await advance(999);
    expect(props.onDismiss).not.toHaveBeenCalled();

    const undo = screen.getByRole('button', { name: 'Undo' });
    fireEvent.focusIn(undo);
    await advance(5_000);
    expect(props.onDismiss).not.toHaveBeenCalled();
    // Focus moving to another button of the toast keeps it.
    fireEvent.focusOut(undo, { relatedTarget: screen.getByRole('button', { name: 'Dismiss' }) });
    await advance(5_000);
    expect(props.onDismiss).not.toHaveBeenCalled();
    fireEvent.focusOut(undo, { relatedTarget: document.body });
    await advance(1_000);
    expect(props.onDismiss).toHaveBeenCalledOnce();
  });

  it('does not restart its time when the host re-renders with a new callback', async () => {
    const first = vi.fn();
    const { view } = setup({ durationMs: 1_000, onDismiss: first });
    await advance(600);
    const second = vi.fn();
    view.rerender(
      <I18nContext.Provider value={createTestTranslate('en')}>
        <CaptureToast message="Clipped" durationMs={1_000} onDismiss={second} />
      </I18nContext.Provider>,
    );
    await advance(400);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });

  it('stays until dismissed when durationMs is 0; Esc dismisses', async () => {
    const { props, toast } = setup({ durationMs: 0 });
    await advance(60_000);
    expect(props.onDismiss).not.toHaveBeenCalled();
    fireEvent.keyDown(toast, { key: 'Escape' });
    expect(props.onDismiss).toHaveBeenCalledOnce();
  });

  it('speaks Chinese', () => {
    const { toast } = setup(
      { message: '已摘录到“Acme Logistics”的时间线', onUndo: vi.fn(), onOpen: vi.fn() },
      'zh_CN',
    );
    expect(toast.textContent).toMatch(/^已摘录到“Acme Logistics”的时间线/);
    expect(screen.getByRole('button', { name: '撤销' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开档案' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '关闭提示' })).toBeTruthy();
  });
});
