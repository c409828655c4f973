// The options page's team card: sign in to the company's server, choose what to share, then the
// sync's status and what the rep can do about it.
import { useId, useState } from 'preact/hooks';
import type { SyncStatus, TeamView } from '../../lib/model/team-sync';
import { Button } from '../Button/Button';
import card from '../Card/Card.module.css';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import form from '../Form/Form.module.css';
import { formatDateTime, intlLocale } from '../format';
import { useT } from '../i18n';
import styles from './TeamSync.module.css';

export interface TeamSyncProps {
  view: TeamView;
  onSignIn(origin: string, login: string, password: string): void;
  onChooseTeam(team: string): void;
  onShare(id: string, shared: boolean): void;
  onShareAll(shared: boolean): void;
  onConnect(): void;
  onCancel(): void;
  onSyncNow(): void;
  onSignInAgain(password: string): void;
  onDisconnect(): void;
}

export function TeamSync(props: TeamSyncProps) {
  const t = useT();
  const id = useId();
  const { view } = props;
  return (
    <section class={card.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class={card.title}>
        {t('team.title')}
      </h2>
      <p class={card.muted}>{t('team.lead')}</p>
      {view.kind === 'signIn' && <SignIn {...props} view={view} />}
      {view.kind === 'choose' && <Choose {...props} view={view} />}
      {view.kind === 'connected' && <Connected {...props} view={view} />}
      {view.kind !== 'loading' && view.problem && (
        <p role="alert" class={card.error}>
          {t(`team.problem.${view.problem}`)}
        </p>
      )}
    </section>
  );
}

function SignIn({ view, onSignIn }: TeamSyncProps & { view: Extract<TeamView, { kind: 'signIn' }> }) {
  const t = useT();
  const id = useId();
  const [origin, setOrigin] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const removed = view.status?.state === 'removed' ? view.status : null;
  return (
    <form
      class={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onSignIn(origin, login, password);
      }}
    >
      {removed?.removed && (
        <p role="status" class={card.warning}>
          {t('team.state.removed', [
            removed.team ?? '',
            String(removed.removed.accounts),
            formatDateTime(removed.removed.at, intlLocale(t)),
          ])}
        </p>
      )}
      {view.removedNow !== null && (
        <p role="status" class={card.note}>
          {t('team.disconnected', String(view.removedNow))}
        </p>
      )}
      <div class={form.field}>
        <label class={form.label} for={`${id}-server`}>
          {t('team.server')}
        </label>
        <input
          id={`${id}-server`}
          class={form.input}
          type="text"
          inputMode="url"
          autoComplete="url"
          required
          value={origin}
          aria-describedby={`${id}-server-hint`}
          onInput={(event) => setOrigin(event.currentTarget.value)}
        />
        <p id={`${id}-server-hint`} class={form.hint}>
          {t('team.serverHint')}
        </p>
      </div>
      <div class={styles.pair}>
        <div class={form.field}>
          <label class={form.label} for={`${id}-login`}>
            {t('team.login')}
          </label>
          <input
            id={`${id}-login`}
            class={form.input}
            type="text"
            autoComplete="username"
            required
            value={login}
            onInput={(event) => setLogin(event.currentTarget.value)}
          />
        </div>
        <div class={form.field}>
          <label class={form.label} for={`${id}-password`}>
            {t('team.password')}
          </label>
          <input
            id={`${id}-password`}
            class={form.input}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </div>
      </div>
      <div>
        <Button variant="primary" type="submit" disabled={view.busy}>
          {view.busy ? t('team.signingIn') : t('team.signIn')}
        </Button>
      </div>
    </form>
  );
}

function Choose({
  view,
  onChooseTeam,
  onShare,
  onShareAll,
  onConnect,
  onCancel,
}: TeamSyncProps & { view: Extract<TeamView, { kind: 'choose' }> }) {
  const t = useT();
  const id = useId();
  const shared = view.accounts.filter((a) => !view.privateIds.has(a.id)).length;
  return (
    <div class={styles.form}>
      <div class={form.field}>
        <label class={form.label} for={`${id}-team`}>
          {t('team.chooseTeam')}
        </label>
        <select
          id={`${id}-team`}
          class={form.input}
          value={view.team}
          onChange={(event) => onChooseTeam(event.currentTarget.value)}
        >
          {view.teams.map((m) => (
            <option key={m.team} value={m.team}>
              {t('team.teamOption', [m.team, t(m.role === 'manager' ? 'team.roleManager' : 'team.roleRep')])}
            </option>
          ))}
        </select>
      </div>
      {view.accounts.length > 0 && (
        <fieldset class={form.fieldset}>
          <legend>{t('team.shareTitle')}</legend>
          <p class={form.hint}>{t('team.shareHint')}</p>
          <label class={styles.check}>
            <input
              type="checkbox"
              checked={shared === view.accounts.length}
              onChange={(event) => onShareAll(event.currentTarget.checked)}
            />
            {t('team.shareAll', String(view.accounts.length))}
          </label>
          <ul class={styles.accounts} aria-label={t('team.shareTitle')}>
            {view.accounts.map((a) => (
              <li key={a.id}>
                <label class={styles.check}>
                  <input
                    type="checkbox"
                    checked={!view.privateIds.has(a.id)}
                    onChange={(event) => onShare(a.id, event.currentTarget.checked)}
                  />
                  {a.name}
                </label>
              </li>
            ))}
          </ul>
          <p class={form.hint} role="status">
            {t('team.shareCount', [String(shared), String(view.accounts.length)])}
          </p>
        </fieldset>
      )}
      <div class={styles.actions}>
        <Button variant="primary" disabled={view.busy} onClick={onConnect}>
          {view.busy ? t('team.connecting') : t('team.connect')}
        </Button>
        <Button variant="ghost" disabled={view.busy} onClick={onCancel}>
          {t('team.cancel')}
        </Button>
      </div>
    </div>
  );
}

function Connected({
  view,
  onSyncNow,
  onSignInAgain,
  onDisconnect,
}: TeamSyncProps & { view: Extract<TeamView, { kind: 'connected' }> }) {
  const t = useT();
  const id = useId();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const status = view.status;
  const role = t(view.role === 'manager' ? 'team.roleManager' : 'team.roleRep');
  return (
    <div class={styles.form}>
      <p>{t('team.connectedAs', [view.team, view.origin, view.login, role])}</p>
      <p role="status" class={styles.state} data-state={status?.state ?? 'syncing'}>
        <StateLine status={status} pending={view.pending} />
        <span class={card.muted}>
          {status?.lastSyncAt
            ? t('team.lastSync', formatDateTime(status.lastSyncAt, intlLocale(t)))
            : t('team.neverSynced')}
        </span>
      </p>
      {status?.refusals.map((r) => (
        <p key={`${r.key}-${r.at}`} class={card.warning}>
          {t('team.refused', [r.reason, r.name ? t('team.refusedOf', r.name) : ''])}
        </p>
      ))}
      {status && status.rejected.length > 0 && (
        <p class={card.warning}>
          {t('team.rejected', [
            String(status.rejected.length),
            status.rejected[0]!.id,
            status.rejected[0]!.problem,
          ])}
        </p>
      )}
      {status?.state === 'signedOut' && (
        <form
          class={styles.pair}
          onSubmit={(event) => {
            event.preventDefault();
            onSignInAgain(password);
          }}
        >
          <div class={form.field}>
            <label class={form.label} for={`${id}-again`}>
              {t('team.password')}
            </label>
            <input
              id={`${id}-again`}
              class={form.input}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          </div>
          <div class={styles.bottom}>
            <Button variant="primary" type="submit" disabled={view.busy}>
              {t('team.signInAgain')}
            </Button>
          </div>
        </form>
      )}
      <div class={styles.actions}>
        <Button disabled={view.busy || status?.state === 'signedOut'} onClick={onSyncNow}>
          {t('team.syncNow')}
        </Button>
        <Button variant="danger" disabled={view.busy} onClick={() => setConfirming(true)}>
          {t('team.disconnect')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('team.disconnect')}
        message={t('team.disconnectConfirm', view.team)}
        confirmLabel={t('team.disconnect')}
        onConfirm={() => {
          setConfirming(false);
          onDisconnect();
        }}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

function StateLine({ status, pending }: { status: SyncStatus | null; pending: number }) {
  const t = useT();
  switch (status?.state ?? 'syncing') {
    case 'upToDate':
      return (
        <strong>{pending > 0 ? t('team.state.syncing', String(pending)) : t('team.state.upToDate')}</strong>
      );
    case 'syncing':
      return <strong>{t('team.state.syncing', String(pending))}</strong>;
    case 'offline':
      return (
        <strong>
          {t('team.state.offline', status?.retryAt ? formatDateTime(status.retryAt, intlLocale(t)) : '—')}
        </strong>
      );
    case 'signedOut':
      return <strong>{t('team.state.signedOut')}</strong>;
    default:
      return null;
  }
}
