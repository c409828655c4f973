import { describe, expect, it } from 'vitest';
import { emptyAccountDraft, emptyContactDraft } from '../../../model/defaults';
import { EmptyValueSharer } from './share-empty-values';

/** Rows as the import prepares them: one sharer for the lot. */
function shareEmptyValues<T extends object>(rows: T[]): T[] {
  const sharer = new EmptyValueSharer();
  for (const row of rows) sharer.share(row);
  return rows;
}

const account = (name: string, patch: object = {}) => ({ id: name, ...emptyAccountDraft(), name, ...patch });

describe('EmptyValueSharer', () => {
  it('leaves every row deep-equal to what it was, as a structured clone and as JSON', () => {
    const rows = [
      account('Acme', { websiteDomains: ['acme.com'] }),
      account('Beta', { basic: { ...emptyAccountDraft().basic, phone: '+1 415 555 0100' } }),
      { id: 'c1', ...emptyContactDraft('Acme'), name: 'Li Wei', emails: ['li@acme.com'] },
    ];
    const before = structuredClone(rows);
    shareEmptyValues(rows);
    expect(rows).toEqual(before);
    expect(structuredClone(rows)).toEqual(before);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(before);
  });

  it('makes empty lists and all-empty groups one shared frozen value, and leaves the rest alone', () => {
    const [a, b] = shareEmptyValues([
      account('Acme'),
      account('Beta', { basic: { ...emptyAccountDraft().basic, phone: '+1 415 555 0100' } }),
    ]);
    expect(a!.aliases).toBe(b!.aliases);
    expect(Object.isFrozen(a!.aliases)).toBe(true);
    expect(a!.business).toBe(b!.business);
    expect(Object.isFrozen(a!.business)).toBe(true);
    expect(a!.needs.competitors).toBe(a!.aliases);
    // A group with a value is the row's own, its empty lists shared.
    expect(b!.basic).not.toBe(a!.basic);
    expect(Object.isFrozen(b!.basic)).toBe(false);
    expect(b!.basic.socialProfiles).toBe(a!.aliases);
  });

  it('shares a group only with one of the same fields and the same kind of empty', () => {
    const [a, b] = shareEmptyValues([
      { id: '1', extra: { x: '', y: null } },
      { id: '2', extra: { x: null, y: null } },
    ]);
    expect(a!.extra).toEqual({ x: '', y: null });
    expect(b!.extra).toEqual({ x: null, y: null });
    expect(a!.extra).not.toBe(b!.extra);
  });
});
