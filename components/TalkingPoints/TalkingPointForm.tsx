import type { Contact, FieldErrors, TalkingPointDraft } from '../../lib/model/types';
import { Form } from '../Form/Form';
import { SelectField, TextArea } from '../Form/fields';
import { useT } from '../i18n';

interface TalkingPointFormProps {
  title: string;
  initial: TalkingPointDraft;
  contacts: Contact[];
  onSubmit(draft: TalkingPointDraft): Promise<FieldErrors | null>;
  onSaved(): void;
  onCancel(): void;
}

export function TalkingPointForm({
  title,
  initial,
  contacts,
  onSubmit,
  onSaved,
  onCancel,
}: TalkingPointFormProps) {
  const t = useT();
  return (
    <Form title={title} initial={initial} onSubmit={onSubmit} onSaved={onSaved} onCancel={onCancel}>
      <TextArea path="text" label={t('talkingPointField.text')} />
      {contacts.length > 0 && (
        <SelectField
          path="contactId"
          label={t('talkingPointField.contactId')}
          options={contacts.map((c) => c.id)}
          labelOf={(cid) => contacts.find((c) => c.id === cid)?.name ?? cid}
          nullable
        />
      )}
    </Form>
  );
}
