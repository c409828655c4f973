import type { SubKey } from '../../lib/model/messages';
import type { ContactDraft, FieldErrors } from '../../lib/model/types';
import { BUYING_ROLES, CONTACT_STATUSES, SOCIAL_STYLES } from '../../lib/model/vocabulary';
import { Form } from '../Form/Form';
import { ListField, SelectField, TextArea, TextField } from '../Form/fields';
import { FieldRow } from '../Form/Layout';
import { useT } from '../i18n';

interface ContactFormProps {
  title: string;
  initial: ContactDraft;
  onSubmit(draft: ContactDraft): Promise<FieldErrors | null>;
  onSaved(): void;
  onCancel(): void;
}

export function ContactForm({ title, initial, onSubmit, onSaved, onCancel }: ContactFormProps) {
  const t = useT();
  const label = (field: SubKey<'contactField'>) => t(`contactField.${field}`);
  return (
    <Form title={title} initial={initial} onSubmit={onSubmit} onSaved={onSaved} onCancel={onCancel}>
      <TextField path="name" label={label('name')} />
      <FieldRow>
        <TextField path="title" label={label('title')} />
        <SelectField
          path="status"
          label={label('status')}
          options={CONTACT_STATUSES}
          labelOf={(v) => t(`contactStatus.${v}`)}
        />
      </FieldRow>
      <FieldRow>
        <SelectField
          path="buyingRole"
          label={label('buyingRole')}
          options={BUYING_ROLES}
          labelOf={(v) => t(`buyingRole.${v}`)}
          nullable
        />
        <SelectField
          path="socialStyle"
          label={label('socialStyle')}
          options={SOCIAL_STYLES}
          labelOf={(v) => t(`socialStyle.${v}`)}
          nullable
        />
      </FieldRow>
      <ListField path="emails" label={label('emails')} />
      <ListField path="phones" label={label('phones')} />
      <TextField path="birthday" label={label('birthday')} hint={t('form.birthdayHint')} nullable />
      <ListField path="interests" label={label('interests')} />
      <TextArea path="family" label={label('family')} rows={2} />
      <TextArea path="prejudices" label={label('prejudices')} rows={2} />
      <TextArea path="notes" label={label('notes')} />
    </Form>
  );
}
