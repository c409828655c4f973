/**
 * What a content script reports about the page the rep is reading. It holds no client data:
 * only what the page itself shows. The background matches it against the client files.
 */

/** Which site adapter read the page. */
export const SIGNAL_SOURCES = ['gmail', 'outlook', 'exmail', 'qqmail', 'netease', 'generic'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/** A person on the open webmail message. */
export interface MessagePerson {
  role: 'from' | 'to' | 'cc';
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

/** A page adapter: reads one kind of page into signals. DOM reads only; selectors in one block. */
export interface SiteAdapter {
  source: SignalSource;
  /** Whether this adapter reads the page at `url` (host and path checks only). */
  matches(url: URL): boolean;
  /** Reads the signals of the page as it is now. */
  read(doc: Document, url: URL): PageSignals;
}
