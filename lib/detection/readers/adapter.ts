import type { PageSignals, SignalSource } from '../core/signals';

/** A page adapter: reads one kind of page into signals. DOM reads only; selectors in one block. */
export interface SiteAdapter {
  source: SignalSource;
  /** Whether this adapter reads the page at `url` (host and path checks only). */
  matches(url: URL): boolean;
  /**
   * Whether `url` itself says a message is open (Gmail's `#inbox/<id>`): then, if the adapter
   * finds none — a layout it does not know — the page is read generically rather than not at all.
   * Left out: the URL cannot tell, and a page where the adapter finds nothing is read generically.
   */
  showsMessage?(url: URL): boolean;
  /** Reads the signals of the page as it is now. */
  read(doc: Document, url: URL): PageSignals;
}
