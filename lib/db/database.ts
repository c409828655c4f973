import Dexie, { type EntityTable, type Table } from 'dexie';
import { TABLE_NAMES } from '../model/tables';
import type { OutboxEntry, SyncedRevision, SyncRow } from '../model/team-sync';
import type {
  Account,
  AccountSignals,
  AgendaMark,
  Contact,
  MatchCorrection,
  PricingNote,
  TalkingPoint,
  TimelineNote,
} from '../model/types';
import { DATABASE_NAME } from './database-name';
import { derivedFieldsMiddleware } from './derived-fields';
import { outboxMiddleware } from './outbox';
import { initialRevisions, revisionsMiddleware, type TableRevision } from './revisions';
import { defineSchema } from './schema';

export { DATABASE_NAME };

/**
 * The client files, in the extension's own IndexedDB. Opened only in the background and in
 * extension pages — never in a content script, where it would be the web page's database.
 */
export class DossierDatabase extends Dexie {
  accounts!: EntityTable<Account, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  talkingPoints!: EntityTable<TalkingPoint, 'id'>;
  pricingNotes!: EntityTable<PricingNote, 'id'>;
  notes!: EntityTable<TimelineNote, 'id'>;
  matchCorrections!: EntityTable<MatchCorrection, 'id'>;
  agendaMarks!: EntityTable<AgendaMark, 'id'>;
  /** Derived from the files (lib/db/signals.ts); not a table of the rep's, not in backups. */
  accountSignals!: EntityTable<AccountSignals, 'id'>;
  /** Each table's revision, changed by every write of it (lib/db/revisions.ts). */
  revisions!: EntityTable<TableRevision, 'table'>;
  /** Team files (lib/sync): shared rows changed here and not yet sent, written by lib/db/outbox.ts. */
  outbox!: EntityTable<OutboxEntry, 'key'>;
  /** Each shared row's revision on the team's server. */
  syncRevisions!: EntityTable<SyncedRevision, 'key'>;
  /** The team connection, the pull's checkpoint, the private accounts. */
  sync!: Table<SyncRow, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    defineSchema(this);
    this.use(derivedFieldsMiddleware);
    this.use(revisionsMiddleware);
    // Used last, so it sees each write first: the rows as the writer gave them.
    this.use(outboxMiddleware);
    this.on('populate', (tx) => {
      void tx.table('revisions').bulkPut(initialRevisions());
      // Not awaited: the creating transaction waits for nothing but the database. Loaded then: a
      // database is created once per install (or after the browser lost it), never on a page's path.
      void import('./created').then(({ recordDatabaseCreated }) => recordDatabaseCreated()).catch(() => {});
    });
  }

  /**
   * Every table, for transactions that must cover a whole client file or the whole database: the
   * rep's tables and the derived signals a write of them refreshes.
   */
  get allTables() {
    return [...TABLE_NAMES.map((name) => this.table(name)), this.accountSignals];
  }
}

let shared: DossierDatabase | undefined;

/** The one database handle of this extension context. */
export function getDatabase(): DossierDatabase {
  shared ??= new DossierDatabase();
  return shared;
}
