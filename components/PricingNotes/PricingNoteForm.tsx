import type { SubKey } from '../../lib/model/messages';
import type { FieldErrors, PricingNoteDraft } from '../../lib/model/types';
import { CURRENCIES, PRICE_SENSITIVITIES } from '../../lib/model/vocabulary';
import { Form } from '../Form/Form';
import { DateField, NumberField, SelectField, TextArea, TextField } from '../Form/fields';
import { FieldRow } from '../Form/Layout';
import { useT } from '../i18n';

interface PricingNoteFormProps {
  title: string;
  initial: PricingNoteDraft;
  onSubmit(draft: PricingNoteDraft): Promise<FieldErrors | null>;
  onSaved(): void;
  onCancel(): void;
}

export function PricingNoteForm({ title, initial, onSubmit, onSaved, onCancel }: PricingNoteFormProps) {
  const t = useT();
  const label = (field: SubKey<'pricingField'>) => t(`pricingField.${field}`);
  return (
    <Form title={title} initial={initial} onSubmit={onSubmit} onSaved={onSaved} onCancel={onCancel}>
      <TextField path="product" label={label('product')} />
      <FieldRow>
        <SelectField
          path="currency"
          label={label('currency')}
          options={CURRENCIES}
          labelOf={(v) => t(`currency.${v}`)}
        />
        <NumberField path="listPrice" label={label('listPrice')} />
      </FieldRow>
      <FieldRow>
        <NumberField path="floorPrice" label={label('floorPrice')} />
        <NumberField path="approvedDiscountPct" label={label('approvedDiscountPct')} />
      </FieldRow>
      <TextField path="approver" label={label('approver')} />
      <FieldRow>
        <TextField path="competitor" label={label('competitor')} />
        <NumberField path="competitorPrice" label={label('competitorPrice')} />
      </FieldRow>
      <FieldRow>
        <SelectField
          path="priceSensitivity"
          label={label('priceSensitivity')}
          options={PRICE_SENSITIVITIES}
          labelOf={(v) => t(`priceSensitivity.${v}`)}
          nullable
        />
        <DateField path="validUntil" label={label('validUntil')} />
      </FieldRow>
      <TextArea path="text" label={label('text')} />
    </Form>
  );
}
