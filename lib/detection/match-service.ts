import type { DossierDatabase } from '../db/database';
import { dataStamp, type MatchCache, readMatchSources } from '../db/match-cache';
import { emailDomain } from '../model/free-mail';
import type { OwnAddresses } from '../model/storage-items';
import { buildMatchIndex, type MatchIndex, restoreMatchIndex, snapshotMatchIndex } from './core/match-index';
import { type Correction, matchPage } from './core/matcher';
import type { PageSignals } from './core/signals';
import { parseSignature } from './core/signature';
import type { TabMatches } from './tab-matches';

/** How long after a load from a bulk write's snapshot it is stored as the current one. */
export const PROMOTE_DELAY_MS = 2_000;

export interface MatchServiceDeps {
  db: DossierDatabase;
  cache: MatchCache;
  ownAddresses(): Promise<OwnAddresses>;
  corrections(): Promise<Correction[]>;
  /** Stores a tab's result where the side panel reads it, and shows its count on the badge. */
  publish(result: TabMatches): Promise<void>;
  now?: () => Date;
}

/**
 * The background's matcher: keeps the index warm (restored from its snapshot when the client
 * files have not changed, else rebuilt and snapshotted), matches each tab's page signals, and
 * re-matches every open tab when accounts, contacts, corrections or the rep's addresses change.
 */
export function createMatchService(deps: MatchServiceDeps) {
  let index: Promise<MatchIndex> | null = null;
  const lastSignals = new Map<number, PageSignals>();
  const now = deps.now ?? (() => new Date());

  async function loadIndex(): Promise<MatchIndex> {
    // The snapshot is read while the stamp it must carry is worked out: the two are independent.
    const stamping = deps
      .ownAddresses()
      .then(async (own) => ({ own, stamp: await dataStamp(deps.db, own.domains) }));
    const [{ own, stamp }, stored] = await Promise.all([stamping, deps.cache.load().catch(() => null)]);
    if (stored?.stamp === stamp) {
      try {
        return restoreMatchIndex(stored.snapshot);
      } catch {
        // stored by an older version of the index: build afresh (and store that)
      }
    } else {
      // A bulk write (a restore, an import) stores the index of what it commits apart: that one,
      // stored again as the current one (the next start then reads one snapshot, not two).
      const prebuilt = await deps.cache.load('prebuilt').catch(() => null);
      if (prebuilt?.stamp === stamp) {
        try {
          const restored = restoreMatchIndex(prebuilt.snapshot);
          // Later: packing 30 MB would hold up the page this load is for.
          setTimeout(() => void deps.cache.save(stamp, prebuilt.snapshot).catch(() => {}), PROMOTE_DELAY_MS);
          return restored;
        } catch {
          // as above
        }
      }
    }
    const { accounts, contacts } = await readMatchSources(deps.db);
    const built = buildMatchIndex(accounts, contacts, { ownDomains: own.domains });
    // A snapshot that cannot be stored (a full disk) costs the next start a build, not this match.
    await deps.cache.save(stamp, snapshotMatchIndex(built)).catch(() => {});
    return built;
  }

  function currentIndex(): Promise<MatchIndex> {
    index ??= loadIndex().catch((error) => {
      index = null; // try again next time rather than keep a failed build
      throw error;
    });
    return index;
  }

  async function match(tabId: number, signals: PageSignals): Promise<TabMatches> {
    const [built, own, corrections] = await Promise.all([
      currentIndex(),
      deps.ownAddresses(),
      deps.corrections(),
    ]);
    const context = { selfEmails: own.emails, ownDomains: own.domains, corrections };
    const matches = matchPage(signals, built, context);
    return {
      tabId,
      url: signals.url,
      host: signals.host,
      title: signals.title,
      source: signals.source,
      scannedAt: now().toISOString(),
      matches,
      unknownSender: unknownSender(signals, built, own),
      subject: signals.subject,
      people: othersOnMessage(signals, own),
    };
  }

  return {
    /** Matches a tab's signals and publishes the result; returns how many clients the page mentions. */
    async handleSignals(tabId: number, signals: PageSignals): Promise<number> {
      lastSignals.set(tabId, signals);
      const result = await match(tabId, signals);
      await deps.publish(result);
      return result.matches.length;
    },

    /**
     * The client files (or the rep's addresses) changed: rebuild at once — after an import or a
     * restore too, with no tab open, so the next page finds the index built instead of waiting
     * for the build; a page that arrives meanwhile waits for this same build — then re-match
     * every tab.
     */
    /** The client files changed: the next match builds the index afresh (no build now). */
    markStale(): void {
      index = null;
    },

    async invalidateIndex(): Promise<void> {
      index = null;
      await currentIndex().catch(() => {});
      await this.rematchAll();
    },

    /** Corrections changed: same index, new verdicts. */
    async rematchAll(): Promise<void> {
      for (const [tabId, signals] of lastSignals) await deps.publish(await match(tabId, signals));
    },

    forgetTab(tabId: number): void {
      lastSignals.delete(tabId);
    },

    /** Warms the index (at service-worker start) so the first page is matched at once. */
    warm(): Promise<MatchIndex> {
      return currentIndex();
    },
  };
}

/** The people of the open message who are not the rep (their own addresses, any colleague). */
function othersOnMessage(signals: PageSignals, own: OwnAddresses): TabMatches['people'] {
  const self = new Set([signals.selfEmail, ...own.emails].map((e) => e.toLowerCase()));
  const ownDomains = new Set(own.domains.map((d) => d.toLowerCase()));
  const seen = new Set<string>();
  return signals.people.filter((p) => {
    const email = p.email.toLowerCase();
    if (!email || seen.has(email) || self.has(email) || ownDomains.has(emailDomain(email))) return false;
    seen.add(email);
    return true;
  });
}

/**
 * The sender of the open message when no client file knows them and they are not the rep's own,
 * with their signature's title, company and phones for the "create account / add contact" offer.
 */
function unknownSender(
  signals: PageSignals,
  index: MatchIndex,
  own: OwnAddresses,
): TabMatches['unknownSender'] {
  const self = new Set([signals.selfEmail, ...own.emails].map((e) => e.toLowerCase()));
  const ownDomains = new Set(own.domains.map((d) => d.toLowerCase()));
  const sender = signals.people.find((p) => p.role === 'from');
  if (!sender) return null;
  const email = sender.email.toLowerCase();
  if (self.has(email) || ownDomains.has(emailDomain(email)) || index.contactOfEmail(email) !== undefined)
    return null;
  return { email, name: sender.name, ...parseSignature(signals.text, sender) };
}
