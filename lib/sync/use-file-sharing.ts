import { useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import { changeOwner } from '../db/team-owner';
import { readFileSharing, readTeamLogins } from '../db/team-reads';
import type { FileSharing, OwnerChangeResult } from '../model/team-sync';
import { useLiveQuery } from '../platform/use-live-query';

/** Whether the file on screen is the team's (and whose) or private, live; null when in no team. */
export function useFileSharing(db: DossierDatabase, accountId: string): FileSharing | null {
  const sharing = useLiveQuery(() => readFileSharing(db, accountId), [db, accountId]);
  return sharing.status === 'ready' ? sharing.value : null;
}

/**
 * A manager's change of the file's owner: the team's logins read when the form opens (not on every
 * file's first paint), the new owner put in the outbox, where the background's push finds it.
 */
export function useOwnerControl(db: DossierDatabase, accountId: string) {
  const [logins, setLogins] = useState<string[] | null>(null);
  return {
    logins,
    onOpen: () => void readTeamLogins(db).then(setLogins),
    onChange: (owner: string): Promise<OwnerChangeResult> => changeOwner(db, accountId, owner),
  };
}
