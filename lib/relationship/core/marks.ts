import type { AgendaMark } from '../../model/types';

/** Whether a mark hides the item on `today`: done for good, or snoozed to a later day. */
export function hiddenBy(mark: AgendaMark | undefined, today: string): boolean {
  if (!mark) return false;
  return mark.snoozedUntil === null || mark.snoozedUntil > today;
}
