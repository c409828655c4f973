import { type Automaton, type AutomatonData, automatonFromData, buildAutomaton } from './automaton';
import { emailDomain } from './free-mail';
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
 */
export interface MatchIndex {
  automaton: Automaton;
  infos: PatternInfo[];
  /** Contact address → its contact and account. */
  contactsByEmail: Map<string, { accountId: string; contactId: string }>;
  /** Account domain (website or email, never free-mail or the rep's own) → accounts. */
  accountsByDomain: Map<string, string[]>;
}

export function buildMatchIndex(
  accounts: readonly AccountForMatch[],
  contacts: readonly ContactForMatch[],
  options: PatternOptions = {},
): MatchIndex {
  const { texts, infos } = buildPatternSet(accounts, contacts, options);
  return { automaton: buildAutomaton(texts), infos, ...lookups(infos) };
}

/** The exact address and domain look-ups, derived from the patterns. */
function lookups(infos: readonly PatternInfo[]): Pick<MatchIndex, 'contactsByEmail' | 'accountsByDomain'> {
  const contactsByEmail = new Map<string, { accountId: string; contactId: string }>();
  const accountsByDomain = new Map<string, string[]>();
  for (const info of infos) {
    if (info.kind === 'email' && info.contactId) {
      contactsByEmail.set(info.label.toLowerCase(), { accountId: info.accountId, contactId: info.contactId });
    } else if (info.kind === 'domain') {
      const list = accountsByDomain.get(info.label) ?? [];
      if (!list.includes(info.accountId)) list.push(info.accountId);
      accountsByDomain.set(info.label, list);
    }
  }
  return { contactsByEmail, accountsByDomain };
}

/** The accounts whose domain the address is at (`li@sales.acme.com` → acme.com's accounts). */
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

const KINDS: PatternKind[] = ['email', 'domain', 'name', 'alias'];
const BOUNDARIES: Boundary[] = ['word', 'cjk', 'domain', 'email'];

/**
 * A structured-clonable copy of the index, columnar so that storing and restoring 150,000
 * patterns is a handful of typed arrays rather than 150,000 objects.
 */
export interface MatchIndexSnapshot {
  version: 1;
  automaton: AutomatonData;
  accountIds: string[];
  contactIds: string[];
  labels: string[];
  accountIndex: Int32Array;
  /** -1 for patterns without a contact. */
  contactIndex: Int32Array;
  /** kind (2 bits) | boundary (2 bits) << 2 | caseSensitive << 4 | weak << 5 */
  flags: Uint8Array;
}

export function snapshotMatchIndex(index: MatchIndex): MatchIndexSnapshot {
  const accountIds: string[] = [];
  const contactIds: string[] = [];
  const accountPos = new Map<string, number>();
  const contactPos = new Map<string, number>();
  const position = (id: string, list: string[], pos: Map<string, number>) => {
    let i = pos.get(id);
    if (i === undefined) {
      i = list.push(id) - 1;
      pos.set(id, i);
    }
    return i;
  };
  const n = index.infos.length;
  const snapshot: MatchIndexSnapshot = {
    version: 1,
    automaton: index.automaton.toData(),
    accountIds,
    contactIds,
    labels: new Array<string>(n),
    accountIndex: new Int32Array(n),
    contactIndex: new Int32Array(n),
    flags: new Uint8Array(n),
  };
  index.infos.forEach((info, i) => {
    snapshot.labels[i] = info.label;
    snapshot.accountIndex[i] = position(info.accountId, accountIds, accountPos);
    snapshot.contactIndex[i] =
      info.contactId === null ? -1 : position(info.contactId, contactIds, contactPos);
    snapshot.flags[i] =
      KINDS.indexOf(info.kind) |
      (BOUNDARIES.indexOf(info.boundary) << 2) |
      (Number(info.caseSensitive) << 4) |
      (Number(info.weak) << 5);
  });
  return snapshot;
}

export function restoreMatchIndex(snapshot: MatchIndexSnapshot): MatchIndex {
  const infos: PatternInfo[] = new Array(snapshot.labels.length);
  for (let i = 0; i < infos.length; i++) {
    const flags = snapshot.flags[i]!;
    const contact = snapshot.contactIndex[i]!;
    infos[i] = {
      kind: KINDS[flags & 3]!,
      boundary: BOUNDARIES[(flags >> 2) & 3]!,
      caseSensitive: Boolean(flags & 16),
      weak: Boolean(flags & 32),
      label: snapshot.labels[i]!,
      accountId: snapshot.accountIds[snapshot.accountIndex[i]!]!,
      contactId: contact < 0 ? null : snapshot.contactIds[contact]!,
    };
  }
  return { automaton: automatonFromData(snapshot.automaton), infos, ...lookups(infos) };
}
