import type { Translate } from '../../lib/model/messages';
import type { ChurnRisk, RiskReason } from '../../lib/model/relationship';
import { Badge, type BadgeTone } from '../Badge/Badge';
import { formatDay, intlLocale } from '../format';
import { useT } from '../i18n';
import styles from './AccountHeader.module.css';

const TONE: Record<ChurnRisk['level'], BadgeTone> = { low: 'ok', medium: 'warn', high: 'danger' };

/** A reason for the risk, in words. */
export function riskReasonText(t: Translate, reason: RiskReason, locale: string): string {
  switch (reason.code) {
    case 'contactOverdue':
      return t('churn.reason.contactOverdue', [String(reason.days), String(reason.cadence)]);
    case 'openComplaint':
      return t('churn.reason.openComplaint', [String(reason.count), String(reason.oldestDays)]);
    case 'recentComplaint':
      return t('churn.reason.recentComplaint', [String(reason.count)]);
    case 'competitorMentioned':
      return t('churn.reason.competitorMentioned', [
        reason.competitor,
        formatDay(reason.at.slice(0, 10), locale),
      ]);
    case 'decisionMakerLeft':
      return t('churn.reason.decisionMakerLeft', [reason.name]);
    case 'decisionMakerMoved':
      return t('churn.reason.decisionMakerMoved', [reason.name]);
    case 'noDecisionMaker':
      return t('churn.reason.noDecisionMaker');
    case 'loyalty':
      return t('churn.reason.loyalty', [t(`loyaltySegment.${reason.segment}`)]);
    case 'priceUndercut':
      return t('churn.reason.priceUndercut', [reason.competitor || '—', reason.product]);
  }
}

/** The churn risk's level and every reason for it; no unexplained score. */
export function ChurnRiskLine({ risk }: { risk: ChurnRisk }) {
  const t = useT();
  const locale = intlLocale(t);
  return (
    <div class={styles.churn}>
      <p class={styles.churnLevel}>
        <Badge tone={TONE[risk.level]}>{t('churn.title', [t(`riskLevel.${risk.level}`)])}</Badge>
      </p>
      {risk.reasons.length === 0 ? (
        <p class={styles.churnNone}>{t('churn.none')}</p>
      ) : (
        <ul class={styles.churnReasons} aria-label={t('churn.title', [t(`riskLevel.${risk.level}`)])}>
          {risk.reasons.map(({ reason }) => (
            <li key={reason.code + JSON.stringify(reason)}>{riskReasonText(t, reason, locale)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
