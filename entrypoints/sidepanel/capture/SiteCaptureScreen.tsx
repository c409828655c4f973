import { useT } from '../../../components/i18n';
import { SiteCapture } from '../../../components/SiteCapture/SiteCapture';
import type { PageRef } from '../../../lib/capture/pending';
import { useSiteCapture } from '../../../lib/capture/use-site-capture';
import { getDatabase } from '../../../lib/db/database';
import type { CompanyExtract } from '../../../lib/model/capture';

interface SiteCaptureScreenProps {
  page: PageRef;
  extract: CompanyExtract;
  /** The client to update, or null to create an account from the site. */
  accountId: string | null;
  /** Done: the account created or updated (null when the rep cancelled). */
  onDone(accountId: string | null): void;
}

/** A company website into the client files (lib/capture/use-site-capture.ts writes it). */
export function SiteCaptureScreen({ page, extract, accountId, onDone }: SiteCaptureScreenProps) {
  const t = useT();
  const site = useSiteCapture(getDatabase(), accountId, extract, onDone, t);
  const shared = {
    pageLabel: page.title || page.url,
    busy: site.busy,
    error: site.error,
    onCancel: () => onDone(null),
  };
  if (accountId === null) {
    return <SiteCapture mode="create" extract={extract} onCreate={(a) => void site.create(a)} {...shared} />;
  }
  if (!site.account) return null;
  return (
    <SiteCapture
      mode="update"
      accountName={site.account.name}
      changes={site.changes}
      onApply={(a) => void site.apply(a)}
      {...shared}
    />
  );
}
