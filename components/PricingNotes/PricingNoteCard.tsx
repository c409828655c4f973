import { localDay } from '../../lib/model/local-day';
import type { PricingNote } from '../../lib/model/types';
import { Badge } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { formatDay, formatMoney, intlLocale } from '../format';
import { useT } from '../i18n';
import { ProvenanceLine } from '../Provenance/ProvenanceLine';
import { Facts } from '../Section/Facts';
import styles from '../Section/Item.module.css';

interface PricingNoteCardProps {
  note: PricingNote;
  now: Date;
  onEdit(): void;
  onDelete(): void;
}

export function PricingNoteCard({ note, now, onEdit, onDelete }: PricingNoteCardProps) {
  const t = useT();
  const locale = intlLocale(t);
  const money = (amount: number | null) =>
    amount === null ? null : formatMoney(amount, note.currency, locale);
  const expired = note.validUntil !== null && note.validUntil < localDay(now);

  const facts: [string, string][] = [];
  const list = money(note.listPrice);
  const floor = money(note.floorPrice);
  if (list) facts.push([t('pricing.listPrice'), list]);
  if (floor) facts.push([t('pricing.floorPrice'), floor]);
  if (note.approvedDiscountPct !== null) {
    facts.push([t('pricing.discount'), t('pricing.discountValue', [String(note.approvedDiscountPct)])]);
  }
  if (note.competitor || note.competitorPrice !== null) {
    facts.push([
      t('pricing.competitor'),
      [note.competitor, money(note.competitorPrice)].filter(Boolean).join(' · '),
    ]);
  }
  if (note.priceSensitivity)
    facts.push([t('pricing.sensitivity'), t(`priceSensitivity.${note.priceSensitivity}`)]);

  return (
    <article class={styles.card} aria-label={note.product}>
      <div class={styles.cardHead}>
        <h3 class={styles.cardTitle}>{note.product}</h3>
        {note.validUntil && (
          <span class={styles.badges}>
            <span class={styles.muted}>{t('pricing.validUntil', [formatDay(note.validUntil, locale)])}</span>
            {expired && <Badge tone="danger">{t('pricing.expired')}</Badge>}
          </span>
        )}
      </div>
      <Facts facts={facts} />
      {note.approver && <p class={styles.muted}>{t('pricing.approver', [note.approver])}</p>}
      {note.text && <p class={styles.text}>{note.text}</p>}
      {note.source && <ProvenanceLine source={note.source} />}
      <div class={styles.actions}>
        <Button small variant="ghost" onClick={onEdit} aria-label={`${t('common.edit')} ${note.product}`}>
          {t('common.edit')}
        </Button>
        <Button small variant="ghost" onClick={onDelete} aria-label={`${t('common.delete')} ${note.product}`}>
          {t('common.delete')}
        </Button>
      </div>
    </article>
  );
}
