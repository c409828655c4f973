/**
 * NetEase webmail (网易邮箱 163 / 126 / yeah.net): the open message's reading tab. Each opened
 * message is a tab; inactive tabs stay in the page hidden, so only the rendered one is read.
 */

import { firstAddressIn, normalizeAddress } from '../../model/email-text';
import type { PageSignals } from '../core/signals';
import type { SiteAdapter } from './adapter';
import { cleanText, firstRendered } from './text';
import { displayName, PeopleList, readHeaderPeople, webmailSignals } from './webmail';

/**
 * Supports:
 *   https://mail.163.com/js6/main.jsp?sid=WAxBcDeFgHiJ&df=mail163_letter#module=read.ReadModule%7C…
 *     reading tab div#_dvModuleContainer_read.ReadModule_N: subject h1[id$="_h1Subject"], header
 *     rows ul[id$="_ulFull"], body in a same-origin iframe[id$="_frameBody"], quick reply below
 *   the same URL, older tab markup: div[id$="_read"] with h1[id$="_subject"] and the body inline
 *   https://mail.126.com/js6/main.jsp?sid=…#module=read.ReadModule%7C…
 *   https://mail.yeah.net/js6/main.jsp?sid=…#module=read.ReadModule%7C…
 */
export const SELECTORS = {
  /** One reading tab. */
  readView: 'div[id^="_dvModuleContainer_read.ReadModule"], div[id$="_read"]',
  subject: 'h1[id$="_h1Subject"], h1[id$="_subject"]',
  /**
   * Not header: the body (inline, or the frame's container) and the quick-reply box, whose
   * address chip is the reply's recipient, not one of the message's people.
   */
  body: 'div[id$="_readhtml"], div[id$="_dvContent"], div[id$="_dvAttach_reply"]',
  /** Header rows 发件人 / 收件人 / 抄送: a name span followed by an address span `<li.wei@…>`. */
  address: '.nui-addr-email',
  name: '.nui-addr-name',
  self: '#spnUid, .nui-userName',
} as const;

const DOMAINS = ['mail.163.com', 'mail.126.com', 'mail.yeah.net'];

/** NetEase mail (mail.163.com, mail.126.com, mail.yeah.net and their *.mail.163.com hosts). */
export const netease: SiteAdapter = {
  source: 'netease',
  matches: (url) =>
    DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`)) &&
    /^\/js\d+\//.test(url.pathname),
  // `#module=read.ReadModule|…`: a message open in a reading tab; the inbox is `mbox.ListModule`.
  showsMessage: (url) => /module=read\./i.test(decodeURIComponent(url.hash)),
  read(doc: Document, url: URL): PageSignals {
    const subject = firstRendered(doc, SELECTORS.subject);
    const view = firstRendered(doc, SELECTORS.readView) ?? (subject ? headerAround(subject) : null);
    const people = new PeopleList();
    if (view) {
      readHeaderPeople(view, { skip: SELECTORS.body, person: chip }, 'from', people);
    }
    return webmailSignals('netease', doc, url, {
      view,
      subject: view ? cleanText(firstRendered(view, SELECTORS.subject)) : '',
      people: people.list(),
      selfEmail: selfEmail(doc),
    });
  },
};

/** An address span, named by the name span just before it. */
function chip(el: Element) {
  if (!el.matches(SELECTORS.address)) return null;
  const email = normalizeAddress(el.getAttribute('title') || el.textContent);
  if (!email) return null;
  const before = el.previousElementSibling;
  return { email, name: before?.matches(SELECTORS.name) ? displayName(before.textContent, email) : '' };
}

/** For layouts without a reading tab: the nearest container of the subject that has addresses. */
function headerAround(subject: Element): Element | null {
  for (let el = subject.parentElement; el; el = el.parentElement) {
    if (el.querySelector(SELECTORS.address)) return el;
  }
  return null;
}

function selfEmail(doc: Document): string {
  for (const el of doc.querySelectorAll(SELECTORS.self)) {
    const email = firstAddressIn(el.textContent) || firstAddressIn(el.getAttribute('title'));
    if (email) return email;
  }
  return '';
}
