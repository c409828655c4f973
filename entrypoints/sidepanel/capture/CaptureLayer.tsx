import { useEffect } from 'preact/hooks';
import { CAPTURE_SCREENS, LazyCaptureToast } from '../../../components/Capture/lazy';
import { useT } from '../../../components/i18n';
import { lazy, preloadWhenIdle } from '../../../components/Lazy/lazy';
import type { CaptureRequest } from '../../../lib/capture/pending';
import { useCaptureLayer } from '../../../lib/capture/use-capture-layer';
import type { ShownCapture } from '../../../lib/capture/use-capture-requests';
import { getDatabase } from '../../../lib/db/database';
import { describeStorageError } from '../../../lib/db/storage-error';
import type { Route } from '../../../lib/platform/route';

// The screens load on their gesture (and when the panel is idle): the first paint stays small.
const ClipPickScreen = lazy(() => import('./ClipPickScreen').then((m) => m.ClipPickScreen));
const QuickNoteScreen = lazy(() => import('./QuickNoteScreen').then((m) => m.QuickNoteScreen));
const PeopleScreen = lazy(() => import('./PeopleScreen').then((m) => m.PeopleScreen));
const PricingClipScreen = lazy(() => import('./PricingClipScreen').then((m) => m.PricingClipScreen));
const SiteCaptureScreen = lazy(() => import('./SiteCaptureScreen').then((m) => m.SiteCaptureScreen));

interface CaptureLayerProps {
  shown: ShownCapture | null;
  /** Opens another capture screen (the "Add to…" pick leads to the pricing form). */
  open(request: CaptureRequest): void;
  close(): void;
  navigate(route: Route): void;
}

/**
 * The capture screens above the current one (what happens with each capture:
 * lib/capture/use-capture-layer.ts): the quick-note box, the client picker of a clip,
 * the prefilled pricing form, the company preview, the people of an email; and the toast that
 * confirms a clip (with its undo) or says why a capture could not be made.
 */
export function CaptureLayer({ shown, open, close, navigate }: CaptureLayerProps) {
  const t = useT();
  const layer = useCaptureLayer(getDatabase(), shown, close, navigate, {
    t,
    writeFailed: (error, fallback) => describeStorageError(error, t, () => fallback),
  });
  useEffect(() => preloadWhenIdle([...CAPTURE_SCREENS, QuickNoteScreen, ClipPickScreen]), []);
  const request = shown?.request ?? null;

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
              layer.clipTo(accountId, request.target, request.source);
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
      {layer.toast && (
        <LazyCaptureToast
          key={layer.toast.id}
          message={layer.toast.message}
          onUndo={layer.toast.undo ? layer.undo : undefined}
          onDismiss={layer.dismiss}
        />
      )}
    </>
  );
}
