import Dexie, { type Transaction } from 'dexie';

/**
 * Every schema version Dexie has ever shipped, kept forever: a browser that last ran version N
 * upgrades through each later one. Each version has a case in `migrations.test.ts` (a fixture
 * database written at that version, opened by current code, data preserved).
 *
 * Index syntax: first key is the primary key (string ids, never auto-increment); `*x` is a
 * multi-entry index over an array; `[a+b]` a compound index.
 */
export const SCHEMA_V1 = {
  accounts: 'id, name, *aliases, *emailDomains, *websiteDomains, tier, nextContactDate, updatedAt',
  contacts: 'id, accountId, name, *emails, updatedAt',
  talkingPoints: 'id, accountId, [accountId+order], updatedAt',
  pricingNotes: 'id, accountId, validUntil, updatedAt',
  notes: 'id, accountId, [accountId+occurredAt], occurredAt, contactId, kind, followUpDate, updatedAt',
} as const;

/** Version 2: the rep's corrections of page detection. Nothing else changes. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  matchCorrections: 'id, key, accountId, updatedAt',
} as const;

/**
 * Version 3: no index changes. Captured items keep their provenance (notes' `source`
 * gains capture details; talking points and pricing notes gain a `source`), and accounts gain the
 * company details a website capture fills (email, logo URL, social profiles, description).
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4: no index changes. Accounts and contacts store the pinyin readings of their
 * Chinese names (`pinyin`), computed where rows are written; the upgrade computes them for the
 * rows already there.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * Version 5: accounts and contacts keep their ids in other systems (`externalIds`:
 * `hubspot:123`, `salesforce:…`), indexed so a re-import finds the record it made before. The
 * upgrade gives every row an empty list.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  accounts: `${SCHEMA_V4.accounts}, *externalIds`,
  contacts: `${SCHEMA_V4.contacts}, *externalIds`,
} as const;

/**
 * Version 6: accounts and contacts keep only the indexes a query uses — the follow-up
 * date, the owning account and `updatedAt` (the search index's and the import's change stamp).
 * Matching by alias, domain, email or external id runs on in-memory indexes (the detection
 * automaton, the quick-search index, the import planner), sorting by name in memory with a
 * collator; every index written costs every write. Measured on 50,000 companies + 50,000
 * contacts put in one transaction in Chromium: 14.1 s with version 5's indexes, 9.3–9.7 s
 * with these. No row changes.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  accounts: 'id, nextContactDate, updatedAt',
  contacts: 'id, accountId, updatedAt',
} as const;

/**
 * Version 7: the rep's day. Contacts gain a status (active, left, changed role) and a derived
 * `birthMonthDay` index; complaints a course (`complaint.status` indexed: the open ones);
 * `agendaMarks` remembers what the rep did or snoozed on *Today* and which suggested talking
 * points were kept or dismissed (backed up); `accountSignals` holds each account's derived
 * last contact, cadence due time and churn risk (indexed: due accounts and rising risk are index
 * reads), rebuilt from the files at any time. The upgrade fills the new fields; version 10's builds
 * the signals.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  contacts: `${SCHEMA_V6.contacts}, birthMonthDay`,
  notes: `${SCHEMA_V6.notes}, complaint.status`,
  agendaMarks: 'id, itemKey, accountId, updatedAt',
  accountSignals: 'id, cadenceDueAt, riskRoseAt, *greets',
} as const;

/**
 * Version 8: each account's signals carry its summary (name, tier, quadrant, cadence, next contact
 * date, stage), so *Today* reads only small rows. The stores are version 7's; version 10's upgrade
 * builds the signals.
 */
export const SCHEMA_V8 = SCHEMA_V7;

/**
 * Version 9: the summaries also carry what the account list and the pickers show (aliases,
 * industry), so the list reads the signals alone, never the accounts' whole rows. Same stores;
 * version 10's upgrade builds the signals.
 */
export const SCHEMA_V9 = SCHEMA_V8;

/**
 * Version 10: each account's signals carry its place in the list under every sort (`order`, see
 * list-order.ts), indexed, so the list reads the window on screen — one bounded index read — and
 * never the whole table. The upgrade rebuilds the signals.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  accountSignals: `${SCHEMA_V9.accountSignals}, order.name, order.tier, order.nextContact, order.risk`,
} as const;

/**
 * Version 11: each table's revision (lib/db/revisions.ts), changed by every write in the write's
 * own transaction, so a stored index knows it is current from one small read instead of counting
 * the tables. The upgrade gives every table a first revision.
 */
export const SCHEMA_V11 = {
  ...SCHEMA_V10,
  revisions: 'table',
} as const;

/**
 * Version 12: team files (lib/sync). `outbox` holds the shared tables' rows changed here and not
 * yet on the server (written by lib/db/outbox.ts in the change's own transaction), by document id;
 * `syncRevisions` each shared row's revision on the server; `sync` the connection, where the pull
 * goes on, and which accounts stay private. Nothing of the rep's changes: no upgrade.
 */
export const SCHEMA_V12 = {
  ...SCHEMA_V11,
  outbox: 'key, accountId',
  syncRevisions: 'key, accountId',
  sync: 'key',
} as const;

export const CURRENT_SCHEMA_VERSION = 12;

/**
 * Upgrades the rows to `version` inside Dexie's upgrade transaction. The steps (and what they
 * import) load only when a database actually upgrades, never on a page's first paint; waitFor
 * keeps the transaction open meanwhile, which an await of anything but the database would end.
 */
const upgradeTo = (version: number) => async (tx: Transaction) => {
  const { UPGRADES } = await Dexie.waitFor(import('./upgrades'));
  await UPGRADES[version]!(tx);
};

export function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeTo(3));
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeTo(4));
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeTo(5));
  // Dropping indexes needs no upgrade function: Dexie deletes them from the stores.
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7).upgrade(upgradeTo(7));
  // Versions 8 and 9 changed only the signals, which version 10's upgrade rebuilds right after.
  db.version(8).stores(SCHEMA_V8);
  db.version(9).stores(SCHEMA_V9);
  db.version(10).stores(SCHEMA_V10).upgrade(upgradeTo(10));
  db.version(11).stores(SCHEMA_V11).upgrade(upgradeTo(11));
  db.version(12).stores(SCHEMA_V12);
}
