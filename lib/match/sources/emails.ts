/**
 * Email addresses as pages show them: in attributes, `mailto:` links and header text such as
 * `Li Wei <li.wei@acme.com>`. Every address the page shows is reported; telling free-mail and the
 * rep's own address apart is the matcher's job.
 */
import type { MessagePerson } from '../signals';
import { collapse } from './text';

const ADDRESS =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff]{2,}$/;

/** Whether `text` is exactly one (lower-case) address. */
export function isEmailAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/**
 * One address in canonical form: trimmed, `mailto:` and `<…>` stripped, surrounding quotes and
 * trailing punctuation dropped, lower-cased. '' when what is left is not an address.
 */
export function normalizeAddress(raw: string | null | undefined): string {
  let text = (raw ?? '').trim().replace(/^mailto:/i, '');
  const bracketed = /<([^<>]*)>/.exec(text);
  if (bracketed) text = bracketed[1] ?? '';
  text = text
    .trim()
    .replace(/^["'(（[]+/, '')
    .replace(/["')）\].,;:，；。：]+$/, '')
    .toLowerCase();
  return isEmailAddress(text) ? text : '';
}

/**
 * The addresses of a `mailto:` URL's path (`mailto:a@x.com,b@y.com?cc=…` → both; the query,
 * cc/bcc included, is ignored). [] for anything else.
 */
export function mailtoAddresses(href: string): string[] {
  const trimmed = href.trim();
  if (!/^mailto:/i.test(trimmed)) return [];
  let path = trimmed.slice('mailto:'.length).split('?', 1)[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray % — read the path as written
  }
  return unique(path.split(/[,;]/).map(normalizeAddress));
}

const IN_TEXT =
  /(?:"([^"<>]*)"|([^"<>,;，；:：]*))\s*<([^<>\s]+@[^<>\s]+)>|([^\s<>,;，；:：()（）"']+@[^\s<>,;，；:：()（）"']+)/g;

/** An address found in free text, with the display name written before it (`Li Wei <…>`). */
export interface AddressInText {
  email: string;
  name: string;
  /** Offset of the match in the text. */
  index: number;
}

/** Every address in `text`, in order: `Name <address>`, `"Name" <address>` and bare addresses. */
export function addressesInText(text: string): AddressInText[] {
  const found: AddressInText[] = [];
  for (const match of text.matchAll(IN_TEXT)) {
    const email = normalizeAddress(match[3] ?? match[4]);
    if (email) found.push({ email, name: collapse(match[1] ?? match[2] ?? ''), index: match.index });
  }
  return found;
}

/** The first address in `text`, or ''. */
export function firstAddressIn(text: string | null | undefined): string {
  return text ? (addressesInText(text)[0]?.email ?? '') : '';
}

/** Drops '' and later duplicates, keeping order. */
export function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}

/** Header labels that say which role the addresses after them have (English and Chinese UIs). */
const ROLE_WORDS: Record<string, MessagePerson['role']> = {
  from: 'from',
  sender: 'from',
  发件人: 'from',
  發件人: 'from',
  寄件者: 'from',
  to: 'to',
  收件人: 'to',
  收件者: 'to',
  cc: 'cc',
  bcc: 'cc',
  抄送: 'cc',
  抄送人: 'cc',
  密送: 'cc',
  副本: 'cc',
};

// Chinese UIs pad labels to align them ("抄　送："), so spaces may sit between the characters.
const LABEL_WORDS = Object.keys(ROLE_WORDS)
  .map((word) => (/^[a-z]+$/.test(word) ? word : [...word].join('\\s*')))
  .join('|');

/** A label inside header text: a role word followed by a colon (`cc:`, `抄送：`). */
export const ROLE_LABEL_IN_TEXT = new RegExp(`(?:^|[\\s,;，；(（])(${LABEL_WORDS})\\s*[:：]`, 'gi');

/** A label at the start of an attribute such as `aria-label="To: Zhang Min"` or `aria-label="Cc"`. */
const ROLE_LABEL_AT_START = new RegExp(`^\\s*(${LABEL_WORDS})(?=\\s|[:：]|$)`, 'i');

/** The role a label word stands for (`抄送` → 'cc'). */
export function roleOfWord(word: string): MessagePerson['role'] | undefined {
  return ROLE_WORDS[word.replace(/\s+/g, '').toLowerCase()];
}

/** The role named at the start of an attribute value, if any. */
export function roleAtStart(text: string | null): MessagePerson['role'] | undefined {
  const word = text ? ROLE_LABEL_AT_START.exec(text)?.[1] : undefined;
  return word ? roleOfWord(word) : undefined;
}
