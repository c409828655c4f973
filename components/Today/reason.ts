import type { MessageKey, Translate } from '../../lib/model/messages';
import type { AgendaItem, Holiday } from '../../lib/model/relationship';
import { formatDay } from '../format';

/** Why an item of *Today* is there, in the rep's words. */
export function reasonText(t: Translate, item: AgendaItem, locale: string, today: string): string {
  const [a = '', b = ''] = item.params;
  switch (item.kind) {
    case 'complaint':
      return t('today.reason.complaint', [formatDay(a, locale), b]);
    case 'followUp':
      return t('today.reason.followUp', [a]);
    case 'nextContact':
      return t('today.reason.nextContact', [formatDay(a, locale)]);
    case 'cadence':
      return a ? t('today.reason.cadence', [a, b]) : t('today.reason.cadenceNever', [b]);
    case 'risk':
      return t('today.reason.risk', [t(`riskLevel.${a as 'low' | 'medium' | 'high'}`)]);
    case 'price':
      return b < today
        ? t('today.reason.priceEnded', [a, formatDay(b, locale)])
        : t('today.reason.price', [a, formatDay(b, locale)]);
    case 'birthday':
      return t('today.reason.birthday', [item.contact?.name ?? '', formatDay(a, locale)]);
    case 'holiday':
      return t('today.reason.holiday', [t(`holiday.${a as Holiday}`), formatDay(item.due, locale)]);
  }
}

/** What a Done logs by default, for the rep to change before saving. */
export function logPrefill(t: Translate, item: AgendaItem): string {
  const [a = ''] = item.params;
  const key = `today.log.prefill.${item.kind}` as MessageKey;
  switch (item.kind) {
    case 'followUp':
    case 'price':
      return t(key, [a]);
    case 'birthday':
      return t(key, [item.contact?.name ?? '']);
    case 'holiday':
      return '';
    default:
      return t(key);
  }
}
