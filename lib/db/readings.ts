/**
 * The pinyin readings stored with account and contact rows: computed here, where rows are
 * written, so the quick search (background index, popup) never computes or loads them. pinyin-pro
 * is ~145 KB gzip, so it is imported on the first write that needs it: the side panel's first paint
 * and the popup never load it. Readings are derived data: drafts and backups never carry them.
 */
import type { Account, Contact, PinyinReadings } from '../model/types';

type PinyinModule = typeof import('../search/core/pinyin');
let pinyinModule: Promise<PinyinModule> | undefined;

/** pinyin-pro and the reading rules, loaded once per context. */
export function loadPinyin(): Promise<PinyinModule> {
  pinyinModule ??= import('../search/core/pinyin');
  return pinyinModule;
}

type Named = Pick<Account, 'name' | 'aliases'>;

/** The accounts with `pinyin` (re)computed from their names; the rest of each row as it was. */
export async function withAccountReadings<T extends Named>(rows: T[]): Promise<(T & ReadingsField)[]> {
  const { accountReadings } = await loadPinyin();
  return rows.map((row) => withPinyin(row, accountReadings(row)));
}

/** The contacts with `pinyin` (re)computed from their names (person readings: 单 shan, 曾 zeng). */
export async function withContactReadings<T extends Pick<Contact, 'name'>>(
  rows: T[],
): Promise<(T & ReadingsField)[]> {
  const { contactReadings } = await loadPinyin();
  return rows.map((row) => withPinyin(row, contactReadings(row)));
}

/**
 * `withAccountReadings` and `withContactReadings` for a writer that holds the module already:
 * inside a transaction, where awaiting its load would end the transaction.
 */
export const withAccountReadingsLoaded = <T extends Named>(pinyin: PinyinModule, row: T) =>
  withPinyin(row, pinyin.accountReadings(row));
export const withContactReadingsLoaded = <T extends Pick<Contact, 'name'>>(pinyin: PinyinModule, row: T) =>
  withPinyin(row, pinyin.contactReadings(row));

/**
 * A copy of `row` with `pinyin` set. The new key goes first: V8 makes `{ ...row, key }` a
 * dictionary-mode object, three times the memory of `{ key, ...row }` (an import or a restore of
 * 50,000 rows holds them all at once).
 */
function withPinyin<T extends object>(row: T, pinyin: PinyinReadings[]): T & ReadingsField {
  const copy = { pinyin, ...row } as T & ReadingsField;
  copy.pinyin = pinyin; // a stale reading the row carried is replaced
  return copy;
}

interface ReadingsField {
  pinyin: PinyinReadings[];
}

/**
 * A draft without the derived readings: a form's draft comes from a stored row (`toDraft`), and
 * validation is strict about unknown keys.
 */
export function withoutReadings<T extends { pinyin?: unknown }>(draft: T): Omit<T, 'pinyin'> {
  const { pinyin: _derived, ...rest } = draft;
  return rest;
}

/**
 * A draft without what lib/db keeps on a stored row beyond the form's fields: the readings and
 * the birthday's month-day (derived) and the external ids (schema v5: set by an import, kept by
 * every other write).
 */
export function withoutKeptFields<
  T extends { pinyin?: unknown; externalIds?: unknown; birthMonthDay?: unknown },
>(draft: T): Omit<T, 'pinyin' | 'externalIds' | 'birthMonthDay'> {
  const { pinyin: _derived, externalIds: _kept, birthMonthDay: _day, ...rest } = draft;
  return rest;
}
