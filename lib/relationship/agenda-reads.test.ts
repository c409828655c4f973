import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, updateAccount } from '../db/accounts';
import { markAgendaItem } from '../db/agenda-marks';
import { createContact } from '../db/contacts';
import type { DossierDatabase } from '../db/database';
import { createNote } from '../db/notes';
import { createPricingNote } from '../db/pricing-notes';
import { accountDraft, contactDraft, followUpRows, openTestDatabase } from '../db/test-helpers';
import { emptyPricingNoteDraft, emptyTimelineNoteDraft } from '../model/defaults';
import { AGENDA_READ_LIMIT, readAgenda } from './agenda-reads';
import { buildAgenda, holidaysCelebrated } from './core/agenda';
import { addDays, localDay } from './core/days';

let db: DossierDatabase;
const tz = process.env.TZ;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  process.env.TZ = tz;
  await db.delete();
});

const agendaOn = async (today: string) => {
  const read = await readAgenda(db, today);
  const holidays = holidaysCelebrated([{ holiday: 'christmas', date: addDays(today, 6) }], read.greets);
  return { agenda: buildAgenda({ ...read.sources, holidays }, today), truncated: read.truncated };
};
const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe('reading Today from the indexes', () => {
  it.each([
    // 07:00 on 4 December in Beijing is still 3 December in UTC; 22:00 on the 4th in Los Angeles is the 5th.
    ['Asia/Shanghai', '2026-12-03T23:00:00Z'],
    ['America/Los_Angeles', '2026-12-05T06:00:00Z'],
  ])('in %s at %s, a follow-up dated 4 December is due today', async (zone, instant) => {
    process.env.TZ = zone;
    const today = localDay(new Date(instant));
    expect(today).toBe('2026-12-04');
    const account = await createAccount(db, accountDraft());
    const note = await createNote(db, {
      ...emptyTimelineNoteDraft(account.id, new Date(instant)),
      text: 'Send the SLA draft',
      followUpDate: '2026-12-04',
    });
    const { agenda } = await agendaOn(today);
    expect(keys(agenda.today)).toContain(`followUp:${note.id}:2026-12-04`);
  });

  it('finds every kind of item, leaves out what the rep did, and greets only where someone celebrates', async () => {
    // Written now (the repositories stamp the real time): the dates are relative to today.
    const today = localDay();
    const acme = await createAccount(db, accountDraft({ name: 'Acme', nextContactDate: addDays(today, -2) }));
    const birthday = `--${addDays(today, 2).slice(5)}`;
    await createContact(db, contactDraft(acme.id, { name: '王伟', birthday, buyingRole: 'decisionMaker' }));
    const complaint = await createNote(db, {
      ...emptyTimelineNoteDraft(acme.id, new Date(Date.now() - 86_400_000)),
      kind: 'complaint',
      text: 'Outage',
    });
    const validUntil = addDays(today, 8);
    const price = await createPricingNote(db, {
      ...emptyPricingNoteDraft(acme.id),
      product: 'SD-WAN',
      validUntil,
    });
    const { agenda } = await agendaOn(today);
    const all = [...agenda.overdue, ...agenda.today, ...agenda.week];
    // The complaint made the account's risk rise (medium: an open complaint).
    expect(all.map((i) => i.kind).sort()).toEqual(['birthday', 'complaint', 'nextContact', 'price', 'risk']);
    expect(keys(all)).toContain(`complaint:${complaint.id}`);
    expect(keys(all)).toContain(`price:${price.id}:${validUntil}`);
    // Christmas is nobody's here: every contact has a Chinese name.
    expect(all.some((i) => i.kind === 'holiday')).toBe(false);

    await createContact(db, contactDraft(acme.id, { name: 'Nancy Davolio' }));
    await markAgendaItem(db, `nextContact:${acme.id}:${addDays(today, -2)}`, acme.id, null);
    const after = await agendaOn(today);
    const kinds = [...after.agenda.overdue, ...after.agenda.today, ...after.agenda.week]
      .map((i) => i.kind)
      .sort();
    expect(kinds).toEqual(['birthday', 'complaint', 'holiday', 'price', 'risk']);
  });

  it('finds an account past its cadence through the signals index, and not a lost one', async () => {
    const acme = await createAccount(db, accountDraft({ name: 'Acme', portfolioQuadrant: 'star' }));
    const created = (await db.accounts.get(acme.id))!.createdAt;
    const due = new Date(Date.parse(created) + 14 * 86_400_000);
    const today = localDay(new Date(due.getTime() + 86_400_000 * 2));
    expect(keys((await agendaOn(today)).agenda.overdue)).toEqual([`cadence:${acme.id}:${localDay(due)}`]);
    await updateAccount(db, acme.id, {
      ...accountDraft({ name: 'Acme', portfolioQuadrant: 'star' }),
      lifecycleStage: 'lost',
    });
    expect((await agendaOn(today)).agenda.overdue).toEqual([]);
  });

  it('reads a bounded number of candidates and says there were more', async () => {
    const account = await createAccount(db, accountDraft());
    await db.notes.bulkAdd(followUpRows(account.id, AGENDA_READ_LIMIT + 5, '2026-11-01'));
    const { agenda, truncated } = await agendaOn('2026-12-04');
    expect(agenda.overdue.filter((i) => i.kind === 'followUp')).toHaveLength(AGENDA_READ_LIMIT);
    expect(truncated).toBe(true);
    await db.notes.bulkDelete(['n-0000', 'n-0001', 'n-0002', 'n-0003', 'n-0004', 'n-0005']);
    expect((await agendaOn('2026-12-04')).truncated).toBe(false);
  });

  it('finds the birthdays of a week across the new year, and none outside it', async () => {
    const account = await createAccount(db, accountDraft());
    const born = async (name: string, birthday: string) =>
      (await createContact(db, contactDraft(account.id, { name, birthday }))).id;
    const onNewYearsEve = await born('Nancy Davolio', '1980-12-31');
    const onTheSecond = await born('王伟', '--01-02');
    await born('Andrew Fuller', '1975-12-27');
    await born('Janet Leverling', '1975-01-06');
    const { agenda } = await agendaOn('2026-12-29');
    const birthdays = [...agenda.today, ...agenda.week].filter((i) => i.kind === 'birthday');
    expect(birthdays.map((i) => i.contact?.id)).toEqual([onNewYearsEve, onTheSecond]);
  });
});
