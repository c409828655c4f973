/**
 * What the popup lists before the rep has typed enough to search (empty box, one or two
 * characters): the client the current tab is about, then recently opened clients, then follow-ups
 * due — an order that says why each is there, not an arbitrary slice of the index. Pure, and small
 * enough for the popup's first paint: no fuse.js, no pinyin-pro, no folding tables (rows carry their
 * pinyin; NFKC folds full-width letters).
 */
import type { Hits, QuickReason, QuickResult } from '../../model/quick-search';
import type { Account, TimelineNote } from '../../model/types';

export interface HomeSources {
  /** Clients the current tab is about, strongest first. */
  tabAccounts: readonly Account[];
  /** Recently opened clients, most recent first. */
  recentAccounts: readonly Account[];
  /** Accounts whose next contact is due. */
  dueAccounts: readonly Account[];
  /** Accounts past their cadence (no contact with the client for longer), with the day it ran out. */
  cadenceAccounts?: readonly { account: Account; date: string }[];
  /** Notes whose follow-up is due, with their account. */
  dueNotes: readonly { note: TimelineNote; account: Account | undefined }[];
}

/** A home line and what a one- or two-character query is compared with (names, pinyin, initials). */
export interface HomeEntry {
  result: QuickResult;
  keys: string[];
}

/** How many lines the home list shows. */
export const HOME_MAX = 12;
const NOTE_TITLE_MAX = 80;

/** The home list in its order, each client once (a due note still shows beside its client). */
export function homeEntries(sources: HomeSources, max = HOME_MAX): HomeEntry[] {
  const out: HomeEntry[] = [];
  const seen = new Set<string>();
  const addAccount = (account: Account, reason: QuickReason, dueDate?: string) => {
    if (seen.has(account.id)) return;
    seen.add(account.id);
    out.push({
      result: { ...accountLine(account, reason), ...(dueDate ? { dueDate } : {}) },
      keys: accountKeys(account),
    });
  };
  for (const a of sources.tabAccounts) addAccount(a, 'tab');
  for (const a of sources.recentAccounts) addAccount(a, 'recent');
  const due = [
    ...sources.dueAccounts.map((a) => ({ date: a.nextContactDate ?? '', account: a, note: undefined })),
    ...(sources.cadenceAccounts ?? []).map(({ account, date }) => ({ date, account, note: undefined })),
    ...sources.dueNotes.map(({ note, account }) => ({ date: note.followUpDate ?? '', account, note })),
  ].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  for (const { date, account, note } of due) {
    if (!note) {
      if (account) addAccount(account, 'due', date);
    } else if (!seen.has(note.id)) {
      seen.add(note.id);
      out.push({ result: noteLine(note, account, date), keys: account ? accountKeys(account) : [] });
    }
  }
  return out.slice(0, max);
}

/** The home list for what was typed: everything for an empty box, else the lines a key starts with. */
export function filterHome(entries: readonly HomeEntry[], query: string): QuickResult[] {
  const q = normalize(query.trim());
  if (!q) return entries.map((e) => e.result);
  return entries
    .filter((e) => e.keys.some((key) => key.split(/\s+/).some((word) => word.startsWith(q))))
    .map((e) => ({ ...e.result, titleHits: prefixHits(e.result.title, q) }));
}

function accountLine(account: Account, reason: QuickReason): QuickResult {
  return {
    id: account.id,
    kind: 'account',
    accountId: account.id,
    title: account.name,
    titleHits: [],
    subtitle: account.aliases.join(' · '),
    tier: account.tier,
    portfolioQuadrant: account.portfolioQuadrant,
    reason,
    fragment: null,
  };
}

function noteLine(note: TimelineNote, account: Account | undefined, dueDate: string): QuickResult {
  const first = note.text.trim().split('\n', 1)[0] ?? '';
  return {
    id: note.id,
    kind: 'note',
    accountId: note.accountId,
    title: first.length > NOTE_TITLE_MAX ? `${first.slice(0, NOTE_TITLE_MAX - 1)}…` : first,
    titleHits: [],
    subtitle: account?.name ?? '',
    tier: account?.tier ?? null,
    portfolioQuadrant: account?.portfolioQuadrant ?? null,
    reason: 'due',
    fragment: null,
    dueDate,
  };
}

/** Names and aliases as typed, and the stored pinyin (full and initials) of the Chinese ones. */
function accountKeys(account: Account): string[] {
  const names = [account.name, ...account.aliases].map(normalize);
  const pinyin = (account.pinyin ?? []).flatMap((r) => [r.full, r.initials]);
  return [...names, ...pinyin];
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Where a word of `title` starts with `q`, when the title's letters line up with their normalized form. */
function prefixHits(title: string, q: string): Hits {
  const lower = normalize(title);
  if (lower.length !== title.length) return [];
  const hits: Hits = [];
  for (const m of lower.matchAll(/\S+/g)) if (m[0].startsWith(q)) hits.push([m.index, m.index + q.length]);
  return hits;
}
