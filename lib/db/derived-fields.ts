/**
 * Fields lib/db derives on every write of a row, in whatever context or code path wrote it (a
 * form, the import's worker, a restore, an upgrade): a DBCore middleware sees every `add` and
 * `put`. Derived fields are never in drafts or backups.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Contact } from '../model/types';

/**
 * The month-day key *Today* looks birthdays up by (`YYYY-MM-DD` and `--MM-DD` both end in it);
 * 29 February is also looked up on the 28th in a common year (lib/relationship/core/birthdays.ts).
 */
export function birthMonthDay(birthday: string | null): string | undefined {
  return birthday ? birthday.slice(-5) : undefined;
}

/** A contact with `birthMonthDay` matching its birthday (the index *Today* finds birthdays by). */
export function withBirthMonthDay<T extends Pick<Contact, 'birthday'> & { birthMonthDay?: string }>(
  row: T,
): T {
  const key = birthMonthDay(row.birthday);
  if (row.birthMonthDay === key) return row;
  // The new key first: `{ ...row, key }` would make a dictionary-mode object (see readings.ts).
  const copy = { birthMonthDay: key, ...row };
  if (key === undefined) delete copy.birthMonthDay;
  else copy.birthMonthDay = key;
  return copy;
}

function derive(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  return { ...req, values: req.values.map((row) => withBirthMonthDay(row as Contact)) };
}

export const derivedFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'derivedFields',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'contacts') return table;
        return { ...table, mutate: (req) => table.mutate(derive(req)) };
      },
    };
  },
};

/** A row without what lib/db derives: what a backup or a form holds. */
export function withoutDerived<T extends { birthMonthDay?: unknown }>(row: T): Omit<T, 'birthMonthDay'> {
  const { birthMonthDay: _derived, ...rest } = row;
  return rest;
}
