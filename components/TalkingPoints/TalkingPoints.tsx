import type { ClientFileActions } from '../../lib/model/client-file-actions';
import { emptyTalkingPointDraft } from '../../lib/model/defaults';
import type { Hint, HintActions } from '../../lib/model/relationship';
import type { Contact, TalkingPoint, TalkingPointDraft } from '../../lib/model/types';
import { Badge } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { useT } from '../i18n';
import { LazySuggestedPoints, TalkingPointForm } from '../Lazy/forms';
import { ProvenanceLine } from '../Provenance/ProvenanceLine';
import styles from '../Section/Item.module.css';
import { EmptyState, Section } from '../Section/Section';
import { toDraft } from '../Section/toDraft';
import { useItemEditor } from '../Section/useItemEditor';

type Actions = Pick<
  ClientFileActions,
  'saveTalkingPoint' | 'moveTalkingPoint' | 'setTalkingPointPinned' | 'deleteTalkingPoint'
>;

interface TalkingPointsProps {
  accountId: string;
  /** Pinned first, then the rep's order. */
  points: TalkingPoint[];
  contacts: Contact[];
  actions: Actions;
  /** Suggested points, each with its reason (lib/relationship). */
  suggested?: { hints: Hint[]; actions: HintActions };
}

export function TalkingPoints({ accountId, points, contacts, actions, suggested }: TalkingPointsProps) {
  const t = useT();
  const editor = useItemEditor();
  const contactName = (id: string | null) => contacts.find((c) => c.id === id)?.name;
  const nextOrder = points.reduce((max, p) => Math.max(max, p.order + 1), 0);
  const pending = points.find((p) => p.id === editor.pendingDelete);

  const form = (id: string | null, initial: TalkingPointDraft) => (
    <TalkingPointForm
      title={id ? t('talkingPoints.editTitle') : t('talkingPoints.newTitle')}
      initial={initial}
      contacts={contacts}
      onSubmit={(draft) => actions.saveTalkingPoint(id, draft)}
      onSaved={editor.close}
      onCancel={editor.close}
    />
  );

  return (
    <Section
      title={t('talkingPoints.title')}
      count={points.length}
      addLabel={t('talkingPoints.add')}
      onAdd={editor.startNew}
    >
      {editor.isNew && (
        <div class={styles.formSlot}>{form(null, emptyTalkingPointDraft(accountId, nextOrder))}</div>
      )}
      {points.length === 0 && !editor.isNew && <EmptyState>{t('talkingPoints.empty')}</EmptyState>}
      <ol class={styles.list}>
        {points.map((point, index) => {
          if (editor.editing === point.id) {
            return <li key={point.id}>{form(point.id, toDraft(point))}</li>;
          }
          const forName = contactName(point.contactId);
          return (
            <li key={point.id} class={styles.card}>
              <p class={styles.text}>{point.text}</p>
              {point.source && <ProvenanceLine source={point.source} />}
              {(point.pinned || forName) && (
                <div class={styles.badges}>
                  {point.pinned && <Badge tone="warn">{t('talkingPoints.pinned')}</Badge>}
                  {forName && <Badge>{t('talkingPoints.forContact', [forName])}</Badge>}
                </div>
              )}
              <div class={styles.actions}>
                <Button
                  small
                  variant="ghost"
                  aria-pressed={point.pinned}
                  onClick={() => actions.setTalkingPointPinned(point.id, !point.pinned)}
                >
                  {point.pinned ? t('talkingPoints.unpin') : t('talkingPoints.pin')}
                </Button>
                <Button
                  small
                  variant="ghost"
                  disabled={index === 0}
                  onClick={() => actions.moveTalkingPoint(point.id, -1)}
                >
                  <span aria-hidden="true">↑</span> {t('talkingPoints.moveUp')}
                </Button>
                <Button
                  small
                  variant="ghost"
                  disabled={index === points.length - 1}
                  onClick={() => actions.moveTalkingPoint(point.id, 1)}
                >
                  <span aria-hidden="true">↓</span> {t('talkingPoints.moveDown')}
                </Button>
                <Button small variant="ghost" onClick={() => editor.startEdit(point.id)}>
                  {t('common.edit')}
                </Button>
                <Button small variant="ghost" onClick={() => editor.askDelete(point.id)}>
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {suggested && <LazySuggestedPoints {...suggested} />}
      <ConfirmDialog
        open={pending !== undefined}
        title={t('talkingPoints.deleteTitle')}
        message={t('talkingPoints.deleteMessage', [pending?.text ?? ''])}
        confirmLabel={t('common.delete')}
        onCancel={editor.cancelDelete}
        onConfirm={() => {
          if (pending) void actions.deleteTalkingPoint(pending.id);
          editor.cancelDelete();
        }}
      />
    </Section>
  );
}
