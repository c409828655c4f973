import type { ClientFileActions } from '../../lib/model/client-file-actions';
import { emptyTimelineNoteDraft } from '../../lib/model/defaults';
import type { Contact, TimelineNote } from '../../lib/model/types';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { formatDateTime, intlLocale } from '../format';
import { useT } from '../i18n';
import { NoteForm } from '../Lazy/forms';
import styles from '../Section/Item.module.css';
import { EmptyState, Section } from '../Section/Section';
import { toDraft } from '../Section/toDraft';
import { useItemEditor } from '../Section/useItemEditor';
import { NoteItem } from './NoteItem';

interface TimelineProps {
  accountId: string;
  /** Newest first. */
  notes: TimelineNote[];
  contacts: Contact[];
  now: Date;
  actions: Pick<ClientFileActions, 'saveNote' | 'deleteNote'>;
}

export function Timeline({ accountId, notes, contacts, now, actions }: TimelineProps) {
  const t = useT();
  const editor = useItemEditor();
  const pending = notes.find((n) => n.id === editor.pendingDelete);
  const contactOf = (id: string | null) => contacts.find((c) => c.id === id);
  return (
    <Section
      title={t('timeline.title')}
      count={notes.length}
      addLabel={t('timeline.add')}
      onAdd={editor.startNew}
    >
      {editor.isNew && (
        <div class={styles.formSlot}>
          <NoteForm
            title={t('timeline.newTitle')}
            initial={emptyTimelineNoteDraft(accountId, now)}
            contacts={contacts}
            onSubmit={(draft) => actions.saveNote(null, draft)}
            onSaved={editor.close}
            onCancel={editor.close}
          />
        </div>
      )}
      {notes.length === 0 && !editor.isNew && <EmptyState>{t('timeline.empty')}</EmptyState>}
      <ol class={styles.list}>
        {notes.map((note) => (
          <li key={note.id}>
            {editor.editing === note.id ? (
              <NoteForm
                title={t('timeline.editTitle')}
                initial={toDraft(note)}
                contacts={contacts}
                onSubmit={(draft) => actions.saveNote(note.id, draft)}
                onSaved={editor.close}
                onCancel={editor.close}
              />
            ) : (
              <NoteItem
                note={note}
                contact={contactOf(note.contactId)}
                onEdit={() => editor.startEdit(note.id)}
                onDelete={() => editor.askDelete(note.id)}
              />
            )}
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={pending !== undefined}
        title={t('timeline.deleteTitle')}
        message={t('timeline.deleteMessage', [
          pending ? formatDateTime(pending.occurredAt, intlLocale(t)) : '',
        ])}
        confirmLabel={t('common.delete')}
        onCancel={editor.cancelDelete}
        onConfirm={() => {
          if (pending) void actions.deleteNote(pending.id);
          editor.cancelDelete();
        }}
      />
    </Section>
  );
}
