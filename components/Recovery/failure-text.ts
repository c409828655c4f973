import type { MessageKey, Translate } from '../../lib/model/messages';
import type { WriteFailure } from '../../lib/model/write-failure';
import { formatDateTime, intlLocale } from '../format';
import { formatBytes } from '../StorageHealth/bytes';

/**
 * The sentence for a failure that is not "nothing was changed" — or null when that is what it is
 * (the caller then says its own "nothing was changed" sentence, which was verified).
 */
export function writeFailureText(t: Translate, { code, detail }: WriteFailure): string | null {
  const locale = intlLocale(t);
  if (code === 'space') {
    return t('recovery.failure.space', [
      formatBytes(detail.needed ?? 0, locale),
      formatBytes(detail.available ?? 0, locale),
    ]);
  }
  if (code === 'copyFailed') return t('recovery.failure.copyFailed', [detail.message ?? '']);
  const copy = detail.copyTakenAt ? formatDateTime(detail.copyTakenAt, locale) : null;
  switch (detail.after) {
    case 'lost':
      return copy ? t('recovery.failure.lost', [copy]) : t('recovery.failure.lostNoCopy');
    case 'unreadable':
      return copy
        ? t('recovery.failure.unreadable', [detail.message ?? code, detail.reason ?? '', copy])
        : t('recovery.failure.unreadableNoCopy', [detail.message ?? code, detail.reason ?? '']);
    case 'changed':
      return t('recovery.failure.changed', [detail.message ?? code]);
    default:
      return null;
  }
}

/**
 * The whole sentence for a failed bulk write: what `writeFailureText` says, else — the database
 * checked and found as it was — the storage-full sentence, or `unchangedKey` with the browser's
 * message (a sentence ending "Nothing was changed.").
 */
export function bulkFailureText(t: Translate, failure: WriteFailure, unchangedKey: MessageKey): string {
  const text = writeFailureText(t, failure);
  if (text) return text;
  if (failure.code === 'quota') return t('error.storageFull');
  return t(unchangedKey, [failure.detail.message ?? failure.code]);
}
