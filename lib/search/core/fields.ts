/**
 * The searchable record: one shape for accounts, contacts and notes, built from rows by pure
 * functions. Pinyin readings come in as data (lib/search/core/pinyin.ts computes them where rows are
 * written), so nothing here — and nothing the popup loads — needs pinyin-pro.
 */
import type { Account, Contact, PinyinReadings, TimelineNote } from '../../model/types';

/** The pinyin of one Chinese name (the model's `PinyinReadings`, stored on account and contact rows). */
export type Readings = PinyinReadings;

export type SearchDocType = 'account' | 'contact' | 'note';

/** What the quick search finds and shows: an account, a contact or a note. */
export interface SearchDoc {
  /** The row's id. */
  id: string;
  type: SearchDocType;
  /** The account the result opens (an account's own id for accounts). */
  accountId: string;
  /** The line a result shows first: account or contact name, a note's first line. */
  title: string;
  /** The second line: aliases, the contact's title and account, the note's account. */
  subtitle: string;
  /** Names to match: an account's name and aliases, a contact's name; none for notes. */
  names: string[];
  /** One reading per name that holds Chinese characters, in the order of `names`. */
  pinyin: Readings[];
  /** Lower-case bare domains. */
  domains: string[];
  /** Lower-case addresses. */
  emails: string[];
  /** Digits only. */
  phones: string[];
  /** Note text, capped at NOTE_WORDS_MAX characters. */
  words: string;
  tier?: Account['tier'];
  portfolioQuadrant?: Account['portfolioQuadrant'];
}

/** How much of a note's text is searchable: enough for what a rep remembers, bounded in size. */
export const NOTE_WORDS_MAX = 2000;
const NOTE_TITLE_MAX = 80;

// The names that get pinyin readings: the list's sort key reads them too.
export { hasHan } from '../../model/list-order';

/** An account's searchable names: its name, then its aliases, without repeats or blanks. */
export function accountNames(account: Pick<Account, 'name' | 'aliases'>): string[] {
  return unique([account.name, ...account.aliases].map((n) => n.trim()).filter(Boolean));
}

/** `+86 139-1234 5678` → `8613912345678`; '' when fewer than 4 digits remain. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? digits : '';
}

/**
 * An account as a search record. `readings` are the pinyin of `accountNames(account)` that hold
 * Chinese characters, in that order (`readingsOfNames(accountNames(a), 'company')`).
 */
export function accountDoc(account: Account, readings: readonly Readings[]): SearchDoc {
  const names = accountNames(account);
  return {
    id: account.id,
    type: 'account',
    accountId: account.id,
    title: account.name,
    subtitle: names.slice(1).join(' · '),
    names,
    pinyin: [...readings],
    domains: unique([...account.websiteDomains, ...account.emailDomains].map((d) => d.toLowerCase())),
    emails: [],
    phones: unique([phoneDigits(account.basic.phone)].filter(Boolean)),
    words: '',
    tier: account.tier,
    portfolioQuadrant: account.portfolioQuadrant,
  };
}

/**
 * A contact as a search record; `readings` are the pinyin of the contact's name (person readings:
 * `readingsOfNames([contact.name], 'person')`). The account's tier and quadrant, when given, show
 * on the result.
 */
export function contactDoc(
  contact: Contact,
  accountName: string,
  readings: readonly Readings[],
  badges?: Pick<Account, 'tier' | 'portfolioQuadrant'>,
): SearchDoc {
  return {
    id: contact.id,
    type: 'contact',
    accountId: contact.accountId,
    title: contact.name,
    subtitle: [contact.title, accountName].filter(Boolean).join(' · '),
    names: contact.name.trim() ? [contact.name.trim()] : [],
    pinyin: [...readings],
    // The addresses carry the domains already; a second copy would outrank the account itself.
    domains: [],
    emails: unique(contact.emails.map((e) => e.toLowerCase())),
    phones: unique(contact.phones.map(phoneDigits).filter(Boolean)),
    words: '',
    ...badgesOf(badges),
  };
}

/** A timeline note as a search record: its text is searchable, its first line is the title. */
export function noteDoc(
  note: TimelineNote,
  accountName: string,
  badges?: Pick<Account, 'tier' | 'portfolioQuadrant'>,
): SearchDoc {
  const firstLine = note.text.trim().split('\n', 1)[0] ?? '';
  return {
    id: note.id,
    type: 'note',
    accountId: note.accountId,
    title: firstLine.length > NOTE_TITLE_MAX ? `${firstLine.slice(0, NOTE_TITLE_MAX - 1)}…` : firstLine,
    subtitle: accountName,
    names: [],
    pinyin: [],
    domains: [],
    emails: [],
    phones: [],
    words: note.text.slice(0, NOTE_WORDS_MAX),
    ...badgesOf(badges),
  };
}

/** Only the tier and quadrant, even when a whole account is passed. */
function badgesOf(
  badges?: Pick<Account, 'tier' | 'portfolioQuadrant'>,
): Pick<SearchDoc, 'tier' | 'portfolioQuadrant'> {
  return badges ? { tier: badges.tier, portfolioQuadrant: badges.portfolioQuadrant } : {};
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
