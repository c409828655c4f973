import type { AgendaMark } from '../../model/types';

/**
 * The keys of the items whose marks the popup also reads: one spelling, so a Done on *Today*
 * hides the same item in the popup's due list.
 */
export const agendaKeys = {
  followUp: (note: { id: string; followUpDate: string | null }) => `followUp:${note.id}:${note.followUpDate}`,
  nextContact: (account: { id: string; nextContactDate: string | null }) =>
    `nextContact:${account.id}:${account.nextContactDate}`,
  /** `day`: the local day the cadence ran out. */
  cadence: (accountId: string, day: string) => `cadence:${accountId}:${day}`,
};

/** Whether a mark hides the item on `today`: done for good, or snoozed to a later day. */
export function hiddenBy(mark: AgendaMark | undefined, today: string): boolean {
  if (!mark) return false;
  return mark.snoozedUntil === null || mark.snoozedUntil > today;
}
