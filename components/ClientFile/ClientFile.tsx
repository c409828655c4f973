import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClientFileActions } from '../../lib/model/client-file-actions';
import type { ChurnRisk, Hint, HintActions } from '../../lib/model/relationship';
import type { FileSharing } from '../../lib/model/team-sync';
import type { ClientFileData } from '../../lib/model/types';
import { AccountHeader } from '../AccountHeader/AccountHeader';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { Contacts } from '../Contacts/Contacts';
import { useT } from '../i18n';
import { AccountForm, CLIENT_FILE_FORMS, LazyProfile } from '../Lazy/forms';
import { preloadWhenIdle } from '../Lazy/lazy';
import type { OwnerControl } from '../OwnerChange/OwnerChange';
import { PricingNotes } from '../PricingNotes/PricingNotes';
import { toDraft } from '../Section/toDraft';
import { TalkingPoints } from '../TalkingPoints/TalkingPoints';
import { Timeline } from '../Timeline/Timeline';
import styles from './ClientFile.module.css';

interface ClientFileProps {
  file: ClientFileData;
  now: Date;
  actions: ClientFileActions;
  onBack(): void;
  /** The churn risk with its reasons and the suggested talking points (lib/relationship). */
  relationship?: { risk: ChurnRisk | null; hints: Hint[]; actions: HintActions };
  /** The team's file or a private one, when the rep is in a team (lib/sync). */
  sharing?: FileSharing | null;
  /** A manager's change of a team file's owner. */
  ownerControl?: OwnerControl | null;
}

/** One client's file, in the order a rep needs it: who and how at risk, what to say, who, prices, history, profile. */
export function ClientFile({
  file,
  now,
  actions,
  onBack,
  relationship,
  sharing = null,
  ownerControl = null,
}: ClientFileProps) {
  const t = useT();
  const [editingAccount, setEditingAccount] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { account } = file;
  const rootRef = useRef<HTMLDivElement>(null);
  // Opening a file (and leaving its edit form) puts focus on its name: a screen reader says whose
  // file it is, and Tab goes on from the top of the file, not from the page's start.
  useEffect(() => {
    if (!editingAccount) rootRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [account.id, editingAccount]);
  // Forms load on demand; fetch them once the file has painted so Edit and Add open at once.
  useEffect(() => preloadWhenIdle([LazyProfile, ...CLIENT_FILE_FORMS]), []);

  if (editingAccount) {
    return (
      <div class={styles.clientFile}>
        <AccountForm
          title={t('clientFile.editTitle', [account.name])}
          initial={toDraft(account)}
          onCancel={() => setEditingAccount(false)}
          onSubmit={async (draft) => {
            const errors = await actions.saveAccount(draft);
            if (errors === null) setEditingAccount(false);
            return errors;
          }}
        />
      </div>
    );
  }

  return (
    <div ref={rootRef} class={styles.clientFile}>
      <AccountHeader
        account={account}
        notes={file.notes}
        now={now}
        risk={relationship?.risk ?? null}
        sharing={sharing}
        ownerControl={ownerControl}
        onBack={onBack}
        onEdit={() => setEditingAccount(true)}
        onDelete={() => setConfirmingDelete(true)}
      />
      <TalkingPoints
        accountId={account.id}
        points={file.talkingPoints}
        contacts={file.contacts}
        actions={actions}
        suggested={relationship && { hints: relationship.hints, actions: relationship.actions }}
      />
      <Contacts accountId={account.id} contacts={file.contacts} actions={actions} />
      <PricingNotes accountId={account.id} notes={file.pricingNotes} now={now} actions={actions} />
      <Timeline
        accountId={account.id}
        notes={file.notes}
        contacts={file.contacts}
        now={now}
        actions={actions}
      />
      <LazyProfile account={account} onEdit={() => setEditingAccount(true)} />
      <ConfirmDialog
        open={confirmingDelete}
        title={t('clientFile.deleteTitle', [account.name])}
        message={t('clientFile.deleteMessage', [account.name])}
        confirmLabel={t('clientFile.deleteAccount')}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => {
          setConfirmingDelete(false);
          void actions.deleteAccount();
        }}
      />
    </div>
  );
}
