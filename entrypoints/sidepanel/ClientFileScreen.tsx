import { useCallback, useMemo } from 'preact/hooks';
import { ClientFile } from '../../components/ClientFile/ClientFile';
import { useT } from '../../components/i18n';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { useClientFile } from '../../lib/client-file/use-client-file';
import { getDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-error';
import { TeamDeleteRefused } from '../../lib/model/team-sync';
import { useFileRelationship } from '../../lib/relationship/use-file-relationship';
import { useFileSharing, useOwnerControl } from '../../lib/sync/use-file-sharing';

/** One client's file, live (lib/client-file/use-client-file.ts reads and writes it). */
export function ClientFileScreen({ id, onBack }: { id: string; onBack(): void }) {
  const t = useT();
  const describe = useCallback(
    (error: unknown) =>
      error instanceof TeamDeleteRefused
        ? error.kind === 'forbidden'
          ? t('team.deleteRefused', error.reason)
          : t('team.deleteOffline')
        : describeStorageError(error, t, (detail) => t('sidepanel.writeFailed', [detail])),
    [t],
  );
  const { file, failure, actions } = useClientFile(getDatabase(), id, onBack, describe);
  const sharing = useFileSharing(getDatabase(), id);
  const ownerControl = useOwnerControl(getDatabase(), id);
  const now = useMemo(() => new Date(), []);
  const relationship = useFileRelationship(
    getDatabase(),
    file.status === 'ready' ? file.value : undefined,
    now,
  );

  if (file.status === 'loading')
    return <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>;
  if (file.status === 'error') return <ScreenMessage kind="error">{String(file.error)}</ScreenMessage>;
  if (!file.value) {
    return (
      <ScreenMessage kind="info">
        {t('sidepanel.accountGone')}{' '}
        <button type="button" onClick={onBack}>
          {t('common.back')}
        </button>
      </ScreenMessage>
    );
  }
  return (
    <>
      {failure && <ScreenMessage kind="error">{failure}</ScreenMessage>}
      <ClientFile
        file={file.value}
        now={now}
        actions={actions}
        onBack={onBack}
        relationship={relationship}
        sharing={sharing}
        ownerControl={ownerControl}
      />
    </>
  );
}
