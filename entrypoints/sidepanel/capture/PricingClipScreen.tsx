import { useMemo } from 'preact/hooks';
import { useT } from '../../../components/i18n';
import { PricingNoteForm } from '../../../components/Lazy/forms';
import { clipPricingNoteDraft } from '../../../lib/capture/core/clip';
import { useClientFile, writes } from '../../../lib/capture/use-capture-data';
import { getDatabase } from '../../../lib/db/database';
import { saveOrFieldErrors } from '../../../lib/db/errors';
import type { Provenance } from '../../../lib/model/types';

interface PricingClipScreenProps {
  accountId: string;
  source: Provenance;
  onSaved(): void;
  onCancel(): void;
}

/** A pricing note from a selection: prefilled (price, currency, product), the rep completes it. */
export function PricingClipScreen({ accountId, source, onSaved, onCancel }: PricingClipScreenProps) {
  const t = useT();
  const db = getDatabase();
  const file = useClientFile(accountId);
  const initial = useMemo(() => clipPricingNoteDraft(accountId, source), [accountId, source]);
  return (
    <PricingNoteForm
      title={t('capture.pricingTitle', [file?.account.name ?? ''])}
      initial={initial}
      onSubmit={(draft) => saveOrFieldErrors(async () => (await writes()).createPricingNote(db, draft))}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}
