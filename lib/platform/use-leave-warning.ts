import { useEffect } from 'preact/hooks';

/**
 * While `active`, leaving or closing the page asks first (the browser's own "Leave site?"): an
 * import's worker dies with its page and its write rolls back.
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [active]);
}
