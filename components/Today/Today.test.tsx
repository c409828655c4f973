// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Agenda, AgendaItem } from '../../lib/model/relationship';
import { renderWithI18n } from '../../tests/support/i18n';
import { GROUP_SHOWN, Today } from './Today';

const NOW = new Date(2026, 11, 4, 9, 0);
const acme = {
  id: 'acc-a',
  name: 'Acme Logistics',
  tier: 'A' as const,
  portfolioQuadrant: 'star' as const,
  cadenceDays: null,
};
const item = (over: Partial<AgendaItem>): AgendaItem => ({
  key: 'k',
  kind: 'nextContact',
  due: '2026-12-04',
  account: acme,
  contact: null,
  params: ['2026-12-04'],
  rowId: null,
  proposedNext: '2026-12-18',
  ...over,
});
const agenda: Agenda = {
  overdue: [
    item({ key: 'cadence:acc-a:2026-11-30', kind: 'cadence', due: '2026-11-30', params: ['18', '14'] }),
    item({
      key: 'complaint:n1',
      kind: 'complaint',
      due: '2026-12-02',
      params: ['2026-12-01', 'Outage on site B'],
      rowId: 'n1',
    }),
  ],
  today: [item({ key: 'nextContact:acc-a:2026-12-04' })],
  week: [
    item({
      key: 'birthday:c1:2026-12-06',
      kind: 'birthday',
      due: '2026-12-06',
      contact: { id: 'c1', name: '王伟' },
      params: ['2026-12-06'],
    }),
    item({
      key: 'holiday:christmas:2026-12-10',
      kind: 'holiday',
      due: '2026-12-10',
      account: null,
      params: ['christmas'],
      proposedNext: null,
    }),
  ],
};
const props = {
  agenda,
  truncated: false,
  now: NOW,
  onOpen: vi.fn(),
  onDone: vi.fn(async () => null),
  onSnooze: vi.fn(),
};

describe('Today', () => {
  it('groups the items and says why each is there', () => {
    renderWithI18n(<Today {...props} />);
    expect(screen.getByText('2 overdue · 1 today · 2 this week')).toBeTruthy();
    const overdue = screen.getByRole('list', { name: /Overdue/ });
    expect(
      within(overdue).getByText('No call, visit, meeting or email for 18 days; its cadence is 14 days'),
    ).toBeTruthy();
    expect(
      within(overdue).getByText('Complaint of Dec 1, 2026 not answered yet: Outage on site B'),
    ).toBeTruthy();
    const week = screen.getByRole('list', { name: /This week/ });
    expect(
      within(week).getByText("王伟's birthday on Dec 6, 2026: a greeting and a small gift"),
    ).toBeTruthy();
    expect(
      within(week).getByText('Christmas on Dec 10, 2026: greetings to the clients who celebrate it'),
    ).toBeTruthy();
  });

  it('says the same in Chinese', () => {
    renderWithI18n(<Today {...props} />, 'zh_CN');
    expect(screen.getByText('逾期 2 · 今天 1 · 本周 2')).toBeTruthy();
    expect(screen.getByText('已 18 天没有电话、拜访、会议或邮件联系；拜访周期为 14 天')).toBeTruthy();
    expect(screen.getByText(/是 王伟 的生日/)).toBeTruthy();
  });

  it('Done logs the contact with the proposed next date; a holiday is done at once', async () => {
    const onDone = vi.fn(async () => null);
    renderWithI18n(<Today {...props} onDone={onDone} />);
    const birthday = screen.getByText(/birthday on/).closest('li')!;
    fireEvent.click(within(birthday).getByRole('button', { name: 'Done' }));
    // The form loads on the first Done.
    expect(((await within(birthday).findByLabelText('What was said')) as HTMLTextAreaElement).value).toBe(
      'Birthday greeting to 王伟',
    );
    expect((within(birthday).getByLabelText('Next contact') as HTMLInputElement).value).toBe('2026-12-18');
    fireEvent.change(within(birthday).getByLabelText('How'), { target: { value: 'visit' } });
    fireEvent.click(within(birthday).getByRole('button', { name: 'Log it' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]).toEqual([
      agenda.week[0],
      { kind: 'visit', text: 'Birthday greeting to 王伟', nextContactDate: '2026-12-18' },
    ]);
    await waitFor(() => expect(within(birthday).queryByLabelText('What was said')).toBeNull());

    const holiday = screen.getByText(/Christmas on/).closest('li')!;
    fireEvent.click(within(holiday).getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenLastCalledWith(agenda.week[1], null);
  });

  it('keeps the form open and says what went wrong when the log fails', async () => {
    renderWithI18n(<Today {...props} onDone={async () => 'The disk is full'} />);
    const today = screen.getByRole('list', { name: /Today/ });
    fireEvent.click(within(today).getByRole('button', { name: 'Done' }));
    fireEvent.click(await within(today).findByRole('button', { name: 'Log it' }));
    expect((await within(today).findByRole('alert')).textContent).toBe('The disk is full');
    expect(within(today).getByLabelText('What was said')).toBeTruthy();
  });

  it('snoozes to tomorrow, next week or a chosen date', () => {
    const onSnooze = vi.fn();
    renderWithI18n(<Today {...props} onSnooze={onSnooze} />);
    const today = screen.getByRole('list', { name: /Today/ });
    fireEvent.click(within(today).getByRole('button', { name: 'Snooze' }));
    fireEvent.click(within(today).getByRole('button', { name: 'Tomorrow' }));
    expect(onSnooze).toHaveBeenLastCalledWith(agenda.today[0], '2026-12-05');
    fireEvent.click(within(today).getByRole('button', { name: 'Snooze' }));
    fireEvent.click(within(today).getByRole('button', { name: 'Next week' }));
    expect(onSnooze).toHaveBeenLastCalledWith(agenda.today[0], '2026-12-11');
    fireEvent.click(within(today).getByRole('button', { name: 'Snooze' }));
    fireEvent.input(within(today).getByLabelText('Snooze until'), { target: { value: '2026-12-24' } });
    fireEvent.click(within(today).getByRole('button', { name: 'Snooze to this date' }));
    expect(onSnooze).toHaveBeenLastCalledWith(agenda.today[0], '2026-12-24');
  });

  it('on the home screen shows the first items due now and a way to the whole day', () => {
    const onSeeAll = vi.fn();
    renderWithI18n(<Today {...props} limit={2} onSeeAll={onSeeAll} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText(/birthday/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'See all (5)' }));
    expect(onSeeAll).toHaveBeenCalled();
  });

  it('shows a long group in part, and all of it on request', () => {
    const many = Array.from({ length: GROUP_SHOWN + 3 }, (_, i) =>
      item({
        key: `followUp:n${i}:2026-11-01`,
        kind: 'followUp',
        due: '2026-11-01',
        params: [`Follow-up ${i}`],
      }),
    );
    const onReadMore = vi.fn();
    renderWithI18n(
      <Today {...props} agenda={{ overdue: many, today: [], week: [] }} onReadMore={onReadMore} />,
    );
    const overdue = screen.getByRole('list', { name: /Overdue/ });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(GROUP_SHOWN);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${GROUP_SHOWN + 3}` }));
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(GROUP_SHOWN + 3);
    // Showing all of a group also reads the rest of the day.
    expect(onReadMore).toHaveBeenCalledOnce();
  });

  it('says when nothing needs the rep, and how many older items were left out', () => {
    renderWithI18n(<Today {...props} agenda={{ overdue: [], today: [], week: [] }} truncated />);
    expect(screen.getByText('Nothing needs you today.')).toBeTruthy();
    expect(screen.getByText('Older items are not shown yet: deal with these first.')).toBeTruthy();
  });

  it('offers the older items while only the first ones were read', () => {
    const onReadMore = vi.fn();
    renderWithI18n(<Today {...props} truncated onReadMore={onReadMore} />);
    expect(screen.queryByText('Older items are not shown yet: deal with these first.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show older items' }));
    expect(onReadMore).toHaveBeenCalledOnce();
  });
});
