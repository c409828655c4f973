import type { TableName } from './tables';

/** What the rep is asked before a backup replaces everything: what it brings and replaces, part by part. */
export interface RestorePreview {
  fileName: string;
  accountsNow: number;
  accountsInFile: number;
  /** Every part of the client files: the rows the file brings and those it replaces. */
  tables: { table: TableName; inFile: number; now: number }[];
  /** While the rep is in a team: what each way of restoring would do; null in no team. */
  team: TeamRestorePreview | null;
}

/** What a restore in a team did: the backup's accounts restored as private, and those it left to the team. */
export interface PrivateRestore {
  restored: number;
  /** Accounts of the backup that are the team's now: kept as the team has them, not restored. */
  keptTeam: number;
}

/** What a manager's replace did: the team's accounts are the backup's now. */
export interface TeamReplace {
  /** The backup's accounts, now the team's (replacing the team's version where it had one). */
  restored: number;
  /** The team's accounts the backup does not hold: deleted for the whole team. */
  removed: number;
  /** Accounts of the backup that are private in this browser: left as they are. */
  keptPrivate: number;
}

/** Before the rep chooses: what each way of restoring would do, from the ids alone. */
export interface TeamRestorePreview {
  team: string;
  manager: boolean;
  private: PrivateRestore;
  replace: TeamReplace;
}

/**
 * How a backup is restored while the rep is in a team: into the private files (the safe default),
 * or — a manager's explicit choice — replacing the team's files.
 */
export type TeamRestoreMode = 'private' | 'replaceTeam';
