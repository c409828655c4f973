import type { TableName } from './tables';

/** What the rep is asked before a backup replaces everything: what it brings and replaces, part by part. */
export interface RestorePreview {
  fileName: string;
  accountsNow: number;
  accountsInFile: number;
  /** Every part of the client files: the rows the file brings and those it replaces. */
  tables: { table: TableName; inFile: number; now: number }[];
}
