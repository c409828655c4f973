import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { Button } from '../Button/Button';
import { useT } from '../i18n';
import styles from './ConfirmDialog.module.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  /** Shown under the message (what exactly the action replaces, say). */
  details?: ComponentChildren;
  confirmLabel: string;
  /** The way back, when "Cancel" would not say it ("Keep writing"). */
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal confirmation on the native <dialog>; Esc cancels. */
export function ConfirmDialog({
  open,
  title,
  message,
  details,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', ''); // no showModal (old engines, test DOMs)
      }
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      class={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault(); // keep the dialog in sync with `open`; the parent closes it
        onCancel();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Handled here: the form or box the dialog sits in must not read this Esc as its own.
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h2 id={titleId} class={styles.title}>
        {title}
      </h2>
      <p id={messageId} class={styles.message}>
        {message}
      </p>
      {details}
      <div class={styles.actions}>
        <Button variant="secondary" onClick={onCancel} autoFocus>
          {cancelLabel ?? t('common.cancel')}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
