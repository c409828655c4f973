// In-page probes of the import benchmark (bench/import.mjs), run in the options page before the
// files are chosen: every change of a progress bar (value or phase text) with its time, each
// animation frame's gap (the main thread's responsiveness as the rep would feel it), long tasks,
// and the moments the review and the result appear. Self-contained (passed to page.evaluate).

export function installProbes() {
  const bench = {
    frames: 0,
    longestFrameGap: 0,
    longTasks: [],
    progress: [],
    marks: {},
    heapPeak: 0,
    watching: true,
  };
  globalThis.__importBench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  const text = () => document.body.textContent ?? '';
  const mark = (name) => {
    bench.marks[name] ??= performance.now();
  };
  new MutationObserver(() => {
    const t = text();
    if (/Accounts: \d+ new/.test(t) && !bench.marks.reviewShown) mark('reviewShown');
    if (/Imported: /.test(t)) mark('doneShown');
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  document.addEventListener(
    'click',
    (event) => {
      if (/^Import \(/.test(event.target?.textContent ?? '')) mark('importClicked');
    },
    true,
  );
  let last = performance.now();
  let seen = '';
  const frame = (now) => {
    if (!bench.watching) return;
    bench.frames++;
    bench.longestFrameGap = Math.max(bench.longestFrameGap, now - last);
    last = now;
    const bars = [...document.querySelectorAll('progress')].map((p) => `${p.value}/${p.max}`).join(',');
    const phase = document.querySelector('progress + p')?.textContent ?? '';
    const state = `${bars}|${phase}`;
    if (bars && state !== seen) bench.progress.push([now, bars, phase]);
    seen = state;
    bench.heapPeak = Math.max(bench.heapPeak, performance.memory?.usedJSHeapSize ?? 0);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * The longest time between two progress-bar changes within [from, to] (ms), how many changes, and
 * where the longest gap began (ms after `from`, and what the bars showed then).
 */
export function progressGaps(progress, from, to) {
  const inside = progress.filter(([t]) => t >= from && t <= to);
  const points = [[from, 'start', ''], ...inside, [to, 'end', '']];
  let longest = 0;
  let where = '';
  for (let i = 1; i < points.length; i++) {
    const gap = points[i][0] - points[i - 1][0];
    if (gap > longest) {
      longest = gap;
      where =
        `${Math.round(points[i - 1][0] - from)} ms in, after ${points[i - 1][1]} ${points[i - 1][2]}`.trim();
    }
  }
  return { longest, updates: inside.length, where };
}

/** How long each phase text was shown within [from, to]: `[phase, ms][]` in order. */
export function phaseTimes(progress, from, to) {
  const out = [];
  for (const [t, , phase] of progress) {
    if (t < from || t > to || !phase) continue;
    if (out.at(-1)?.[0] !== phase) out.push([phase, t]);
  }
  return out.map(([phase, start], i) => [phase, (out[i + 1]?.[1] ?? to) - start]);
}

/**
 * A bare write of the same rows, for the ratio: every account and contact (and with
 * `withSignals`, every account's signals row: the derived table the list and the agenda read,
 * which an import and a restore write too) read back from Dossier's database and put into a
 * scratch database with the same stores and indexes, in one transaction, with plain IndexedDB
 * calls. Self-contained; returns milliseconds.
 */
export async function bareWrite(withSignals = false) {
  const req = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const source = await req(indexedDB.open('dossier'));
  const stores = withSignals ? ['accounts', 'contacts', 'accountSignals'] : ['accounts', 'contacts'];
  const tx = source.transaction(stores, 'readonly');
  const rows = {};
  const shape = {};
  for (const name of stores) {
    const store = tx.objectStore(name);
    rows[name] = await req(store.getAll());
    shape[name] = [...store.indexNames].map((i) => {
      const index = store.index(i);
      return { name: i, keyPath: index.keyPath, multiEntry: index.multiEntry };
    });
  }
  source.close();
  await req(indexedDB.deleteDatabase('bench-bare'));
  const open = indexedDB.open('bench-bare', 1);
  open.onupgradeneeded = () => {
    for (const name of stores) {
      const store = open.result.createObjectStore(name, { keyPath: 'id' });
      for (const i of shape[name]) store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry });
    }
  };
  const bare = await req(open);
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const write = bare.transaction(stores, 'readwrite');
    for (const name of stores) for (const row of rows[name]) write.objectStore(name).put(row);
    write.oncomplete = resolve;
    write.onerror = () => reject(write.error);
  });
  const took = performance.now() - started;
  bare.close();
  await req(indexedDB.deleteDatabase('bench-bare'));
  return { ms: took, rows: stores.reduce((sum, name) => sum + rows[name].length, 0) };
}
