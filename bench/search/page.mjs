// Runs inside the bench page (bench/search.mjs): everything timed here is Chromium's V8.

/** Index vs plain fuse.js on the same records: keystrokes, accuracy, build and cold start. */
export async function runInPage({ json, fuseBudgetMs, fuseAccuracyBudgetMs }) {
  const { docs, cases } = JSON.parse(json);
  const { SearchIndex, Fuse, FUSE_OPTIONS } = globalThis.DossierSearch;
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const stats = (xs) => {
    const s = sorted(xs);
    return {
      n: s.length,
      median: s[Math.floor(s.length / 2)],
      p95: s[Math.floor(s.length * 0.95)],
      max: s.at(-1),
    };
  };
  const out = { docs: docs.length, phases: [] };
  const t00 = performance.now();
  const phase = (name) => {
    out.phases.push(`${name} ${((performance.now() - t00) / 1000).toFixed(1)}s`);
    console.log(out.phases.at(-1));
  };

  let t = performance.now();
  let index = SearchIndex.build(docs);
  out.buildMs = performance.now() - t;
  phase('build');

  const data = index.toData();
  out.dataBytes =
    data.table.slots.byteLength +
    data.table.offsets.byteLength * 2 +
    data.table.bytes.byteLength +
    data.records.byteLength;
  const loads = [];
  const froms = [];
  for (let k = 0; k < 4; k++) {
    const t0 = performance.now();
    const copy = structuredClone(data);
    const t1 = performance.now();
    index = SearchIndex.fromData(copy);
    const t2 = performance.now();
    loads.push(t2 - t0);
    froms.push(t2 - t1);
  }
  out.cloneLoadMs = stats(loads.slice(1)).median;
  phase('clone+load');
  out.fromDataMs = stats(froms.slice(1)).median;
  await idb('readwrite', (store) => store.put(data, 'index'));
  const idbLoads = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    index = SearchIndex.fromData(await idb('readonly', (store) => store.get('index')));
    idbLoads.push(performance.now() - t0);
  }
  out.idbLoadMs = stats(idbLoads).median;
  phase('build+load');
  t = performance.now();
  index.search('acme');
  out.firstSearchMs = performance.now() - t;
  t = performance.now();
  index.search('logstics');
  out.firstTypoMs = performance.now() - t;

  // Keystrokes: every prefix of every query, as typed.
  const keystrokes = cases.flatMap((c) => {
    const chars = [...c.query];
    return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((q) => q.trim());
  });
  const ourTimes = keystrokes.map((q) => {
    const t0 = performance.now();
    index.search(q);
    return performance.now() - t0;
  });
  out.ours = stats(ourTimes);
  phase('keystrokes');

  // Accuracy on whole queries.
  const rankOf = (results, id) => results.findIndex((x) => (x.doc ?? x.item).id === id) + 1;
  t = performance.now();
  const fuse = new Fuse(docs, FUSE_OPTIONS);
  out.fuseBuildMs = performance.now() - t;
  // Plain fuse.js takes seconds per query at this size: it gets the shortest queries first, within
  // a time budget, and the index is compared with it on exactly those.
  const acc = { cases: cases.length, ours: 0, oursOk: 0, compared: 0, oursOnCompared: 0, fuse: 0 };
  out.misses = [];
  out.fuseMisses = [];
  const ranks = cases.map((c) => rankOf(index.search(c.query, { limit: 10 }), c.id));
  cases.forEach((c, i) => {
    if (ranks[i] === 1) acc.ours++;
    if (ranks[i] >= 1 && ranks[i] <= c.top) acc.oursOk++;
    else out.misses.push(`${c.query} (${c.kind}) → rank ${ranks[i] || '–'}`);
  });
  const byLength = cases.map((c, i) => [c, i]).sort((a, b) => a[0].query.length - b[0].query.length);
  const accuracyDeadline = performance.now() + fuseAccuracyBudgetMs;
  for (const [c, i] of byLength) {
    if (performance.now() > accuracyDeadline) break;
    const theirs = rankOf(fuse.search(c.query, { limit: 10 }), c.id);
    acc.compared++;
    if (ranks[i] === 1) acc.oursOnCompared++;
    if (theirs === 1) acc.fuse++;
    else out.fuseMisses.push(`${c.query} → ${theirs || '–'}`);
  }
  out.accuracy = acc;
  phase('accuracy');

  // Plain fuse.js on a spread sample of the same keystrokes, within a time budget.
  const fuseTimes = [];
  const sampleOurs = [];
  const step = Math.max(1, Math.floor(keystrokes.length / 120));
  const deadline = performance.now() + fuseBudgetMs;
  for (let i = 0; i < keystrokes.length && performance.now() < deadline; i += step) {
    const t0 = performance.now();
    fuse.search(keystrokes[i], { limit: 20 });
    fuseTimes.push(performance.now() - t0);
    sampleOurs.push(ourTimes[i]);
  }
  out.fuseSample = stats(fuseTimes);
  out.oursSample = stats(sampleOurs);
  phase('fuse keystrokes');

  // Incremental: add fresh records (copies under new ids) and search for each.
  const adds = [];
  for (let k = 0; k < 50; k++) {
    const doc = { ...docs[k * 97], id: `added-${k}` };
    const t0 = performance.now();
    index.add(doc);
    adds.push(performance.now() - t0);
  }
  out.addMs = stats(adds).median;
  out.sane = index.search(docs[97].title).some((x) => x.doc.id === 'added-1') && acc.oursOk > 0;
  return out;
}

/** One request on the bench's IndexedDB store, as a promise. */
export function idb(mode, request) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('search-bench', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = request(open.result.transaction('data', mode).objectStore('data'));
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}
