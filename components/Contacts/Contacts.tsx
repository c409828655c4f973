import type { ClientFileActions } from '../../lib/model/client-file-actions';
import { emptyContactDraft } from '../../lib/model/defaults';
import type { Contact } from '../../lib/model/types';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { useT } from '../i18n';
import { ContactForm } from '../Lazy/forms';
import styles from '../Section/Item.module.css';
import { EmptyState, Section } from '../Section/Section';
import { toDraft } from '../Section/toDraft';
import { useItemEditor } from '../Section/useItemEditor';
import { ContactCard } from './ContactCard';

interface ContactsProps {
  accountId: string;
  contacts: Contact[];
  actions: Pick<ClientFileActions, 'saveContact' | 'deleteContact'>;
}

export function Contacts({ accountId, contacts, actions }: ContactsProps) {
  const t = useT();
  const editor = useItemEditor();
  const pending = contacts.find((c) => c.id === editor.pendingDelete);
  return (
    <Section
      title={t('contacts.title')}
      count={contacts.length}
      addLabel={t('contacts.add')}
      onAdd={editor.startNew}
    >
      {editor.isNew && (
        <div class={styles.formSlot}>
          <ContactForm
            title={t('contacts.newTitle')}
            initial={emptyContactDraft(accountId)}
            onSubmit={(draft) => actions.saveContact(null, draft)}
            onSaved={editor.close}
            onCancel={editor.close}
          />
        </div>
      )}
      {contacts.length === 0 && !editor.isNew && <EmptyState>{t('contacts.empty')}</EmptyState>}
      <ul class={styles.list}>
        {contacts.map((contact) => (
          <li key={contact.id}>
            {editor.editing === contact.id ? (
              <ContactForm
                title={t('contacts.editTitle', [contact.name])}
                initial={toDraft(contact)}
                onSubmit={(draft) => actions.saveContact(contact.id, draft)}
                onSaved={editor.close}
                onCancel={editor.close}
              />
            ) : (
              <ContactCard
                contact={contact}
                onEdit={() => editor.startEdit(contact.id)}
                onDelete={() => editor.askDelete(contact.id)}
              />
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={pending !== undefined}
        title={t('contacts.deleteTitle', [pending?.name ?? ''])}
        message={t('contacts.deleteMessage', [pending?.name ?? ''])}
        confirmLabel={t('common.delete')}
        onCancel={editor.cancelDelete}
        onConfirm={() => {
          if (pending) void actions.deleteContact(pending.id);
          editor.cancelDelete();
        }}
      />
    </Section>
  );
}
