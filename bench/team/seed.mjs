// A team's server filled as a team would fill it: `accounts` accounts, each with `contacts`
// contacts and `notes` notes, written by the administrator through `_bulk_docs` in the documents
// Dossier writes (lib/sync/core/docs.ts), rows built from the model's own defaults.
import { resolve } from 'node:path';
import { importTypeScript } from '../ts-import.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

export async function seedTeam({ origin, admin, database, accounts, contacts = 2, notes = 3 }) {
  const { emptyAccountDraft, emptyContactDraft, emptyTimelineNoteDraft } = await importTypeScript(
    resolve(ROOT, 'lib/model/defaults.ts'),
  );
  const { toDoc } = await importTypeScript(resolve(ROOT, 'lib/sync/core/docs.ts'));
  const at = '2026-11-01T08:00:00.000Z';
  const meta = (id) => ({ id, createdAt: at, updatedAt: at });
  const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  let docs = [];
  let written = 0;
  const flush = async () => {
    if (!docs.length) return;
    const answer = await fetch(`${origin}/${database}/_bulk_docs`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ docs }),
    });
    if (!answer.ok) throw new Error(`seeding: HTTP ${answer.status}`);
    written += docs.length;
    docs = [];
  };
  const edits = { by: 'seed', at };
  for (let i = 0; i < accounts; i++) {
    const id = `acct-${i}`;
    const account = {
      ...meta(id),
      ...emptyAccountDraft(),
      name: i % 3 === 0 ? `华东精密制造有限公司${i}` : `Northwind Logistics ${i}`,
      websiteDomains: [`northwind-${i}.example`],
      externalIds: [],
    };
    docs.push(toDoc('accounts', account, { editedBy: 'seed', owner: 'seed', edits: { name: edits } }));
    for (let c = 0; c < contacts; c++) {
      const row = {
        ...meta(`${id}-c${c}`),
        ...emptyContactDraft(id),
        name: `王芳${c}`,
        emails: [`p${c}@northwind-${i}.example`],
        externalIds: [],
      };
      docs.push(toDoc('contacts', row, { editedBy: 'seed', edits: {} }));
    }
    for (let n = 0; n < notes; n++) {
      const row = {
        ...meta(`${id}-n${n}`),
        ...emptyTimelineNoteDraft(id, new Date(at)),
        kind: 'call',
        text: `Call ${n}: pricing for the Q${(n % 4) + 1} order`,
      };
      docs.push(toDoc('notes', row, { editedBy: 'seed', edits: {} }));
    }
    if (docs.length >= 3_000) await flush();
  }
  await flush();
  return written;
}
