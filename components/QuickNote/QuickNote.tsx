import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Contact, FieldErrors, Provenance, TimelineNoteDraft } from '../../lib/model/types';
import { NOTE_KINDS, type NoteKind } from '../../lib/model/vocabulary';
import { AccountPicker, type PickerAccount } from '../AccountPicker/AccountPicker';
import { Button } from '../Button/Button';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { errorMessage } from '../Form/Form';
import form from '../Form/Form.module.css';
import { safeHttpUrl } from '../format';
import { useT } from '../i18n';
import styles from './QuickNote.module.css';

/** What a quick note can be: every kind but a clip (clips come from a selection). */
export const QUICK_NOTE_KINDS = NOTE_KINDS.filter(
  (kind): kind is Exclude<NoteKind, 'clip'> => kind !== 'clip',
);

/** The fields the box shows errors beside; errors on any other path are listed above the text. */
const OWN_FIELDS = ['kind', 'contactId', 'followUpDate', 'text'] as const;

export interface QuickNoteProps {
  /** Candidates for the picker, the clients matched on the page first. */
  /** `undefined` while they load. */
  accounts: readonly PickerAccount[] | undefined;
  /**
   * The client the note is for: preselected when the page is about exactly one; null asks first;
   * undefined while not known yet (the box is up and takes the text; the client follows).
   */
  accountId: string | null | undefined;
  /** Its name, shown in the header (falls back to the candidate's name). */
  accountName?: string;
  /** Contacts of the chosen client. */
  contacts: readonly Contact[];
  /** The page the box was opened on, kept as the note's source ("from <title>"); null when none. */
  page: { url: string; title: string } | null;
  /** The moment the note happens and is captured; the host passes a fresh one each render. */
  now: Date;
  onAccountChange(accountId: string): void;
  /** Writes the note; resolves null once it is stored, or the errors by field path. */
  onSave(draft: TimelineNoteDraft): Promise<FieldErrors | null>;
  onClose(): void;
}

/** The page as the note's source: its link and title, captured now; only an http(s) page counts. */
function pageSource(page: QuickNoteProps['page'], now: Date): Provenance | null {
  if (!page || !safeHttpUrl(page.url)) return null;
  return {
    url: page.url,
    title: page.title,
    capturedAt: now.toISOString(),
    selection: '',
    heading: '',
    email: null,
  };
}

/**
 * The quick-note box the shortcut opens: the client (picked first when unknown), kind, contact,
 * follow-up date and the text, focused on mount. Enter saves, Shift+Enter is a new line, Esc
 * closes (asking first when typed text would be lost). It says "Saved" only once `onSave` resolved
 * null, then clears the text for the next note about the same client; on errors it keeps the text
 * and shows them. Light on purpose (no form kit, no data of its own): it must take keys within
 * 100 ms of the shortcut, before the client is even known — text typed meanwhile stays when the
 * picker asks for the client first.
 */
export function QuickNote(props: QuickNoteProps) {
  const { accounts, accountId, contacts, page, now, onSave, onClose } = props;
  const t = useT();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const mounted = useRef(true);
  const [picking, setPicking] = useState(false);
  const [kind, setKind] = useState<NoteKind>('note');
  const [contactId, setContactId] = useState<string | null>(null);
  const [followUpDate, setFollowUpDate] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [askingDiscard, setAskingDiscard] = useState(false);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const choosing = picking || accountId === null;
  // A layout effect: the caret is in the box in the same frame it appears.
  useLayoutEffect(() => {
    if (!choosing) textRef.current?.focus();
  }, [choosing, accountId]);

  const name = props.accountName ?? accounts?.find((a) => a.id === accountId)?.name ?? '';
  const contact = contacts.some((c) => c.id === contactId) ? contactId : null;
  const fieldId = (field: string) => `${id}-${field}`;
  const errorFor = (field: string) => errors[field];
  const otherErrors = Object.entries(errors).filter(
    ([path]) => !(OWN_FIELDS as readonly string[]).includes(path),
  );

  const save = async () => {
    if (saving || accountId == null) return;
    if (!text.trim()) {
      setErrors({ text: 'required' });
      setSaved(false);
      return;
    }
    const draft: TimelineNoteDraft = {
      accountId,
      contactId: contact,
      kind,
      occurredAt: now.toISOString(),
      text,
      source: pageSource(page, now),
      followUpDate,
      // A complaint's course starts open where it is stored (lib/db).
      complaint: null,
    };
    setSaving(true);
    setSaved(false);
    try {
      const result = await onSave(draft);
      if (!mounted.current) return;
      setErrors(result ?? {});
      if (result === null) {
        setText('');
        setFollowUpDate(null);
        setSaved(true);
      }
    } finally {
      if (mounted.current) setSaving(false);
    }
    textRef.current?.focus();
  };

  // Closing with typed text unsaved asks first: an Esc meant for the IME or a menu must not lose a note.
  const close = () => {
    if (text.trim()) setAskingDiscard(true);
    else onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing) {
      event.preventDefault();
      close();
    }
  };

  const onTextKeyDown = (event: KeyboardEvent) => {
    // Enter while an IME is composing (pinyin) commits the characters, it does not save.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    void save();
  };

  const fieldError = (field: string) => {
    const code = errorFor(field);
    return code ? (
      <p id={fieldId(`${field}-error`)} class={form.error}>
        {errorMessage(t, code)}
      </p>
    ) : null;
  };
  const aria = (field: string, hintId?: string) => ({
    id: fieldId(field),
    'aria-invalid': errorFor(field) !== undefined,
    'aria-describedby':
      [hintId, errorFor(field) ? fieldId(`${field}-error`) : undefined].filter(Boolean).join(' ') ||
      undefined,
  });

  return (
    <section class={styles.box} aria-labelledby={fieldId('title')} onKeyDown={onKeyDown}>
      <div class={styles.head}>
        <h2 id={fieldId('title')} class={styles.title}>
          {t('capture.quickNote.title')}
        </h2>
        <Button small variant="ghost" onClick={close}>
          {t('common.close')}
        </Button>
      </div>
      {choosing ? (
        <AccountPicker
          label={t('capture.quickNote.pickAccount')}
          accounts={accounts}
          onPick={(picked) => {
            setPicking(false);
            setSaved(false);
            props.onAccountChange(picked);
          }}
          onCancel={() => (accountId === null ? close() : setPicking(false))}
        />
      ) : (
        <form
          class={styles.form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div class={styles.account}>
            <span class={styles.accountName}>
              {t('capture.quickNote.forAccount', [accountId === undefined ? '…' : name])}
            </span>
            {accountId !== undefined && (
              <Button small variant="ghost" onClick={() => setPicking(true)}>
                {t('capture.quickNote.changeAccount')}
              </Button>
            )}
          </div>
          {page && <p class={styles.from}>{t('capture.quickNote.from', [page.title || page.url])}</p>}
          <div class={styles.row}>
            <div class={form.field}>
              <label for={fieldId('kind')} class={form.label}>
                {t('noteField.kind')}
              </label>
              <select
                {...aria('kind', fieldId('kind-hint'))}
                class={form.input}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as NoteKind)}
              >
                {QUICK_NOTE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`noteKind.${k}`)}
                  </option>
                ))}
              </select>
              {fieldError('kind')}
            </div>
            <div class={form.field}>
              <label for={fieldId('contactId')} class={form.label}>
                {t('noteField.contactId')}
              </label>
              <select
                {...aria('contactId')}
                class={form.input}
                value={contact ?? ''}
                onChange={(e) => setContactId(e.currentTarget.value || null)}
              >
                <option value="">{t('common.none')}</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {fieldError('contactId')}
            </div>
            <div class={form.field}>
              <label for={fieldId('followUpDate')} class={form.label}>
                {t('noteField.followUpDate')}
              </label>
              <input
                {...aria('followUpDate')}
                class={form.input}
                type="date"
                value={followUpDate ?? ''}
                onInput={(e) => setFollowUpDate(e.currentTarget.value || null)}
              />
              {fieldError('followUpDate')}
            </div>
          </div>
          {/* Under the whole row: in the popup's narrow columns it would wrap to four lines. */}
          <p id={fieldId('kind-hint')} class={form.hint}>
            {t('noteField.kindHint')}
          </p>
          {otherErrors.length > 0 && (
            <ul class={form.topErrors} role="alert">
              {otherErrors.map(([path, code]) => (
                <li key={path}>
                  {path && `${path}: `}
                  {errorMessage(t, code)}
                </li>
              ))}
            </ul>
          )}
          <div class={form.field}>
            <label for={fieldId('text')} class={form.label}>
              {t('noteField.text')}
            </label>
            <textarea
              ref={textRef}
              {...aria('text')}
              aria-describedby={[fieldId('hint'), errorFor('text') && fieldId('text-error')]
                .filter(Boolean)
                .join(' ')}
              class={`${form.input} ${styles.text}`}
              rows={3}
              value={text}
              onInput={(e) => {
                setText(e.currentTarget.value);
                setSaved(false);
              }}
              onKeyDown={onTextKeyDown}
            />
            <p id={fieldId('hint')} class={form.hint}>
              {t('capture.quickNote.hint')}
            </p>
            {fieldError('text')}
          </div>
          <div class={styles.actions}>
            <p class={styles.status} role="status" aria-live="polite">
              {saved ? t('capture.quickNote.saved', [name]) : ''}
            </p>
            <Button variant="primary" type="submit" disabled={saving}>
              {saving ? t('common.saving') : t('common.save')}
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={askingDiscard}
        title={t('capture.quickNote.discardTitle')}
        message={name ? t('capture.quickNote.discardMessage', [name]) : t('capture.quickNote.discardUnnamed')}
        confirmLabel={t('form.discard')}
        cancelLabel={t('capture.quickNote.keepWriting')}
        onCancel={() => {
          setAskingDiscard(false);
          textRef.current?.focus();
        }}
        onConfirm={() => {
          setAskingDiscard(false);
          onClose();
        }}
      />
    </section>
  );
}
