/**
 * How a row written by an older schema version becomes a current one. Used twice, so the two can
 * never disagree: by Dexie's `version(n).upgrade()` on the rep's database, and by the backup reader
 * on a file exported by an older version. Each step takes the row as that version left it.
 */

/**
 * The schema version today's rows have (the database's `CURRENT_SCHEMA_VERSION`). Version 4
 * added only derived pinyin readings, which a backup never carries (a restore computes
 * them): no row change, so no step for it; nor has version 6, which only drops indexes, nor
 * versions 8 to 10, which only widen the derived signals (never in a backup), nor version 11,
 * which adds the tables' revisions (derived, never in a backup), nor version 12, which adds the
 * team files' bookkeeping (never in a backup).
 */
export const CURRENT_ROW_VERSION = 12;

type Row = Record<string, unknown>;

const asObject = (value: unknown): Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : {};

/** Version 3: provenance on captured items; company details the website capture fills. */
export const V3_ROW_UPGRADES: Record<string, (row: Row) => Row> = {
  accounts: (row) => {
    const basic = asObject(row.basic);
    const business = asObject(row.business);
    return {
      ...row,
      basic: { email: '', logoUrl: '', socialProfiles: [], ...basic },
      business: { description: '', ...business },
    };
  },
  talkingPoints: (row) => ({ source: null, ...row }),
  pricingNotes: (row) => ({ source: null, ...row }),
  notes: (row) => {
    const source = row.source;
    if (source === null || source === undefined) return { ...row, source: null };
    return {
      ...row,
      source: { capturedAt: null, selection: '', heading: '', email: null, ...asObject(source) },
    };
  },
};

/** Version 5: accounts and contacts keep their ids in other systems (none before). */
export const V5_ROW_UPGRADES: Record<string, (row: Row) => Row> = {
  accounts: (row) => ({ ...row, externalIds: Array.isArray(row.externalIds) ? row.externalIds : [] }),
  contacts: (row) => ({ ...row, externalIds: Array.isArray(row.externalIds) ? row.externalIds : [] }),
};

/**
 * Version 7: contacts have a status (everyone was active), complaints a course. A complaint
 * recorded before it has no answer on record, so it starts open: the rep closes what was settled.
 */
export const V7_ROW_UPGRADES: Record<string, (row: Row) => Row> = {
  contacts: (row) => ({ ...row, status: row.status ?? 'active' }),
  notes: (row) => ({
    ...row,
    complaint:
      row.complaint ??
      (row.kind === 'complaint' ? { status: 'open', answeredAt: null, response: '', closedAt: null } : null),
  }),
};

/** Brings a row of `table` written at `fromVersion` up to the current version. */
export function upgradeRow(table: string, row: Row, fromVersion: number): Row {
  let upgraded = row;
  if (fromVersion < 3) upgraded = V3_ROW_UPGRADES[table]?.(upgraded) ?? upgraded;
  if (fromVersion < 5) upgraded = V5_ROW_UPGRADES[table]?.(upgraded) ?? upgraded;
  if (fromVersion < 7) upgraded = V7_ROW_UPGRADES[table]?.(upgraded) ?? upgraded;
  return upgraded;
}
