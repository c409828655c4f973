import * as v from 'valibot';
import {
  accountRowSchema,
  agendaMarkRowSchema,
  contactRowSchema,
  matchCorrectionRowSchema,
  pricingNoteRowSchema,
  talkingPointRowSchema,
  timelineNoteRowSchema,
} from '../../../model/schemas';
import type {
  Account,
  AgendaMark,
  Contact,
  MatchCorrection,
  PricingNote,
  TalkingPoint,
  TimelineNote,
} from '../../../model/types';
import { CURRENT_ROW_VERSION, upgradeRow } from '../../../model/upgrade-rows';

/**
 * The JSON backup: the whole database in one self-describing file. `formatVersion` changes only
 * when the file's shape changes; `schemaVersion` records the database version it came from.
 */
export const BACKUP_FORMAT = 'dossier-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupTables {
  accounts: Account[];
  contacts: Contact[];
  talkingPoints: TalkingPoint[];
  pricingNotes: PricingNote[];
  notes: TimelineNote[];
  /** Since schema version 2; a backup made before has none (read as an empty list). */
  matchCorrections: MatchCorrection[];
  /** Since schema version 7: what the rep did, snoozed or dismissed on *Today* and in the hints. */
  agendaMarks: AgendaMark[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  tables: BackupTables;
}

/** Larger than any real rep's database by far; refused before it is read into memory. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export const BACKUP_ERROR_CODES = [
  'tooLarge',
  'empty',
  'invalidJson',
  'forbiddenKey',
  'wrongFormat',
  'unsupportedVersion',
  'newerSchema',
  'missingTables',
  'unknownTables',
  'unknownFields',
  'invalidRow',
  'duplicateId',
  'danglingReference',
] as const;

/** Why a file was refused; `code` is a key of `backup.error.*`, `params` its substitutions. */
export interface BackupError {
  code: (typeof BACKUP_ERROR_CODES)[number];
  params: string[];
}

export type BackupParseResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

const ROW_SCHEMAS = {
  accounts: accountRowSchema,
  contacts: contactRowSchema,
  talkingPoints: talkingPointRowSchema,
  pricingNotes: pricingNoteRowSchema,
  notes: timelineNoteRowSchema,
  matchCorrections: matchCorrectionRowSchema,
  agendaMarks: agendaMarkRowSchema,
} as const;
const TABLES = Object.keys(ROW_SCHEMAS) as (keyof BackupTables)[];

/** The schema version each table came with (the rest were there from the first). */
const TABLE_SINCE: Partial<Record<keyof BackupTables, number>> = { matchCorrections: 2, agendaMarks: 7 };

/** The tables a backup of schema `version` holds. */
function tablesOfVersion(version: number): (keyof BackupTables)[] {
  return TABLES.filter((t) => version >= (TABLE_SINCE[t] ?? 1));
}

/** The document's own fields; anything else is refused rather than ignored. */
const HEADER_FIELDS = new Set(['format', 'formatVersion', 'schemaVersion', 'exportedAt', 'tables']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys that could reach an object's prototype when a naive consumer merges the data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {}

const fail = (code: BackupError['code'], ...params: string[]): BackupParseResult => ({
  ok: false,
  error: { code, params },
});

/** Builds the backup document from the tables' rows. */
export function createBackup(tables: BackupTables, schemaVersion: number, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    exportedAt: now.toISOString(),
    tables,
  };
}

/**
 * Parses and fully validates a backup file's text: JSON syntax, no prototype keys, format and
 * version (a schema newer than this Dossier's is refused), nothing unknown and no table missing,
 * every row against its schema, unique ids, and every reference resolving. Nothing is written by
 * this function; a file either passes whole or is refused with the first problem.
 */
export function parseBackup(text: string): BackupParseResult {
  if (!text.trim()) return fail('empty');
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey) return fail('forbiddenKey', error.message);
    return fail('invalidJson');
  }
  const header = v.safeParse(
    v.object({
      format: v.literal(BACKUP_FORMAT),
      formatVersion: v.number(),
      schemaVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
      tables: v.record(v.string(), v.unknown()),
    }),
    data,
  );
  // valibot's record() also accepts an array (its output becomes an object), so check the input.
  if (!header.success || Array.isArray((data as { tables?: unknown }).tables)) return fail('wrongFormat');
  if (header.output.formatVersion !== BACKUP_FORMAT_VERSION) {
    return fail('unsupportedVersion', String(header.output.formatVersion));
  }
  const fromVersion = header.output.schemaVersion;
  if (fromVersion > CURRENT_ROW_VERSION) return fail('newerSchema', String(fromVersion));
  const unknownFields = Object.keys(data as object).filter((key) => !HEADER_FIELDS.has(key));
  if (unknownFields.length) return fail('unknownFields', unknownFields.join(', '));
  const raw = header.output.tables;
  // A table left out would empty that table on restore: refused, not read as empty.
  const missing = tablesOfVersion(fromVersion).filter((t) => !Object.hasOwn(raw, t));
  if (missing.length) return fail('missingTables', missing.join(', '));
  const unknownTables = Object.keys(raw).filter((t) => !(TABLES as string[]).includes(t));
  if (unknownTables.length) return fail('unknownTables', unknownTables.join(', '));
  const tables = {} as Record<keyof BackupTables, unknown[]>;
  const ids = new Set<string>();
  for (const table of TABLES) {
    // Only a table newer than the file's schema may be absent (a version 1 file has no corrections).
    const rows = raw[table] ?? [];
    if (!Array.isArray(rows)) return fail('invalidRow', table, '0', 'not a list');
    const upgraded = rows.map((row) => (isPlainObject(row) ? upgradeRow(table, row, fromVersion) : row));
    for (const [index, row] of upgraded.entries()) {
      const result = v.safeParse(ROW_SCHEMAS[table], row, { abortPipeEarly: true });
      if (!result.success) {
        const issue = result.issues[0];
        const where = issue ? (v.getDotPath(issue) ?? '') : '';
        return fail('invalidRow', table, String(index + 1), `${where} ${issue?.message ?? ''}`.trim());
      }
      if (ids.has(result.output.id)) return fail('duplicateId', result.output.id);
      ids.add(result.output.id);
    }
    tables[table] = upgraded;
  }
  const backup = {
    ...(data as BackupFile),
    schemaVersion: CURRENT_ROW_VERSION,
    tables: tables as unknown as BackupTables,
  };
  const dangling = findDanglingReference(backup.tables);
  return dangling ? fail('danglingReference', dangling) : { ok: true, backup };
}

/** How much of a file is read first to see whether it can be a backup at all. */
const HEAD_BYTES = 64 * 1024;

/**
 * What the start of a file says of it: a backup is a JSON object whose first fields (in any order:
 * a tool may have sorted them) include `"format": "dossier-backup"` — or at least do not name
 * another format. Null when it may be one; else why it is not.
 */
export function backupHeadProblem(head: string): BackupError | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return { code: 'empty', params: [] };
  if (!text.startsWith('{')) return { code: 'wrongFormat', params: [] };
  const format = /"format"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  if (format) return format[1] === BACKUP_FORMAT ? null : { code: 'wrongFormat', params: [] };
  // Neither the format nor the tables in the first 64 KB: some other JSON file.
  return text.length >= HEAD_BYTES - 4 && !text.includes('"tables"')
    ? { code: 'wrongFormat', params: [] }
    : null;
}

/**
 * Reads and validates a backup file: refused by its size, then by its first 64 KB (a file that is
 * no backup is never read whole), and only then read and checked in full (`parseBackup`).
 */
export async function readBackupFile(file: Blob): Promise<BackupParseResult> {
  if (file.size > MAX_BACKUP_BYTES) return fail('tooLarge');
  const problem = backupHeadProblem(await file.slice(0, HEAD_BYTES).text());
  if (problem) return { ok: false, error: problem };
  return parseBackup(await file.text());
}

/** The first row pointing at an account or contact the file does not contain. */
function findDanglingReference(t: BackupTables): string | null {
  const accounts = new Set(t.accounts.map((a) => a.id));
  const contacts = new Map(t.contacts.map((c) => [c.id, c.accountId]));
  for (const row of [
    ...t.contacts,
    ...t.talkingPoints,
    ...t.pricingNotes,
    ...t.notes,
    ...t.matchCorrections,
  ]) {
    if (!accounts.has(row.accountId)) return row.id;
    const contactId = 'contactId' in row ? row.contactId : null;
    if (contactId !== null && contacts.get(contactId) !== row.accountId) return row.id;
  }
  for (const mark of t.agendaMarks)
    if (mark.accountId !== null && !accounts.has(mark.accountId)) return mark.id;
  return null;
}
