import type { Translate } from '../../lib/model/messages';
import type { Hint } from '../../lib/model/relationship';
import { formatDay } from '../format';

/** A suggested talking point in the rep's words. */
export function hintText(t: Translate, hint: Hint, locale: string): string {
  switch (hint.kind) {
    case 'contact': {
      const advice = [
        hint.style ? t(`hints.style.${hint.style}`) : '',
        hint.role ? t(`hints.role.${hint.role}`) : '',
      ].filter(Boolean);
      return t('hints.text.contact', [hint.name, advice.join('; ')]);
    }
    case 'quadrant':
      return t(`quadrantPrescription.${hint.quadrant}`);
    case 'complaintFirst':
      return t('hints.text.complaintFirst', [formatDay(hint.day, locale), hint.text]);
    case 'priceExpiring':
      return hint.ended
        ? t('hints.text.priceEnded', [hint.product, formatDay(hint.validUntil, locale)])
        : t('hints.text.priceExpiring', [hint.product, formatDay(hint.validUntil, locale)]);
    case 'birthday':
      return t('hints.text.birthday', [hint.name, formatDay(hint.day, locale)]);
    case 'holiday':
      return t('hints.text.holiday', [
        t(`holiday.${hint.holiday.holiday}`),
        formatDay(hint.holiday.date, locale),
        hint.names.join(', '),
      ]);
    case 'purchaseType':
      return t(`hints.purchaseType.${hint.purchaseType}`);
    case 'recentClip':
      return t('hints.text.recentClip', [formatDay(hint.day, locale), hint.title]);
    case 'decisionMakerLeft':
      return t('hints.text.decisionMakerLeft', [hint.name]);
  }
}

/** Why it is suggested. */
export function hintReason(t: Translate, hint: Hint): string {
  switch (hint.kind) {
    case 'quadrant':
      return t('hints.reason.quadrant', [t(`portfolioQuadrant.${hint.quadrant}`)]);
    case 'purchaseType':
      return t('hints.reason.purchaseType', [t(`purchaseType.${hint.purchaseType}`)]);
    case 'priceExpiring':
      return t(hint.ended ? 'hints.reason.priceEnded' : 'hints.reason.priceExpiring');
    default:
      return t(`hints.reason.${hint.kind}`);
  }
}
