import type { Contact, TimelineNote } from '../../lib/model/types';
import { Badge, type BadgeTone } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { formatDateTime, formatDay, intlLocale } from '../format';
import { useT } from '../i18n';
import { ProvenanceLine } from '../Provenance/ProvenanceLine';
import styles from '../Section/Item.module.css';
import own from './Timeline.module.css';

const KIND_TONE: Record<TimelineNote['kind'], BadgeTone> = {
  note: 'neutral',
  call: 'accent',
  visit: 'ok',
  meeting: 'ok',
  email: 'accent',
  complaint: 'danger',
  clip: 'neutral',
};

interface NoteItemProps {
  note: TimelineNote;
  contact: Contact | undefined;
  onEdit(): void;
  onDelete(): void;
}

/** One entry of the business record. Text is rendered as text, never as HTML. */
export function NoteItem({ note, contact, onEdit, onDelete }: NoteItemProps) {
  const t = useT();
  const locale = intlLocale(t);
  const when = formatDateTime(note.occurredAt, locale);
  return (
    <article
      class={`${styles.card} ${own.note}`}
      data-kind={note.kind}
      aria-label={`${t(`noteKind.${note.kind}`)} ${when}`}
    >
      <div class={styles.cardHead}>
        <span class={styles.badges}>
          <Badge tone={KIND_TONE[note.kind]}>{t(`noteKind.${note.kind}`)}</Badge>
          {note.complaint && (
            <Badge
              tone={
                note.complaint.status === 'open'
                  ? 'danger'
                  : note.complaint.status === 'answered'
                    ? 'warn'
                    : 'ok'
              }
            >
              {t(`complaintStatus.${note.complaint.status}`)}
            </Badge>
          )}
          {contact && <span class={styles.muted}>{contact.name}</span>}
        </span>
        <time class={styles.muted} dateTime={note.occurredAt}>
          {when}
        </time>
      </div>
      {note.text && <p class={styles.text}>{note.text}</p>}
      {note.source && <ProvenanceLine source={note.source} />}
      {note.complaint?.response && <p class={styles.muted}>{note.complaint.response}</p>}
      {note.followUpDate && (
        <p class={styles.muted}>{t('timeline.followUp', [formatDay(note.followUpDate, locale)])}</p>
      )}
      <div class={styles.actions}>
        <Button small variant="ghost" onClick={onEdit}>
          {t('common.edit')}
        </Button>
        <Button small variant="ghost" onClick={onDelete}>
          {t('common.delete')}
        </Button>
      </div>
    </article>
  );
}
