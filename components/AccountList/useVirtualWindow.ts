import { useEffect, useRef, useState } from 'preact/hooks';

/** Rows to render when the container has no layout yet (first paint, test DOMs). */
const DEFAULT_VISIBLE = 30;

export interface VirtualWindow {
  start: number;
  end: number;
}

/**
 * The slice of a fixed-row-height list that intersects the scroll container, plus overscan.
 * Only this slice is in the DOM, so 50,000 rows cost as much as 40.
 */
export function useVirtualWindow(count: number, rowHeight: number, overscan = 8) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = (event: Event) => setScrollTop((event.currentTarget as HTMLElement).scrollTop);

  const visible = height > 0 ? Math.ceil(height / rowHeight) : DEFAULT_VISIBLE;
  const first = Math.floor(scrollTop / rowHeight);
  const window: VirtualWindow = {
    start: Math.max(0, first - overscan),
    end: Math.min(count, first + visible + overscan),
  };

  /** Scrolls so row `index` is fully visible. */
  const reveal = (index: number) => {
    const el = containerRef.current;
    if (!el) return;
    const top = index * rowHeight;
    const viewport = el.clientHeight || DEFAULT_VISIBLE * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + viewport) el.scrollTop = top + rowHeight - viewport;
    setScrollTop(el.scrollTop);
  };

  return { containerRef, onScroll, window, reveal };
}
