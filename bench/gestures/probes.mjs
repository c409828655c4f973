// In-page code of bench/gestures.mjs: functions handed to page.evaluate (or, for watchFocus, loaded
// into the side panel as a script of its own), so each must be self-contained.

/**
 * In every side panel and popup (loaded first by `probedBuild`): stamps Date.now() when the app first
 * rendered into #app, when a textarea first has the focus (a focusin, or seen focused after a DOM
 * change, whichever comes first) and the next animation frame; whether the panel document said it
 * had the focus then.
 */
export function watchFocus() {
  if (!/\/(sidepanel|popup)\.html$/.test(location.pathname)) return;
  const g = globalThis;
  g.__benchFocus ??= { at: 0, frameAt: 0, hasFocus: null, via: '', appAt: 0 };
  if (g.__benchFocusWatch) return;
  g.__benchFocusWatch = true;
  const seen = (via) => {
    const b = g.__benchFocus;
    if (!b.appAt && document.getElementById('app')?.firstChild) b.appAt = Date.now();
    if (b.at || document.activeElement?.localName !== 'textarea') return;
    b.at = Date.now();
    b.via = via;
    b.hasFocus = document.hasFocus();
    requestAnimationFrame(() => {
      b.frameAt = Date.now();
    });
  };
  document.addEventListener('focusin', () => seen('focusin'), true);
  // The probe runs before <body> exists: watch the whole document.
  new MutationObserver(() => seen('mutation')).observe(document, { childList: true, subtree: true });
}

/**
 * In a page: performance.now() at the first Enter keydown, and when an `article > p` reading
 * `marker` is in the document (a MutationObserver), then the next frame.
 */
export function watchSave(marker) {
  const g = globalThis;
  g.__benchSave = { marker, enterAt: 0, articleAt: 0, frameAt: 0 };
  if (g.__benchSaveWatch) return;
  g.__benchSaveWatch = true;
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && !g.__benchSave.enterAt) g.__benchSave.enterAt = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    const b = g.__benchSave;
    if (!b.enterAt || b.articleAt) return;
    const now = performance.now();
    for (const p of document.querySelectorAll('article > p')) {
      if (p.textContent !== b.marker) continue;
      b.articleAt = now;
      requestAnimationFrame(() => {
        b.frameAt = performance.now();
      });
      return;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The plain page's own "save": Enter writes the text to IndexedDB, then shows it as an article. */
export function plainSaver() {
  const open = indexedDB.open('bench-gestures', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'id' });
  const field = document.getElementById('t');
  field.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const text = field.value;
    field.value = '';
    const tx = open.result.transaction('notes', 'readwrite');
    tx.objectStore('notes').put({ id: `${Date.now()}-${Math.random()}`, text, at: new Date().toISOString() });
    tx.oncomplete = () => {
      const article = document.createElement('article');
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
      document.getElementById('list').prepend(article);
    };
  });
  globalThis.__benchKeys = [];
  addEventListener('keydown', (e) => e.code === 'KeyX' && globalThis.__benchKeys.push(Date.now()), true);
}
