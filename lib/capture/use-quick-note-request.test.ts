// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishCapture } from './pending';
import { useQuickNoteRequest } from './use-quick-note-request';

beforeEach(() => fakeBrowser.reset());

describe('useQuickNoteRequest', () => {
  it('shows the box for the request the shortcut left for this window, even a moment after the popup started', async () => {
    // fakeBrowser has no windows.getCurrent: the popup's window is window 3.
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
    const { result } = renderHook(() => useQuickNoteRequest());
    expect(result.current.request).toBeNull();
    const page = { url: 'https://www.acme-logistics.com/about', title: 'About Acme' };
    await publishCapture(3, { kind: 'quickNote', page, accountIds: ['acme'] }, 'popup');
    await waitFor(() => expect(result.current.request).toEqual({ page, accountIds: ['acme'] }));
  });
});
