import { describe, expect, it } from 'vitest';
import { prepareImport } from './import-file';
import { type FileToPlan, planFiles } from './plan-files';

function file(name: string, csv: string): FileToPlan {
  const result = prepareImport(new TextEncoder().encode(csv), { fileName: name });
  if (!result.ok) throw new Error(result.error.code);
  return { name, prepared: result.value, mapping: result.value.mapping };
}

function planAll(files: FileToPlan[]) {
  const steps = planFiles(files, { accounts: [], contacts: [] }, { now: new Date('2026-01-01T00:00:00Z') });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('planning several files as one import', () => {
  it('a row the first file assembled and the next one merged into is checked whole', () => {
    const companies = file(
      'companies.csv',
      'Company name,Company Domain Name\nAcme,acme.com\nBeta,beta.com\n',
    );
    const people = file(
      'contacts.csv',
      'First Name,Last Name,Email,Associated Company,Company Domain Name\nAnn,Lee,ann@acme.com,Acme,acme-logistics.com\n',
    );
    const { put, review } = planAll([people, companies]);
    expect(review.accounts).toEqual({ create: 2, update: 0, unchanged: 0 });
    const acme = put.accounts.find((a) => a.name === 'Acme')!;
    const beta = put.accounts.find((a) => a.name === 'Beta')!;
    expect(acme.websiteDomains).toEqual(['acme.com', 'acme-logistics.com']); // the people file's, merged in
    expect([...(put.assembled?.accounts ?? [])]).toEqual([beta.id]);
    expect([...(put.assembled?.contacts ?? [])]).toEqual(put.contacts.map((c) => c.id));
  });
});
