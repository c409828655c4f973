/** The rules the client file shows, in one chunk it loads after its first paint. */

export { AGENDA_DAYS_AHEAD, addDays, localDay } from './core/days';
export { talkingPointHints } from './core/hints';
export { churnRisk } from './core/risk';
