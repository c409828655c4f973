import type { ClientFileActions } from '../../lib/model/client-file-actions';
import { emptyPricingNoteDraft } from '../../lib/model/defaults';
import type { PricingNote } from '../../lib/model/types';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { useT } from '../i18n';
import { PricingNoteForm } from '../Lazy/forms';
import styles from '../Section/Item.module.css';
import { EmptyState, Section } from '../Section/Section';
import { toDraft } from '../Section/toDraft';
import { useItemEditor } from '../Section/useItemEditor';
import { PricingNoteCard } from './PricingNoteCard';

interface PricingNotesProps {
  accountId: string;
  notes: PricingNote[];
  now: Date;
  actions: Pick<ClientFileActions, 'savePricingNote' | 'deletePricingNote'>;
}

export function PricingNotes({ accountId, notes, now, actions }: PricingNotesProps) {
  const t = useT();
  const editor = useItemEditor();
  const pending = notes.find((n) => n.id === editor.pendingDelete);
  return (
    <Section
      title={t('pricing.title')}
      count={notes.length}
      addLabel={t('pricing.add')}
      onAdd={editor.startNew}
    >
      {editor.isNew && (
        <div class={styles.formSlot}>
          <PricingNoteForm
            title={t('pricing.newTitle')}
            initial={emptyPricingNoteDraft(accountId)}
            onSubmit={(draft) => actions.savePricingNote(null, draft)}
            onSaved={editor.close}
            onCancel={editor.close}
          />
        </div>
      )}
      {notes.length === 0 && !editor.isNew && <EmptyState>{t('pricing.empty')}</EmptyState>}
      <ul class={styles.list}>
        {notes.map((note) => (
          <li key={note.id}>
            {editor.editing === note.id ? (
              <PricingNoteForm
                title={t('pricing.editTitle')}
                initial={toDraft(note)}
                onSubmit={(draft) => actions.savePricingNote(note.id, draft)}
                onSaved={editor.close}
                onCancel={editor.close}
              />
            ) : (
              <PricingNoteCard
                note={note}
                now={now}
                onEdit={() => editor.startEdit(note.id)}
                onDelete={() => editor.askDelete(note.id)}
              />
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={pending !== undefined}
        title={t('pricing.deleteTitle')}
        message={t('pricing.deleteMessage', [pending?.product ?? ''])}
        confirmLabel={t('common.delete')}
        onCancel={editor.cancelDelete}
        onConfirm={() => {
          if (pending) void actions.deletePricingNote(pending.id);
          editor.cancelDelete();
        }}
      />
    </Section>
  );
}
