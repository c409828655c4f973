import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccount } from '../db/accounts';
import { exportDatabase, restoreDatabase } from '../db/backup';
import { createContact } from '../db/contacts';
import type { DossierDatabase } from '../db/database';
import { type MatchCache, openMatchCache } from '../db/match-cache';
import { openSearchCache } from '../db/search-cache';
import { accountDraft, contactDraft, openTestDatabase } from '../db/test-helpers';
import type { MatchIndexSnapshot } from './core/match-index';
import type { Correction } from './core/matcher';
import type { PageSignals } from './core/signals';
import { createMatchService, PROMOTE_DELAY_MS } from './match-service';
import type { TabMatches } from './tab-matches';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

function memoryCache() {
  const store = new Map<string, { stamp: string; snapshot: MatchIndexSnapshot }>();
  const cache: MatchCache & { saves: number } = {
    saves: 0,
    async load() {
      const row = store.get('index');
      return row ? structuredClone(row) : null;
    },
    async save(stamp, snapshot) {
      cache.saves++;
      store.set('index', { stamp, snapshot: structuredClone(snapshot) });
    },
  };
  return cache;
}

const gmail = (from: string, text = ''): PageSignals => ({
  source: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  host: 'mail.google.com',
  title: 'Inbox',
  subject: 'Renewal',
  people: [
    { role: 'from', email: from, name: 'Sender' },
    { role: 'to', email: 'zhang.min@dossier-sales.cn', name: 'me' },
  ],
  selfEmail: 'zhang.min@dossier-sales.cn',
  mailtos: [],
  organizations: [],
  text,
});

function service(cache = memoryCache(), corrections: Correction[] = []) {
  const published: TabMatches[] = [];
  const svc = createMatchService({
    db,
    cache,
    ownAddresses: async () => ({ emails: ['zhang.min@dossier-sales.cn'], domains: ['dossier-sales.cn'] }),
    corrections: async () => corrections,
    publish: async (r) => {
      published.push(r);
    },
    now: () => new Date('2026-11-22T10:00:00Z'),
  });
  return { svc, published, cache };
}

describe('match service', () => {
  it('matches a tab, publishes the result and names an unknown sender', async () => {
    const acme = await createAccount(db, accountDraft({ emailDomains: ['acme.com'] }));
    await createContact(db, contactDraft(acme.id, { emails: ['li.wei@acme.com'] }));
    const { svc, published } = service();
    expect(await svc.handleSignals(7, gmail('li.wei@acme.com'))).toBe(1);
    expect(published.at(-1)).toMatchObject({ tabId: 7, host: 'mail.google.com', unknownSender: null });
    expect(published.at(-1)?.matches[0]).toMatchObject({ accountId: acme.id });
    await svc.handleSignals(7, gmail('new.person@acme.com'));
    expect(published.at(-1)?.unknownSender).toEqual({
      email: 'new.person@acme.com',
      name: 'Sender',
      title: '',
      company: '',
      phones: [],
    });
    await svc.handleSignals(
      7,
      gmail('new.person@acme.com', 'Thanks!\nSender\nHead of Procurement\nAcme Corp\nTel: +1 555 010 4477'),
    );
    expect(published.at(-1)?.unknownSender).toMatchObject({
      title: 'Head of Procurement',
      company: 'Acme Corp',
      phones: ['+1 555 010 4477'],
    });
    expect(published.at(-1)?.matches[0]?.reasons[0]).toMatchObject({
      kind: 'emailDomain',
      value: 'acme.com',
    });
  });

  it('keeps the subject and the people of the message other than the rep and colleagues', async () => {
    await createAccount(db, accountDraft({ emailDomains: ['acme.com'] }));
    const { svc, published } = service();
    const signals = gmail('li.wei@acme.com');
    signals.people.push(
      { role: 'cc', email: 'Wang.Fang@Acme.com', name: 'Wang Fang' },
      { role: 'cc', email: 'colleague@dossier-sales.cn', name: 'Colleague' },
      { role: 'cc', email: 'wang.fang@acme.com', name: 'Wang Fang (again)' },
    );
    await svc.handleSignals(3, signals);
    expect(published.at(-1)).toMatchObject({
      subject: 'Renewal',
      people: [
        { role: 'from', email: 'li.wei@acme.com', name: 'Sender' },
        { role: 'cc', email: 'Wang.Fang@Acme.com', name: 'Wang Fang' },
      ],
    });
  });

  it('restores the index from its snapshot when nothing changed, and rebuilds when something did', async () => {
    await createAccount(db, accountDraft({ emailDomains: ['acme.com'] }));
    const cache = memoryCache();
    await service(cache).svc.warm();
    expect(cache.saves).toBe(1);
    const second = service(cache);
    await second.svc.warm();
    expect(cache.saves).toBe(1); // restored, not rebuilt
    const newco = await createAccount(
      db,
      accountDraft({ name: 'NewCo Systems', emailDomains: ['newco.com'] }),
    );
    await second.svc.handleSignals(1, gmail('a@newco.com'));
    expect(second.published.at(-1)?.matches).toEqual([]); // the warm index predates NewCo…
    await second.svc.invalidateIndex(); // …until the background hears of the change
    expect(cache.saves).toBe(2);
    expect(second.published.at(-1)?.matches[0]?.accountId).toBe(newco.id);
  });

  it('after a restore that stored its index beside the write, restores that one rather than build', async () => {
    const newco = await createAccount(
      db,
      accountDraft({ name: 'NewCo Systems', emailDomains: ['newco.com'] }),
    );
    const backup = await exportDatabase(db);
    await createAccount(db, accountDraft({ emailDomains: ['acme.com'] }));
    const name = `dossier-cache-${crypto.randomUUID()}`;
    const stored = openMatchCache(name);
    const { svc, published } = service(Object.assign(stored, { saves: 0 }));
    await svc.warm();
    const current = await stored.load();

    await restoreDatabase(db, backup, {
      ownDomains: ['dossier-sales.cn'], // the rep's, as the service reads them
      caches: { match: stored, search: openSearchCache(name) },
    });
    // The current snapshot is the one from before: a restore that failed would leave it as it was.
    expect(await stored.load()).toEqual(current);
    const reads = vi.spyOn(db.accounts, 'toArray');
    await svc.invalidateIndex(); // as the background does when it hears of the restore
    expect(reads).not.toHaveBeenCalled(); // restored, not built
    await svc.handleSignals(1, gmail('a@newco.com'));
    expect(published.at(-1)?.matches[0]?.accountId).toBe(newco.id);
    await svc.handleSignals(1, gmail('a@acme.com'));
    expect(published.at(-1)?.matches).toEqual([]);
    // Then stored as the current one: the next start reads it alone.
    const prebuilt = await stored.load('prebuilt');
    await vi.waitFor(async () => expect(await stored.load()).toEqual(prebuilt), {
      timeout: PROMOTE_DELAY_MS + 3000,
    });
  });

  it('rebuilds and stores the index as soon as the files change, with no page waiting for it', async () => {
    const cache = memoryCache();
    const { svc } = service(cache);
    await svc.warm();
    expect(cache.saves).toBe(1);
    await createAccount(db, accountDraft({ name: 'NewCo Systems', emailDomains: ['newco.com'] }));
    // No tab has sent a page: the build still happens now, not on the next page.
    await svc.invalidateIndex();
    expect(cache.saves).toBe(2);
  });

  it('re-matches every tab when corrections change', async () => {
    const acme = await createAccount(db, accountDraft({ emailDomains: ['acme.com'] }));
    const other = await createAccount(db, accountDraft({ name: 'Other' }));
    const corrections: Correction[] = [];
    const { svc, published } = service(memoryCache(), corrections);
    await svc.handleSignals(3, gmail('x@acme.com'));
    corrections.push({ key: 'acme.com', accountId: acme.id, verdict: 'notThis' });
    corrections.push({ key: 'x@acme.com', accountId: other.id, verdict: 'belongsTo' });
    await svc.rematchAll();
    expect(published.at(-1)?.matches.map((m) => m.accountId)).toEqual([other.id]);
    svc.forgetTab(3);
    const count = published.length;
    await svc.rematchAll();
    expect(published).toHaveLength(count);
  });

  it('a failed index build is retried on the next page', async () => {
    const { svc } = service();
    db.close({ disableAutoOpen: true });
    await expect(svc.warm()).rejects.toThrow(/closed/i);
    await db.open();
    await expect(svc.warm()).resolves.toBeTruthy();
  });

  it('matches with a snapshot that cannot be read, is of an older layout, or cannot be stored', async () => {
    await createAccount(db, accountDraft({ emailDomains: ['acme.com'] }));
    const cache = memoryCache();
    const unreadable = {
      ...cache,
      load: vi.fn<MatchCache['load']>(async () => Promise.reject(new Error('disk'))),
    };
    expect(await service(unreadable as typeof cache).svc.handleSignals(1, gmail('li@acme.com'))).toBe(1);
    expect(cache.saves).toBe(1);
    const stored = (await cache.load())!;
    await cache.save(stored.stamp, { ...stored.snapshot, version: 3 as unknown as 4 });
    expect(await service(cache).svc.handleSignals(1, gmail('li@acme.com'))).toBe(1);
    expect(cache.saves).toBe(3); // rebuilt and stored again, not restored
    expect((await cache.load())?.snapshot.version).toBe(4);
    const full = { ...memoryCache(), save: async () => Promise.reject(new Error('quota')) };
    expect(await service(full as unknown as typeof cache).svc.handleSignals(1, gmail('li@acme.com'))).toBe(1);
  });

  it('pages that arrive while the index loads are queued and each answered once it is ready', async () => {
    const acme = await createAccount(db, accountDraft({ emailDomains: ['acme.com'] }));
    const beta = await createAccount(db, accountDraft({ name: 'Beta Foods', emailDomains: ['beta.cn'] }));
    const cache = memoryCache();
    let release!: () => void;
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const slow = {
      ...cache,
      load: async () => {
        await gate; // a cold start: the snapshot is still being read
        return cache.load();
      },
    };
    const { svc, published } = service(slow as unknown as ReturnType<typeof memoryCache>);
    const warming = svc.warm();
    const answers = [
      svc.handleSignals(1, gmail('li@acme.com')),
      svc.handleSignals(2, gmail('wu@beta.cn')),
      svc.handleSignals(3, gmail('li@acme.com')),
    ];
    await Promise.resolve();
    expect(published).toEqual([]);
    release();
    expect(await Promise.all(answers)).toEqual([1, 1, 1]);
    await warming;
    expect(published.map((r) => [r.tabId, r.matches[0]?.accountId])).toEqual([
      [1, acme.id],
      [2, beta.id],
      [3, acme.id],
    ]);
  });
});
