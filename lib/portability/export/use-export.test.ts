// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../../db/accounts';
import type { DossierDatabase } from '../../db/database';
import { accountDraft, openTestDatabase } from '../../db/test-helpers';
import type { ExportFile } from '../backup/exports';
import { useExport } from './use-export';

let db: DossierDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  await createAccount(db, accountDraft({ name: '江南智运物流有限公司' }));
});
afterEach(async () => {
  await db.delete();
});

const t = (key: string, subs: string | string[] = []) => [key, ...subs].join(' ');

describe('useExport', () => {
  it('saves the accounts as a CSV named with the day, labels in the page’s language, and says so', async () => {
    const saved: ExportFile[] = [];
    const { result } = renderHook(() => useExport(db, 'zh', t, (file) => saved.push(file)));
    await act(() => result.current.exportAccounts());
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^dossier-accounts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(result.current.status).toEqual({
      kind: 'done',
      message: `safekeeping.export.accountsDone 1 ${saved[0]!.name}`,
    });
  });

  it('says why an export failed', async () => {
    const { result } = renderHook(() =>
      useExport(db, 'en', t, () => {
        throw new Error('no space');
      }),
    );
    await act(() => result.current.exportContacts());
    expect(result.current.status).toEqual({
      kind: 'error',
      message: 'safekeeping.export.failed Error: no space',
    });
  });
});
