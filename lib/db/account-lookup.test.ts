import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countListed, getAccountBriefs, listPosition, readAccountWindow } from './account-lookup';
import { createAccount, deleteAccount, updateAccount } from './accounts';
import type { DossierDatabase } from './database';
import { accountDraft, openTestDatabase } from './test-helpers';

let db: DossierDatabase;
beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('getAccountBriefs', () => {
  it('returns the named accounts by id, leaving out missing ones', async () => {
    const acme = await createAccount(db, accountDraft({ tier: 'A', portfolioQuadrant: 'star' }));
    const gone = await createAccount(db, accountDraft({ name: 'Gone' }));
    await deleteAccount(db, gone.id);
    const briefs = await getAccountBriefs(db, [acme.id, gone.id, 'nope']);
    expect([...briefs.values()]).toEqual([
      { id: acme.id, name: 'Acme Logistics', tier: 'A', portfolioQuadrant: 'star' },
    ]);
  });
});

describe('the account list, read by windows of its index', () => {
  const names = ['中国电信', 'Crest', '北京银行', 'Acme', 'Store 10', 'Store 2'];
  const shown = async (sort: 'name' | 'tier', from = 0, count = 50) =>
    (await readAccountWindow(db, sort, from, count)).map((a) => a.name);

  it('reads the names by sound, pinyin and Latin interleaved, numbers by value', async () => {
    for (const name of names) await createAccount(db, accountDraft({ name }));
    expect(await shown('name')).toEqual(['Acme', '北京银行', 'Crest', 'Store 2', 'Store 10', '中国电信']);
    expect(await shown('name', 2, 3)).toEqual(['Crest', 'Store 2', 'Store 10']);
    expect(await countListed(db)).toBe(names.length);
  });

  it('moves an account when the rep renames it or changes its tier, and drops it when deleted', async () => {
    const made = [];
    for (const name of names) made.push(await createAccount(db, accountDraft({ name, tier: 'B' })));
    const crest = made[1]!;
    // Syllable by syllable, as words: a li ba ba before acme, as "A Li" before "Acme".
    await updateAccount(db, crest.id, accountDraft({ name: '阿里巴巴', tier: 'A' }));
    expect(await shown('name')).toEqual(['阿里巴巴', 'Acme', '北京银行', 'Store 2', 'Store 10', '中国电信']);
    expect((await shown('tier'))[0]).toBe('阿里巴巴');
    await deleteAccount(db, made[0]!.id);
    expect(await shown('name')).not.toContain('中国电信');
    expect(await countListed(db)).toBe(names.length - 1);
  });

  it('finds an account’s position under each sort, for Back to land on its row', async () => {
    const made = [];
    for (const name of names) made.push(await createAccount(db, accountDraft({ name })));
    const zhongguo = made[0]!;
    expect(await listPosition(db, 'name', zhongguo.id)).toBe(5);
    expect(await listPosition(db, 'name', made[3]!.id)).toBe(0);
    const window = await readAccountWindow(db, 'tier', 0, 50);
    expect(await listPosition(db, 'tier', zhongguo.id)).toBe(window.findIndex((a) => a.id === zhongguo.id));
    expect(await listPosition(db, 'name', 'gone')).toBeNull();
  });
});
