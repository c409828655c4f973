import { emailDomain } from '../../model/free-mail';
import { type Automaton, type AutomatonData, automatonFromData, buildAutomaton } from './automaton';
import {
  type AccountForMatch,
  type Boundary,
  buildPatternSet,
  type ContactForMatch,
  type PatternInfo,
  type PatternKind,
  type PatternOptions,
} from './patterns';

/**
 * Everything the matcher needs, built once in the background from the database and kept warm:
 * the automaton over names, aliases, domains and addresses, what each pattern means, and exact
 * look-ups for the addresses and domains a page reports directly.
 *
 * What each pattern means is kept in columns (the labels' bytes, typed arrays of flags and
 * indexes, sorted look-up orders) and turned into a `PatternInfo` only for the patterns a page
 * hits: a page hits dozens, the index holds hundreds of thousands, and a restarted service worker
 * restores views onto one buffer instead of as many objects (lib/db/snapshot-bytes.ts).
 */
export interface MatchIndex {
  automaton: Automaton;
  patternCount: number;
  /** What pattern `id` (an automaton hit) stands for. */
  info(id: number): PatternInfo;
  /** The account of the contact with this address (any case), if any. */
  contactOfEmail(email: string): string | undefined;
  /** The accounts at this exact domain (website or email, never free-mail or the rep's own). */
  accountsAtDomain(domain: string): string[] | undefined;
  /** The columns, for snapshots. */
  readonly columns: PatternColumns;
}

/**
 * Pattern meanings, columnar: a snapshot of them is a handful of arrays and a string, which
 * restore without building an object per pattern.
 */
export interface PatternColumns {
  /**
   * Every label as UTF-8, concatenated; label i is the bytes from `labelEnds[i - 1] ?? 0` to
   * `labelEnds[i]`. Bytes, decoded one label at a time when a page hits it: a restored index
   * never decodes the hundreds of thousands of labels it will not show.
   */
  labels: Uint8Array;
  labelEnds: Uint32Array;
  /** Distinct account ids, joined by newlines (ids never contain one). */
  accountIds: string;
  accountIndex: Int32Array;
  /** kind (2 bits) | boundary (2 bits) << 2 | caseSensitive << 4 | weak << 5 */
  flags: Uint8Array;
  /**
   * The address patterns' ids sorted by their lower-cased label, and the domain patterns' by
   * label (stable: pattern order among equals): the look-ups are binary searches over them, so a
   * restored index answers its first page without building a map of every address first.
   */
  emailOrder: Int32Array;
  domainOrder: Int32Array;
}

export interface MatchIndexSnapshot extends PatternColumns {
  version: 4;
  automaton: AutomatonData;
}

const KINDS: PatternKind[] = ['email', 'domain', 'name', 'alias'];
const BOUNDARIES: Boundary[] = ['word', 'cjk', 'domain', 'email'];

export function buildMatchIndex(
  accounts: readonly AccountForMatch[],
  contacts: readonly ContactForMatch[],
  options: PatternOptions = {},
): MatchIndex {
  const { texts, infos } = buildPatternSet(accounts, contacts, options);
  return indexFrom(buildAutomaton(texts), toColumns(infos));
}

export function snapshotMatchIndex(index: MatchIndex): MatchIndexSnapshot {
  return { version: 4, automaton: index.automaton.toData(), ...index.columns };
}

export function restoreMatchIndex(snapshot: MatchIndexSnapshot): MatchIndex {
  if (snapshot.version !== 4) throw new Error(`Unknown match index snapshot version ${snapshot.version}`);
  const { version: _version, automaton, ...columns } = snapshot;
  return indexFrom(automatonFromData(automaton), columns);
}

/** The accounts whose domain the address or host is at (`li@sales.acme.com` → acme.com's accounts). */
export function accountsForDomainOf(
  index: MatchIndex,
  hostOrEmail: string,
): { domain: string; accountIds: string[] } | null {
  let host = (hostOrEmail.includes('@') ? emailDomain(hostOrEmail) : hostOrEmail).toLowerCase();
  while (host.includes('.')) {
    const accountIds = index.accountsAtDomain(host);
    if (accountIds) return { domain: host, accountIds };
    host = host.slice(host.indexOf('.') + 1);
  }
  return null;
}

function toColumns(infos: readonly PatternInfo[]): PatternColumns {
  const accountIds: string[] = [];
  const accountPos = new Map<string, number>();
  const position = (id: string) => {
    let i = accountPos.get(id);
    if (i === undefined) {
      i = accountIds.push(id) - 1;
      accountPos.set(id, i);
    }
    return i;
  };
  const n = infos.length;
  const encoder = new TextEncoder();
  const encoded = infos.map((info) => encoder.encode(info.label));
  const labels = new Uint8Array(encoded.reduce((sum, bytes) => sum + bytes.length, 0));
  const labelEnds = new Uint32Array(n);
  const accountIndex = new Int32Array(n);
  const flags = new Uint8Array(n);
  let end = 0;
  infos.forEach((info, i) => {
    labels.set(encoded[i]!, end);
    end += encoded[i]!.length;
    labelEnds[i] = end;
    accountIndex[i] = position(info.accountId);
    flags[i] =
      KINDS.indexOf(info.kind) |
      (BOUNDARIES.indexOf(info.boundary) << 2) |
      (Number(info.caseSensitive) << 4) |
      (Number(info.weak) << 5);
  });
  const sortedIds = (kind: PatternKind, keyOf: (label: string) => string) => {
    const ids: number[] = [];
    const keys: string[] = [];
    infos.forEach((info, id) => {
      if (info.kind !== kind) return;
      ids.push(id);
      keys[id] = keyOf(info.label);
    });
    return Int32Array.from(ids.sort((a, b) => compareKeys(keys[a]!, keys[b]!) || a - b));
  };
  return {
    labels,
    labelEnds,
    accountIds: accountIds.join('\n'),
    accountIndex,
    flags,
    emailOrder: sortedIds('email', (label) => label.toLowerCase()),
    domainOrder: sortedIds('domain', (label) => label),
  };
}

/** Code-unit order, the order the look-ups search in. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in `order` whose key is not below `key`. */
function lowerBound(order: Int32Array, key: string, keyOf: (id: number) => string): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(order[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexFrom(automaton: Automaton, columns: PatternColumns): MatchIndex {
  let accountIds: string[] | undefined;
  const { labels, labelEnds, accountIndex, flags, emailOrder, domainOrder } = columns;
  const decoder = new TextDecoder();
  const label = (id: number) =>
    decoder.decode(labels.subarray(id === 0 ? 0 : labelEnds[id - 1], labelEnds[id]));
  const lowerLabel = (id: number) => label(id).toLowerCase();
  const kindOf = (id: number) => KINDS[flags[id]! & 3]!;
  const accountOf = (id: number) => {
    accountIds ??= columns.accountIds.split('\n');
    return accountIds[accountIndex[id]!]!;
  };
  return {
    automaton,
    patternCount: labelEnds.length,
    columns,
    info: (id) => ({
      kind: kindOf(id),
      boundary: BOUNDARIES[(flags[id]! >> 2) & 3]!,
      caseSensitive: Boolean(flags[id]! & 16),
      weak: Boolean(flags[id]! & 32),
      label: label(id),
      accountId: accountOf(id),
    }),
    contactOfEmail(email) {
      const key = email.toLowerCase();
      let at = lowerBound(emailOrder, key, lowerLabel);
      if (at === emailOrder.length || lowerLabel(emailOrder[at]!) !== key) return undefined;
      // The same address on two contacts: the later one, as a map built in pattern order would say.
      while (at + 1 < emailOrder.length && lowerLabel(emailOrder[at + 1]!) === key) at++;
      return accountOf(emailOrder[at]!);
    },
    accountsAtDomain(domain) {
      const found: string[] = [];
      for (let at = lowerBound(domainOrder, domain, label); at < domainOrder.length; at++) {
        const id = domainOrder[at]!;
        if (label(id) !== domain) break;
        if (!found.includes(accountOf(id))) found.push(accountOf(id));
      }
      return found.length ? found : undefined;
    },
  };
}
