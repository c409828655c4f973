// Runs in the popup page (evaluated into it once it is open): for each keystroke, on the page's
// clock, the time from its input event to the frame that shows the answer to exactly that query
// (the list's data-query, set only when it is ready). Open → first results comes from the page's
// own marks (lib/search/use-quick-search.ts) and its first-contentful-paint entry.
export function instrumentPopup() {
  if (!location.pathname.endsWith('/popup.html')) return;
  const bench = { firstInput: null, keys: [] };
  globalThis.__bench = bench;
  let pending = null;
  document.addEventListener(
    'input',
    (e) => {
      if (pending) bench.keys.push({ q: pending.q, ms: null }); // superseded before it was answered
      bench.firstInput ??= performance.now();
      pending = { q: e.target.value.trim(), t0: performance.now() };
    },
    true,
  );
  const frame = (now) => {
    const list = document.querySelector('[role="listbox"]');
    if (pending && list?.getAttribute('data-query') === pending.q) {
      bench.keys.push({ q: pending.q, ms: now - pending.t0, at: now });
      pending = null;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
