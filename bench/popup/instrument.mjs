// Runs in the popup page before its own scripts (addInitScript): stamps, on the page's clock
// (performance.now(), 0 = navigation start), the frame the search box is first painted in, the
// frame the first result is, and for each keystroke the time from its input event to the frame
// that shows the answer to exactly that query (the list's data-query, set only when it is ready).
export function instrumentPopup() {
  if (!location.pathname.endsWith('/popup.html')) return;
  const bench = { shell: null, firstResult: null, firstInput: null, keys: [] };
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
    if (bench.shell === null && document.querySelector('input[type="search"]')) bench.shell = now;
    if (bench.firstResult === null && document.querySelector('[role="option"]')) bench.firstResult = now;
    const list = document.querySelector('[role="listbox"]');
    if (pending && list?.getAttribute('data-query') === pending.q) {
      bench.keys.push({ q: pending.q, ms: now - pending.t0, at: now });
      pending = null;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
