/**
 * Email addresses as pages show them: in attributes, `mailto:` links and header text such as
 * `Li Wei <li.wei@acme.com>`. Every address the page shows is reported; telling free-mail and the
 * rep's own address apart is the matcher's job.
 */

/** Where an address stands in a message header. */
export type HeaderRole = 'from' | 'to' | 'cc';

/** Runs of whitespace as one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

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

/** Characters a display name written before `<address>` cannot hold (without quotes). */
const NAME_STOP = new Set('"<>,;，；:：');
/** Characters a bare address cannot hold. */
const BARE_STOP = new Set('<>,;，；:：()（）"\'');
const isSpace = (c: string) => /\s/.test(c);
/** Longer than any address (RFC 5321: 254) or display name worth reading: a run past it is not one. */
const MAX_ADDRESS = 254;
const MAX_NAME = 200;

/** An address found in free text, with the display name written before it (`Li Wei <…>`). */
export interface AddressInText {
  email: string;
  name: string;
  /** Offset of the match in the text. */
  index: number;
}

/**
 * Every address in `text`, in order: `Name <address>`, `"Name" <address>` and bare addresses. A
 * scan in linear time, whatever the page holds (a regular expression over a 60,000-character
 * header once took 8.7 s): each `<` looks at most an address's length ahead, each name stops at
 * the previous match, and bare addresses are read run by run.
 */
export function addressesInText(text: string): AddressInText[] {
  const found: AddressInText[] = [];
  // 1. `Name <address>` and `"Name" <address>`.
  const spans: [number, number][] = [];
  let previousEnd = 0;
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
    if (open < previousEnd) continue;
    let close = -1;
    let at = -1;
    for (let i = open + 1; i < text.length && i <= open + MAX_ADDRESS + 1; i++) {
      const c = text[i]!;
      if (c === '>') {
        close = i;
        break;
      }
      if (c === '<' || isSpace(c)) break;
      if (c === '@') at = i;
    }
    if (close < 0 || at <= open + 1 || at >= close - 1) continue;
    const email = normalizeAddress(text.slice(open + 1, close));
    const { name, start } = nameBefore(text, open, previousEnd);
    if (email) found.push({ email, name: collapse(name), index: start });
    spans.push([start, close + 1]);
    previousEnd = close + 1;
  }
  // 2. Bare addresses, in the text between those.
  let from = 0;
  for (const [start, end] of [...spans, [text.length, text.length] as [number, number]]) {
    bareAddresses(text, from, start, found);
    from = end;
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The display name just before `<` at `open`: quoted, or the run back to a separator. */
function nameBefore(text: string, open: number, floor: number): { name: string; start: number } {
  let i = open - 1;
  while (i >= floor && isSpace(text[i]!)) i--;
  if (i >= floor && text[i] === '"') {
    for (let j = i - 1; j >= floor && j >= i - MAX_NAME - 1; j--) {
      const c = text[j]!;
      if (c === '"') return { name: text.slice(j + 1, i), start: j };
      if (c === '<' || c === '>') break;
    }
    return { name: '', start: i + 1 };
  }
  let start = open;
  while (start > floor && !NAME_STOP.has(text[start - 1]!)) start--;
  // A run longer than a name is text: keep the words nearest the address.
  const name = text.slice(Math.max(start, open - MAX_NAME), open);
  return { name, start };
}

/** Every maximal run of address characters in text[from, to) holding an inner `@`. */
function bareAddresses(text: string, from: number, to: number, found: AddressInText[]) {
  let runStart = -1;
  let at = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text[i]! : ' ';
    if (isSpace(c) || BARE_STOP.has(c)) {
      if (runStart >= 0 && at > runStart && at < i - 1 && i - runStart <= MAX_ADDRESS) {
        const email = normalizeAddress(text.slice(runStart, i));
        if (email) found.push({ email, name: '', index: runStart });
      }
      runStart = -1;
      at = -1;
    } else {
      if (runStart < 0) runStart = i;
      if (c === '@') at = i;
    }
  }
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
const ROLE_WORDS: Record<string, HeaderRole> = {
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
export function roleOfWord(word: string): HeaderRole | undefined {
  return ROLE_WORDS[word.replace(/\s+/g, '').toLowerCase()];
}

/** The role named at the start of an attribute value, if any. */
export function roleAtStart(text: string | null): HeaderRole | undefined {
  const word = text ? ROLE_LABEL_AT_START.exec(text)?.[1] : undefined;
  return word ? roleOfWord(word) : undefined;
}
