// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ACCOUNT_FIELDS, CONTACT_FIELDS } from '../../lib/portability/import/core/fields';
import { TEXT_ENCODINGS } from '../../lib/portability/import/core/types';
import { prepareImport } from '../../lib/portability/import/import-file';
import { planFiles } from '../../lib/portability/import/plan-files';
import { renderWithI18n, type TestLocale } from '../../tests/support/i18n';
import { ImportPanel } from './ImportPanel';
import { overallProgress } from './ImportProgress';
import type { ImportPanelState } from './types';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/imports');

/** The state the options page has after reading and checking fixture files (the real core, no worker). */
function reviewed(names: string[]): ImportPanelState {
  const prepared = names.map((name) => {
    const result = prepareImport(readFileSync(resolve(FIXTURES, name)), { fileName: name, previewRows: 5 });
    if (!result.ok) throw new Error(result.error.code);
    return { name, prepared: result.value, mapping: result.value.mapping };
  });
  const steps = planFiles(
    prepared,
    { accounts: [], contacts: [] },
    { now: new Date('2026-01-01T00:00:00Z') },
  );
  let step = steps.next();
  while (!step.done) step = steps.next();
  return {
    ...IDLE,
    step: 'review',
    files: prepared.map(({ name, prepared: p }) => ({ ok: true, name, size: 1000, ...p })),
    mappings: prepared.map((p) => [...p.mapping]),
    review: step.value.review,
  };
}

const IDLE: ImportPanelState = {
  step: 'choose',
  files: [],
  mappings: [],
  review: null,
  planning: null,
  progress: null,
  cancelling: false,
  result: null,
  error: null,
  planError: null,
};

function panel(state: ImportPanelState, locale: TestLocale = 'en', usable = true) {
  const handlers = {
    onChoose: vi.fn(),
    onSetField: vi.fn(),
    onSetEncoding: vi.fn(),
    onStart: vi.fn(),
    onCancel: vi.fn(),
    onReset: vi.fn(),
  };
  const view = renderWithI18n(
    <ImportPanel
      state={state}
      usable={usable}
      fields={{ account: ACCOUNT_FIELDS, contact: CONTACT_FIELDS }}
      encodings={TEXT_ENCODINGS}
      {...handlers}
    />,
    locale,
  );
  return { ...handlers, view };
}

describe('ImportPanel', () => {
  it('takes several CSV or vCard files at once', () => {
    const { onChoose } = panel(IDLE);
    const input = screen.getByLabelText('Choose CSV or vCard files…') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain('.vcf');
    const files = [new File(['a'], 'companies.csv'), new File(['b'], 'contacts.csv')];
    fireEvent.change(input, { target: { files } });
    expect(onChoose).toHaveBeenCalledWith(files);
  });

  it('while the files are read: a bar of the files read so far, the input held', () => {
    panel({ ...IDLE, step: 'reading', planning: { phase: 'read', done: 1, total: 2 } });
    const bar = screen.getByRole('progressbar', { name: 'Reading the files…' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([1, 2]);
    expect(screen.getByRole('status').textContent).toBe('Reading the files…');
    expect((screen.getByLabelText('Choose CSV or vCard files…') as HTMLInputElement).disabled).toBe(true);
  });

  it('maps every column with a select of its own, suggested from the headers and editable by keyboard', () => {
    const { onSetField, onSetEncoding } = panel(reviewed(['hubspot-companies.csv', 'hubspot-contacts.csv']));
    const companies = screen.getByRole('region', { name: 'hubspot-companies.csv' });
    expect(within(companies).getByText('HubSpot companies')).toBeTruthy();
    const name = within(companies).getByRole('combobox', { name: 'Company name' }) as HTMLSelectElement;
    expect(name.value).toBe('account.name');
    expect(within(companies).getAllByRole('combobox')).toHaveLength(13 + 1); // a select per column + encoding
    // The first rows' values sit beside their column.
    const row = name.closest('tr')!;
    expect(within(row).getByText('华东精密制造有限公司')).toBeTruthy();

    fireEvent.change(within(companies).getByRole('combobox', { name: 'City' }), { target: { value: '' } });
    expect(onSetField).toHaveBeenCalledWith(0, 5, null);
    fireEvent.change(name, { target: { value: 'account.legalName' } });
    expect(onSetField).toHaveBeenLastCalledWith(0, 1, 'account.legalName');
    fireEvent.change(within(companies).getByRole('combobox', { name: 'Text encoding' }), {
      target: { value: 'gb18030' },
    });
    expect(onSetEncoding).toHaveBeenCalledWith(0, 'gb18030');
  });

  it('shows what the import will do, and why rows are skipped, by row and column', () => {
    const { onStart } = panel(reviewed(['hubspot-companies.csv', 'hubspot-contacts.csv']));
    expect(screen.getByText('Accounts: 9 new, 0 updated, 0 already up to date')).toBeTruthy();
    expect(screen.getByText('Contacts: 6 new, 0 updated, 0 already up to date')).toBeTruthy();
    expect(screen.getByText("1 skipped: the person's company is unknown")).toBeTruthy();
    const issues = screen.getByRole('table', { name: 'Problems in hubspot-contacts.csv, by row and column' });
    const cells = within(issues)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells).toEqual([
      ['6', 'First Name', 'Skipped: This field is required.', ''],
      [
        '7',
        'Email',
        'Value left out: Enter a valid email address, e.g. name@example.com.',
        'peter.novak@acme-logistics',
      ],
    ]);
    const sample = screen.getByRole('table', { name: 'First rows' });
    expect(within(sample).getAllByText('New account').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Import (15 to write)' }));
    expect(onStart).toHaveBeenCalledOnce();
  });

  it('holds Import back while rows are checked, when nothing is mapped, and when nothing would change', () => {
    const state = reviewed(['hubspot-companies.csv']);
    const checking = panel({ ...state, review: null, planning: { phase: 'plan', done: 400, total: 1000 } });
    expect(screen.getByRole('status').textContent).toBe('Checking every row…');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import (0 to write)' })).toHaveProperty('disabled', true);
    checking.view.unmount();

    const unusable = panel(state, 'en', false);
    expect(screen.getByText(/send one of its columns to the account's name/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Import/ })).toHaveProperty('disabled', true);
    unusable.view.unmount();

    panel({ ...state, review: { ...state.review!, writes: 0 } });
    expect(screen.getByRole('button', { name: /^Import/ })).toHaveProperty('disabled', true);
  });

  it('a vCard shows its first cards; an unreadable file says why', () => {
    const state = reviewed(['contacts-v30.vcf']);
    panel({
      ...state,
      files: [
        ...state.files,
        { ok: false, name: 'book.xlsx', size: 10, error: { code: 'spreadsheetFile', params: {} } },
      ],
      mappings: [...state.mappings, []],
    });
    const cards = screen.getByRole('table', { name: 'First cards of contacts-v30.vcf' });
    expect(within(cards).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getByRole('alert').textContent).toBe(
      'book.xlsx: This is an Excel workbook: save it as CSV first (File ▸ Save As ▸ CSV UTF-8).',
    );
  });

  it('while writing: a progress bar moving phase by phase, and Cancel', () => {
    const state = reviewed(['hubspot-companies.csv']);
    const { onCancel, view } = panel({
      ...state,
      step: 'writing',
      progress: { phase: 'write', done: 50, total: 100 },
    });
    const bar = screen.getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect(bar.value).toBeCloseTo(0.49);
    expect(bar.getAttribute('aria-valuetext')).toBe('49%');
    expect(screen.getByText('Writing…')).toBeTruthy();
    for (const select of screen.getAllByRole('combobox')) expect(select).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    view.unmount();

    panel({ ...state, step: 'writing', progress: null, cancelling: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Cancelling… nothing will be changed.')).toBeTruthy();
    expect(
      (
        [
          { phase: 'write', done: 0, total: 9 },
          { phase: 'write', done: 9, total: 9 },
          { phase: 'commit', done: 9, total: 9 },
        ] as const
      ).map(overallProgress),
    ).toEqual([0, 0.98, 1]);
  });

  it.each([
    ['cancelled', {}, 'Import cancelled. Nothing was changed.'],
    ['quota', {}, /The browser refused to store more data.*Nothing was changed/],
    [
      'invalid',
      { table: 'contacts', field: 'emails.0', problem: 'invalidEmail' },
      'A row could not be stored (Contact, emails.0: Enter a valid email address, e.g. name@example.com.). Nothing was changed.',
    ],
    [
      'failed',
      { message: 'UnknownError: disk' },
      'The import could not be written (UnknownError: disk). Nothing was changed.',
    ],
  ] as const)(
    'a write that did not happen (%s) says so, and that nothing changed',
    (code, detail, message) => {
      panel({ ...reviewed(['hubspot-companies.csv']), error: { code, detail } });
      expect(screen.getByRole('alert').textContent).toMatch(message);
    },
  );

  it.each([
    [
      'space',
      { needed: 115_000_000, available: 9_700_000 },
      'There is not enough free space to store this: it needs about 115 MB, and 9.7 MB is free. Nothing was saved. Free some space and try again.',
    ],
    [
      'quota',
      { after: 'lost', copyTakenAt: '2026-12-04T08:00:00Z' },
      /^The browser lost Dossier's database while writing \(the disk was full\)\. Your client files are in the recovery copy of .*2026.*: free some space, then restore it from the notice at the top\.$/,
    ],
    [
      'failed',
      { message: 'UnknownError: disk', after: 'unreadable', reason: 'Encountered full disk' },
      /^The write failed \(UnknownError: disk\), and Dossier cannot open its database now to check what is stored \(Encountered full disk\)\..*restore your last backup file\.$/,
    ],
    [
      'copyFailed',
      { message: 'NotAllowedError: no' },
      /^Dossier could not save its recovery copy first \(NotAllowedError: no\)/,
    ],
  ] as const)(
    'a write refused, or one that lost the database (%s), never says nothing changed',
    (code, detail, message) => {
      panel({ ...reviewed(['hubspot-companies.csv']), error: { code, detail } });
      expect(screen.getByRole('alert').textContent).toMatch(message);
      if (code !== 'copyFailed')
        expect(screen.getByRole('alert').textContent).not.toMatch(/Nothing was changed/);
    },
  );

  it('ends with what was written, and starts over', () => {
    const { onReset } = panel({ ...IDLE, step: 'done', result: { accounts: 9, contacts: 6 } });
    expect(screen.getByRole('status').textContent).toBe('Imported: 9 accounts and 6 contacts written.');
    fireEvent.click(screen.getByRole('button', { name: 'Import more files' }));
    expect(onReset).toHaveBeenCalledOnce();
  });

  it('speaks Chinese, every field and source labelled', () => {
    panel(reviewed(['hubspot-companies.csv', 'hubspot-contacts.csv']), 'zh_CN');
    expect(screen.getByRole('heading', { name: '导入客户' })).toBeTruthy();
    expect(screen.getByText('客户：新建 9 个，更新 0 个，0 个已是最新')).toBeTruthy();
    expect(screen.getAllByRole('option', { name: '客户名称' }).length).toBeGreaterThan(0);
    expect(screen.getByText('HubSpot 联系人')).toBeTruthy();
  });
});
