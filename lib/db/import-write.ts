/**
 * Writes an import plan's rows all or nothing: every row checked first and given the
 * pinyin readings every other writer computes (`prepareImportRows`, which the import worker runs
 * before the rep says Import), then one transaction over accounts and contacts with chunked
 * `bulkPut`s. Cancelling aborts that transaction; any failure (the browser's
 * quota, a row refused, the stored data changed since the plan was made) leaves the database
 * exactly as it was. Runs where the page's import runs (its Web Worker), never in the service
 * worker: a stopped service worker would roll the transaction back half-way through the rep's wait.
 */
import * as v from 'valibot';
import { accountRowSchema, contactRowSchema } from '../model/schemas';
import type { TableStamp } from '../model/tables';
import type { Account, Contact, PinyinReadings } from '../model/types';
import type { WriteFailureDetail } from '../model/write-failure';
import { EmptyValueSharer } from '../portability/import/core/share-empty-values';
import type { ImportedAccount, ImportedContact } from '../portability/import/core/types';
import type { DossierDatabase } from './database';
import { isQuotaError } from './errors';
import { commitWithIndexes, type IndexCaches, prebuildMergedIndexes } from './fresh-indexes';
import { putInChunks } from './put-in-chunks';
import { loadPinyin } from './readings';
import { readSignalsBasis, signalsFrom, signalTables, writeSignals } from './signals';
import { readTableStamp } from './stamp';

export interface ImportRows {
  accounts: ImportedAccount[];
  contacts: ImportedContact[];
  /**
   * Ids of rows the planner assembled from drafts it had checked whole (`ImportPlan.assembled`):
   * only the fields it set itself are checked again. Any other row is checked whole.
   */
  assembled?: { accounts: ReadonlySet<string>; contacts: ReadonlySet<string> };
}

/** What a plan was made from; `writeImport` refuses to write over anything newer. */
export interface ImportBasis {
  accounts: TableStamp;
  contacts: TableStamp;
}

export interface ExistingForImport {
  accounts: Account[];
  contacts: Contact[];
  basis: ImportBasis;
}

/** The stored accounts and contacts for the planner, and their stamp, in one read transaction. */
export async function readExistingForImport(db: DossierDatabase): Promise<ExistingForImport> {
  return db.transaction('r', db.accounts, db.contacts, async () => {
    const [accounts, contacts, basis] = await Promise.all([
      db.accounts.toArray(),
      db.contacts.toArray(),
      readImportBasis(db),
    ]);
    return { accounts, contacts, basis };
  });
}

/** The stamp of accounts and contacts as they are now (inside the caller's transaction, if any). */
export async function readImportBasis(db: DossierDatabase): Promise<ImportBasis> {
  const [accounts, contacts] = await Promise.all([readTableStamp(db.accounts), readTableStamp(db.contacts)]);
  return { accounts, contacts };
}

export const IMPORT_WRITE_ERRORS = [
  'cancelled',
  'quota',
  'invalid',
  'changed',
  'failed',
  'space',
  'copyFailed',
] as const;
export type ImportWriteErrorCode = (typeof IMPORT_WRITE_ERRORS)[number];

/**
 * `failed`: what the browser said (`message`); the page adds what the recovery guard found
 * (`WriteFailureDetail`: the space, what was stored after the failure, the recovery copy's time).
 */
export interface ImportWriteErrorDetail extends WriteFailureDetail {
  /** `invalid`: the table, row id, field path and error code (`error.*`) of the first bad row. */
  table?: 'accounts' | 'contacts';
  id?: string;
  field?: string;
  problem?: string;
}

/** Why nothing was written; `code` is a key of `import.writeError.*`. */
export class ImportWriteError extends Error {
  constructor(
    readonly code: ImportWriteErrorCode,
    readonly detail: ImportWriteErrorDetail = {},
  ) {
    super(`Import not written: ${code}${detail.message ? ` (${detail.message})` : ''}`);
    this.name = 'ImportWriteError';
  }
}

export type ImportWritePhase = 'check' | 'write' | 'commit';

export interface ImportWriteProgress {
  phase: ImportWritePhase;
  /** Rows of this phase done, out of `total` (accounts and contacts together). */
  done: number;
  total: number;
}

export interface ImportWriteOptions {
  /** What the rows were planned against (`readExistingForImport`): refused as `changed` if it moved. */
  basis?: ImportBasis;
  /** Aborting cancels: before the transaction nothing has started, inside it the transaction aborts. */
  signal?: AbortSignal;
  onProgress?(progress: ImportWriteProgress): void;
  /** Work per slice and per written chunk, in milliseconds (default 50: progress well within 250 ms). */
  sliceMs?: number;
  /**
   * Builds the detection and search indexes of the result beside the write and stores them before
   * it commits (`fresh-indexes.ts`), from the rows the plan was made against (`basis` checks they
   * are still what is stored) and the rep's own domains.
   */
  indexes?: {
    planned: { accounts: readonly Account[]; contacts: readonly Contact[] };
    ownDomains: readonly string[];
    caches?: IndexCaches;
  };
}

export interface ImportWriteResult {
  accounts: number;
  contacts: number;
}

/** Rows checked and given their readings by `prepareImportRows`: ready to be written as they are. */
export interface PreparedImportRows extends ImportRows {
  readonly prepared: true;
}

export interface PrepareOptions {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /**
   * Lets the caller's other work run between slices (a cancel message, a paint); a macrotask by
   * default.
   */
  pause?: () => Promise<void>;
  sliceMs?: number;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks every row against the model's row schema — an assembled row (`ImportRows.assembled`) in
 * the fields the planner set itself, its draft having passed the same schema's entries as it was
 * read — and for repeated ids, and gives each the pinyin
 * readings every writer stores (company rules for accounts, surname rules for people), in slices.
 * The rows are final then, and held until the rep says Import: their empty values are shared
 * (`EmptyValueSharer`: ~30% of their memory).
 * Rejects with an `ImportWriteError` (`invalid`, naming the row and field; `cancelled`). Takes the
 * rows over: each is changed in place (its readings set, its empty values shared). The import
 * worker runs it right after planning, while the storage is idle: done inside the write, it
 * competed with the browser storing the chunks (2.2 s there against ~1 s here).
 */
export async function prepareImportRows(
  rows: ImportRows,
  options: PrepareOptions = {},
): Promise<PreparedImportRows> {
  const { signal, onProgress, pause = macrotask, sliceMs = 50 } = options;
  if (signal?.aborted) throw new ImportWriteError('cancelled');
  const { accountReadings, contactReadings } = await loadPinyin();
  const total = rows.accounts.length + rows.contacts.length;
  let done = 0;
  let clock = performance.now();
  const prepare = async <T extends { id: string; pinyin?: PinyinReadings[] }>(
    list: T[],
    checker: RowChecker,
    readings: (row: T) => PinyinReadings[],
    /** What the readings depend on: rows alike in it share one reading (people's names repeat). */
    readingKey: (row: T) => string,
  ) => {
    const sharer = new EmptyValueSharer();
    const known = new Map<string, PinyinReadings[]>();
    const assembled = rows.assembled?.[checker.table];
    for (let i = 0; i < list.length; i++) {
      const row = list[i]!;
      checker.check(row, assembled?.has(row.id) ?? false);
      const key = readingKey(row);
      let pinyin = known.get(key);
      if (!pinyin) {
        pinyin = readings(row);
        known.set(key, pinyin);
      }
      // Set in place (the rows are the import's): a copy per row was 100,000 more objects to collect.
      sharer.share(row).pinyin = pinyin;
      if (++done % 64 === 0 && performance.now() - clock >= sliceMs) {
        onProgress?.(done, total);
        await pause();
        if (signal?.aborted) throw new ImportWriteError('cancelled');
        clock = performance.now();
      }
    }
  };
  await prepare(
    rows.accounts,
    new RowChecker('accounts', accountRowSchema, ASSEMBLED_ACCOUNT_FIELDS),
    accountReadings,
    (a) => [a.name, ...a.aliases].join('\n'),
  );
  await prepare(
    rows.contacts,
    new RowChecker('contacts', contactRowSchema, ASSEMBLED_CONTACT_FIELDS),
    contactReadings,
    (c) => c.name,
  );
  onProgress?.(total, total);
  return { accounts: rows.accounts, contacts: rows.contacts, prepared: true };
}

/**
 * Writes `rows` (the plan's `put`: complete rows, accounts before the contacts that may point at
 * them) in one transaction, preparing them first (`prepareImportRows`) unless they are. Resolves
 * with the numbers written; rejects with an `ImportWriteError` and nothing written. Nothing but
 * database requests is awaited inside the transaction (anything else would end it), so a cancel
 * arrives between the requests' events and aborts it.
 */
export async function writeImport(
  db: DossierDatabase,
  rows: ImportRows | PreparedImportRows,
  options: ImportWriteOptions = {},
): Promise<ImportWriteResult> {
  const { signal, onProgress, sliceMs = 50 } = options;
  const total = rows.accounts.length + rows.contacts.length;
  const ready =
    'prepared' in rows
      ? rows
      : await prepareImportRows(rows, {
          signal,
          sliceMs,
          onProgress: (done) => onProgress?.({ phase: 'check', done, total }),
        });
  if (signal?.aborted) throw new ImportWriteError('cancelled');
  const given = options.indexes;
  const indexes =
    given && (await prebuildMergedIndexes(db, given.planned, ready, given.ownDomains, given.caches));

  try {
    await db.transaction('rw', [...signalTables(db), db.revisions], async (tx) => {
      const abort = () => tx.abort();
      signal?.addEventListener('abort', abort, { once: true });
      try {
        if (options.basis && !sameBasis(options.basis, await readImportBasis(db))) {
          throw new ImportWriteError('changed');
        }
        await checkAccountsExist(db, ready);
        // The signals are computed before the writes, from what was stored (read now) and the
        // rows in hand, and written in the same chunks as the rows: read back from inside this
        // uncommitted transaction, the rows just written cost Chromium 13 s at 50,000 accounts,
        // and one bulk write of 50,000 signals after them was 25 s without a word of progress.
        const basis = await readSignalsBasis(db, [
          ...ready.accounts.map((a) => a.id),
          ...ready.contacts.map((c) => c.accountId),
        ]);
        const { put: signals, gone } = signalsFrom(basis, ready, new Date());
        const rowsAndSignals = total + signals.length;
        await putInChunks(
          [
            [db.accounts, ready.accounts],
            [db.contacts, ready.contacts],
            [db.accountSignals, signals],
          ],
          {
            total: rowsAndSignals,
            sliceMs,
            signal,
            // Progress stays in rows (accounts and contacts), the signals' share spread over them.
            onProgress: (p) =>
              onProgress?.({
                ...p,
                done: rowsAndSignals ? Math.floor((p.done * total) / rowsAndSignals) : 0,
                total,
              }),
          },
        );
        await writeSignals(db, { put: [], gone });
        if (indexes) await commitWithIndexes(tx.table('revisions'), indexes);
        onProgress?.({ phase: 'commit', done: total, total });
      } finally {
        signal?.removeEventListener('abort', abort);
      }
    });
  } catch (error) {
    throw asWriteError(error, signal);
  }
  return { accounts: ready.accounts.length, contacts: ready.contacts.length };
}

/** What the planner sets on a row it assembles from a checked draft (`ImportPlan.assembled`). */
const ASSEMBLED_ACCOUNT_FIELDS = ['id', 'createdAt', 'updatedAt', 'externalIds', 'emailDomains'] as const;
const ASSEMBLED_CONTACT_FIELDS = ['id', 'createdAt', 'updatedAt', 'externalIds', 'accountId'] as const;

/** Validates rows with the model's row schema and unique ids; the first bad one refuses the import. */
class RowChecker {
  private readonly ids = new Set<string>();
  /** The row schema narrowed to the fields an assembled row may have wrong. */
  private readonly own: v.GenericSchema;
  constructor(
    readonly table: 'accounts' | 'contacts',
    private readonly schema: v.StrictObjectSchema<v.ObjectEntries, undefined>,
    private readonly ownFields: readonly string[],
  ) {
    this.own = v.strictObject(Object.fromEntries(ownFields.map((f) => [f, schema.entries[f]!])));
  }

  /** `assembled`: only the planner's own fields are checked (see `ImportRows.assembled`). */
  check(row: { id: string }, assembled = false) {
    // Repeats first: a row listed twice is already prepared (its readings set) the second time.
    if (this.ids.has(row.id)) {
      throw new ImportWriteError('invalid', {
        table: this.table,
        id: row.id,
        field: 'id',
        problem: 'duplicate',
      });
    }
    const result = assembled
      ? v.safeParse(this.own, pick(row, this.ownFields), { abortEarly: true })
      : v.safeParse(this.schema, row, { abortEarly: true });
    if (!result.success) {
      const issue = result.issues[0];
      throw new ImportWriteError('invalid', {
        table: this.table,
        id: typeof row.id === 'string' ? row.id : '',
        field: issue ? (v.getDotPath(issue) ?? '') : '',
        problem: issue?.message ?? '',
      });
    }
    this.ids.add(row.id);
  }
}

function pick(row: object, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = (row as Record<string, unknown>)[field];
  return out;
}

/** Every contact's account is in the import or already stored. */
async function checkAccountsExist(db: DossierDatabase, rows: ImportRows) {
  const imported = new Set(rows.accounts.map((a) => a.id));
  const elsewhere = [...new Set(rows.contacts.map((c) => c.accountId))].filter((id) => !imported.has(id));
  if (elsewhere.length === 0) return;
  const stored = await db.accounts.bulkGet(elsewhere);
  const missing = elsewhere.find((_, i) => !stored[i]);
  if (missing === undefined) return;
  const contact = rows.contacts.find((c) => c.accountId === missing);
  throw new ImportWriteError('invalid', {
    table: 'contacts',
    id: contact?.id ?? '',
    field: 'accountId',
    problem: 'invalidChoice',
  });
}

function sameBasis(a: ImportBasis, b: ImportBasis) {
  return (['accounts', 'contacts'] as const).every(
    (t) => a[t].count === b[t].count && a[t].last === b[t].last,
  );
}

/** What went wrong, as the rep is told it; the transaction was rolled back either way. */
function asWriteError(error: unknown, signal: AbortSignal | undefined): ImportWriteError {
  if (error instanceof ImportWriteError) return error;
  if (isQuotaError(error)) return new ImportWriteError('quota');
  if (signal?.aborted) return new ImportWriteError('cancelled');
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new ImportWriteError('failed', { message });
}
