// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus, TeamView } from '../../lib/model/team-sync';
import { renderWithI18n } from '../../tests/support/i18n';
import { TeamSync, type TeamSyncProps } from './TeamSync';

afterEach(cleanup);

const callbacks = () => ({
  onSignIn: vi.fn(),
  onChooseTeam: vi.fn(),
  onShare: vi.fn(),
  onShareAll: vi.fn(),
  onConnect: vi.fn(),
  onCancel: vi.fn(),
  onSyncNow: vi.fn(),
  onSignInAgain: vi.fn(),
  onDisconnect: vi.fn(),
});

const status = (change: Partial<SyncStatus> = {}): SyncStatus => ({
  key: 'status',
  state: 'upToDate',
  team: 'acme',
  pending: 0,
  lastSyncAt: '2026-12-05T09:41:00.000Z',
  retryAt: null,
  refusals: [],
  rejected: [],
  removed: null,
  ...change,
});

const connected = (change: Partial<Extract<TeamView, { kind: 'connected' }>> = {}): TeamView => ({
  kind: 'connected',
  origin: 'https://couch.example.com',
  team: 'acme',
  login: 'bob',
  role: 'rep',
  status: status(),
  pending: 0,
  busy: false,
  problem: null,
  ...change,
});

function show(view: TeamView, locale: 'en' | 'zh_CN' = 'en') {
  const props: TeamSyncProps = { view, ...callbacks() };
  renderWithI18n(<TeamSync {...props} />, locale);
  return props;
}

describe('TeamSync', () => {
  it('signs in with the address, the login and the password', () => {
    const props = show({ kind: 'signIn', busy: false, problem: null, status: null, removedNow: null });
    fireEvent.input(screen.getByLabelText('Team server address'), { target: { value: 'couch.example.com' } });
    fireEvent.input(screen.getByLabelText('Login'), { target: { value: 'bob' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(props.onSignIn).toHaveBeenCalledWith('couch.example.com', 'bob', 'secret');
  });

  it('names what is wrong with signing in', () => {
    show({ kind: 'signIn', busy: false, problem: 'notHttps', status: null, removedNow: null });
    expect(screen.getByRole('alert').textContent).toBe('The team server must be reached over HTTPS.');
  });

  it('says when the rep was removed from the team, and what stayed', () => {
    show({
      kind: 'signIn',
      busy: false,
      problem: null,
      status: status({ state: 'removed', removed: { at: '2026-12-05T09:00:00.000Z', accounts: 12 } }),
      removedNow: null,
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /^You are no longer a member of team acme: its 12 accounts were removed from this browser on .+\. Your private accounts stay\.$/,
    );
  });

  it('asks which accounts to share (all by default) and connects to the chosen team', () => {
    const props = show({
      kind: 'choose',
      teams: [
        { team: 'acme', role: 'rep' },
        { team: 'beta', role: 'manager' },
      ],
      team: 'acme',
      accounts: [
        { id: 'a1', name: 'Acme Logistics' },
        { id: 'a2', name: 'My Own Lead' },
      ],
      privateIds: new Set(['a2']),
      busy: false,
      problem: null,
    });
    const list = screen.getByRole('list', { name: 'Which of your accounts does the team get?' });
    const boxes = within(list).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    expect(screen.getByText('1 of 2 shared')).toBeTruthy();
    fireEvent.click(boxes[1]!);
    expect(props.onShare).toHaveBeenCalledWith('a2', true);
    fireEvent.click(screen.getByLabelText('Share all 2 accounts'));
    expect(props.onShareAll).toHaveBeenCalledWith(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'Team' }), { target: { value: 'beta' } });
    expect(props.onChooseTeam).toHaveBeenCalledWith('beta');
    expect(screen.getByRole('option', { name: 'beta (manager)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Connect to the team' }));
    expect(props.onConnect).toHaveBeenCalledOnce();
  });

  it('shows the status: up to date with the last sync, syncing n changes, offline until when', () => {
    show(connected());
    expect(screen.getByText('Team acme at https://couch.example.com, signed in as bob (rep).')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^Up to date.*Last synced /);
    cleanup();
    show(connected({ status: status({ state: 'syncing' }), pending: 250 }));
    expect(screen.getByRole('status').textContent).toContain('Syncing 250 changes…');
    cleanup();
    show(connected({ status: status({ state: 'offline', retryAt: '2026-12-05T09:45:00.000Z' }) }));
    expect(screen.getByRole('status').textContent).toMatch(/^Offline — will retry at .+/);
  });

  it('signed out: asks for the password again', () => {
    const props = show(connected({ status: status({ state: 'signedOut' }) }));
    expect(screen.getByRole('status').textContent).toContain('Signed out');
    expect((screen.getByRole('button', { name: 'Sync now' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'new-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(props.onSignInAgain).toHaveBeenCalledWith('new-secret');
  });

  it('says what the server refused, and disconnects only once confirmed', () => {
    const props = show(
      connected({
        status: status({
          refusals: [
            {
              key: 'account:a1',
              name: 'Acme Steel',
              reason: 'only a manager may delete a team account',
              at: '2026-12-05T09:00:00.000Z',
            },
          ],
        }),
      }),
    );
    expect(
      screen.getByText(
        'The team server refused a change to Acme Steel: only a manager may delete a team account. The file is as the team has it.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(props.onDisconnect).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(props.onDisconnect).toHaveBeenCalledOnce();
  });

  it('speaks Chinese', () => {
    show(connected({ role: 'manager' }), 'zh_CN');
    expect(screen.getByRole('heading', { name: '团队' })).toBeTruthy();
    expect(screen.getByText('团队 acme（https://couch.example.com），登录账号 bob（主管）。')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('已同步');
  });
});
