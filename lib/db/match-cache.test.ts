import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMatchIndex, restoreMatchIndex, snapshotMatchIndex } from '../detection/core/match-index';
import { openMatchCache } from './match-cache';

const NAME = 'dossier-cache-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('the match cache', () => {
  it('stores the snapshot as bytes and gives it back with its stamp', async () => {
    const built = buildMatchIndex(
      [
        {
          id: 'a',
          name: '中国电信',
          aliases: ['China Telecom'],
          websiteDomains: ['chinatelecom.cn'],
          emailDomains: [],
        },
      ],
      [{ accountId: 'a', emails: ['li@chinatelecom.cn'] }],
    );
    const cache = openMatchCache(NAME);
    expect(await cache.load()).toBeNull();
    await cache.save('stamp-1', snapshotMatchIndex(built));
    const stored = await cache.load();
    expect(stored?.stamp).toBe('stamp-1');
    const restored = restoreMatchIndex(stored!.snapshot);
    expect(restored.contactOfEmail('LI@chinatelecom.cn')).toBe('a');
    expect(Array.from({ length: restored.patternCount }, (_, i) => restored.info(i))).toEqual(
      Array.from({ length: built.patternCount }, (_, i) => built.info(i)),
    );
  });

  it('reads a row of the layout stored before as no snapshot (so the index is built again)', async () => {
    const raw = new Dexie(NAME);
    raw.version(1).stores({ snapshots: 'key' });
    await raw.table('snapshots').put({ key: 'matchIndex', stamp: 's', snapshot: { version: 3 } });
    raw.close();
    expect(await openMatchCache(NAME).load()).toBeNull();
  });
});
