/**
 * Team files: what the browser keeps to share accounts with a team on the company's CouchDB
 * (lib/sync). The tables a team shares, how their rows are named on the server, and the local
 * bookkeeping: the outbox of changes not yet sent, each shared row's server revision, and the
 * connection.
 */

/** The rep's tables a team shares: an account's whole file. Corrections and *Today*'s marks stay local. */
export const SYNCED_TABLES = ['accounts', 'contacts', 'talkingPoints', 'pricingNotes', 'notes'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** Each shared table's document type on the server (`_id` is `<type>:<row id>`). */
export const DOC_TYPES = {
  accounts: 'account',
  contacts: 'contact',
  talkingPoints: 'talkingPoint',
  pricingNotes: 'pricingNote',
  notes: 'note',
} as const satisfies Record<SyncedTable, string>;
export type DocType = (typeof DOC_TYPES)[SyncedTable];

const TABLE_OF = Object.fromEntries(
  Object.entries(DOC_TYPES).map(([table, type]) => [type, table]),
) as Record<DocType, SyncedTable>;

export const isSyncedTable = (name: string): name is SyncedTable => Object.hasOwn(DOC_TYPES, name);

/** The server document's id of a row: `account:…`, `contact:…`. */
export const docId = (table: SyncedTable, id: string) => `${DOC_TYPES[table]}:${id}`;

/** The table and row id a document id names, or null for any other id (design documents…). */
export function parseDocId(id: string): { table: SyncedTable; id: string } | null {
  const colon = id.indexOf(':');
  if (colon < 1) return null;
  const type = id.slice(0, colon);
  const rowId = id.slice(colon + 1);
  if (!Object.hasOwn(TABLE_OF, type) || rowId === '') return null;
  return { table: TABLE_OF[type as DocType], id: rowId };
}

/** Who changed a field of a shared row, and when (ISO time). */
export interface FieldEdit {
  at: string;
  by: string;
}
/** Field path (`name`, `basic.phone`) → its last edit. */
export type FieldEdits = Record<string, FieldEdit>;

/**
 * A shared table's row changed here and not yet on the server, written by lib/db's outbox
 * middleware in the changing write's own transaction. One entry per row: later writes of the row
 * update it.
 */
export interface OutboxEntry {
  /** The row's document id (`docId`). */
  key: string;
  table: SyncedTable;
  id: string;
  /** The file the row belongs to (an account's own id); null when a delete's row was unknown. */
  accountId: string | null;
  deleted: boolean;
  /** Changes with every write of the row: what was sent is settled only if nothing came after. */
  change: string;
  /**
   * The row as it was before the first change not yet sent — the last state this browser shared
   * with the server — or null for a row new here. What a merge compares both sides against.
   */
  base: Record<string, unknown> | null;
  /**
   * The fields changed here since `base` (paths, see lib/sync/core/fields.ts) and when. A row new
   * here stamps none: all its fields date from its `updatedAt`.
   */
  fields: Record<string, string>;
  /** An account given to another owner here (a manager's change), sent with the account. */
  owner?: string;
}

/** A shared row as the server last had it: its revision and its fields' edits. */
export interface SyncedRevision {
  key: string;
  accountId: string;
  rev: string;
  edits: FieldEdits;
  /** An account's owner (the login of the rep who owns it on the team). */
  owner?: string;
  /** The server has the row deleted at `rev` (on this browser's word): nothing of it to send. */
  deleted?: true;
}

/** A CouchDB revision's generation (`3-abc…` → 3): a later edit of a document has a higher one. */
export function revisionGeneration(rev: string): number {
  const n = Number.parseInt(rev, 10);
  return Number.isFinite(n) ? n : 0;
}

/** The `sync` table's rows: one key each. */
export const SYNC_KEYS = {
  connection: 'connection',
  checkpoint: 'checkpoint',
  private: 'private',
  status: 'status',
} as const;

/** The rep's team connection. While it exists every change of a shared table goes in the outbox. */
export interface TeamConnection {
  key: typeof SYNC_KEYS.connection;
  /** The server's origin (`https://couch.example.com`). */
  origin: string;
  team: string;
  login: string;
  password: string;
  role: 'rep' | 'manager';
  connectedAt: string;
}

/** Where the pull from the server's `_changes` feed goes on (CouchDB's opaque sequence). */
export interface SyncCheckpoint {
  key: typeof SYNC_KEYS.checkpoint;
  since: string | number;
}

/** The accounts the rep keeps in this browser only. */
export interface PrivateAccounts {
  key: typeof SYNC_KEYS.private;
  ids: string[];
}

/**
 * What the sync is doing, for the options page and the panel: `upToDate`, `syncing` (`pending`
 * changes to send), `offline` (will retry at `retryAt`), `signedOut` (the server no longer takes
 * the password: sign in again), `removed` (the rep is no longer a member: the team's files were
 * removed from this browser).
 */
export type SyncState = 'upToDate' | 'syncing' | 'offline' | 'signedOut' | 'removed';

/** A change the server refused, for the rep: which row and why (the server's reason). */
export interface SyncRefusal {
  key: string;
  /** The account's name when known, to say which file. */
  name: string | null;
  reason: string;
  at: string;
}

export interface SyncStatus {
  key: typeof SYNC_KEYS.status;
  state: SyncState;
  team: string | null;
  pending: number;
  lastSyncAt: string | null;
  retryAt: string | null;
  /** The last changes the server refused (newest first, a few). */
  refusals: SyncRefusal[];
  /** Documents from the server that failed the check and were not written, and why (a few). */
  rejected: { id: string; problem: string }[];
  /** When the team's files were removed from this browser (`removed`), and how many accounts. */
  removed: { at: string; accounts: number } | null;
}

export type SyncRow = TeamConnection | SyncCheckpoint | PrivateAccounts | SyncStatus;

export type TeamRole = 'rep' | 'manager';
export interface TeamMembership {
  team: string;
  role: TeamRole;
}

/**
 * Why signing in did not work: `invalidOrigin`/`notHttps` (the address), `noAccess` (the rep did
 * not grant the address), `offline` (no answer), `wrongLogin`, `noTeam` (a login of no Dossier
 * team), `notDossier` (an answer no CouchDB gives), `alreadyConnected`.
 */
export type TeamProblem =
  | 'invalidOrigin'
  | 'notHttps'
  | 'noAccess'
  | 'offline'
  | 'wrongLogin'
  | 'noTeam'
  | 'notDossier'
  | 'alreadyConnected';

/** The options page's team card: signing in, choosing what to share, or connected. */
export type TeamView =
  | { kind: 'loading' }
  | {
      kind: 'signIn';
      busy: boolean;
      problem: TeamProblem | null;
      /** The last status (a removal to report), null when none. */
      status: SyncStatus | null;
      /** Accounts removed by the rep's own disconnect just now. */
      removedNow: number | null;
    }
  | {
      kind: 'choose';
      teams: TeamMembership[];
      team: string;
      accounts: { id: string; name: string }[];
      privateIds: ReadonlySet<string>;
      busy: boolean;
      problem: TeamProblem | null;
    }
  | {
      kind: 'connected';
      origin: string;
      team: string;
      login: string;
      role: TeamRole;
      status: SyncStatus | null;
      pending: number;
      busy: boolean;
      problem: TeamProblem | null;
    };

/**
 * Whether a client file is the team's or this browser's only; null when no team. A team file
 * names its owner (a change not yet sent included); a manager may give it to another.
 */
export type FileSharing =
  | { kind: 'team'; owner: string | null; canChangeOwner: boolean }
  | { kind: 'private' };

/** Why an owner was not changed: not a manager, not a team account, not a login. */
export type OwnerChangeRefused = 'notManager' | 'notTeam' | 'invalidLogin';
export type OwnerChangeResult = { ok: true } | { ok: false; reason: OwnerChangeRefused };

/** A login a document may name (as the documents' check takes it): not empty, at most 100 characters. */
export function isLogin(value: string): boolean {
  return value.length > 0 && value.length <= 100 && value.trim() === value;
}

/**
 * A team account's deletion that did not happen: the server refused it (`forbidden`, with its
 * reason) or could not be asked (`offline`). The file stays, here and on the server.
 */
export class TeamDeleteRefused extends Error {
  constructor(
    readonly kind: 'forbidden' | 'offline',
    readonly reason = '',
  ) {
    super(reason || kind);
    this.name = 'TeamDeleteRefused';
  }
}
