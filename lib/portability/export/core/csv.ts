/**
 * Accounts and contacts → CSV files that open correctly in Excel, Chinese included:
 * UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the system's code page), CRLF line
 * ends, cells quoted when they hold a comma, quote, line break or edge spaces. A cell that Excel
 * would run as a formula (`=`, `+`, `-`, `@`, their full-width forms, tab, CR first) gets a leading `'` (OWASP's CSV
 * injection advice); our importer takes it off again. The columns are the ones
 * lib/portability/import/core/mapping.ts maps back, so export → import gives the same accounts and contacts
 * (the JSON backup remains the lossless copy of everything).
 */

import { CHOICE_LABELS, type ChoiceGroup } from '../../../model/choice-labels';
import { FORMULA_START } from '../../../model/spreadsheet';
import type { Account, Contact } from '../../../model/types';

export type ExportLanguage = 'en' | 'zh';
export interface ExportOptions {
  /** Labels of industries, quadrants, stages, roles and styles (default English). */
  language?: ExportLanguage;
}

type WithIds<T> = T & { externalIds?: string[] };

const ACCOUNT_COLUMNS: [string, (a: WithIds<Account>, label: Label) => string][] = [
  ['Dossier ID', (a) => a.id],
  ['Name', (a) => a.name],
  ['Short names', (a) => a.aliases.join('\n')],
  ['Legal name', (a) => a.basic.legalName],
  ['Website', (a) => a.basic.website],
  ['Website domains', (a) => a.websiteDomains.join('\n')],
  ['Email domains', (a) => a.emailDomains.join('\n')],
  ['Email', (a) => a.basic.email],
  ['Phone', (a) => a.basic.phone],
  ['Fax', (a) => a.basic.fax],
  ['Address', (a) => a.basic.address],
  ['Industry', (a, label) => label('industry', a.industry)],
  ['Tier', (a) => a.tier],
  ['Portfolio quadrant', (a, label) => label('portfolioQuadrant', a.portfolioQuadrant)],
  ['Lifecycle stage', (a, label) => label('lifecycleStage', a.lifecycleStage)],
  ['Next contact', (a) => a.nextContactDate ?? ''],
  ['Description', (a) => a.business.description],
  ['Company size', (a) => a.business.size],
  ['Tax ID', (a) => a.basic.taxId],
  ['External IDs', (a) => (a.externalIds ?? []).join('\n')],
  ['Created', (a) => a.createdAt],
];

const CONTACT_COLUMNS: [string, (c: WithIds<Contact>, label: Label, company: string) => string][] = [
  ['Dossier ID', (c) => c.id],
  ['Name', (c) => c.name],
  ['Title', (c) => c.title],
  ['Company', (_, __, company) => company],
  ['Company Dossier ID', (c) => c.accountId],
  ['Emails', (c) => c.emails.join('\n')],
  ['Phones', (c) => c.phones.join('\n')],
  ['Birthday', (c) => c.birthday ?? ''],
  ['Buying role', (c, label) => (c.buyingRole ? label('buyingRole', c.buyingRole) : '')],
  ['Social style', (c, label) => (c.socialStyle ? label('socialStyle', c.socialStyle) : '')],
  ['Interests', (c) => c.interests.join('\n')],
  ['Notes', (c) => c.notes],
  ['External IDs', (c) => (c.externalIds ?? []).join('\n')],
  ['Created', (c) => c.createdAt],
];

type Label = (group: ChoiceGroup, code: string) => string;

const labeller =
  (language: ExportLanguage = 'en'): Label =>
  (group, code) => {
    const labels = (CHOICE_LABELS[group] as Record<string, readonly [string, string]>)[code];
    return labels ? labels[language === 'zh' ? 1 : 0] : code;
  };

/** One cell as CSV: formula-neutralised, quoted when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvText(header: string[], rows: Iterable<string[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The accounts as CSV text (with its BOM); `csvBytes` makes the file. */
export function accountsToCsv(accounts: readonly WithIds<Account>[], options: ExportOptions = {}): string {
  const label = labeller(options.language);
  return csvText(
    ACCOUNT_COLUMNS.map(([name]) => name),
    accounts.map((a) => ACCOUNT_COLUMNS.map(([, read]) => read(a, label))),
  );
}

/** The contacts as CSV text, each with its account's name and id (so they link back on import). */
export function contactsToCsv(
  contacts: readonly WithIds<Contact>[],
  accounts: readonly Pick<Account, 'id' | 'name'>[],
  options: ExportOptions = {},
): string {
  const label = labeller(options.language);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  return csvText(
    CONTACT_COLUMNS.map(([name]) => name),
    contacts.map((c) => CONTACT_COLUMNS.map(([, read]) => read(c, label, names.get(c.accountId) ?? ''))),
  );
}

/** The file's bytes: UTF-8 (the BOM is already the text's first character). */
export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
