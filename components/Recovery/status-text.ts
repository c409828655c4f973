import type { Translate } from '../../lib/model/messages';
import { formatDateTime, intlLocale } from '../format';
import { bulkFailureText } from './failure-text';
import type { CopyCountsView, RestoreStatusView } from './types';

/** "46 accounts, 100 contacts and 162 notes". */
export function countsText(t: Translate, counts: CopyCountsView): string {
  return t('recovery.counts', [String(counts.accounts), String(counts.contacts), String(counts.notes)]);
}

export function when(t: Translate, iso: string): string {
  return formatDateTime(iso, intlLocale(t));
}

/** What a restore from the copy said, or null while idle or working. */
export function restoreStatusText(
  t: Translate,
  status: RestoreStatusView,
): { text: string; failed: boolean } | null {
  switch (status.kind) {
    case 'done':
      return { text: t('recovery.notice.restored', [String(status.accounts)]), failed: false };
    case 'noCopy':
      return { text: t('recovery.notice.noCopy'), failed: true };
    case 'invalid':
      return {
        text: t('recovery.notice.invalid', [t(`backup.error.${status.error.code}`, status.error.params)]),
        failed: true,
      };
    case 'failed':
      return { text: bulkFailureText(t, status.failure, 'recovery.notice.failed'), failed: true };
    default:
      return null;
  }
}
