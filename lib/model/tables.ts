/** The client files' tables, and what a recovery copy or a failed write is checked against. */
export const TABLE_NAMES = [
  'accounts',
  'contacts',
  'talkingPoints',
  'pricingNotes',
  'notes',
  'matchCorrections',
  'agendaMarks',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A table's row count and newest `updatedAt`: any row added, changed or removed moves one of them. */
export interface TableStamp {
  count: number;
  last: string | null;
}

/** Every table's stamp: what a recovery copy was taken of, and what a failed write is checked against. */
export type DatabaseStamp = Record<TableName, TableStamp>;

/** Rows per table. */
export type TableCounts = Record<TableName, number>;

/** Whether a database holds nothing of the rep's (no account: every other row belongs to one). */
export function holdsClientFiles(counts: Partial<TableCounts>): boolean {
  return (counts.accounts ?? 0) > 0;
}
