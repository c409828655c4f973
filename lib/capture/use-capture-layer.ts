import { useEffect, useState } from 'preact/hooks';
import { getAccount } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import type { Route } from '../platform/route';
import type { CaptureFailure, CaptureRequest } from './pending';
import type { ShownCapture } from './use-capture-requests';

/** A confirmation at the bottom of the panel: what was captured where, and its undo. */
export interface CaptureToast {
  id: string;
  message: string;
  undo?: () => Promise<void>;
}

/** How the layer words its toasts (the page's translator, and a refused write). */
export interface CaptureWords {
  t(key: string, substitutions?: string[]): string;
  writeFailed(error: unknown, fallback: string): string;
}

const writes = () => import('../db/file-writes');

/** Where a clip the rep picks a client for comes from (its provenance). */
type PickSource = Extract<CaptureRequest, { kind: 'pick' }>['source'];

/**
 * What the side panel does with a capture the background handed it: a clip already stored shows
 * its client's file and a toast with its undo; a failed capture says why; a pricing clip or the
 * people of an email open that client's file under their screen. A clip whose client the rep
 * picked is written here. `close` ends the capture screen, `navigate` moves the panel.
 */
export function useCaptureLayer(
  db: DossierDatabase,
  shown: ShownCapture | null,
  close: () => void,
  navigate: (route: Route) => void,
  words: CaptureWords,
) {
  const { t } = words;
  const [toast, setToast] = useState<CaptureToast | null>(null);
  const say = (message: string, undo?: () => Promise<void>) =>
    setToast({ id: crypto.randomUUID(), message, undo });
  const failure = (reason: CaptureFailure) => t(`capture.failed.${reason}`);

  /** A clip is stored: show its client's file (the new entry on top) and confirm with an undo. */
  const confirmClip = async (target: 'note' | 'talkingPoint', accountId: string, rowId: string) => {
    navigate({ name: 'account', id: accountId });
    const name = (await getAccount(db, accountId))?.name ?? '';
    say(t(`capture.clipped.${target}`, [name]), async () => {
      const w = await writes();
      await (target === 'note' ? w.deleteNote(db, rowId) : w.deleteTalkingPoint(db, rowId));
    });
  };

  const request: CaptureRequest | null = shown?.request ?? null;
  useEffect(() => {
    if (!request) return;
    if (request.kind === 'clipped') {
      close();
      void confirmClip(request.target, request.accountId, request.rowId);
    } else if (request.kind === 'failed') {
      close();
      say(failure(request.reason));
    } else if (request.kind === 'pricingNote' || request.kind === 'people') {
      navigate({ name: 'account', id: request.accountId });
    }
  }, [shown?.id]);

  /** A clip to a client the rep picked in the panel: written, then confirmed like any clip. */
  const clipTo = (accountId: string, target: 'note' | 'talkingPoint', source: PickSource) => {
    close();
    void (async () => {
      const [w, { clipNoteDraft, clipTalkingPointDraft }] = await Promise.all([
        writes(),
        import('./core/clip'),
      ]);
      const row =
        target === 'note'
          ? await w.createNote(db, clipNoteDraft(accountId, source))
          : await w.createTalkingPoint(db, clipTalkingPointDraft(accountId, source));
      await confirmClip(target, accountId, row.id);
    })().catch((e: unknown) => say(words.writeFailed(e, failure('saveFailed'))));
  };

  return {
    toast,
    dismiss: () => setToast(null),
    /** Runs the toast's undo once, and takes the toast away. */
    undo: () => {
      const undo = toast?.undo;
      setToast(null);
      void undo?.();
    },
    clipTo,
    /** The client the rep picked for a clip: a price opens the prefilled pricing form, the rest are written. */
    picked(
      accountId: string,
      pick: Extract<CaptureRequest, { kind: 'pick' }>,
      open: (r: CaptureRequest) => void,
    ) {
      if (pick.target === 'pricingNote') open({ kind: 'pricingNote', accountId, source: pick.source });
      else clipTo(accountId, pick.target, pick.source);
    },
  };
}
