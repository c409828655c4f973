import type { Attributes, ComponentType, FunctionComponent } from 'preact';
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyComponent<P> = FunctionComponent<P> & {
  /** Starts the import now; resolves once the component can render without waiting. */
  preload(): Promise<void>;
};

/**
 * A component whose code is fetched on first render (or on `preload()`), so it stays out of the
 * initial bundle. Renders nothing until the import resolves. One import per `lazy()` call,
 * shared by every instance; a failed import is retried on the next render or preload.
 * (Suspense would need preact/compat, which costs more bytes than it saves here.)
 */
export function lazy<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;

  const start = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };

  function Lazy(props: P) {
    const [, setReady] = useState(loaded !== undefined);
    useEffect(() => {
      // A preload that finished between this render and its effect: render again, now with it.
      if (loaded) {
        setReady(true);
        return;
      }
      let active = true;
      start().then(
        () => active && setReady(true),
        (error: unknown) => console.error('Could not load a component', error),
      );
      return () => {
        active = false;
      };
    }, []);
    return loaded ? h(loaded, props as P & Attributes) : null;
  }

  return Object.assign(Lazy, { preload: () => start().then(() => undefined) });
}

/**
 * Preloads lazy components once the browser is idle, so the first paint does not wait for them
 * but a later click usually finds them ready. Returns a cancel function (an effect cleanup).
 */
export function preloadWhenIdle(components: readonly { preload(): Promise<void> }[]): () => void {
  const run = () => {
    for (const component of components) component.preload().catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}
