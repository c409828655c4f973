/**
 * Gmail's thread view: the people of every message of the open thread (collapsed ones too), its
 * subject, the rep's own address, and the text of the thread (never the inbox list or sidebars).
 */
import type { PageSignals, SiteAdapter } from '../signals';
import { firstAddressIn, normalizeAddress } from './emails';
import { allRendered, firstRendered } from './text';
import { displayName, isSelfMarker, PeopleList, readHeaderPeople, webmailSignals } from './webmail';

/**
 * Supports:
 *   https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrtKxqwLWvhNjQ      (thread opened from a list)
 *   https://mail.google.com/mail/u/1/#label/Clients%2FAcme/FMfcgzQbdr…  (thread under a label)
 *   https://mail.google.com/mail/u/0/#search/acme/FMfcgzQbdr…           (thread from a search)
 */
export const SELECTORS = {
  /** The thread view (the list view uses it too; then no message is found inside). */
  main: 'div[role="main"]',
  subject: 'h2.hP',
  /** Expanded messages, and collapsed ones that show only their sender. */
  message: 'div.adn, div.kv, div.kQ',
  collapsed: 'div.kv, div.kQ',
  /** Any person chip; `email` and `name` attributes. */
  person: 'span[email]',
  sender: 'span.gD[email]',
  recipient: 'span.g2[email]',
  /** Message bodies and quoted text: addresses in there are not the message's people. */
  body: 'div.a3s, div.gmail_quote',
  /** Top bar account switcher: aria-label "Google Account: Name (email)". */
  account: 'a[aria-label*="@"]',
} as const;

/** Gmail (mail.google.com/mail/…). */
export const gmail: SiteAdapter = {
  source: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/'),
  // `#inbox/FMfcgz…`, `#label/Clients/FMfcgz…`: a thread id after the folder.
  showsMessage: (url) => /^#[^/]+(?:\/[^/]+)*\/[A-Za-z0-9]{16,}$/.test(url.hash),
  read(doc: Document, url: URL): PageSignals {
    const main = firstRendered(doc, SELECTORS.main);
    const messages = main ? outermost(allRendered(main, SELECTORS.message)) : [];
    const subject = main ? firstRendered(main, SELECTORS.subject) : null;
    const open = main !== null && (messages.length > 0 || subject !== null);
    const people = new PeopleList();
    for (const message of messages) {
      readHeaderPeople(
        message,
        {
          skip: SELECTORS.body,
          person(el) {
            if (!el.matches(SELECTORS.person)) return null;
            const email = normalizeAddress(el.getAttribute('email'));
            if (!email) return null;
            const sender = el.matches(SELECTORS.sender) || el.closest(SELECTORS.collapsed) !== null;
            const name = isSelfMarker(el)
              ? ''
              : displayName(el.getAttribute('name') || el.textContent, email);
            return { email, name, role: sender ? 'from' : undefined };
          },
        },
        'to',
        people,
      );
    }
    return webmailSignals('gmail', doc, url, {
      view: open ? main : null,
      subject: subject?.textContent ?? '',
      people: people.list(),
      selfEmail: accountEmail(doc, main) || (main ? meEmail(main) : ''),
    });
  },
};

/** Elements not inside another of the list. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** The address in the account switcher's label (outside the thread view). */
function accountEmail(doc: Document, main: Element | null): string {
  for (const link of doc.querySelectorAll(SELECTORS.account)) {
    if (main?.contains(link)) continue;
    const email = firstAddressIn(link.getAttribute('aria-label'));
    if (email) return email;
  }
  return '';
}

/** The address of a recipient Gmail shows as "me" / "我". */
function meEmail(main: Element): string {
  for (const chip of main.querySelectorAll(SELECTORS.recipient)) {
    if (isSelfMarker(chip)) return normalizeAddress(chip.getAttribute('email'));
  }
  return '';
}
