/**
 * The shapes the CRM/spreadsheet/vCard import hands around. Everything here is plain
 * data — no classes, Maps or functions — so it crosses a worker boundary (structured clone) as it
 * is.
 */
import type { Account, AccountDraft, Contact, ContactDraft } from '../../../model/types';

/** Where a file came from, told by its headers (`detectSource`) or its format. */
export const IMPORT_SOURCES = [
  'hubspotCompanies',
  'hubspotContacts',
  'salesforceAccounts',
  'salesforceContacts',
  'dossier',
  'spreadsheet',
  'vcard',
] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** How the bytes were read (`decodeImportBytes`). */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/**
 * Why a whole file was refused; `code` is a key of `import.error.*` for the UI, `params` its
 * substitutions (a row number, a column name, a limit).
 */
export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'spreadsheetFile',
  'tooLarge',
  'noHeader',
  'headerOnly',
  'noRows',
  'tooManyColumns',
  'notVcard',
  'nothingMapped',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];
export interface ImportError {
  code: ImportErrorCode;
  params: Record<string, string | number>;
}
export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export const importError = (code: ImportErrorCode, params: Record<string, string | number> = {}) => ({
  ok: false as const,
  error: { code, params },
});

/**
 * A problem with one value of one row. `row` is the row number the rep sees in Excel (the header
 * is row 1; a vCard's card number for vCards), `column` the file's column name ('' when the
 * problem is the row as a whole), `field` the Dossier field (`emails`, `basic.website`), `code` a
 * key of `error.*` (the form errors: `invalidEmail`, `tooLong`, …) or of `import.issue.*`.
 * `severity: 'error'` means the row (or its contact/account part) was skipped; `'warning'` means
 * the value was left out and the rest of the row imported.
 */
export interface RowIssue {
  row: number;
  column: string;
  field: string;
  code: string;
  severity: 'error' | 'warning';
  /** The offending value, cut to 100 characters. */
  value: string;
}

/** Where an account or contact comes from in the file, ready to match and merge. */
export interface AccountPart {
  draft: AccountDraft;
  /** `hubspot:123`, `salesforce:0015g00000ABCdeAAA`, `dossier:<uuid>`. */
  externalIds: string[];
  /** From a contact row (its company's name / domain / id): a link to an account, not a description. */
  reference: boolean;
  /** The CRM's creation time (ISO) when a date column is mapped; used for a new row only. */
  createdAt: string | null;
  /** Field paths the file gave a value for; an update changes only these. */
  filled: string[];
  /** Unmatched industry text, kept in `business.description`. */
  industryText: string;
  /**
   * The draft passed the model's account draft schema as it is (named, nothing dropped, more than a
   * bare company name): a row built from it alone needs no second whole-row check (see `assembled`
   * in lib/portability/import/core/plan-types.ts).
   */
  checked: boolean;
}

export interface ContactPart {
  /** `accountId` is '' until the plan links it. */
  draft: ContactDraft;
  externalIds: string[];
  createdAt: string | null;
  filled: string[];
  /** The draft passed the model's contact draft schema as it is (see `AccountPart.checked`). */
  checked: boolean;
}

/** Why a row, or its account or contact, is not imported. */
export const SKIP_REASONS = ['noName', 'invalid', 'duplicateInFile', 'noAccount', 'empty'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One row (or vCard) of the file, turned into what it says about an account and a contact. */
export interface ImportRecord {
  row: number;
  account: AccountPart | null;
  contact: ContactPart | null;
  issues: RowIssue[];
  /** Parts the row had but that were refused (their issues say why). */
  refused: { part: 'account' | 'contact'; reason: 'noName' | 'invalid' }[];
}

/**
 * Rows as the plan writes them: complete, with `externalIds` always a list (schema v5 keeps it on
 * every stored row). `pinyin` is absent — lib/db derives it on every write.
 */
export type ImportedAccount = Account & { externalIds: string[] };
export type ImportedContact = Contact & { externalIds: string[] };
/** Rows the caller read from the database (`externalIds` may be missing on rows older than v5). */
export type ExistingAccount = Account & { externalIds?: string[] };
export type ExistingContact = Contact & { externalIds?: string[] };
