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
 * What each pattern means is kept in columns (one string of labels, typed arrays of flags and
 * indexes) and turned into a `PatternInfo` only for the patterns a page hits: a page hits dozens,
 * the index holds hundreds of thousands, and a restarted service worker restores a handful of
 * arrays instead of as many objects.
 */
export interface MatchIndex {
  automaton: Automaton;
  patternCount: number;
  /** What pattern `id` (an automaton hit) stands for. */
  info(id: number): PatternInfo;
  /** Contact address → the contact's account (built on first use). */
  readonly contactsByEmail: Map<string, { accountId: string }>;
  /** Account domain (website or email, never free-mail or the rep's own) → accounts (built on first use). */
  readonly accountsByDomain: Map<string, string[]>;
  /** The columns, for snapshots. */
  readonly columns: PatternColumns;
}

/** Pattern meanings, columnar and structured-clonable. */
export interface PatternColumns {
  /** Every label, concatenated; label i is `labels.slice(labelEnds[i - 1] ?? 0, labelEnds[i])`. */
  labels: string;
  labelEnds: Uint32Array;
  /** Distinct account ids, joined by newlines (ids never contain one). */
  accountIds: string;
  accountIndex: Int32Array;
  /** kind (2 bits) | boundary (2 bits) << 2 | caseSensitive << 4 | weak << 5 */
  flags: Uint8Array;
}

export interface MatchIndexSnapshot extends PatternColumns {
  version: 3;
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
  return { version: 3, automaton: index.automaton.toData(), ...index.columns };
}

export function restoreMatchIndex(snapshot: MatchIndexSnapshot): MatchIndex {
  if (snapshot.version !== 3) throw new Error(`Unknown match index snapshot version ${snapshot.version}`);
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
    const accountIds = index.accountsByDomain.get(host);
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
  const labelEnds = new Uint32Array(n);
  const accountIndex = new Int32Array(n);
  const flags = new Uint8Array(n);
  let end = 0;
  infos.forEach((info, i) => {
    end += info.label.length;
    labelEnds[i] = end;
    accountIndex[i] = position(info.accountId);
    flags[i] =
      KINDS.indexOf(info.kind) |
      (BOUNDARIES.indexOf(info.boundary) << 2) |
      (Number(info.caseSensitive) << 4) |
      (Number(info.weak) << 5);
  });
  return {
    labels: infos.map((info) => info.label).join(''),
    labelEnds,
    accountIds: accountIds.join('\n'),
    accountIndex,
    flags,
  };
}

function indexFrom(automaton: Automaton, columns: PatternColumns): MatchIndex {
  let accountIds: string[] | undefined;
  let lookups: Pick<MatchIndex, 'contactsByEmail' | 'accountsByDomain'> | undefined;
  const { labels, labelEnds, accountIndex, flags } = columns;
  const label = (id: number) => labels.slice(id === 0 ? 0 : labelEnds[id - 1], labelEnds[id]);
  const kindOf = (id: number) => KINDS[flags[id]! & 3]!;
  const accountOf = (id: number) => {
    accountIds ??= columns.accountIds.split('\n');
    return accountIds[accountIndex[id]!]!;
  };
  const buildLookups = () => {
    const contactsByEmail = new Map<string, { accountId: string }>();
    const accountsByDomain = new Map<string, string[]>();
    for (let id = 0; id < labelEnds.length; id++) {
      const kind = kindOf(id);
      if (kind === 'email') {
        contactsByEmail.set(label(id).toLowerCase(), { accountId: accountOf(id) });
      } else if (kind === 'domain') {
        const list = accountsByDomain.get(label(id)) ?? [];
        if (!list.includes(accountOf(id))) list.push(accountOf(id));
        accountsByDomain.set(label(id), list);
      }
    }
    return { contactsByEmail, accountsByDomain };
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
    get contactsByEmail() {
      lookups ??= buildLookups();
      return lookups.contactsByEmail;
    },
    get accountsByDomain() {
      lookups ??= buildLookups();
      return lookups.accountsByDomain;
    },
  };
}
