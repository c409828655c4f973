import type { SubKey } from '../../lib/model/messages';
import type { Contact, FieldErrors, TimelineNoteDraft } from '../../lib/model/types';
import { NOTE_KINDS } from '../../lib/model/vocabulary';
import { Form } from '../Form/Form';
import { DateField, DateTimeField, SelectField, TextArea } from '../Form/fields';
import { FieldRow } from '../Form/Layout';
import { useT } from '../i18n';

interface NoteFormProps {
  title: string;
  initial: TimelineNoteDraft;
  contacts: Contact[];
  onSubmit(draft: TimelineNoteDraft): Promise<FieldErrors | null>;
  onSaved(): void;
  onCancel(): void;
}

export function NoteForm({ title, initial, contacts, onSubmit, onSaved, onCancel }: NoteFormProps) {
  const t = useT();
  const label = (field: SubKey<'noteField'>) => t(`noteField.${field}`);
  return (
    <Form title={title} initial={initial} onSubmit={onSubmit} onSaved={onSaved} onCancel={onCancel}>
      <FieldRow>
        <SelectField
          path="kind"
          label={label('kind')}
          hint={t('noteField.kindHint')}
          options={NOTE_KINDS}
          labelOf={(v) => t(`noteKind.${v}`)}
        />
        <SelectField
          path="contactId"
          label={label('contactId')}
          options={contacts.map((c) => c.id)}
          labelOf={(id) => contacts.find((c) => c.id === id)?.name ?? id}
          nullable
        />
      </FieldRow>
      <FieldRow>
        <DateTimeField path="occurredAt" label={label('occurredAt')} />
        <DateField path="followUpDate" label={label('followUpDate')} />
      </FieldRow>
      <TextArea path="text" label={label('text')} rows={4} />
    </Form>
  );
}
