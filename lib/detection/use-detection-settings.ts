import { useEffect, useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import { deleteCorrection, listCorrectionsWithNames } from '../db/match-corrections';
import { type OwnAddresses, STORED } from '../model/storage-items';
import { type AccessScope, requestAccess, revokeAccess } from '../platform/permissions';
import { getItem, setItem, watchItem } from '../platform/storage';
import { useAccess } from '../platform/use-access';
import { useLiveQuery } from '../platform/use-live-query';

/** The host permissions detection reads pages under; tests pass their own. */
export interface AccessControl {
  useAccess(scope: AccessScope): boolean | null;
  request(scope: AccessScope): Promise<boolean>;
  revoke(scope: AccessScope): Promise<unknown>;
}

export const browserAccess: AccessControl = { useAccess, request: requestAccess, revoke: revokeAccess };

/**
 * The options page's detection settings: which sites Dossier may read (webmail, every site) —
 * granted within the rep's click, a refusal said — the rep's own addresses and company domains,
 * and every correction with its client's name, each removable.
 */
export function useDetectionSettings(db: DossierDatabase, access: AccessControl = browserAccess) {
  const [declined, setDeclined] = useState<AccessScope | null>(null);
  const [addresses, setAddresses] = useState<OwnAddresses | null>(null);
  const corrections = useLiveQuery(() => listCorrectionsWithNames(db), []);
  const webmail = access.useAccess('webmail');
  const allSites = access.useAccess('allSites');
  useEffect(() => {
    void getItem(STORED.ownAddresses).then(setAddresses);
    return watchItem(STORED.ownAddresses, setAddresses);
  }, []);

  return {
    access: webmail === null || allSites === null ? null : { webmail, allSites },
    declined,
    grant(scope: AccessScope) {
      setDeclined(null);
      // No await before this call: the browser shows its prompt only within the click.
      access.request(scope).then(
        (granted) => {
          if (!granted) setDeclined(scope);
        },
        () => setDeclined(scope),
      );
    },
    revoke(scope: AccessScope) {
      setDeclined(null);
      void access.revoke(scope);
    },
    addresses,
    saveAddresses: (value: OwnAddresses) => setItem(STORED.ownAddresses, value),
    corrections: corrections.status === 'ready' ? corrections.value : null,
    removeCorrection: (id: string) => void deleteCorrection(db, id),
  };
}
