import { useEffect, useState } from 'preact/hooks';
import { type AccessScope, hasAccess, watchPermissions } from './permissions';

/**
 * Whether the rep has granted a host scope (null until known), kept current as permissions are
 * granted or revoked — here, in the browser's own settings, or from another extension page.
 */
export function useAccess(scope: AccessScope): boolean | null {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () => void hasAccess(scope).then((value) => alive && setGranted(value));
    refresh();
    const stop = watchPermissions(refresh);
    return () => {
      alive = false;
      stop();
    };
  }, [scope]);
  return granted;
}
