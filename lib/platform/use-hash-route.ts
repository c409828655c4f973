import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route, routeHash } from './route';

/** The current route and a navigate function; back/forward and reload keep working. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    location.hash = routeHash(next);
  }, []);
  return [route, navigate];
}
