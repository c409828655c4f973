import { TeamSync } from '../../components/TeamSync/TeamSync';
import { getDatabase } from '../../lib/db/database';
import { sendMessage } from '../../lib/messaging/send';
import { requestServerAccess } from '../../lib/platform/permissions';
import { useTeamSync } from '../../lib/sync/use-team-sync';

/** The team card wired to its controller (lib/sync/use-team-sync): connect, choose, the sync's status. */
export function TeamCard() {
  const team = useTeamSync(getDatabase(), { requestAccess: requestServerAccess, send: sendMessage });
  return (
    <TeamSync
      view={team.view}
      onSignIn={(origin, login, password) => void team.signIn(origin, login, password)}
      onChooseTeam={team.chooseTeam}
      onShare={team.setShared}
      onShareAll={team.shareAll}
      onConnect={() => void team.connect()}
      onCancel={team.cancel}
      onSyncNow={() => void team.syncNow()}
      onSignInAgain={(password) => void team.signInAgain(password)}
      onDisconnect={() => void team.disconnect()}
    />
  );
}
