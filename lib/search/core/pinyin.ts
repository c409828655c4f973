/**
 * Pinyin readings of names, computed where rows are written (background, extension pages) and
 * stored with the search record. The popup never loads this module: search-index.ts takes the
 * readings as data and must not import it.
 */
import { pinyin } from 'pinyin-pro';
import { foldText } from '../../detection/core/fold';
import type { Account, Contact } from '../../model/types';
import { accountNames, hasHan, type Readings } from './fields';

/**
 * The pinyin of `text`, without tones. Person names read their first character as a surname
 * (单丽 → shan li, 曾 → zeng, 解 → xie, 区 → ou); company names read every character as a common
 * word (重庆 → chong qing). Text is folded first (full-width, traditional → simplified); Latin words
 * and numbers pass through lower-cased, one syllable each; punctuation and spaces are dropped.
 */
export function readingsOf(text: string, kind: 'company' | 'person'): Readings {
  const parts = pinyin(foldText(text), {
    toneType: 'none',
    type: 'all',
    surname: kind === 'person' ? 'head' : 'off',
    nonZh: 'consecutive',
  });
  const syllables: string[] = [];
  for (const part of parts) {
    if (part.isZh && part.pinyin) syllables.push(part.pinyin.toLowerCase().replace(/ü/g, 'v'));
    else for (const word of part.origin.toLowerCase().match(/[a-z0-9]+/g) ?? []) syllables.push(word);
  }
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join(''), syllables };
}

/** Readings for the names that hold Chinese characters, in order (what the record builders take). */
export function readingsOfNames(names: readonly string[], kind: 'company' | 'person'): Readings[] {
  return names.filter(hasHan).map((name) => readingsOf(name, kind));
}

/** What an account row stores in `pinyin`: company readings of its Chinese name and aliases. */
export function accountReadings(account: Pick<Account, 'name' | 'aliases'>): Readings[] {
  return readingsOfNames(accountNames(account), 'company');
}

/** What a contact row stores in `pinyin`: the person reading of its name (surname rules). */
export function contactReadings(contact: Pick<Contact, 'name'>): Readings[] {
  const name = contact.name.trim();
  return readingsOfNames(name ? [name] : [], 'person');
}
