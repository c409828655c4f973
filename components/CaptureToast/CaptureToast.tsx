import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './CaptureToast.module.css';

export interface CaptureToastProps {
  /** What happened, in the rep's words ("Clipped to Acme Logistics's timeline"): the host's message. */
  message: string;
  /** Offers Undo when given. */
  onUndo?(): void;
  /** Offers "Open file" when given. */
  onOpen?(): void;
  /** The dismiss button, Esc, or the timer. */
  onDismiss(): void;
  /** How long it stays while neither hovered nor focused (restarts when left); 0 keeps it. Default 6000. */
  durationMs?: number;
}

/**
 * A small status after a capture ("Clipped to <client>'s file", or why it could not be made),
 * with Undo and Open when the host offers them and a dismiss button. It goes by itself after
 * `durationMs` unless the pointer is over it or focus is in it (then the time starts again when
 * they leave).
 */
export function CaptureToast({ message, onUndo, onOpen, onDismiss, durationMs = 6000 }: CaptureToastProps) {
  const t = useT();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // The latest callback, so a host re-rendering with a new function does not restart the timer.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  useEffect(() => {
    if (hovered || focused || !(durationMs > 0) || !Number.isFinite(durationMs)) return;
    const timer = setTimeout(() => dismiss.current(), durationMs);
    return () => clearTimeout(timer);
  }, [hovered, focused, durationMs]);

  return (
    <div
      class={styles.toast}
      role="status"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocusIn={() => setFocused(true)}
      onFocusOut={(e) => {
        const next = e.relatedTarget;
        if (!(next instanceof Node && e.currentTarget.contains(next))) setFocused(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDismiss();
        }
      }}
    >
      <p class={styles.message}>{message}</p>
      <div class={styles.actions}>
        {onUndo && (
          <Button small variant="ghost" onClick={onUndo}>
            {t('capture.toast.undo')}
          </Button>
        )}
        {onOpen && (
          <Button small variant="ghost" onClick={onOpen}>
            {t('capture.toast.open')}
          </Button>
        )}
        <Button small variant="ghost" aria-label={t('capture.toast.dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
    </div>
  );
}
