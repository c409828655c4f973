import { cadenceDays, daysSinceLastContact, loyaltySegment } from '../../lib/model/derive';
import type { ChurnRisk } from '../../lib/model/relationship';
import type { FileSharing } from '../../lib/model/team-sync';
import type { Account, TimelineNote } from '../../lib/model/types';
import { Badge, tierTone } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { formatDay, intlLocale } from '../format';
import { useT } from '../i18n';
import { LazyChurnRiskLine } from '../Lazy/forms';
import { OwnerChange, type OwnerControl } from '../OwnerChange/OwnerChange';
import styles from './AccountHeader.module.css';

interface AccountHeaderProps {
  account: Account;
  notes: TimelineNote[];
  now: Date;
  /** The churn risk with its reasons; null while not computed. */
  risk?: ChurnRisk | null;
  /** The team's file or a private one, when the rep is in a team. */
  sharing?: FileSharing | null;
  /** A manager's change of a team file's owner (shown only when `sharing` allows it). */
  ownerControl?: OwnerControl | null;
  onBack(): void;
  onEdit(): void;
  onDelete(): void;
}

/** Who the client is and how at risk it is, at a glance. */
export function AccountHeader({
  account,
  notes,
  now,
  risk = null,
  sharing = null,
  ownerControl = null,
  onBack,
  onEdit,
  onDelete,
}: AccountHeaderProps) {
  const t = useT();
  const locale = intlLocale(t);
  const days = daysSinceLastContact(notes, now);
  const cadence = cadenceDays(account);
  const overdue = days !== null && days > cadence;
  const segment = loyaltySegment(account.satisfaction, account.loyalty);
  const prescription = t(`quadrantPrescription.${account.portfolioQuadrant}`);

  return (
    <header class={styles.header}>
      <div class={styles.topBar}>
        <Button variant="ghost" small onClick={onBack}>
          <span aria-hidden="true">←</span> {t('clientFile.back')}
        </Button>
        <span class={styles.actions}>
          <Button small onClick={onEdit}>
            {t('clientFile.editAccount')}
          </Button>
          <Button small variant="danger" onClick={onDelete}>
            {t('clientFile.deleteAccount')}
          </Button>
        </span>
      </div>
      <h1 class={styles.name} tabIndex={-1}>
        {account.name}
      </h1>
      {account.aliases.length > 0 && (
        <p class={styles.aliases}>{t('clientFile.aliases', [account.aliases.join(' · ')])}</p>
      )}
      <ul class={styles.badges} aria-label={t('clientFile.badges')}>
        <li>
          <Badge tone={tierTone(account.tier)}>{t(`tier.${account.tier}`)}</Badge>
        </li>
        <li>
          <Badge tone="accent" title={prescription}>
            {t(`portfolioQuadrant.${account.portfolioQuadrant}`)}
          </Badge>
        </li>
        <li>
          <Badge>{t(`industry.${account.industry}`)}</Badge>
        </li>
        <li>
          <Badge>{t(`lifecycleStage.${account.lifecycleStage}`)}</Badge>
        </li>
        {account.keyAccountType && (
          <li>
            <Badge>{t(`keyAccountType.${account.keyAccountType}`)}</Badge>
          </li>
        )}
        {sharing && (
          <li>
            <Badge tone={sharing.kind === 'team' ? 'accent' : undefined}>
              {sharing.kind === 'team' ? t('team.badge.team', sharing.owner ?? '—') : t('team.badge.private')}
            </Badge>
          </li>
        )}
      </ul>
      {sharing?.kind === 'team' && sharing.canChangeOwner && ownerControl && (
        <OwnerChange owner={sharing.owner} control={ownerControl} />
      )}
      <p class={styles.prescription}>{prescription}</p>
      {risk && <LazyChurnRiskLine risk={risk} />}
      <ul class={styles.risk}>
        <li class={overdue ? styles.alert : undefined}>
          {days === null ? t('risk.noContact') : t('risk.lastContact', [String(days)])}
          {' · '}
          {t('risk.cadence', [String(cadence)])}
          {overdue && (
            <>
              {' · '}
              <strong>{t('risk.overdue', [String(days - cadence)])}</strong>
            </>
          )}
        </li>
        <li>
          {account.nextContactDate
            ? t('risk.nextContact', [formatDay(account.nextContactDate, locale)])
            : t('risk.noNextContact')}
        </li>
        {segment && (
          <li title={t(`loyaltySegmentHint.${segment}`)}>
            {t('risk.segment', [t(`loyaltySegment.${segment}`)])}
          </li>
        )}
      </ul>
    </header>
  );
}
