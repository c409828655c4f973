import { useEffect, useState } from 'preact/hooks';
import { readStorageHealth, requestPersistence, type StorageHealth } from './storage-health';

/**
 * Whether the browser keeps our data and how much it holds, read again whenever `refreshKey`
 * changes (a backup restored, say); "Keep my data" asks the browser to keep it and says when it
 * declined.
 */
export function useStorageHealth(refreshKey?: unknown, storage?: StorageManager) {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const [declined, setDeclined] = useState(false);
  useEffect(() => {
    let active = true;
    void readStorageHealth(storage).then((read) => active && setHealth(read));
    return () => {
      active = false;
    };
  }, [refreshKey]);
  return {
    health,
    declined,
    keep: async () => {
      const kept = await requestPersistence(storage);
      setDeclined(!kept);
      setHealth(await readStorageHealth(storage));
    },
  };
}
