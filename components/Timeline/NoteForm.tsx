import { useEffect } from 'preact/hooks';
import { openComplaint } from '../../lib/model/defaults';
import type { SubKey } from '../../lib/model/messages';
import type { ComplaintCourse, Contact, FieldErrors, TimelineNoteDraft } from '../../lib/model/types';
import { COMPLAINT_STATUSES, NOTE_KINDS, type NoteKind } from '../../lib/model/vocabulary';
import { useField } from '../Form/Field';
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
      <ComplaintFields />
    </Form>
  );
}

/** A complaint's course (open → answered → closed) and how it was answered; only on a complaint. */
function ComplaintFields() {
  const t = useT();
  const [kind] = useField<NoteKind>('kind');
  const [course, setCourse] = useField<ComplaintCourse | null>('complaint');
  // The draft stays whole: a note made a complaint starts its course open, one made something else drops it.
  useEffect(() => {
    if (kind === 'complaint' && course === null) setCourse(openComplaint());
    if (kind !== 'complaint' && course !== null) setCourse(null);
  }, [kind, course === null]);
  if (kind !== 'complaint' || course === null) return null;
  return (
    <>
      <SelectField
        path="complaint.status"
        label={t('noteField.complaintStatus')}
        options={COMPLAINT_STATUSES}
        labelOf={(v) => t(`complaintStatus.${v}`)}
      />
      <TextArea path="complaint.response" label={t('noteField.complaintResponse')} rows={2} />
    </>
  );
}
