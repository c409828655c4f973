// @vitest-environment happy-dom
import { fireEvent, getDefaultNormalizer, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ChurnRisk, Hint, HintActions } from '../../lib/model/relationship';
import { renderWithI18n } from '../../tests/support/i18n';
import { buildClientFile, buildEmptyClientFile, FIXTURE_NOW } from '../test-fixtures';
import { ClientFile } from './ClientFile';
import { fakeActions } from './testActions';

function renderFile(file = buildClientFile(), actions = fakeActions(), locale: 'en' | 'zh_CN' = 'en') {
  renderWithI18n(<ClientFile file={file} now={FIXTURE_NOW} actions={actions} onBack={vi.fn()} />, locale);
  return actions;
}

const section = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

describe('ClientFile', () => {
  it('opens with focus on the client’s name, and comes back to it from the edit form', async () => {
    renderFile();
    const name = screen.getByRole('heading', { level: 1, name: 'Acme Logistics' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.click(screen.getByRole('button', { name: 'Edit account' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Acme Logistics' })),
    );
  });

  it('renders every section of a full file', async () => {
    renderFile();
    expect(screen.getByRole('heading', { level: 1, name: 'Acme Logistics' })).toBeTruthy();
    expect(screen.getByText('Tier A')).toBeTruthy();
    expect(screen.getByText('Star').getAttribute('title')).toMatch(/hold our position/);
    // Last contact 5 days ago against a 10-day cadence.
    expect(screen.getByText(/Last contact 5 days ago/)).toBeTruthy();
    expect(screen.getByText('Satisfaction × loyalty: Apostle')).toBeTruthy();

    const contacts = section('Contacts');
    expect(within(contacts).getByText('Decision maker')).toBeTruthy();
    expect(within(contacts).getByText('Driver')).toBeTruthy();
    expect(within(contacts).getByText(/Be direct/)).toBeTruthy();
    expect(
      within(contacts).getByRole('link', { name: 'wang.lei@acme-logistics.com' }).getAttribute('href'),
    ).toBe('mailto:wang.lei@acme-logistics.com');

    expect(within(section('Talking points')).getByText('Offer the cold-chain IoT pilot')).toBeTruthy();

    const pricing = section('Pricing notes');
    expect(within(pricing).getByText('CN¥12,000.00')).toBeTruthy();
    expect(within(pricing).getByText('CN¥9,500.00')).toBeTruthy();
    expect(within(pricing).getByText('Expired')).toBeTruthy();

    const timeline = section('Timeline');
    const link = within(timeline).getByRole('link', { name: 'Acme expands' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(within(timeline).queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(within(timeline).getByText('javascript:alert(1)').tagName).toBe('SPAN');
    expect(within(timeline).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    const keepLineBreaks = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(
      within(timeline).getByText('Visited the depot.\nThey want IoT tracking.', keepLineBreaks),
    ).toBeTruthy();

    // The profile loads a moment after the rest of the file.
    const profile = await screen.findByRole('region', { name: /^Profile/ });
    expect(within(profile).getByText('Faster links between depots')).toBeTruthy();
    expect(within(profile).getByText('Acme Logistics Co., Ltd.')).toBeTruthy();
  });

  it('shows empty states for an empty account', () => {
    renderFile(buildEmptyClientFile('New Client'));
    expect(screen.getByRole('heading', { level: 1, name: 'New Client' })).toBeTruthy();
    expect(screen.getByText(/No talking points yet/)).toBeTruthy();
    expect(screen.getByText(/No contacts yet/)).toBeTruthy();
    expect(screen.getByText(/No pricing notes yet/)).toBeTruthy();
    expect(screen.getByText(/Nothing recorded yet\. Log visits/)).toBeTruthy();
    expect(screen.getByText('No contact recorded yet', { exact: false })).toBeTruthy();
    for (const label of ['Add talking point', 'Add contact', 'Add pricing note', 'Add note']) {
      expect(screen.getByRole('button', { name: label })).toBeTruthy();
    }
  });

  it('the note form says which kinds count as contact with the client', async () => {
    renderFile(buildEmptyClientFile());
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const kind = await screen.findByLabelText('Kind');
    const hint = screen.getByText(/Calls, visits, meetings and emails count as contact with the client/);
    expect(kind.getAttribute('aria-describedby')).toContain(hint.id);
  });

  it('shows a returned field error next to its field and keeps the form open', async () => {
    const actions = renderFile(
      buildEmptyClientFile(),
      fakeActions({ saveContact: vi.fn(async () => ({ 'emails.0': 'invalidEmail' })) }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    fireEvent.input(await screen.findByLabelText('Name'), { target: { value: 'Li Na' } });
    fireEvent.input(screen.getByLabelText('Email addresses'), { target: { value: 'not-an-email, li@x.cn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText(/Enter a valid email address/)).toBeTruthy());
    expect(actions.saveContact).toHaveBeenCalledWith(
      null,
      expect.objectContaining({ name: 'Li Na', emails: ['not-an-email', 'li@x.cn'] }),
    );
    const input = screen.getByLabelText('Email addresses');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input.getAttribute('aria-describedby')!.split(' ').pop()!;
    expect(document.getElementById(errorId)?.textContent).toMatch(/valid email/);
    expect(document.activeElement).toBe(input);
  });

  it('closes a form when the save succeeds', async () => {
    const actions = renderFile(buildEmptyClientFile());
    fireEvent.click(screen.getByRole('button', { name: 'Add talking point' }));
    fireEvent.input(await screen.findByLabelText('Talking point'), {
      target: { value: 'Mention the pilot' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByLabelText('Talking point')).toBeNull());
    expect(actions.saveTalkingPoint).toHaveBeenCalledWith(
      null,
      expect.objectContaining({ text: 'Mention the pilot' }),
    );
  });

  it('asks for confirmation before deleting the account', () => {
    const actions = renderFile();
    fireEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    expect(actions.deleteAccount).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/Acme Logistics/, { selector: 'p' }).textContent).toMatch(
      /contacts, talking points/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(actions.deleteAccount).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete account' }));
    expect(actions.deleteAccount).toHaveBeenCalledOnce();
  });

  it('pins and moves talking points', () => {
    const actions = renderFile();
    const points = section('Talking points');
    fireEvent.click(within(points).getByRole('button', { name: 'Unpin' }));
    expect(actions.setTalkingPointPinned).toHaveBeenCalledWith('tp-1', false);
    fireEvent.click(within(points).getAllByRole('button', { name: 'Move down' })[0]!);
    expect(actions.moveTalkingPoint).toHaveBeenCalledWith('tp-1', 1);
  });

  it('renders Chinese domain terms', () => {
    renderFile(buildClientFile(), fakeActions(), 'zh_CN');
    expect(screen.getByText('决策者')).toBeTruthy();
    expect(screen.getByText('支配型')).toBeTruthy();
    expect(screen.getByText('明星类')).toBeTruthy();
    expect(screen.getByText('交通运输仓储业')).toBeTruthy();
  });
});

describe('ClientFile: what the rep’s day adds', () => {
  const risk: ChurnRisk = {
    level: 'high',
    reasons: [
      { reason: { code: 'decisionMakerLeft', name: 'Wang Lei' }, weight: 4 },
      {
        reason: { code: 'competitorMentioned', competitor: 'Huawei Cloud', at: '2025-06-10T08:00:00.000Z' },
        weight: 2,
      },
    ],
  };
  const hints: Hint[] = [
    {
      kind: 'contact',
      key: 'contact:c1:analytical:user',
      contactId: 'c1',
      name: 'Li Na',
      style: 'analytical',
      role: 'user',
    },
    { kind: 'purchaseType', key: 'purchase:newBuy', purchaseType: 'newBuy' },
  ];
  const render = (locale: 'en' | 'zh_CN', hintActions: HintActions) =>
    renderWithI18n(
      <ClientFile
        file={buildClientFile()}
        now={FIXTURE_NOW}
        actions={fakeActions()}
        onBack={vi.fn()}
        relationship={{ risk, hints, actions: hintActions }}
      />,
      locale,
    );

  it('shows the churn risk with every reason in words, and the suggested points with theirs', async () => {
    const hintActions = { keepHint: vi.fn(async () => {}), dismissHint: vi.fn(async () => {}) };
    render('en', hintActions);
    // Both load after the file's first paint.
    const reasons = await screen.findByRole('list', { name: 'Churn risk: High' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Decision maker Wang Lei left the company', 'Competitor Huawei Cloud named on Jun 10, 2025']);
    const suggested = await screen.findByRole('list', { name: 'Suggested' });
    const first = within(suggested).getAllByRole('listitem')[0]!;
    const text =
      'Li Na: bring data and details in a clear structure; no sudden changes; as a user, talk about how it works day to day';
    expect(within(first).getByText(text)).toBeTruthy();
    expect(within(first).getByText('Why: Their social style and buying role')).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: 'Keep' }));
    expect(hintActions.keepHint).toHaveBeenCalledWith(hints[0], text);
    const second = within(suggested).getAllByRole('listitem')[1]!;
    expect(within(second).getByText('Why: The purchase type: New buy')).toBeTruthy();
    fireEvent.click(within(second).getByRole('button', { name: 'Dismiss' }));
    expect(hintActions.dismissHint).toHaveBeenCalledWith(hints[1]);
  });

  it('says the same in Chinese', async () => {
    render('zh_CN', { keepHint: vi.fn(), dismissHint: vi.fn() });
    expect(await screen.findByText('流失风险：高')).toBeTruthy();
    await screen.findByText('依据：对方的社交风格与采购角色');
    expect(screen.getByText('决策者 Wang Lei 已离职')).toBeTruthy();
    expect(screen.getByText(/^Li Na：带上数据和细节/)).toBeTruthy();
    expect(screen.getByText('依据：对方的社交风格与采购角色')).toBeTruthy();
  });

  it('in a team, says whose file it is; a manager, and only a manager, may give it to another owner', async () => {
    const ownerControl = {
      logins: null,
      onOpen: vi.fn(),
      onChange: vi.fn(async () => ({ ok: true as const })),
    };
    const file = buildClientFile();
    const view = (sharing: Parameters<typeof ClientFile>[0]['sharing']) =>
      renderWithI18n(
        <ClientFile
          file={file}
          now={FIXTURE_NOW}
          actions={fakeActions()}
          onBack={vi.fn()}
          sharing={sharing}
          ownerControl={ownerControl}
        />,
      );
    const rep = view({ kind: 'team', owner: 'bob', canChangeOwner: false });
    expect(screen.getByText('Team · owner bob')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Change owner' })).toBeNull();
    rep.unmount();
    const privateFile = view({ kind: 'private' });
    expect(screen.getByText('Private — this browser only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Change owner' })).toBeNull();
    privateFile.unmount();
    view({ kind: 'team', owner: 'bob', canChangeOwner: true });
    fireEvent.click(screen.getByRole('button', { name: 'Change owner' }));
    expect(ownerControl.onOpen).toHaveBeenCalledOnce();
  });
});
