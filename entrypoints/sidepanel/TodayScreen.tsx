import { useCallback, useMemo, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { ScreenMessage } from '../../components/ScreenMessage/ScreenMessage';
import { Today } from '../../components/Today/Today';
import { getDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-error';
import { useToday, warmToday } from '../../lib/relationship/use-today';

interface TodayScreenProps {
  onOpen(accountId: string): void;
  /** The whole day on its own screen has a way back; the home's summary has See all instead. */
  onBack?(): void;
  onSeeAll?(): void;
  limit?: number;
}

/** Starts Today's read before the screen mounts. */
export function warmTodayScreen() {
  warmToday(getDatabase());
}

/** *Today* (lib/relationship/use-today.ts reads it and writes Done and Snooze). */
export function TodayScreen({ onOpen, onBack, onSeeAll, limit }: TodayScreenProps) {
  const t = useT();
  const now = useMemo(() => new Date(), []);
  const describe = useCallback(
    (error: unknown) => describeStorageError(error, t, (detail) => t('sidepanel.writeFailed', [detail])),
    [t],
  );
  // The whole day is read once the rep asks for more than its first items.
  const [whole, setWhole] = useState(false);
  const { state, done, snooze } = useToday(getDatabase(), describe, now, whole);
  if (state.status === 'loading')
    return limit === undefined ? (
      <ScreenMessage kind="loading">{t('sidepanel.loading')}</ScreenMessage>
    ) : null;
  if (state.status === 'error') return <ScreenMessage kind="error">{String(state.error)}</ScreenMessage>;
  return (
    <Today
      agenda={state.agenda}
      truncated={state.truncated}
      now={now}
      limit={limit}
      onSeeAll={onSeeAll}
      onReadMore={state.more ? () => setWhole(true) : undefined}
      onBack={onBack}
      onOpen={onOpen}
      onDone={done}
      onSnooze={(item, until) => void snooze(item, until)}
    />
  );
}
