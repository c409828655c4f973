import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AccessScope, hasAccess } from './permissions';

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
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [scope]);
  return granted;
}
