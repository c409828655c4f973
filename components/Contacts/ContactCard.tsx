import type { ComponentChildren } from 'preact';
import type { Contact } from '../../lib/model/types';
import { Badge } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { formatBirthday, intlLocale } from '../format';
import { useT } from '../i18n';
import { Facts } from '../Section/Facts';
import styles from '../Section/Item.module.css';

interface ContactCardProps {
  contact: Contact;
  onEdit(): void;
  onDelete(): void;
}

/** One person of the buying centre: role, style and how to talk to them, then personal details. */
export function ContactCard({ contact, onEdit, onDelete }: ContactCardProps) {
  const t = useT();
  const locale = intlLocale(t);
  const facts: [string, ComponentChildren][] = [];
  if (contact.emails.length > 0) {
    facts.push([
      t('contacts.emails'),
      contact.emails.map((email, i) => (
        <span key={email}>
          {i > 0 && ', '}
          <a href={`mailto:${email}`}>{email}</a>
        </span>
      )),
    ]);
  }
  if (contact.phones.length > 0) {
    facts.push([
      t('contacts.phones'),
      contact.phones.map((phone, i) => (
        <span key={phone}>
          {i > 0 && ', '}
          <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
        </span>
      )),
    ]);
  }
  if (contact.birthday) facts.push([t('contacts.birthday'), formatBirthday(contact.birthday, locale)]);
  if (contact.interests.length > 0) facts.push([t('contacts.interests'), contact.interests.join(', ')]);
  if (contact.family) facts.push([t('contacts.family'), contact.family]);
  if (contact.prejudices) facts.push([t('contacts.prejudices'), contact.prejudices]);
  if (contact.notes) facts.push([t('contacts.notes'), contact.notes]);

  return (
    <article class={styles.card} aria-label={contact.name}>
      <div class={styles.cardHead}>
        <h3 class={styles.cardTitle}>{contact.name}</h3>
        {contact.title && <span class={styles.muted}>{contact.title}</span>}
      </div>
      {(contact.buyingRole || contact.socialStyle) && (
        <div class={styles.badges}>
          {contact.buyingRole && <Badge tone="accent">{t(`buyingRole.${contact.buyingRole}`)}</Badge>}
          {contact.status !== 'active' && (
            <Badge tone={contact.status === 'left' ? 'danger' : 'warn'}>
              {t(`contactStatus.${contact.status}`)}
            </Badge>
          )}
          {contact.socialStyle && <Badge tone="ok">{t(`socialStyle.${contact.socialStyle}`)}</Badge>}
        </div>
      )}
      {contact.socialStyle && (
        <p class={styles.hint}>
          <strong>{t('contacts.howToTalk')}: </strong>
          {t(`socialStyleHint.${contact.socialStyle}`)}
        </p>
      )}
      <Facts facts={facts} />
      <div class={styles.actions}>
        <Button small variant="ghost" onClick={onEdit} aria-label={`${t('common.edit')} ${contact.name}`}>
          {t('common.edit')}
        </Button>
        <Button small variant="ghost" onClick={onDelete} aria-label={`${t('common.delete')} ${contact.name}`}>
          {t('common.delete')}
        </Button>
      </div>
    </article>
  );
}
