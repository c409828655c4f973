import Dexie from 'dexie';
import type { Account, Contact } from '../model/types';
import { V3_ROW_UPGRADES, V5_ROW_UPGRADES, V7_ROW_UPGRADES } from '../model/upgrade-rows';
import { loadPinyin } from './readings';

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
 * reads), rebuilt from the files at any time. The upgrade fills the new fields; version 9's builds
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
 * date, stage), so *Today* reads only small rows. The stores are version 7's; version 9's upgrade
 * builds the signals.
 */
export const SCHEMA_V8 = SCHEMA_V7;

/**
 * Version 9: the summaries also carry what the account list and the pickers show (aliases,
 * industry), so the list reads the signals alone, never the accounts' whole rows. Same stores;
 * the upgrade rebuilds the signals.
 */
export const SCHEMA_V9 = SCHEMA_V8;

export const CURRENT_SCHEMA_VERSION = 9;

export function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade(async (tx) => {
      for (const [table, upgrade] of Object.entries(V3_ROW_UPGRADES)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
            ref.value = upgrade(row);
          });
      }
    });
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade(async (tx) => {
      // pinyin-pro loads on demand (it stays out of first paints); waitFor keeps the upgrade
      // transaction open meanwhile, which an await of anything but the database would end.
      const { accountReadings, contactReadings } = await Dexie.waitFor(loadPinyin());
      await tx
        .table('accounts')
        .toCollection()
        .modify((row: Account) => {
          row.pinyin = accountReadings(row);
        });
      await tx
        .table('contacts')
        .toCollection()
        .modify((row: Contact) => {
          row.pinyin = contactReadings(row);
        });
    });
  db.version(5)
    .stores(SCHEMA_V5)
    .upgrade(async (tx) => {
      for (const [table, upgrade] of Object.entries(V5_ROW_UPGRADES)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
            ref.value = upgrade(row);
          });
      }
    });
  // Dropping indexes needs no upgrade function: Dexie deletes them from the stores.
  db.version(6).stores(SCHEMA_V6);
  db.version(7)
    .stores(SCHEMA_V7)
    .upgrade(async (tx) => {
      for (const [table, upgrade] of Object.entries(V7_ROW_UPGRADES)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
            // `birthMonthDay` comes from the derived-fields middleware as the row is put back.
            ref.value = upgrade(row);
          });
      }
      // The signals are built by a later version's upgrade (version 9's), which runs after this one.
    });
  // The signals are built by version 9's upgrade, which runs right after this one.
  db.version(8).stores(SCHEMA_V8);
  db.version(9)
    .stores(SCHEMA_V9)
    .upgrade(async (tx) => {
      // The rules load only for the upgrade; waitFor keeps its transaction open meanwhile.
      const { rebuildSignals } = await Dexie.waitFor(import('./signals'));
      await rebuildSignals(tx);
    });
}
