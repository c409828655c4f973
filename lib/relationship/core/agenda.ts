/**
 * *Today*: every item that needs the rep, grouped overdue / today / this week, each saying why.
 * Pure over what lib/db read from its indexes (`AgendaSources`) and the local day: the reads
 * bring candidates, this decides what is due, what the rep snoozed or did, and the order.
 */

import { cadenceDays } from '../../model/derive';
import {
  AGENDA_KINDS,
  type Agenda,
  type AgendaAccount,
  type AgendaItem,
  type AgendaKind,
  type HolidayDate,
} from '../../model/relationship';
import type {
  Account,
  AccountSignals,
  AgendaMark,
  Contact,
  PricingNote,
  TimelineNote,
} from '../../model/types';
import { birthdayIn } from './birthdays';
import { AGENDA_DAYS_AHEAD, addDays, dayOf, daysBetween } from './days';
import { HOLIDAY_CULTURE } from './holiday-culture';
import { agendaKeys, hiddenBy } from './marks';

export { AGENDA_DAYS_AHEAD };
/** A pricing note is flagged this many days before its validity ends. */
export const PRICE_WARNING_DAYS = 14;
/** …and for this many days after it ended (older ones are history, not news). */
export const PRICE_ENDED_DAYS = 30;
/** A complaint is due for an answer the day after it came (seed 001: answer promptly). */
export const COMPLAINT_ANSWER_DAYS = 1;
/** A rise in risk stays on *Today* for a week unless the rep deals with it. */
export const RISK_RISE_DAYS = 7;

export interface AgendaSources {
  /** Accounts whose next-contact date is on or before the window's end. */
  nextContacts: readonly (AgendaAccount & Pick<Account, 'nextContactDate'>)[];
  /** Accounts whose cadence runs out on or before the window's end, with their signals. */
  cadence: readonly { account: AgendaAccount; signals: AccountSignals }[];
  /** Notes with a follow-up on or before the window's end. */
  followUps: readonly { note: TimelineNote; account: AgendaAccount }[];
  /** Contacts whose birthday month-day falls in the window. */
  birthdays: readonly { contact: Contact; account: AgendaAccount }[];
  /** Open complaints. */
  complaints: readonly { note: TimelineNote; account: AgendaAccount }[];
  /** Pricing notes whose validity ends in the warning window or ended lately. */
  prices: readonly { pricing: PricingNote; account: AgendaAccount }[];
  /** Accounts whose risk rose lately. */
  riskRises: readonly { account: AgendaAccount; signals: AccountSignals }[];
  /** Holidays in the window that someone in the portfolio celebrates. */
  holidays: readonly HolidayDate[];
  marks: readonly AgendaMark[];
}

const TIER_RANK: Record<string, number> = { A: 0, B: 1, C: 2 };
const KIND_RANK = Object.fromEntries(AGENDA_KINDS.map((k, i) => [k, i])) as Record<AgendaKind, number>;

function compareItems(a: AgendaItem, b: AgendaItem): number {
  return (
    a.due.localeCompare(b.due) ||
    (TIER_RANK[a.account?.tier ?? 'C'] ?? 2) - (TIER_RANK[b.account?.tier ?? 'C'] ?? 2) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (a.account?.name ?? '').localeCompare(b.account?.name ?? '')
  );
}

/** Every due item for the local day `today`, grouped and ordered (earliest first, then tier A first). */
export function buildAgenda(sources: AgendaSources, today: string): Agenda {
  const end = addDays(today, AGENDA_DAYS_AHEAD);
  const items: AgendaItem[] = [];
  const push = (item: Omit<AgendaItem, 'proposedNext'>) => {
    if (item.due <= end)
      items.push({ ...item, proposedNext: item.account ? proposedNextContact(item.account, today) : null });
  };

  for (const { note, account } of sources.complaints) {
    push({
      key: `complaint:${note.id}`,
      kind: 'complaint',
      due: addDays(dayOf(note.occurredAt), COMPLAINT_ANSWER_DAYS),
      account,
      contact: null,
      params: [dayOf(note.occurredAt), note.text],
      rowId: note.id,
    });
  }
  for (const { note, account } of sources.followUps) {
    if (!note.followUpDate) continue;
    push({
      key: agendaKeys.followUp(note),
      kind: 'followUp',
      due: note.followUpDate,
      account,
      contact: null,
      params: [note.text],
      rowId: note.id,
    });
  }
  for (const account of sources.nextContacts) {
    if (!account.nextContactDate) continue;
    push({
      key: agendaKeys.nextContact(account),
      kind: 'nextContact',
      due: account.nextContactDate,
      account,
      contact: null,
      params: [account.nextContactDate],
      rowId: null,
    });
  }
  for (const { account, signals } of sources.cadence) {
    const due = dayOf(signals.cadenceDueAt);
    push({
      key: agendaKeys.cadence(account.id, due),
      kind: 'cadence',
      due,
      account,
      contact: null,
      // Days since the last contact with the client ('' when there was none) and the cadence.
      params: [
        signals.lastContactAt ? String(daysBetween(dayOf(signals.lastContactAt), today)) : '',
        String(cadenceDays(account)),
      ],
      rowId: null,
    });
  }
  for (const { account, signals } of sources.riskRises) {
    if (!signals.riskRoseAt) continue;
    const rose = dayOf(signals.riskRoseAt);
    if (daysBetween(rose, today) > RISK_RISE_DAYS) continue;
    push({
      key: `risk:${account.id}:${signals.riskRoseAt}`,
      kind: 'risk',
      due: rose,
      account,
      contact: null,
      params: [signals.risk],
      rowId: null,
    });
  }
  for (const { pricing, account } of sources.prices) {
    if (!pricing.validUntil || daysBetween(pricing.validUntil, today) > PRICE_ENDED_DAYS) continue;
    // Due when it needs renewing: the warning window's start, or today once that has passed.
    const warnFrom = addDays(pricing.validUntil, -PRICE_WARNING_DAYS);
    push({
      key: `price:${pricing.id}:${pricing.validUntil}`,
      kind: 'price',
      due: pricing.validUntil < today ? pricing.validUntil : warnFrom > today ? warnFrom : today,
      account,
      contact: null,
      params: [pricing.product, pricing.validUntil],
      rowId: pricing.id,
    });
  }
  for (const { contact, account } of sources.birthdays) {
    if (!contact.birthday || contact.status === 'left') continue;
    const year = Number(today.slice(0, 4));
    const day = [birthdayIn(contact.birthday, year), birthdayIn(contact.birthday, year + 1)].find(
      (d) => d >= today && d <= end,
    );
    if (!day) continue;
    push({
      key: `birthday:${contact.id}:${day}`,
      kind: 'birthday',
      due: day,
      account,
      contact: { id: contact.id, name: contact.name },
      params: [day],
      rowId: null,
    });
  }
  for (const h of sources.holidays) {
    if (h.date < today) continue;
    push({
      key: `holiday:${h.holiday}:${h.date}`,
      kind: 'holiday',
      due: h.date,
      account: null,
      contact: null,
      params: [h.holiday],
      rowId: null,
    });
  }

  const marks = new Map(sources.marks.map((m) => [m.itemKey, m]));
  const seen = new Set<string>();
  const agenda: Agenda = { overdue: [], today: [], week: [] };
  for (const item of items.sort(compareItems)) {
    if (seen.has(item.key) || hiddenBy(marks.get(item.key), today)) continue;
    seen.add(item.key);
    const group = item.due < today ? 'overdue' : item.due === today ? 'today' : 'week';
    agenda[group].push(item);
  }
  return agenda;
}

/** The holidays someone in the portfolio celebrates (`AccountSignals.greets` says whose). */
export function holidaysCelebrated(
  holidays: readonly HolidayDate[],
  greets: { chinese: boolean; western: boolean },
): HolidayDate[] {
  return holidays.filter((h) => {
    const culture = HOLIDAY_CULTURE[h.holiday];
    return culture === 'all' ? greets.chinese || greets.western : greets[culture];
  });
}

/** The next contact date the cadence proposes after a contact on `today`. */
export function proposedNextContact(
  account: Pick<Account, 'cadenceDays' | 'portfolioQuadrant'>,
  today: string,
) {
  return addDays(today, cadenceDays(account));
}

export { AGENDA_KINDS, type Agenda, type AgendaAccount, type AgendaItem, type AgendaKind, hiddenBy };
