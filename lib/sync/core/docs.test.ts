import { describe, expect, it } from 'vitest';
import { emptyAccountDraft, emptyContactDraft, emptyTimelineNoteDraft } from '../../model/defaults';
import { checkServerDoc, toDoc } from './docs';

const at = '2026-12-01T08:00:00.000Z';
const account = {
  ...emptyAccountDraft(),
  id: 'a1',
  name: 'Acme',
  createdAt: at,
  updatedAt: at,
  externalIds: [],
};
const contact = {
  ...emptyContactDraft('a1'),
  id: 'c1',
  name: '李伟',
  createdAt: at,
  updatedAt: at,
  externalIds: [],
};
const edits = { name: { at, by: 'bob' } };

const served = (doc: object) => ({ ...doc, _rev: '1-abc' }) as Record<string, unknown>;

describe('toDoc', () => {
  it('wraps a row under its document id, without the fields lib/db derives', () => {
    const doc = toDoc('accounts', { ...account, pinyin: [] }, { editedBy: 'bob', edits });
    expect(doc).toEqual({
      _id: 'account:a1',
      type: 'account',
      accountId: 'a1',
      owner: 'bob',
      editedBy: 'bob',
      edits,
      row: account,
    });
    const child = toDoc(
      'contacts',
      { ...contact, birthMonthDay: '05-01' },
      { rev: '3-x', editedBy: 'bob', edits: {} },
    );
    expect(child).toMatchObject({ _id: 'contact:c1', _rev: '3-x', accountId: 'a1', row: contact });
    expect(child).not.toHaveProperty('owner');
  });
});

describe('checkServerDoc', () => {
  it('accepts what toDoc makes, with its revision', () => {
    const check = checkServerDoc(served(toDoc('accounts', account, { editedBy: 'bob', edits })));
    expect(check).toEqual({
      ok: true,
      doc: {
        deleted: false,
        table: 'accounts',
        id: 'a1',
        rev: '1-abc',
        accountId: 'a1',
        owner: 'bob',
        editedBy: 'bob',
        edits,
        row: account,
      },
    });
    expect(checkServerDoc(served(toDoc('contacts', contact, { editedBy: 'carol', edits: {} }))).ok).toBe(
      true,
    );
  });

  it('accepts a deletion by its id and revision', () => {
    expect(checkServerDoc({ _id: 'note:n1', _rev: '2-d', _deleted: true })).toEqual({
      ok: true,
      doc: { deleted: true, table: 'notes', id: 'n1', rev: '2-d' },
    });
  });

  const good = served(toDoc('accounts', account, { editedBy: 'bob', edits }));
  it.each([
    ['a design document', { _id: '_design/dossier', _rev: '1-a' }, 'not a row of a client file'],
    ['an unknown type', { ...good, _id: 'invoice:a1' }, 'not a row of a client file'],
    ['an extra field', { ...good, extra: 1 }, 'extra'],
    ['a row of another kind', { ...good, type: 'contact' }, 'type'],
    ['a row that breaks its schema', { ...good, row: { ...account, tier: 'Z' } }, 'row.tier'],
    ['an unknown row field', { ...good, row: { ...account, script: 'x' } }, 'row.script'],
    ['a 10 MB name', { ...good, row: { ...account, name: 'x'.repeat(10_000_000) } }, 'row.name'],
    ['a row under another id', { ...good, row: { ...account, id: 'a2' } }, 'row.id'],
    ['an account under another file', { ...good, accountId: 'a2' }, 'accountId'],
    ['an account without owner', { ...good, owner: undefined }, 'owner'],
    ['edits that are not edits', { ...good, edits: { name: 'bob' } }, 'edits'],
    ['no envelope at all', 'text', 'not a row'],
  ])('refuses %s', (_what, raw, problem) => {
    const check = checkServerDoc(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toContain(problem);
  });

  it('refuses a note over the note limit, and a contact pointing elsewhere', () => {
    const note = { ...emptyTimelineNoteDraft('a1', new Date(at)), id: 'n1', createdAt: at, updatedAt: at };
    const big = served(
      toDoc('notes', { ...note, text: 'x'.repeat(5_000_001) }, { editedBy: 'bob', edits: {} }),
    );
    expect(checkServerDoc(big).ok).toBe(false);
    const moved = { ...served(toDoc('contacts', contact, { editedBy: 'bob', edits: {} })), accountId: 'a9' };
    expect(checkServerDoc(moved)).toMatchObject({ ok: false, problem: 'accountId is not the row’s' });
  });
});
