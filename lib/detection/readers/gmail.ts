/**
 * Gmail: the thread view — the people of every message of the open thread (collapsed ones too),
 * its subject, the rep's own address, and the text of the thread (never the inbox list or
 * sidebars) — and the print view of a thread, read the same way.
 */

import { addressesInText, firstAddressIn, normalizeAddress } from '../../model/email-text';
import type { PageSignals } from '../core/signals';
import type { SiteAdapter } from './adapter';
import { allRendered, cleanText, collapse, firstRendered } from './text';
import { displayName, isSelfMarker, PeopleList, readHeaderPeople, webmailSignals } from './webmail';

/**
 * Supports:
 *   https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrtKxqwLWvhNjQ      (thread opened from a list)
 *   https://mail.google.com/mail/u/1/#label/Clients%2FAcme/FMfcgzQbdr…  (thread under a label)
 *   https://mail.google.com/mail/u/0/#search/acme/FMfcgzQbdr…           (thread from a search)
 *   https://mail.google.com/mail/u/0/?ik=3f9c2a71d0&view=pt&search=all&permthid=thread-f%3A18…
 *     (print view, "Print all": plain tables, every message expanded)
 */
export const SELECTORS = {
  /** The thread view (the list view uses it too; then no message is found inside). */
  main: 'div[role="main"]',
  subject: 'h2.hP, .ha h2',
  /** Expanded messages, and collapsed ones that show only their sender. */
  message: 'div.adn, div.kv, div.kQ',
  collapsed: 'div.kv, div.kQ',
  /** Any person chip; `email` and `name` attributes. */
  person: 'span[email]',
  /** The sender chip: in h3.iw, in the header's sender cell td.gF. */
  sender: 'span.gD[email], td.gF span[email]',
  recipient: 'span.g2[email]',
  /** Message bodies and quoted text: addresses in there are not the message's people. */
  body: 'div.a3s, div.gmail_quote',
  /** Top bar account switcher: aria-label "Google Account: Name (email)". */
  account: 'a[aria-label*="@"]',
  /** Print view: the thread under the account line, one table.message a message. */
  print: {
    view: '.maincontent',
    subject: 'font[size="+1"]',
    message: 'table.message',
    /** First row: `<b>Name</b> <address>`, then the date; `.recipient` holds the To/Cc lines. */
    sender: 'tr:first-child > td > font',
    body: 'table.message table',
    /** The line above the thread: "Name <address>" of the signed-in account. */
    account: '.bodycontainer > table',
  },
} as const;

/** Gmail (mail.google.com/mail/…). */
export const gmail: SiteAdapter = {
  source: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/'),
  // `#inbox/FMfcgz…`, `#label/Clients/FMfcgz…`: a thread id after the folder; or the print view.
  showsMessage: (url) => isPrintView(url) || /^#[^/]+(?:\/[^/]+)*\/[A-Za-z0-9]{16,}$/.test(url.hash),
  read(doc: Document, url: URL): PageSignals {
    if (isPrintView(url)) return readPrintView(doc, url);
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

const isPrintView = (url: URL) => url.searchParams.get('view') === 'pt';

/**
 * The print view: no chips with attributes, only text. A message's sender line is read as
 * `Name <address>`; its To/Cc lines by their labels; its body not at all.
 */
function readPrintView(doc: Document, url: URL): PageSignals {
  const P = SELECTORS.print;
  const view = firstRendered(doc, P.view);
  const people = new PeopleList();
  for (const message of view ? allRendered(view, P.message) : []) {
    readHeaderPeople(
      message,
      {
        skip: P.body,
        textAddresses: true,
        person(el) {
          if (!el.matches(P.sender)) return null;
          const shown = addressesInText(collapse(el.textContent ?? ''))[0];
          return shown
            ? { email: shown.email, name: displayName(shown.name, shown.email), role: 'from' }
            : null;
        },
      },
      'to',
      people,
    );
  }
  return webmailSignals('gmail', doc, url, {
    view,
    subject: cleanText(view && firstRendered(view, P.subject)),
    people: people.list(),
    selfEmail: firstAddressIn(doc.querySelector(P.account)?.textContent),
  });
}

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
