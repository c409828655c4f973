/**
 * What a content script reports about the page the rep is reading. It holds no client data:
 * only what the page itself shows. The background matches it against the client files.
 */

import type { HeaderRole } from '../../model/email-text';

/** Which site adapter read the page. */
export const SIGNAL_SOURCES = ['gmail', 'outlook', 'exmail', 'qqmail', 'netease', 'generic'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/** A person on the open webmail message. */
export interface MessagePerson {
  role: HeaderRole;
  /** Lower-case address. */
  email: string;
  /** Display name as the page shows it ('' when none). */
  name: string;
}

/** schema.org Organization / LocalBusiness data found on the page (JSON-LD or microdata). */
export interface OrganizationSignal {
  name: string;
  legalName: string;
  url: string;
  email: string;
  sameAs: string[];
}

export interface PageSignals {
  source: SignalSource;
  url: string;
  /** Lower-case hostname of the top frame. */
  host: string;
  title: string;
  /** Webmail only: the subject of the open message ('' elsewhere). */
  subject: string;
  /** Webmail only: sender and recipients of the open message (collapsed ones included). */
  people: MessagePerson[];
  /** Webmail only: the rep's own address when the page shows it (Gmail's "me"), else ''. */
  selfEmail: string;
  /** Lower-case addresses from mailto: links, de-duplicated. */
  mailtos: string[];
  organizations: OrganizationSignal[];
  /** The visible text, capped at MAX_TEXT_CHARS. */
  text: string;
}

/** Visible text beyond this is not sent (1 MB of UTF-16 code units). */
export const MAX_TEXT_CHARS = 1_048_576;

/**
 * The most the background accepts of each part (lib/detection/core/signals-schema.ts checks them); the
 * content script trims a big page to them (`fitSignals`) instead of being refused whole.
 */
export const SIGNAL_LIMITS = {
  url: 8_192,
  host: 253,
  /** A title, subject, name or organisation field. */
  short: 2_000,
  address: 254,
  people: 500,
  mailtos: 500,
  organizations: 20,
  sameAs: 50,
} as const;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * The signals cut to `SIGNAL_LIMITS`, strongest kept: the sender and recipients before any cc,
 * the first addresses of the page, organisations that name a site or an address before those that
 * only name themselves; over-long text cut, over-long addresses (which are no addresses) dropped.
 * A staff directory of 3,000 mailto links once made the background refuse the whole page.
 */
export function fitSignals(s: PageSignals): PageSignals {
  const L = SIGNAL_LIMITS;
  const address = (email: string) => email.length <= L.address;
  const roleRank = { from: 0, to: 1, cc: 2 } as const;
  const people = s.people
    .filter((p) => address(p.email))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => roleRank[a.p.role] - roleRank[b.p.role] || a.i - b.i)
    .slice(0, L.people)
    .sort((a, b) => a.i - b.i)
    .map(({ p }) => ({ ...p, name: clip(p.name, L.short) }));
  const organizations = s.organizations
    .map((o, i) => ({ o, i, rank: o.url || o.email ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, L.organizations)
    .sort((a, b) => a.i - b.i)
    .map(({ o }) => ({
      name: clip(o.name, L.short),
      legalName: clip(o.legalName, L.short),
      url: clip(o.url, L.short),
      email: address(o.email) ? o.email : '',
      sameAs: o.sameAs.slice(0, L.sameAs).map((x) => clip(x, L.short)),
    }));
  return {
    source: s.source,
    url: clip(s.url, L.url),
    host: clip(s.host, L.host),
    title: clip(s.title, L.short),
    subject: clip(s.subject, L.short),
    people,
    selfEmail: address(s.selfEmail) ? s.selfEmail : '',
    mailtos: s.mailtos.filter(address).slice(0, L.mailtos),
    organizations,
    text: clip(s.text, MAX_TEXT_CHARS),
  };
}
