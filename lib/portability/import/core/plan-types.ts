/**
 * The import plan's shape (lib/portability/import/core/plan.ts builds it): plain data, so it crosses a worker
 * boundary as it is and the UI shows it as it is.
 */
import type { MatchKind } from './plan-index';
import type {
  ExistingAccount,
  ExistingContact,
  ImportedAccount,
  ImportedContact,
  ImportSource,
  RowIssue,
  SkipReason,
} from './types';

export interface PlanOptions {
  /** The time written to `createdAt`/`updatedAt`; tests freeze it. */
  now?: Date;
  /** New row ids; `crypto.randomUUID` by default. */
  newId?: () => string;
  /** A person whose company matches no account gets a new account of that name (default true). */
  createMissingAccounts?: boolean;
  /**
   * Where people with no company at all go (a vCard from a phone: "add these to <client>"), an
   * existing account's id; without it they are skipped (`noAccount`).
   */
  defaultAccountId?: string;
}

export type PlanAction = 'create' | 'update' | 'unchanged';

export interface PlannedAccount {
  action: PlanAction;
  id: string;
  name: string;
  /** The first row of the file about it. */
  row: number;
  /** How the row found the stored account; null for a new one. `name` deserves a second look. */
  matchedBy: MatchKind | null;
  /** Field paths an update changes (`basic.phone`, `externalIds`). */
  changes: string[];
  /** Created only because a person's company was not found. */
  fromContact: boolean;
}

export interface PlannedContact extends Omit<PlannedAccount, 'fromContact'> {
  accountId: string;
}

export interface SkippedRow {
  row: number;
  part: 'account' | 'contact' | 'row';
  reason: SkipReason;
  /** For `duplicateInFile`: the earlier row it repeats. */
  duplicateOf: number | null;
}

export interface PlanCounts {
  /** Data rows read (footer and blank rows not counted). */
  rows: number;
  accounts: Record<PlanAction, number>;
  contacts: Record<PlanAction, number>;
  /** Rows or parts skipped, per reason. */
  skipped: Record<SkipReason, number>;
  /** Accounts or contacts found by name only. */
  matchedByName: number;
  errors: number;
  warnings: number;
  /** Salesforce report footer rows dropped. */
  footerRows: number;
}

export interface ImportPlan {
  source: ImportSource;
  accounts: PlannedAccount[];
  contacts: PlannedContact[];
  /**
   * Every row to write, complete (`id`, `createdAt`, `updatedAt`, `externalIds`): `bulkPut` the
   * accounts, then the contacts, in one transaction. Unchanged rows are not in it.
   */
  put: { accounts: ImportedAccount[]; contacts: ImportedContact[] };
  /**
   * Ids of the rows in `put` this plan built from drafts that passed the model's draft schema as
   * they were, and did not merge anything into since. Such a row is that draft plus what the plan
   * set itself (`id`, `createdAt`, `updatedAt`, `externalIds`, an account's `emailDomains` from its
   * people's addresses, a contact's `accountId`): the writer checks those fields only, not the
   * whole row a second time (lib/db/import-write.ts). A test holds every such row to the full schema.
   */
  assembled: { accounts: string[]; contacts: string[] };
  skipped: SkippedRow[];
  issues: RowIssue[];
  counts: PlanCounts;
}

export interface ExistingData {
  accounts: readonly ExistingAccount[];
  contacts: readonly ExistingContact[];
}
