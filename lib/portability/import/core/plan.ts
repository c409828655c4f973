/**
 * Records of a file + what the database holds → the import plan: which accounts and
 * contacts are created, updated or left unchanged, which rows are skipped and why, every issue by
 * row and column, and the complete rows to put — computed before anything is written, so the
 * caller writes them in one transaction or not at all. Pure: the caller reads the database and
 * passes plain arrays in; the plan is plain data (structured-clonable, it may come from a worker).
 */
import {
  type AccountEntry,
  AccountIndex,
  type ContactEntry,
  ContactIndex,
  type MatchKind,
} from './plan-index';
import {
  ACCOUNT_PATHS,
  CONTACT_PATHS,
  companyDomains,
  EXTERNAL_IDS_MAX,
  hasNewKeys,
  mergeAccount,
  mergeContact,
  read,
  same,
} from './plan-merge';
import type {
  ExistingData,
  ImportPlan,
  PlanAction,
  PlanCounts,
  PlannedAccount,
  PlannedContact,
  PlanOptions,
  SkippedRow,
} from './plan-types';
import type {
  AccountPart,
  ContactPart,
  ImportedAccount,
  ImportedContact,
  ImportRecord,
  ImportSource,
  RowIssue,
  SkipReason,
} from './types';

export type { MatchKind } from './plan-index';
export type {
  ExistingData,
  ImportPlan,
  PlanAction,
  PlanCounts,
  PlannedAccount,
  PlannedContact,
  PlanOptions,
  SkippedRow,
} from './plan-types';

/**
 * Builds a plan row by row: `add` each record in file order (in chunks, between which the caller
 * may yield), then `finish`. The existing rows are never modified; a changed row is a copy.
 */
export class ImportPlanner {
  private readonly accounts: AccountIndex;
  private readonly contacts: ContactIndex;
  private readonly touchedAccounts: AccountEntry[] = [];
  private readonly touchedContacts: ContactEntry[] = [];
  private readonly skipped: SkippedRow[] = [];
  private readonly issues: RowIssue[] = [];
  private rows = 0;
  private readonly now: string;
  private readonly newId: () => string;
  private readonly createMissingAccounts: boolean;
  private defaultAccount: AccountEntry | null = null;
  private readonly defaultAccountId: string | undefined;
  /** The stored rows, indexed as far as `indexed` says (`indexStored`). */
  private readonly stored: ExistingData;
  private indexed = 0;
  /** Every stored row indexed and the default account found: records can be added. */
  private ready = false;

  constructor(existing: ExistingData, options: PlanOptions = {}) {
    this.accounts = new AccountIndex();
    this.contacts = new ContactIndex();
    this.stored = existing;
    this.now = (options.now ?? new Date()).toISOString();
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.createMissingAccounts = options.createMissingAccounts ?? true;
    this.defaultAccountId = options.defaultAccountId;
  }

  /** Rows `indexStored` goes through: what its progress counts. */
  get storedCount(): number {
    return this.stored.accounts.length + this.stored.contacts.length;
  }

  /**
   * Indexes the stored accounts and contacts, `slice` rows at a time, yielding how many are done:
   * with 100,000 stored rows that is a few hundred milliseconds the caller can break up. Resumes
   * where an abandoned run stopped; `add` finishes it at once if the caller did not.
   */
  *indexStored(slice = 5_000): Generator<number, void, undefined> {
    const { accounts, contacts } = this.stored;
    const total = accounts.length + contacts.length;
    while (this.indexed < total) {
      const end = Math.min(total, this.indexed + slice);
      for (let i = this.indexed; i < end; i++) {
        if (i < accounts.length) this.accounts.addStored(accounts[i]!);
        else this.contacts.addStored(contacts[i - accounts.length]!);
        this.indexed = i + 1;
      }
      yield this.indexed;
    }
    const fallback = this.defaultAccountId;
    this.defaultAccount = fallback ? (this.accounts.byId.get(fallback) ?? null) : null;
    this.ready = true;
  }

  /** Issues about the file rather than a record (a cell too long, an unterminated quote). */
  addIssues(issues: readonly RowIssue[]) {
    for (const issue of issues) this.issues.push(issue);
  }

  /** A piece of the file that never became a record (a vCard without its END). */
  refuse(row: number, reason: SkipReason) {
    this.skip(row, 'row', reason);
  }

  add(record: ImportRecord) {
    if (!this.ready) for (const _ of this.indexStored(Number.POSITIVE_INFINITY));
    this.rows++;
    for (const issue of record.issues) this.issues.push(issue);
    for (const { part, reason } of record.refused) this.skip(record.row, part, reason);
    const { account, contact } = record;
    if (!account && !contact) {
      if (record.refused.length === 0) this.skip(record.row, 'row', 'empty');
      return;
    }
    if (!contact && account?.reference) {
      // A person's company without the person (refused, or no person columns filled).
      if (record.refused.length === 0) this.skip(record.row, 'row', 'empty');
      return;
    }
    if (account) this.keepKnownDossierIds(record.row, account, this.accounts.byId);
    if (contact) this.keepKnownDossierIds(record.row, contact, this.contacts.byId);
    const contactDomains = contact ? companyDomains(contact.draft.emails) : [];
    let entry: AccountEntry | null = null;
    if (account && !account.reference) {
      entry = this.describeAccount(record.row, account, contactDomains, !contact);
    } else if (account) entry = this.referAccount(record.row, account, contactDomains);
    else entry = this.accounts.find([], contactDomains, '')?.entry ?? this.defaultAccount;
    if (!contact) return;
    if (!entry) {
      this.skip(record.row, 'contact', 'noAccount');
      return;
    }
    this.describeContact(record.row, contact, entry);
  }

  /**
   * A Dossier ID from a spreadsheet may only find the stored row it names, which the review then
   * shows as updated: one that names no stored row is left out with a warning, never made the id
   * of a new row (a file must not choose ids, nor reach a row by one the rep never saw).
   */
  private keepKnownDossierIds(
    row: number,
    part: { externalIds: string[] },
    byId: ReadonlyMap<string, unknown>,
  ) {
    if (!part.externalIds.some((id) => id.startsWith('dossier:'))) return;
    part.externalIds = part.externalIds.filter((id) => {
      if (!id.startsWith('dossier:') || byId.has(id.slice(8))) return true;
      this.issues.push({
        row,
        column: 'Dossier ID',
        field: 'dossierId',
        code: 'unknownDossierId',
        severity: 'warning',
        value: id.slice(8),
      });
      return false;
    });
  }

  private skip(row: number, part: SkippedRow['part'], reason: SkipReason, duplicateOf: number | null = null) {
    this.skipped.push({ row, part, reason, duplicateOf });
  }

  /** A row about a company: create it, or update the one it matches. */
  private describeAccount(row: number, part: AccountPart, contactDomains: string[], alone: boolean) {
    const domains = [...part.draft.websiteDomains, ...part.draft.emailDomains, ...contactDomains];
    const found = this.accounts.find(part.externalIds, domains, part.draft.name);
    if (!found) {
      const entry = this.createAccount(row, part, contactDomains, false);
      entry.describedBy = row;
      return entry;
    }
    const { entry, by } = found;
    if (entry.describedBy && alone) {
      this.skip(row, 'account', 'duplicateInFile', entry.describedBy);
      return entry;
    }
    this.touch(entry, row, by, this.touchedAccounts);
    mergeAccount(entry, part, entry.describedBy === 0 && entry.before !== null);
    if (!entry.describedBy) entry.describedBy = row;
    this.accounts.add(entry);
    return entry;
  }

  /** A person's company (name, domain or id): the account it is, or a new one. */
  private referAccount(row: number, part: AccountPart, contactDomains: string[]) {
    const domains = [...part.draft.websiteDomains, ...contactDomains];
    const found = this.accounts.find(part.externalIds, domains, part.draft.name);
    if (found) {
      const { entry, by } = found;
      // A company id or domain the account lacks is worth keeping: the next import matches by it.
      if (hasNewKeys(entry.row, part)) {
        this.touch(entry, row, by, this.touchedAccounts);
        mergeAccount(entry, { ...part, filled: ['websiteDomains'] }, false);
        this.accounts.add(entry);
      }
      return entry;
    }
    if (!this.createMissingAccounts || !part.draft.name.trim()) return null;
    return this.createAccount(row, part, contactDomains, true);
  }

  private createAccount(row: number, part: AccountPart, contactDomains: string[], fromContact: boolean) {
    const id = this.newId();
    const draft = part.draft;
    for (const domain of contactDomains) {
      if (!draft.emailDomains.includes(domain) && !draft.websiteDomains.includes(domain))
        draft.emailDomains.push(domain);
    }
    const externalIds = part.externalIds.slice(0, EXTERNAL_IDS_MAX);
    const createdAt = part.createdAt && part.createdAt < this.now ? part.createdAt : this.now;
    const entry: AccountEntry = {
      row: newRow(draft, id, createdAt, this.now, externalIds),
      before: null,
      firstRow: row,
      describedBy: 0,
      matchedBy: null,
      fromContact,
      assembled: part.checked,
    };
    this.touchedAccounts.push(entry);
    this.accounts.add(entry);
    return entry;
  }

  private describeContact(row: number, part: ContactPart, account: AccountEntry) {
    const accountId = account.row.id;
    const found = this.contacts.find(part.externalIds, part.draft.emails, accountId, part.draft.name);
    if (found) {
      const { entry, by } = found;
      if (entry.describedBy) {
        this.skip(row, 'contact', 'duplicateInFile', entry.describedBy);
        return;
      }
      this.touch(entry, row, by, this.touchedContacts);
      mergeContact(entry, part);
      entry.describedBy = row;
      this.contacts.add(entry);
      return;
    }
    const id = this.newId();
    const createdAt = part.createdAt && part.createdAt < this.now ? part.createdAt : this.now;
    const externalIds = part.externalIds.slice(0, EXTERNAL_IDS_MAX);
    const stored = newRow(part.draft, id, createdAt, this.now, externalIds);
    stored.accountId = accountId;
    const entry: ContactEntry = {
      row: stored,
      before: null,
      firstRow: row,
      describedBy: row,
      matchedBy: null,
      fromContact: false,
      assembled: part.checked,
    };
    this.touchedContacts.push(entry);
    this.contacts.add(entry);
  }

  /** First change to a stored row: work on a copy, remember how it was found. */
  private touch<T extends { externalIds: string[] }>(
    entry: { row: T; before: T | null; firstRow: number; matchedBy: MatchKind | null },
    row: number,
    by: MatchKind,
    list: unknown[],
  ) {
    if (entry.firstRow) return;
    entry.firstRow = row;
    entry.matchedBy = by;
    entry.row = copyRow(entry.row);
    entry.row.externalIds ??= [];
    // Readings lib/db derives from the name on every write: left for the writer to compute anew.
    delete (entry.row as { pinyin?: unknown }).pinyin;
    list.push(entry);
  }

  /** The plan: actions, rows to put, skips, issues and counts. */
  finish(source: ImportSource, footerRows = 0): ImportPlan {
    const counts: PlanCounts = {
      rows: this.rows,
      accounts: { create: 0, update: 0, unchanged: 0 },
      contacts: { create: 0, update: 0, unchanged: 0 },
      skipped: { noName: 0, invalid: 0, duplicateInFile: 0, noAccount: 0, empty: 0 },
      matchedByName: 0,
      errors: 0,
      warnings: 0,
      footerRows,
    };
    const put: ImportPlan['put'] = { accounts: [], contacts: [] };
    const accounts = this.touchedAccounts.map((entry): PlannedAccount => {
      const planned = this.settle(entry, ACCOUNT_PATHS, put.accounts, counts.accounts);
      if (entry.matchedBy === 'name') counts.matchedByName++;
      return { ...planned, name: entry.row.name, fromContact: entry.fromContact };
    });
    const contacts = this.touchedContacts.map((entry): PlannedContact => {
      const planned = this.settle(entry, CONTACT_PATHS, put.contacts, counts.contacts);
      if (entry.matchedBy === 'name') counts.matchedByName++;
      return { ...planned, name: entry.row.name, accountId: entry.row.accountId };
    });
    const assembled: ImportPlan['assembled'] = {
      accounts: this.touchedAccounts.filter((e) => e.assembled).map((e) => e.row.id),
      contacts: this.touchedContacts.filter((e) => e.assembled).map((e) => e.row.id),
    };
    for (const s of this.skipped) counts.skipped[s.reason]++;
    for (const issue of this.issues) counts[issue.severity === 'error' ? 'errors' : 'warnings']++;
    this.issues.sort((a, b) => a.row - b.row);
    return {
      source,
      accounts,
      contacts,
      put,
      assembled,
      skipped: this.skipped,
      issues: this.issues,
      counts,
    };
  }

  private settle<T extends ImportedAccount | ImportedContact>(
    entry: { row: T; before: T | null; firstRow: number; matchedBy: MatchKind | null },
    paths: readonly string[],
    put: T[],
    counts: Record<PlanAction, number>,
  ) {
    const base = { id: entry.row.id, row: entry.firstRow, matchedBy: entry.matchedBy };
    if (!entry.before) {
      counts.create++;
      put.push(entry.row);
      return { ...base, action: 'create' as const, changes: [] };
    }
    const changes = paths.filter((p) => !same(read(entry.before, p), read(entry.row, p)));
    if (changes.length === 0) {
      counts.unchanged++;
      return { ...base, action: 'unchanged' as const, changes };
    }
    entry.row.updatedAt = this.now;
    counts.update++;
    put.push(entry.row);
    return { ...base, action: 'update' as const, changes };
  }
}

/**
 * A new row: the draft's fields with the row's own. The row's keys go first: V8 keeps
 * `{ ...draft, id, … }` as a dictionary-mode object, ~2.5 times the memory, and an import holds
 * 100,000 of them until they are written.
 */
function newRow<T extends object>(
  draft: T,
  id: string,
  createdAt: string,
  updatedAt: string,
  externalIds: string[],
): T & { id: string; createdAt: string; updatedAt: string; externalIds: string[] } {
  return { id, createdAt, updatedAt, externalIds, ...draft };
}

/**
 * A stored row's copy to merge into: its nested objects and lists copied one level deep, which is
 * all a merge changes in place (deeper values are replaced whole) — a fraction of a structured
 * clone's cost when 50,000 rows match.
 */
function copyRow<T extends object>(row: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    copy[key] = Array.isArray(value) ? [...value] : value && typeof value === 'object' ? { ...value } : value;
  }
  return copy as T;
}
