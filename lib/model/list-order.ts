import type { ListOrder, PinyinReadings, SignalsSummary } from './types';
import type { RiskLevel } from './vocabulary';

/*
 * Where an account stands in the list under each sort, as strings that order correctly by plain
 * code-unit comparison — IndexedDB's own key order. Stored on the account's signals and indexed,
 * the list reads any window of 50,000 accounts as one bounded index read, in the order an
 * in-memory sort (`sortAccounts`) gives. Each ends with the account's id, so no two are equal and
 * an account's position is the count of keys below its own.
 */

/** Below every character a name key holds (space, digits, letters), so a shorter prefix sorts first. */
const FIELD_END = '\u0001';
const ID_SEPARATOR = '\u0000';
/** Digit runs are padded to this width so 2 sorts before 10. */
const NUMBER_WIDTH = 12;
/** Highest risk first. */
const RISK_PLACE: Record<RiskLevel, string> = { high: '0', medium: '1', low: '2' };
/** After every date: accounts with no next contact go last. */
const NO_DATE = '9999-99-99';

/**
 * A name's sort key: Chinese characters by their pinyin (from the readings stored with the row),
 * Latin words lower-cased without accents, numbers by value; punctuation ignored. Chinese and
 * Latin names interleave by sound, as in a Chinese address book: Acme, 北京银行 (bei jing…),
 * Crest, 中国电信 (zhong guo…).
 */
export function nameKey(name: string, readings?: Pick<PinyinReadings, 'syllables'>): string {
  const words =
    readings && hasHan(name)
      ? readings.syllables
      : (name
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? []);
  return words.map((word) => word.replace(/\d+/g, padNumber)).join(' ');
}

function padNumber(digits: string): string {
  const value = digits.replace(/^0+(?=\d)/, '');
  return value.length >= NUMBER_WIDTH ? value : value.padStart(NUMBER_WIDTH, '0');
}

/** The account's place under every sort, from its name key and what its list row shows. */
export function listOrder(
  id: string,
  key: string,
  summary: Pick<SignalsSummary, 'tier' | 'nextContactDate'>,
  risk: RiskLevel,
): ListOrder {
  const tail = `${key}${ID_SEPARATOR}${id}`;
  return {
    name: tail,
    tier: `${summary.tier}${FIELD_END}${tail}`,
    nextContact: `${summary.nextContactDate ?? NO_DATE}${FIELD_END}${tail}`,
    risk: `${RISK_PLACE[risk]}${FIELD_END}${tail}`,
  };
}

/** Whether `text` holds Chinese characters: the names whose pinyin readings are stored. */
export function hasHan(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}
