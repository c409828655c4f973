/**
 * A content hash of a whole IndexedDB database: every object store's keys and rows (each row's
 * fields in a canonical order), in key order, read with the raw IndexedDB API (no Dexie: an independent witness of what is stored). Used by the
 * unit tests on fake-indexeddb and, passed to `page.evaluate` as it is, by the end-to-end tests in
 * an extension page — so it must stay self-contained (no imports, no outer variables).
 */
export async function hashDatabase(
  name: string,
  // Stores derived from the rows and rebuilt from them at any time (a churn risk depends on when it
  // was computed): not content. Kept in step with lib/db/database.ts.
  derived: readonly string[] = ['accountSignals', 'revisions'],
): Promise<{ hash: string; rows: Record<string, number> }> {
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await request(indexedDB.open(name));
  try {
    const stores = Array.from({ length: db.objectStoreNames.length }, (_, i) => db.objectStoreNames.item(i)!);
    stores.sort();
    stores.splice(0, stores.length, ...stores.filter((store) => !derived.includes(store)));
    const rows: Record<string, number> = {};
    const digests: string[] = [];
    const hex = (buffer: ArrayBuffer) =>
      Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    for (const store of stores) {
      const tx = db.transaction(store, 'readonly');
      const [keys, values] = await Promise.all([
        request(tx.objectStore(store).getAllKeys()),
        request(tx.objectStore(store).getAll()),
      ]);
      rows[store] = values.length;
      // Keys in a canonical order: the content counts, not the order a writer spread a row's keys in.
      const canonical = (_: string, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
          : value;
      const bytes = new TextEncoder().encode(JSON.stringify([store, keys, values], canonical));
      digests.push(hex(await crypto.subtle.digest('SHA-256', bytes)));
    }
    const all = new TextEncoder().encode(digests.join('\n'));
    return { hash: hex(await crypto.subtle.digest('SHA-256', all)), rows };
  } finally {
    db.close();
  }
}
