// A write refused for quota is one clear, translated message, and leaves nothing half-written.
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { hashDatabase } from '../../tests/support/db-hash';
import { createTestTranslate } from '../../tests/support/i18n';
import { emptyTimelineNoteDraft } from '../model/defaults';
import { createAccount, deleteAccount } from './accounts';
import { createContacts } from './contacts';
import { saveOrFieldErrors } from './errors';
import { createNote } from './notes';
import { describeStorageError } from './storage-error';
import { accountDraft, contactDraft, openTestDatabase } from './test-helpers';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const en = createTestTranslate('en');
const zh = createTestTranslate('zh_CN');

describe('describeStorageError', () => {
  it.each([
    ['the DOMException itself', quota()],
    ["Dexie's QuotaExceededError (Dexie.errnames.QuotaExceeded)", new Dexie.QuotaExceededError('full')],
    ["Dexie's AbortError around it", new Dexie.AbortError('aborted', quota())],
    ["Dexie's BulkError listing it", { name: 'BulkError', failures: { 2: quota() } }],
    ['an error caused by it', new Error('write failed', { cause: quota() })],
  ])('%s → the one storage-full message, in English and Chinese', (_, error) => {
    expect(Dexie.errnames.QuotaExceeded).toBe('QuotaExceededError');
    expect(describeStorageError(error, en)).toBe(en('error.storageFull'));
    expect(describeStorageError(error, en)).toMatch(/refused to store more data.*Nothing was saved/);
    expect(describeStorageError(error, zh)).toMatch(/^浏览器拒绝存储更多数据/);
    expect(describeStorageError(error, en, () => 'other')).toBe(en('error.storageFull'));
  });

  it('any other error is its message, or what the caller makes of it', () => {
    expect(describeStorageError(new Error('Database closed'), en)).toBe('Database closed');
    expect(describeStorageError('odd', en, (detail) => `Restoring failed: ${detail}`)).toBe(
      'Restoring failed: odd',
    );
    expect(describeStorageError(new Dexie.AbortError('aborted'), en)).toBe('aborted');
  });
});

/**
 * The browser running out of space: the first `after` rows (or deletions) are written, the next
 * request is refused half-way — its first rows written, then a QuotaExceededError.
 */
function refuseWrites(db: ReturnType<typeof openTestDatabase>, after = 0) {
  let seen = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (request) => {
            const rows = request.type === 'add' || request.type === 'put' ? request.values.length : 1;
            if (seen + rows <= after) {
              seen += rows;
              return table.mutate(request);
            }
            if (request.type === 'add' || request.type === 'put') {
              const allowed = Math.max(0, after - seen);
              await table.mutate({ ...request, values: request.values.slice(0, allowed) } as typeof request);
            }
            seen = after;
            throw quota();
          },
        };
      },
    }),
  };
  db.close();
  db.use(middleware);
  return db.open();
}

describe('a write refused for quota', () => {
  it('is the form-wide error storageFull for every form (nothing else throws)', async () => {
    const db = openTestDatabase();
    const account = await createAccount(db, accountDraft());
    await refuseWrites(db);
    const errors = await saveOrFieldErrors(() =>
      createNote(db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: 'Visit' }),
    );
    expect(errors).toEqual({ '': 'storageFull' });
    expect(errors!['']).toBe('storageFull');
  });

  it('leaves nothing half-written: the people of an email are added all or none', async () => {
    const db = openTestDatabase();
    const account = await createAccount(db, accountDraft());
    await createContacts(db, [contactDraft(account.id, { name: '钱卫东' })]);
    const before = await hashDatabase(db.name);
    // The second row of three is refused: the first must not stay.
    await refuseWrites(db, 1);
    await expect(
      createContacts(db, [
        contactDraft(account.id, { name: '杨帆' }),
        contactDraft(account.id, { name: '朱敏' }),
        contactDraft(account.id, { name: '何晓东' }),
      ]),
    ).rejects.toSatisfy((error) => describeStorageError(error, en) === en('error.storageFull'));
    expect(await hashDatabase(db.name)).toEqual(before);
  });

  it('leaves nothing half-deleted: a client file whose deletion fails after its contacts went', async () => {
    const db = openTestDatabase();
    const account = await createAccount(db, accountDraft());
    await createContacts(db, [contactDraft(account.id), contactDraft(account.id, { name: '杨帆' })]);
    await createNote(db, { ...emptyTimelineNoteDraft(account.id, new Date()), text: 'Visit' });
    const before = await hashDatabase(db.name);
    await refuseWrites(db, 2);
    await expect(deleteAccount(db, account.id)).rejects.toSatisfy(
      (error) => describeStorageError(error, en) === en('error.storageFull'),
    );
    expect(await hashDatabase(db.name)).toEqual(before);
  });
});
