/**
 * Which holidays a rep greets clients on, and who celebrates which — without the lunar calendar
 * (`holidays.ts` loads it), so the rules and every writer of a file stay small.
 */
import { HOLIDAYS, type Holiday, type HolidayDate } from '../../model/relationship';

/** Who celebrates it: contacts with Chinese names, with Latin names, or everyone. */

export type HolidayCulture = 'chinese' | 'western' | 'all';

export const HOLIDAY_CULTURE: Record<Holiday, HolidayCulture> = {
  newYear: 'all',
  springFestival: 'chinese',
  midAutumn: 'chinese',
  nationalDay: 'chinese',
  christmas: 'western',
};

/** Whether a name is written in Chinese characters (the person celebrates the Chinese holidays). */
export function hasChineseName(name: string): boolean {
  return /\p{Script=Han}/u.test(name);
}

/** Whether someone with this name is greeted on the holiday. */
export function celebrates(holiday: Holiday, name: string): boolean {
  const culture = HOLIDAY_CULTURE[holiday];
  if (culture === 'all') return true;
  return hasChineseName(name) === (culture === 'chinese');
}

export { HOLIDAYS, type Holiday, type HolidayDate };
