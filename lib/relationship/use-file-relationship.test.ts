// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../db/accounts';
import { getClientFile } from '../db/client-file';
import { createContact } from '../db/contacts';
import type { DossierDatabase } from '../db/database';
import { accountDraft, contactDraft, openTestDatabase } from '../db/test-helpers';
import type { ClientFileData } from '../model/types';
import { useFileRelationship } from './use-file-relationship';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('useFileRelationship', () => {
  it('computes the risk, suggests points, and remembers a kept and a dismissed one for this client', async () => {
    const account = await createAccount(db, accountDraft({ portfolioQuadrant: 'star' }));
    const li = await createContact(
      db,
      contactDraft(account.id, { socialStyle: 'analytical', buyingRole: 'user' }),
    );
    const file = (await getClientFile(db, account.id)) as ClientFileData;
    const now = new Date();
    const { result, unmount } = renderHook(() => useFileRelationship(db, file, now));
    // No decision maker recorded: a reason, in the risk's own words.
    // The rules load after the file's first paint.
    await waitFor(() =>
      expect(result.current.risk?.reasons.map((r) => r.reason.code)).toEqual(['noDecisionMaker']),
    );
    await waitFor(() => expect(result.current.hints.map((h) => h.kind)).toEqual(['contact', 'quadrant']));

    const [contactHint, quadrantHint] = result.current.hints;
    await act(async () => {
      await result.current.actions.keepHint(contactHint!, 'Bring data, no sudden change');
      await result.current.actions.dismissHint(quadrantHint!);
    });
    await waitFor(() => expect(result.current.hints).toEqual([]));
    expect(await db.talkingPoints.where('accountId').equals(account.id).toArray()).toMatchObject([
      { text: 'Bring data, no sudden change', contactId: li.id },
    ]);
    expect(await db.agendaMarks.where('accountId').equals(account.id).count()).toBe(2);
    act(() => unmount());
  });
});
