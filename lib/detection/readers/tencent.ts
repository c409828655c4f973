/**
 * The reading view shared by Tencent's two webmails (Exmail and QQ Mail). Their classic layout
 * shows the open message inside a same-origin `iframe#mainFrame`; its document is read when the
 * frame is accessible, the top document otherwise (pages without frames, such as QQ Mail's
 * current client and a message opened as its own page).
 */

import { firstAddressIn, normalizeAddress } from '../../model/email-text';
import type { PageSignals, SignalSource } from '../core/signals';
import { cleanText, firstRendered } from './text';
import { displayName, PeopleList, readHeaderPeople, webmailSignals } from './webmail';

/** The selectors one Tencent webmail needs (each site keeps its own block). */
export interface TencentMailSelectors {
  readonly frame: string;
  /** The open message: header and body. */
  readonly readView: string;
  /** The header rows (发件人 / 收件人 / 抄送 / 时间). */
  readonly header: string;
  readonly subject: string;
  readonly body: string;
  /**
   * A person chip: address in `e`, display name in `n` or the text; or an account chip whose
   * address and name are the text of its `personEmail` and `personName` parts.
   */
  readonly person: string;
  readonly personEmail?: string;
  readonly personName?: string;
  /** The rep's own address in the top bar. */
  readonly self: string;
}

/** Reads a Tencent webmail page with the given site's selectors. */
export function readTencentMail(
  source: SignalSource,
  selectors: TencentMailSelectors,
  doc: Document,
  url: URL,
): PageSignals {
  const frameDoc = frameDocument(doc, selectors.frame);
  const mailDoc = [frameDoc, doc].find((d) => d && firstRendered(d, selectors.readView)) ?? null;
  const view = mailDoc ? firstRendered(mailDoc, selectors.readView) : null;
  const people = new PeopleList();
  if (view) {
    const header = firstRendered(view, selectors.header) ?? view;
    readHeaderPeople(
      header,
      {
        skip: selectors.body,
        person(el) {
          if (!el.matches(selectors.person)) return null;
          const part = (selector?: string) => (selector ? el.querySelector(selector)?.textContent : null);
          const email = normalizeAddress(el.getAttribute('e') || part(selectors.personEmail));
          const name = el.getAttribute('n') || part(selectors.personName) || el.textContent;
          return email ? { email, name: displayName(name, email) } : null;
        },
      },
      'from',
      people,
    );
  }
  return webmailSignals(source, doc, url, {
    view,
    subject: view ? cleanText(firstRendered(view, selectors.subject)) : '',
    people: people.list(),
    selfEmail: selfEmail(selectors.self, [doc, frameDoc]),
  });
}

/** The document of the main frame when this script may read it (same origin, loaded), else null. */
function frameDocument(doc: Document, selector: string): Document | null {
  try {
    const frame = doc.querySelector(selector) as HTMLIFrameElement | null;
    return frame?.contentDocument ?? null;
  } catch {
    // Cross-origin frames throw in some browsers instead of returning null.
    return null;
  }
}

function selfEmail(selector: string, docs: (Document | null)[]): string {
  for (const d of docs) {
    for (const el of d?.querySelectorAll(selector) ?? []) {
      const email = firstAddressIn(el.textContent) || firstAddressIn(el.getAttribute('title'));
      if (email) return email;
    }
  }
  return '';
}
