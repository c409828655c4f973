// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DossierDatabase } from '../../db/database';
import { BACKUP_SECTION_ID, useBackupHash } from './use-backup-hash';

const db = {} as DossierDatabase;
const t = (key: string) => key;
afterEach(() => {
  history.replaceState(null, '', '/options.html');
  document.body.replaceChildren();
});

describe('useBackupHash', () => {
  it('#backup brings the backup card into view and focuses it', () => {
    const section = document.body.appendChild(document.createElement('section'));
    section.id = BACKUP_SECTION_ID;
    section.tabIndex = -1;
    section.scrollIntoView = vi.fn();
    history.replaceState(null, '', '/options.html#backup');
    const run = vi.fn(async () => {});
    const { result } = renderHook(() => useBackupHash(db, t, run));
    expect(section.scrollIntoView).toHaveBeenCalled();
    expect(document.activeElement).toBe(section);
    expect(run).not.toHaveBeenCalled();
    expect(result.current).toBeNull();
  });

  it('#auto-backup saves the backup here once, saying so while it runs', async () => {
    history.replaceState(null, '', '/options.html#auto-backup');
    let finish = () => {};
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useBackupHash(db, t, run));
    expect(run).toHaveBeenCalledWith(db);
    expect(result.current).toEqual({ kind: 'working', message: 'safekeeping.auto.saving' });
    expect(location.hash).toBe('');
    finish();
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('a plain visit does nothing', () => {
    const run = vi.fn(async () => {});
    const { result } = renderHook(() => useBackupHash(db, t, run));
    expect(run).not.toHaveBeenCalled();
    expect(result.current).toBeNull();
  });
});
