import { LazyPeopleCapture } from '../../../components/Capture/lazy';
import { usePeopleCapture } from '../../../lib/capture/use-people-capture';
import { getDatabase } from '../../../lib/db/database';

interface PeopleScreenProps {
  tabId: number;
  accountId: string;
  onDone(): void;
}

/** "Add sender/recipients as contacts of <client>" (lib/capture/use-people-capture.ts writes them). */
export function PeopleScreen({ tabId, accountId, onDone }: PeopleScreenProps) {
  const people = usePeopleCapture(getDatabase(), tabId, accountId, onDone);
  if (!people) return null;
  return (
    <LazyPeopleCapture
      accountName={people.accountName}
      people={people.people}
      onAdd={people.add}
      onCancel={onDone}
    />
  );
}
