import { useEffect, useState } from 'preact/hooks';
import { CAPTURE_SCREENS, LazyCaptureToast } from '../../../components/Capture/lazy';
import { useT } from '../../../components/i18n';
import { lazy, preloadWhenIdle } from '../../../components/Lazy/lazy';
import type { CaptureFailure, CaptureRequest } from '../../../lib/capture/pending';
import type { ShownCapture } from '../../../lib/capture/use-capture-requests';
import { getAccount } from '../../../lib/db/account-lookup';
import { getDatabase } from '../../../lib/db/database';
import { describeStorageError } from '../../../lib/db/storage-error';
import type { Route } from '../../../lib/platform/route';

/** The repositories' writes, loaded on the first capture (they stay out of the first paint). */
const writes = () => import('../../../lib/db/file-writes');

// The screens load on their gesture (and when the panel is idle): the first paint stays small.
const ClipPickScreen = lazy(() => import('./ClipPickScreen').then((m) => m.ClipPickScreen));
const QuickNoteScreen = lazy(() => import('./QuickNoteScreen').then((m) => m.QuickNoteScreen));
const PeopleScreen = lazy(() => import('./PeopleScreen').then((m) => m.PeopleScreen));
const PricingClipScreen = lazy(() => import('./PricingClipScreen').then((m) => m.PricingClipScreen));
const SiteCaptureScreen = lazy(() => import('./SiteCaptureScreen').then((m) => m.SiteCaptureScreen));

/** A confirmation at the bottom of the panel: what was captured where, and its undo. */
interface Toast {
  id: string;
  message: string;
  undo?: () => Promise<void>;
}

interface CaptureLayerProps {
  shown: ShownCapture | null;
  /** Opens another capture screen (the "Add to…" pick leads to the pricing form). */
  open(request: CaptureRequest): void;
  close(): void;
  navigate(route: Route): void;
}

/**
 * The capture screens above the current one: the quick-note box, the client picker of a clip,
 * the prefilled pricing form, the company preview, the people of an email; and the toast that
 * confirms a clip (with its undo) or says why a capture could not be made.
 */
export function CaptureLayer({ shown, open, close, navigate }: CaptureLayerProps) {
  const t = useT();
  const db = getDatabase();
  const [toast, setToast] = useState<Toast | null>(null);
  useEffect(() => preloadWhenIdle([...CAPTURE_SCREENS, QuickNoteScreen, ClipPickScreen]), []);

  const say = (message: string, undo?: () => Promise<void>) =>
    setToast({ id: crypto.randomUUID(), message, undo });
  const nameOf = async (accountId: string) => (await getAccount(db, accountId))?.name ?? '';

  /** A clip is stored: show its client's file (the new entry on top) and confirm with an undo. */
  const confirmClip = async (target: 'note' | 'talkingPoint', accountId: string, rowId: string) => {
    navigate({ name: 'account', id: accountId });
    const name = await nameOf(accountId);
    say(t(`capture.clipped.${target}`, [name]), async () => {
      const w = await writes();
      await (target === 'note' ? w.deleteNote(db, rowId) : w.deleteTalkingPoint(db, rowId));
    });
  };

  const request = shown?.request ?? null;
  useEffect(() => {
    if (!request) return;
    if (request.kind === 'clipped') {
      close();
      void confirmClip(request.target, request.accountId, request.rowId);
    } else if (request.kind === 'failed') {
      close();
      say(failure(t, request.reason));
    } else if (request.kind === 'pricingNote' || request.kind === 'people') {
      navigate({ name: 'account', id: request.accountId });
    }
  }, [shown?.id]);

  const screen = () => {
    if (!shown || !request) return null;
    switch (request.kind) {
      case 'quickNote':
        return (
          <QuickNoteScreen
            key={shown.id}
            page={request.page}
            accountIds={request.accountIds}
            onSaved={(accountId) => navigate({ name: 'account', id: accountId })}
            onClose={close}
          />
        );
      case 'pick':
        return (
          <ClipPickScreen
            key={shown.id}
            target={request.target}
            source={request.source}
            accountIds={request.accountIds}
            onCancel={close}
            onPick={(accountId) => {
              if (request.target === 'pricingNote') {
                open({ kind: 'pricingNote', accountId, source: request.source });
                return;
              }
              close();
              void (async () => {
                const [w, { clipNoteDraft, clipTalkingPointDraft }] = await Promise.all([
                  writes(),
                  import('../../../lib/capture/core/clip'),
                ]);
                const row =
                  request.target === 'note'
                    ? await w.createNote(db, clipNoteDraft(accountId, request.source))
                    : await w.createTalkingPoint(db, clipTalkingPointDraft(accountId, request.source));
                await confirmClip(request.target as 'note' | 'talkingPoint', accountId, row.id);
              })().catch((e: unknown) => say(describeStorageError(e, t, () => failure(t, 'saveFailed'))));
            }}
          />
        );
      case 'pricingNote':
        return (
          <PricingClipScreen
            key={shown.id}
            accountId={request.accountId}
            source={request.source}
            onSaved={close}
            onCancel={close}
          />
        );
      case 'site':
        return (
          <SiteCaptureScreen
            key={shown.id}
            page={request.page}
            extract={request.extract}
            accountId={request.accountId}
            onDone={(accountId) => {
              close();
              if (accountId) navigate({ name: 'account', id: accountId });
            }}
          />
        );
      case 'people':
        return (
          <PeopleScreen key={shown.id} tabId={request.tabId} accountId={request.accountId} onDone={close} />
        );
      default:
        return null;
    }
  };

  return (
    <>
      {screen()}
      {toast && (
        <LazyCaptureToast
          key={toast.id}
          message={toast.message}
          onUndo={
            toast.undo
              ? () => {
                  const undo = toast.undo;
                  setToast(null);
                  void undo?.();
                }
              : undefined
          }
          onDismiss={() => setToast(null)}
        />
      )}
    </>
  );
}

function failure(t: (key: string, subs?: string[]) => string, reason: CaptureFailure): string {
  return t(`capture.failed.${reason}`);
}
