// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccount } from '../db/accounts';
import type { DossierDatabase } from '../db/database';
import { createNote } from '../db/notes';
import { accountDraft, openTestDatabase } from '../db/test-helpers';
import type { Provenance } from '../model/types';
import type { Route } from '../platform/route';
import { clipNoteDraft } from './core/clip';
import { useCaptureLayer } from './use-capture-layer';
import type { ShownCapture } from './use-capture-requests';

let db: DossierDatabase;
let acme: string;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDatabase();
  acme = (await createAccount(db, accountDraft({ name: 'Acme Logistics' }))).id;
});
afterEach(async () => {
  await db.delete();
});

const source: Provenance = {
  url: 'https://www.acme-logistics.com/news',
  title: 'Acme news',
  capturedAt: '2026-12-04T09:00:00.000Z',
  selection: 'Acme opens a cold-chain hub in Suzhou',
  heading: 'News',
  email: null,
};
const words = {
  t: (key: string, subs: string[] = []) => [key, ...subs].join(' '),
  writeFailed: () => 'refused',
};

function setup(shown: ShownCapture | null) {
  const close = vi.fn();
  const navigate = vi.fn<(route: Route) => void>();
  const hook = renderHook(
    ({ at }: { at: ShownCapture | null }) => useCaptureLayer(db, at, close, navigate, words),
    {
      initialProps: { at: shown },
    },
  );
  return { hook, close, navigate };
}

describe('useCaptureLayer', () => {
  it('a stored clip opens its client’s file with a toast whose undo takes it back', async () => {
    const note = await createNote(db, clipNoteDraft(acme, source));
    const { hook, close, navigate } = setup({
      id: 'c1',
      request: { kind: 'clipped', target: 'note', accountId: acme, rowId: note.id },
    });
    expect(close).toHaveBeenCalledOnce();
    expect(navigate).toHaveBeenCalledWith({ name: 'account', id: acme });
    await waitFor(() =>
      expect(hook.result.current.toast?.message).toBe('capture.clipped.note Acme Logistics'),
    );
    act(() => hook.result.current.undo());
    expect(hook.result.current.toast).toBeNull();
    await waitFor(async () => expect(await db.notes.count()).toBe(0));
  });

  it('a failed capture says why', () => {
    const { hook, close } = setup({ id: 'c2', request: { kind: 'failed', reason: 'noSelection' } });
    expect(close).toHaveBeenCalledOnce();
    expect(hook.result.current.toast?.message).toBe('capture.failed.noSelection');
  });

  it('a price picked for a client opens the prefilled pricing form; nothing is written', () => {
    const { hook } = setup(null);
    const open = vi.fn();
    hook.result.current.picked(acme, { kind: 'pick', target: 'pricingNote', source, accountIds: [] }, open);
    expect(open).toHaveBeenCalledWith({ kind: 'pricingNote', accountId: acme, source });
  });

  it('a clip to a client the rep picked is written, then confirmed like any clip', async () => {
    const { hook, navigate } = setup(null);
    act(() => hook.result.current.clipTo(acme, 'talkingPoint', source));
    await waitFor(() =>
      expect(hook.result.current.toast?.message).toBe('capture.clipped.talkingPoint Acme Logistics'),
    );
    expect(navigate).toHaveBeenCalledWith({ name: 'account', id: acme });
    expect((await db.talkingPoints.toArray()).map((p) => p.text)).toEqual([
      'Acme opens a cold-chain hub in Suzhou',
    ]);
  });
});
