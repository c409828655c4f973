// Team files in real Chromium: two reps and a manager, each in their own browser profile, on one
// CouchDB-protocol server (pouchdb-server, started here, kept in a folder so it can go down and
// come back like a real server), set up by the team setup script.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/serve.mjs';
import { setUpTeam } from '../../scripts/team-server/setup.mjs';
import { SidePanelPage } from './pages/sidepanel';
import { TeamCard } from './pages/team';
import { type Launched, SCREENSHOTS, tempProfile } from './support';

const E2E_BUILD = join(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const TEAM = 'east-sales';
const NAME = '华东精密制造';
const PEOPLE = {
  alice: { password: 'alice-pw', role: 'manager' },
  bob: { password: 'bob-pw', role: 'rep' },
  carol: { password: 'carol-pw', role: 'rep' },
} as const;
type Person = keyof typeof PEOPLE;

let server: TeamServer;
let serverDir: string;
let port: number;

interface Rep {
  launched: Launched;
  cleanup(): void;
  panel: SidePanelPage;
  team: TeamCard;
}
const reps = {} as Record<Person, Rep>;

async function startServer() {
  server = await startTeamServer({ dir: serverDir, port });
}

/** A fresh browser profile for `_person` (named for the reader: every profile starts the same). */
async function browserOf(_person: Person): Promise<Rep> {
  const profile = tempProfile();
  const launched = await launchWithExtension({ userDataDir: profile.dir, extensionDir: E2E_BUILD });
  const panel = new SidePanelPage(await launched.context.newPage(), launched.extensionId);
  await panel.page.setViewportSize({ width: 420, height: 900 });
  const team = new TeamCard(await launched.context.newPage(), launched.extensionId);
  await team.open();
  return { launched, cleanup: profile.cleanup, panel, team };
}

beforeAll(async () => {
  serverDir = mkdtempSync(join(tmpdir(), 'dossier-team-e2e-'));
  const first = await startTeamServer({ dir: serverDir });
  port = Number(new URL(first.origin).port);
  server = first;
  await setUpTeam({
    server: server.origin,
    admin: server.admin,
    team: TEAM,
    managers: [{ name: 'alice', password: PEOPLE.alice.password }],
    reps: [
      { name: 'bob', password: PEOPLE.bob.password },
      { name: 'carol', password: PEOPLE.carol.password },
    ],
    remove: [],
  });
}, 60_000);

afterAll(async () => {
  for (const rep of Object.values(reps)) {
    await rep.launched.context.close();
    rep.cleanup();
  }
  await server?.stop();
  rmSync(serverDir, { recursive: true, force: true });
});

/** The account names in a rep's browser, read from its database (an extension page). */
function accountNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dossier');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ name: string }[]>((resolve, reject) => {
      const read = db.transaction('accounts').objectStore('accounts').getAll();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return rows.map((r) => r.name).sort();
  });
}

/** Creates an account in the side panel; returns its id. */
async function createAccount(panel: SidePanelPage, name: string): Promise<string> {
  await panel.open('#/');
  await panel.page.getByRole('button', { name: 'New account' }).click();
  const form = panel.page.locator('form').first();
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Save' }).click();
  await panel.heading(name).waitFor();
  return decodeURIComponent(
    /^#\/account\/([^/?]+)/.exec(await panel.page.evaluate(() => location.hash))![1]!,
  );
}

/** Opens an account's file from the list, as a rep does. */
async function openAccount(panel: SidePanelPage, name: string) {
  await panel.open('#/');
  await panel.accountRows().filter({ hasText: name }).first().click({ timeout: 30_000 });
  await panel.heading(name).waitFor();
}

/** Opens an account's file and changes account fields through its edit form. */
async function editAccount(panel: SidePanelPage, name: string, fields: Record<string, string>) {
  await openAccount(panel, name);
  await panel.page.getByRole('button', { name: 'Edit account' }).click();
  const form = panel.page.locator('form').first();
  for (const [label, value] of Object.entries(fields))
    await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('a team in real Chromium', () => {
  it('connects two reps and a manager; an account one rep creates and edits reaches the others', async () => {
    reps.bob = await browserOf('bob');
    reps.carol = await browserOf('carol');
    reps.alice = await browserOf('alice');
    // Bob has a lead of his own before he joins: he keeps it private.
    await reps.bob.panel.open();
    await reps.bob.panel.page.getByRole('button', { name: 'Start empty' }).click();
    await createAccount(reps.bob.panel, 'Bob’s Private Lead');
    await reps.bob.team.open();
    await reps.bob.team.connect(server.origin, 'bob', PEOPLE.bob.password, ['Bob’s Private Lead']);
    await reps.carol.team.connect(server.origin, 'carol', PEOPLE.carol.password);
    await reps.alice.team.connect(server.origin, 'alice', PEOPLE.alice.password);
    await reps.bob.team.card().screenshot({ path: join(SCREENSHOTS, 'team-connected-en.png') });

    await createAccount(reps.bob.panel, NAME);
    await expect.poll(() => accountNames(reps.carol.team.page), { timeout: 30_000 }).toEqual([NAME]);
    await editAccount(reps.bob.panel, NAME, { Phone: '0512-6666 8888' });
    await openAccount(reps.carol.panel, NAME);
    // The open file follows the teammate's edit by itself.
    await reps.carol.panel.page
      .getByText('0512-6666 8888')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    // The file says whose it is; the manager sees every file of the team, never Bob's private lead.
    expect(await reps.carol.panel.page.getByText('Team · owner bob').count()).toBe(1);
    await expect.poll(() => accountNames(reps.alice.team.page), { timeout: 30_000 }).toEqual([NAME]);
    expect(await accountNames(reps.bob.team.page)).toEqual(['Bob’s Private Lead', NAME]);
  });

  it('edits made while the server is down merge: different fields both kept, the same field the later, with its history', async () => {
    await server.stop();
    await editAccount(reps.bob.panel, NAME, { Address: '苏州工业园区星湖街 328 号' });
    await editAccount(reps.carol.panel, NAME, { Fax: '0512-6666 0000' });
    await editAccount(reps.bob.panel, NAME, { Website: 'https://hdjm.example' });
    await editAccount(reps.carol.panel, NAME, { Website: 'https://www.hdjm.example' });
    await expect
      .poll(() => reps.bob.team.status().textContent(), { timeout: 30_000 })
      .toMatch(/Offline — will retry/);

    await startServer();
    for (const person of ['bob', 'carol', 'bob', 'carol'] as const) {
      await reps[person].team.syncNow();
      await reps[person].team.upToDate();
    }
    for (const person of ['bob', 'carol'] as const) {
      const page = reps[person].panel.page;
      await openAccount(reps[person].panel, NAME);
      const attached = { state: 'attached', timeout: 30_000 } as const;
      await page.getByText('苏州工业园区星湖街 328 号').first().waitFor(attached);
      await page.getByText('0512-6666 0000').first().waitFor(attached);
      await page.getByText('https://www.hdjm.example', { exact: true }).first().waitFor(attached);
      // The value the later edit replaced is in the file's history, with who and when.
      const timeline = reps[person].panel.timeline();
      await expect
        .poll(() => timeline.textContent(), { timeout: 30_000 })
        .toMatch(
          /Website: kept “https:\/\/www\.hdjm\.example” \(carol, [^)]+\); replaced “https:\/\/hdjm\.example” \(bob, [^)]+\)/,
        );
    }
    await reps.bob.panel.page.screenshot({ path: join(SCREENSHOTS, 'team-merged-history-en.png') });
  });

  it('a rep’s delete of a team account is refused by the server; the panel says so and keeps the file', async () => {
    const { panel } = reps.carol;
    await openAccount(panel, NAME);
    await panel.page.getByRole('button', { name: 'Delete account' }).click();
    await panel.page.getByRole('dialog').getByRole('button', { name: 'Delete account' }).click();
    await panel.page
      .getByText(
        'The team server refused to delete this account: only a manager may delete a team account. The file stays.',
      )
      .waitFor();
    await panel.heading(NAME).waitFor();
    expect(await accountNames(reps.carol.team.page)).toEqual([NAME]);
    expect(await accountNames(reps.alice.team.page)).toEqual([NAME]);
  });

  it('a manager gives a team account to another owner; the teammates’ panels follow', async () => {
    const { panel } = reps.alice;
    await openAccount(panel, NAME);
    await panel.page.getByText('Team · owner bob').waitFor();
    await panel.page.getByRole('button', { name: 'Change owner' }).click();
    await panel.page.getByLabel('New owner (their login on the team server)').fill('carol');
    await panel.page.screenshot({ path: join(SCREENSHOTS, 'team-owner-change-en.png') });
    await panel.page.getByRole('button', { name: 'Give to them' }).click();
    await panel.page.getByText('Team · owner carol').waitFor();
    await openAccount(reps.carol.panel, NAME);
    await reps.carol.panel.page.getByText('Team · owner carol').waitFor({ timeout: 30_000 });
    // A rep is not offered the change.
    expect(await reps.carol.panel.page.getByRole('button', { name: 'Change owner' }).count()).toBe(0);
  });

  it('a manager’s explicit replace makes the team’s files a backup’s, for every rep; a restore asks first', async () => {
    const options = reps.alice.team.page;
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const backupPath = join(serverDir, 'alice-backup.json');
    await download.saveAs(backupPath);
    // After the backup, Carol adds a lead the team then has.
    await createAccount(reps.carol.panel, 'Later Lead');
    await expect.poll(() => accountNames(options), { timeout: 30_000 }).toEqual(['Later Lead', NAME].sort());

    await options.getByLabel('Restore from backup…').setInputFiles(backupPath);
    const dialog = options.getByRole('dialog');
    await dialog.getByText('Restore this backup in team east-sales?').waitFor();
    // Into private files unless the manager chooses otherwise.
    expect(await dialog.getByRole('radio', { name: /Into my private files/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /Replace the team's files/ }).check();
    await dialog.getByText(/1 team accounts the backup does not hold are deleted/).waitFor();
    await dialog.screenshot({ path: join(SCREENSHOTS, 'team-restore-choice-en.png') });
    await dialog.getByRole('button', { name: "Replace the team's files" }).click();
    await options.getByText(/1 accounts restored to the team, 1 deleted from the team/).waitFor();

    for (const person of ['alice', 'carol'] as const) {
      await expect.poll(() => accountNames(reps[person].team.page), { timeout: 30_000 }).toEqual([NAME]);
    }
    await expect
      .poll(() => accountNames(reps.bob.team.page), { timeout: 30_000 })
      .toEqual(['Bob’s Private Lead', NAME]);
  });

  it('a rep removed from the team: the next sync takes the team’s files off the browser, the private ones stay', async () => {
    await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: TEAM,
      managers: [],
      reps: [],
      remove: ['bob'],
    });
    await reps.bob.team.syncNow();
    await reps.bob.team
      .card()
      .getByText(/You are no longer a member of team east-sales: its 1 accounts were removed/)
      .waitFor({ timeout: 30_000 });
    expect(await accountNames(reps.bob.team.page)).toEqual(['Bob’s Private Lead']);
    // The team keeps everything.
    expect(await accountNames(reps.carol.team.page)).toEqual([NAME]);
    await reps.bob.team.card().screenshot({ path: join(SCREENSHOTS, 'team-removed-en.png') });
  });
});
