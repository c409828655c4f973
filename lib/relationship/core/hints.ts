/**
 * Suggested talking points for one client file, each with its reason (DOMAIN.md §2, §3, §6):
 * how to talk to each person from their social style and buying role, the quadrant's
 * prescription, what to answer or renew first, whom to greet, what the purchase type means, and
 * the client's news the rep clipped. Pure; the words are the locales' (`hint.*`).
 */
import type { Hint, HintKind, HolidayDate } from '../../model/relationship';
import type { AgendaMark, ClientFileData } from '../../model/types';
import { birthdayIn } from './birthdays';
import { AGENDA_DAYS_AHEAD, addDays, dayOf, daysBetween, localDay } from './days';
import { celebrates } from './holiday-culture';

/** A clip about the client is news worth raising for this many days. */
export const CLIP_NEWS_DAYS = 30;
/** Birthdays and holidays are suggested as far ahead as *Today* looks. */
export const GREETING_DAYS_AHEAD = AGENDA_DAYS_AHEAD;

/** The mark that remembers a hint kept or dismissed, per account. */
export function hintMarkKey(accountId: string, hint: Pick<Hint, 'key'>): string {
  return `hint:${accountId}:${hint.key}`;
}

const ellipsis = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The hints for a file at `now`, most pressing first, without those the rep kept or dismissed. */
export function talkingPointHints(
  file: ClientFileData,
  holidays: readonly HolidayDate[],
  marks: readonly AgendaMark[],
  now: Date,
): Hint[] {
  const { account, contacts, notes, pricingNotes } = file;
  const today = localDay(now);
  const hints: Hint[] = [];
  const active = contacts.filter((c) => c.status !== 'left');

  for (const note of notes) {
    if (note.complaint?.status !== 'open') continue;
    hints.push({
      kind: 'complaintFirst',
      key: `complaint:${note.id}`,
      noteId: note.id,
      day: dayOf(note.occurredAt),
      text: ellipsis(note.text, 80),
    });
  }
  for (const c of contacts) {
    if (c.status === 'left' && c.buyingRole === 'decisionMaker')
      hints.push({ kind: 'decisionMakerLeft', key: `left:${c.id}`, contactId: c.id, name: c.name });
  }
  for (const p of pricingNotes) {
    if (!p.validUntil) continue;
    const days = daysBetween(today, p.validUntil);
    if (days > 14 || days < -30) continue;
    hints.push({
      kind: 'priceExpiring',
      key: `price:${p.id}:${p.validUntil}`,
      product: p.product,
      validUntil: p.validUntil,
      ended: days < 0,
    });
  }
  const end = addDays(today, GREETING_DAYS_AHEAD);
  const year = Number(today.slice(0, 4));
  for (const c of active) {
    if (!c.birthday) continue;
    const day = [birthdayIn(c.birthday, year), birthdayIn(c.birthday, year + 1)].find(
      (d) => d >= today && d <= end,
    );
    if (day)
      hints.push({ kind: 'birthday', key: `birthday:${c.id}:${day}`, contactId: c.id, name: c.name, day });
  }
  for (const holiday of holidays) {
    if (holiday.date < today || holiday.date > end) continue;
    const names = active.filter((c) => celebrates(holiday.holiday, c.name)).map((c) => c.name);
    if (names.length > 0)
      hints.push({ kind: 'holiday', key: `holiday:${holiday.holiday}:${holiday.date}`, holiday, names });
  }
  for (const c of active) {
    if (!c.socialStyle && !c.buyingRole) continue;
    hints.push({
      kind: 'contact',
      key: `contact:${c.id}:${c.socialStyle ?? '-'}:${c.buyingRole ?? '-'}`,
      contactId: c.id,
      name: c.name,
      style: c.socialStyle,
      role: c.buyingRole,
    });
  }
  const clip = notes.find(
    (n) => n.kind === 'clip' && daysBetween(dayOf(n.occurredAt), today) <= CLIP_NEWS_DAYS,
  );
  if (clip)
    hints.push({
      kind: 'recentClip',
      key: `clip:${clip.id}`,
      noteId: clip.id,
      day: dayOf(clip.occurredAt),
      title: ellipsis(clip.source?.title || clip.text, 80),
    });
  if (account.needs.purchaseType)
    hints.push({
      kind: 'purchaseType',
      key: `purchase:${account.needs.purchaseType}`,
      purchaseType: account.needs.purchaseType,
    });
  hints.push({
    kind: 'quadrant',
    key: `quadrant:${account.portfolioQuadrant}`,
    quadrant: account.portfolioQuadrant,
  });

  const hidden = new Set(marks.filter((m) => m.accountId === account.id).map((m) => m.itemKey));
  return hints.filter((h) => !hidden.has(hintMarkKey(account.id, h)));
}

export type { Hint, HintKind };
