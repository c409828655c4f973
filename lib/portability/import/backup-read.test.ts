import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, backupHeadProblem, MAX_BACKUP_BYTES, readBackupFile } from './core/backup-file';

const tables = {
  accounts: [],
  contacts: [],
  talkingPoints: [],
  pricingNotes: [],
  notes: [],
  matchCorrections: [],
};
const backup = {
  format: BACKUP_FORMAT,
  formatVersion: 1,
  schemaVersion: 6,
  exportedAt: '2026-12-04T08:00:00Z',
  tables,
};

describe('backupHeadProblem', () => {
  it('passes a backup whatever the order of its fields, pretty-printed or with a BOM', () => {
    expect(backupHeadProblem(JSON.stringify(backup))).toBeNull();
    const sorted = JSON.stringify(Object.fromEntries(Object.entries(backup).sort()), null, 2);
    expect(backupHeadProblem(`\uFEFF${sorted}`)).toBeNull();
  });

  it('refuses what is not a JSON object, names another format, or is some other document', () => {
    expect(backupHeadProblem('')).toEqual({ code: 'empty', params: [] });
    expect(backupHeadProblem('\u0000\u0001binary video')).toEqual({ code: 'wrongFormat', params: [] });
    expect(backupHeadProblem('[1,2,3]')?.code).toBe('wrongFormat');
    expect(backupHeadProblem('{"format":"hubspot-export","tables":{}}')?.code).toBe('wrongFormat');
    const other = `{"items":[${'"x",'.repeat(20_000)}"y"]}`;
    expect(backupHeadProblem(other.slice(0, 64 * 1024))?.code).toBe('wrongFormat');
  });
});

describe('readBackupFile', () => {
  it('refuses a file over the limit without reading it', async () => {
    const file = { size: MAX_BACKUP_BYTES + 1, slice: vi.fn(), text: vi.fn() } as unknown as Blob;
    expect(await readBackupFile(file)).toEqual({ ok: false, error: { code: 'tooLarge', params: [] } });
    expect(file.slice).not.toHaveBeenCalled();
    expect(file.text).not.toHaveBeenCalled();
  });

  it('refuses a large file that is no backup from its first 64 KB, never reading the rest', async () => {
    const head = new Blob([`{"items":[${'"x",'.repeat(40_000)}`]);
    const whole = vi.fn();
    const file = {
      size: 300 * 1024 * 1024,
      slice: (start: number, end: number) => head.slice(start, end),
      text: whole,
    } as unknown as Blob;
    expect(await readBackupFile(file)).toEqual({ ok: false, error: { code: 'wrongFormat', params: [] } });
    expect(whole).not.toHaveBeenCalled();
  });

  it('reads and validates a backup whole', async () => {
    const result = await readBackupFile(new Blob([JSON.stringify(backup)]));
    expect(result.ok).toBe(true);
  });
});
