import { LazyAccountPicker } from '../../../components/AccountPicker/lazy';
import { useT } from '../../../components/i18n';
import type { ClipTarget } from '../../../lib/capture/core/clip';
import { usePickerAccounts } from '../../../lib/capture/use-quick-note';
import type { Provenance } from '../../../lib/model/types';

interface ClipPickScreenProps {
  target: ClipTarget;
  source: Provenance;
  /** The page's clients, offered first. */
  accountIds: string[];
  onPick(accountId: string): void;
  onCancel(): void;
}

/** "Add to…": which client the clipped selection belongs to, searchable, the page's clients first. */
export function ClipPickScreen({ target, source, accountIds, onPick, onCancel }: ClipPickScreenProps) {
  const t = useT();
  const accounts = usePickerAccounts(accountIds);
  const excerpt = source.selection.length > 80 ? `${source.selection.slice(0, 79)}…` : source.selection;
  return (
    <LazyAccountPicker
      label={t(`capture.pick.${target}`, [excerpt])}
      accounts={accounts}
      onPick={onPick}
      onCancel={onCancel}
    />
  );
}
