import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type CaptureRequest, takePendingCapture, watchPendingCaptures } from './pending';

/** A capture the panel is showing; `id` keys its screen so two gestures in a row start fresh. */
export interface ShownCapture {
  id: string;
  request: CaptureRequest;
}

/**
 * The capture the side panel shows now: one the background handed to this window (a gesture
 * made while the panel was closed is waiting in session storage; later ones arrive live), or one
 * the panel's own buttons opened. A new one replaces the one on screen.
 */
export function useCaptureRequests(): {
  shown: ShownCapture | null;
  open(request: CaptureRequest): void;
  close(): void;
} {
  const [shown, setShown] = useState<ShownCapture | null>(null);
  useEffect(() => {
    let stop = () => {};
    let active = true;
    void browser.windows.getCurrent().then(async ({ id: windowId }) => {
      if (!active || windowId === undefined) return;
      stop = watchPendingCaptures(windowId, (pending) =>
        setShown({ id: pending.id, request: pending.request }),
      );
      const waiting = await takePendingCapture(windowId);
      if (active && waiting) setShown({ id: waiting.id, request: waiting.request });
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  const open = useCallback((request: CaptureRequest) => setShown({ id: crypto.randomUUID(), request }), []);
  const close = useCallback(() => setShown(null), []);
  return { shown, open, close };
}
