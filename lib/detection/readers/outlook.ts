/**
 * Outlook on the web's reading pane: the people of the open conversation, its subject, the rep's
 * own address from the account manager, and the text of the reading pane only.
 */

import { firstAddressIn } from '../../model/email-text';
import type { PageSignals } from '../core/signals';
import type { SiteAdapter } from './adapter';
import { allRendered, cleanText, firstRendered } from './text';
import { displayName, PeopleList, readHeaderPeople, webmailSignals } from './webmail';

/**
 * Supports:
 *   https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hNjQ4LTQ2ZDgt…  (work or school)
 *   https://outlook.office365.com/mail/inbox/id/AAQkADAwATM3…
 *   https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1kNz…            (personal)
 * in both reading panes served there: a div[aria-label="Reading Pane"] under [role="main"], and
 * the current <main aria-label="Reading Pane"> (no role attribute) holding a conversation of
 * [aria-label="Email message"] items, a span[aria-label^="From:"] reading "Name<address>", To/Cc
 * rows labelled by aria-label whose pills read "Name <address>" (the rep's own: only a name) and
 * bodies div#UniqueMessageBody_N.
 */
export const SELECTORS = {
  readingPane:
    'div[aria-label="Reading Pane"], main[aria-label="Reading Pane"], div[aria-label="阅读窗格"], main[aria-label="阅读窗格"]',
  /** Used when the reading pane has no label (pop-out reading window). */
  main: '[role="main"], main',
  subject: '[role="heading"][aria-level="2"], [role="heading"]',
  /** One item of the conversation; collapsed items show only the sender. */
  message: '[aria-label="Email message"], [aria-label="电子邮件"]',
  /** Message bodies: addresses in there are not the message's people. The id holds in every UI language. */
  body: '[aria-label="Message body"], [aria-label="邮件正文"], [id^="UniqueMessageBody"]',
  /** A persona chip with its address in an attribute. Header rows are labelled From/To/Cc. */
  person: '[title*="@"], [aria-label*="@"]',
  /**
   * The account manager in the top bar (aria-label "Account manager for Name (email)" where it
   * names the address), or the account flyout's address once the rep has opened it.
   */
  account: '#O365_MainLink_Me, button[aria-label*="@"], #mectrl_currentAccount_secondary',
} as const;

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

/** Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). */
export const outlook: SiteAdapter = {
  source: 'outlook',
  matches: (url) => HOSTS.has(url.hostname) && /^\/(mail|owa)(\/|$)/.test(url.pathname),
  // `/mail/inbox/id/AAQk…`; the classic `/owa/` shows a message in a reading pane its URL does not name.
  showsMessage: (url) => /\/id\/[^/]+/.test(url.pathname) || url.pathname.startsWith('/owa'),
  read(doc: Document, url: URL): PageSignals {
    const pane = firstRendered(doc, SELECTORS.readingPane) ?? firstRendered(doc, SELECTORS.main);
    const subject = pane ? firstRendered(pane, SELECTORS.subject) : null;
    const items = pane ? allRendered(pane, SELECTORS.message) : [];
    const people = new PeopleList();
    // Unlabelled personas (a collapsed item's sender) are senders.
    for (const item of items.length > 0 ? items : pane ? [pane] : []) {
      readHeaderPeople(item, { skip: SELECTORS.body, textAddresses: true, person: persona }, 'from', people);
    }
    const found = people.list();
    return webmailSignals('outlook', doc, url, {
      view: subject || items.length > 0 || found.length > 0 ? pane : null,
      subject: cleanText(subject),
      people: found,
      selfEmail: accountEmail(doc, pane),
    });
  },
};

/** A persona chip: its address from `title` or `aria-label`, its name from its text. */
function persona(el: Element) {
  if (!el.matches(SELECTORS.person)) return null;
  const title = el.getAttribute('title');
  const label = el.getAttribute('aria-label');
  const email = firstAddressIn(title) || firstAddressIn(label);
  if (!email) return null;
  const fromAttribute = (title?.includes('@') ? label : title) ?? '';
  const name =
    displayName(el.textContent, email) || displayName(fromAttribute.replace(/\S+@\S+/g, ''), email);
  return { email, name };
}

/** The address in the account manager's label (outside the reading pane). */
function accountEmail(doc: Document, pane: Element | null): string {
  for (const button of doc.querySelectorAll(SELECTORS.account)) {
    if (pane?.contains(button)) continue;
    const email =
      firstAddressIn(button.getAttribute('aria-label')) ||
      firstAddressIn(button.getAttribute('title')) ||
      firstAddressIn(button.textContent);
    if (email) return email;
  }
  return '';
}
