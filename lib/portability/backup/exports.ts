// The files the options page's Export and Backup buttons save — accounts CSV, contacts CSV, the JSON backup.
import { exportDatabase } from '../../db/backup';
import type { DossierDatabase } from '../../db/database';
import { localDay } from '../../model/local-day';
import { accountsToCsv, contactsToCsv, csvBytes, type ExportLanguage } from '../export/core/csv';

/** A file to hand to the browser, and how many records it holds (to say so). */
export interface ExportFile {
  name: string;
  type: string;
  bytes: Uint8Array | string;
  count: number;
}

const CSV = 'text/csv;charset=utf-8';

/** By name, in the order an IndexedDB index on names kept (UTF-16 code units), ids breaking ties. */
const byName = <T extends { id: string; name: string }>(rows: T[]) =>
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Every account, by name, as `dossier-accounts-<date>.csv` (labels in `language`). */
export async function accountsCsvFile(
  db: DossierDatabase,
  language: ExportLanguage,
  now = new Date(),
): Promise<ExportFile> {
  const accounts = byName(await db.accounts.toArray());
  return {
    name: `dossier-accounts-${localDay(now)}.csv`,
    type: CSV,
    bytes: csvBytes(accountsToCsv(accounts, { language })),
    count: accounts.length,
  };
}

/** Every contact, by name, with its account's name and id, as `dossier-contacts-<date>.csv`. */
export async function contactsCsvFile(
  db: DossierDatabase,
  language: ExportLanguage,
  now = new Date(),
): Promise<ExportFile> {
  // One snapshot: a contact's account is never missing from the names.
  const [contacts, accounts] = await db.transaction('r', db.contacts, db.accounts, () =>
    Promise.all([db.contacts.toArray(), db.accounts.toArray()]),
  );
  byName(contacts);
  return {
    name: `dossier-contacts-${localDay(now)}.csv`,
    type: CSV,
    bytes: csvBytes(contactsToCsv(contacts, accounts, { language })),
    count: contacts.length,
  };
}

/** The whole database as the JSON backup, `dossier-backup-<date>.json`. */
export async function backupFile(db: DossierDatabase, now = new Date()): Promise<ExportFile> {
  const backup = await exportDatabase(db, now);
  return {
    name: `dossier-backup-${localDay(now)}.json`,
    type: 'application/json',
    bytes: JSON.stringify(backup),
    count: backup.tables.accounts.length,
  };
}

/**
 * Saves a file from an extension page: an object URL and an `<a download>` click (no `downloads`
 * permission needed). The URL is revoked a minute later, once the browser has read it.
 */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  Object.assign(document.createElement('a'), { href: url, download: file.name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
