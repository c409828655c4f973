import { useEffect } from 'preact/hooks';
import { CAPTURE_SCREENS, LazyCaptureToast } from '../../../components/Capture/lazy';
import { useT } from '../../../components/i18n';
import { preloadWhenIdle } from '../../../components/Lazy/lazy';
import type { CaptureRequest } from '../../../lib/capture/pending';
import { useCaptureLayer } from '../../../lib/capture/use-capture-layer';
import type { ShownCapture } from '../../../lib/capture/use-capture-requests';
import { getDatabase } from '../../../lib/db/database';
import { describeStorageError } from '../../../lib/db/storage-error';
import type { Route } from '../../../lib/platform/route';
import { CaptureScreen, ClipPickScreen, QuickNoteScreen } from './CaptureScreen';

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
  return (
    <>
      <CaptureScreen shown={shown} open={open} close={close} navigate={navigate} onPicked={layer.picked} />
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
