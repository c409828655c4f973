/**
 * What each schema version's upgrade does to the rows already stored (schema.ts declares the
 * versions and loads this module only when a database upgrades). Every step runs inside Dexie's
 * upgrade transaction; a step that loads code wraps it in `Dexie.waitFor`, which keeps that
 * transaction open meanwhile.
 */
import Dexie, { type Transaction } from 'dexie';
import type { Account, Contact } from '../model/types';
import { V3_ROW_UPGRADES, V5_ROW_UPGRADES, V7_ROW_UPGRADES } from '../model/upgrade-rows';
import { loadPinyin } from './readings';
import { initialRevisions, REVISIONS_TABLE } from './revisions';
import { rebuildSignals } from './signals';

type Row = Record<string, unknown>;

/** Rewrites every row of the tables `steps` names with its step. */
async function upgradeRows(tx: Transaction, steps: Record<string, (row: Row) => Row>): Promise<void> {
  for (const [table, upgrade] of Object.entries(steps)) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row, ref: { value: Row }) => {
        ref.value = upgrade(row);
      });
  }
}

export const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  3: (tx) => upgradeRows(tx, V3_ROW_UPGRADES),
  // The pinyin readings, computed with pinyin-pro, which loads on demand.
  4: async (tx) => {
    const { accountReadings, contactReadings } = await Dexie.waitFor(loadPinyin());
    await tx
      .table('accounts')
      .toCollection()
      .modify((row: Account) => {
        row.pinyin = accountReadings(row);
      });
    await tx
      .table('contacts')
      .toCollection()
      .modify((row: Contact) => {
        row.pinyin = contactReadings(row);
      });
  },
  5: (tx) => upgradeRows(tx, V5_ROW_UPGRADES),
  // `birthMonthDay` comes from the derived-fields middleware as each row is put back. The signals
  // are built by version 10's upgrade, which runs after this one.
  7: (tx) => upgradeRows(tx, V7_ROW_UPGRADES),
  10: async (tx) => {
    await rebuildSignals(tx);
  },
  11: async (tx) => {
    await tx.table(REVISIONS_TABLE).bulkPut(initialRevisions());
  },
};
