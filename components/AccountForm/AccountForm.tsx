import type { SubKey } from '../../lib/model/messages';
import type { AccountDraft, FieldErrors } from '../../lib/model/types';
import {
  INDUSTRIES,
  KEY_ACCOUNT_TYPES,
  LIFECYCLE_STAGES,
  PORTFOLIO_QUADRANTS,
  PURCHASE_TYPES,
  SCORES,
  TIERS,
} from '../../lib/model/vocabulary';
import { Form } from '../Form/Form';
import { DateField, ListField, NumberField, SelectField, TextArea, TextField } from '../Form/fields';
import { FieldGroup, FieldRow } from '../Form/Layout';
import { useT } from '../i18n';
import styles from './AccountForm.module.css';

interface AccountFormProps {
  initial: AccountDraft;
  onSubmit(draft: AccountDraft): Promise<FieldErrors | null>;
  onCancel(): void;
  title: string;
}

/** Every field of an account, grouped as the client file groups them. Used for new and edit. */
export function AccountForm({ initial, onSubmit, onCancel, title }: AccountFormProps) {
  const t = useT();
  const label = (path: SubKey<'accountField'>) => t(`accountField.${path}`);
  const text = (path: SubKey<'accountField'>) => <TextField path={path} label={label(path)} />;
  const area = (path: SubKey<'accountField'>) => <TextArea path={path} label={label(path)} rows={2} />;
  const monthDay = (path: SubKey<'accountField'>) => (
    <TextField path={path} label={label(path)} placeholder={t('form.monthDayHint')} />
  );

  return (
    <div class={styles.accountForm}>
      <Form title={title} initial={initial} onSubmit={onSubmit} onCancel={onCancel}>
        <FieldGroup legend={t('profile.group.identity')}>
          {text('name')}
          <ListField path="aliases" label={label('aliases')} />
          <FieldRow>
            <SelectField path="tier" label={label('tier')} options={TIERS} labelOf={(v) => t(`tier.${v}`)} />
            <SelectField
              path="portfolioQuadrant"
              label={label('portfolioQuadrant')}
              options={PORTFOLIO_QUADRANTS}
              labelOf={(v) => t(`portfolioQuadrant.${v}`)}
            />
          </FieldRow>
          <SelectField
            path="industry"
            label={label('industry')}
            options={INDUSTRIES}
            labelOf={(v) => t(`industry.${v}`)}
          />
          <FieldRow>
            <SelectField
              path="lifecycleStage"
              label={label('lifecycleStage')}
              options={LIFECYCLE_STAGES}
              labelOf={(v) => t(`lifecycleStage.${v}`)}
            />
            <SelectField
              path="keyAccountType"
              label={label('keyAccountType')}
              options={KEY_ACCOUNT_TYPES}
              labelOf={(v) => t(`keyAccountType.${v}`)}
              nullable
            />
          </FieldRow>
        </FieldGroup>

        <FieldGroup legend={t('profile.group.followUp')}>
          <FieldRow>
            <NumberField path="cadenceDays" label={label('cadenceDays')} />
            <DateField path="nextContactDate" label={label('nextContactDate')} />
          </FieldRow>
          <FieldRow>
            <SelectField
              path="satisfaction"
              label={label('satisfaction')}
              options={SCORES}
              labelOf={(v) => t(`score.s${v}`)}
              nullable
            />
            <SelectField
              path="loyalty"
              label={label('loyalty')}
              options={SCORES}
              labelOf={(v) => t(`score.s${v}`)}
              nullable
            />
          </FieldRow>
        </FieldGroup>

        <FieldGroup legend={t('profile.group.needs')}>
          {area('needs.current')}
          {area('needs.latent')}
          <ListField path="needs.keyBuyingFactors" label={label('needs.keyBuyingFactors')} />
          {area('needs.decisionProcess')}
          <SelectField
            path="needs.purchaseType"
            label={label('needs.purchaseType')}
            options={PURCHASE_TYPES}
            labelOf={(v) => t(`purchaseType.${v}`)}
            nullable
          />
          <ListField path="needs.competitors" label={label('needs.competitors')} />
          {area('needs.competitiveSituation')}
        </FieldGroup>

        <FieldGroup legend={t('profile.group.basic')}>
          {text('basic.legalName')}
          {area('basic.address')}
          <FieldRow>
            {text('basic.phone')}
            {text('basic.fax')}
          </FieldRow>
          <TextField
            path="basic.website"
            label={label('basic.website')}
            type="url"
            placeholder={t('form.urlPlaceholder')}
          />
          <ListField path="websiteDomains" label={label('websiteDomains')} />
          <ListField path="emailDomains" label={label('emailDomains')} />
          <TextField path="basic.email" label={label('basic.email')} type="email" />
          <ListField path="basic.socialProfiles" label={label('basic.socialProfiles')} />
          <TextField
            path="basic.logoUrl"
            label={label('basic.logoUrl')}
            type="url"
            placeholder={t('form.urlPlaceholder')}
          />
          {text('basic.bankAccount')}
          {text('basic.taxId')}
        </FieldGroup>

        <FieldGroup legend={t('profile.group.business')}>
          {area('business.description')}
          {text('business.size')}
          {area('business.strategy')}
          {area('business.financialSituation')}
          <FieldRow>
            {monthDay('business.fiscalYearStart')}
            {monthDay('business.fiscalYearEnd')}
          </FieldRow>
          {area('business.productsInUse')}
          {area('business.usageHistory')}
        </FieldGroup>

        <FieldGroup legend={t('profile.group.logistics')}>
          {text('logistics.deliveryPriority')}
          {text('logistics.serviceLevel')}
          <FieldRow>
            {text('logistics.billingTerms')}
            {text('logistics.paymentTerms')}
          </FieldRow>
          {text('logistics.credit')}
        </FieldGroup>
      </Form>
    </div>
  );
}
