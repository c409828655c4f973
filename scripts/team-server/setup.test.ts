// @vitest-environment node
// The team's rules as a real CouchDB-protocol server enforces them: pouchdb-server in memory, set
// up by the script a company runs, then written to by its people over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from './serve.mjs';
import { readOptions, setUpTeam, teamDatabase } from './setup.mjs';

let server: TeamServer;
const REFUSED = [401, 403];
const TEAM = 'acme-sales';
const people = { alice: 'alice-pw', bob: 'bob-pw', carol: 'carol-pw', dave: 'dave-pw' };

async function as(login: keyof typeof people | 'stranger', method: string, path: string, body?: unknown) {
  const password = login === 'stranger' ? 'nope' : people[login];
  const response = await fetch(`${server.origin}/${teamDatabase(TEAM)}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, string> };
}

const account = (id: string, owner: string, editedBy: string, extra: Record<string, unknown> = {}) => ({
  _id: `account:${id}`,
  type: 'account',
  accountId: id,
  owner,
  editedBy,
  row: { id, name: `Account ${id}` },
  ...extra,
});

beforeAll(async () => {
  server = await startTeamServer();
  await setUpTeam({
    server: server.origin,
    admin: server.admin,
    team: TEAM,
    managers: [{ name: 'alice', password: people.alice }],
    reps: [
      { name: 'bob', password: people.bob },
      { name: 'carol', password: people.carol },
    ],
    remove: [],
  });
}, 30_000);
afterAll(() => server?.stop());

describe('the team database as set up', () => {
  it('lets a member write a row in their own name and refuses anyone else', async () => {
    expect((await as('bob', 'PUT', '/account:a1', account('a1', 'bob', 'bob'))).status).toBe(201);
    expect((await as('carol', 'GET', '/account:a1')).json.owner).toBe('bob');
    expect((await as('stranger', 'GET', '/account:a1')).status).toBe(401);
    const impersonating = await as('carol', 'PUT', '/account:a2', account('a2', 'carol', 'bob'));
    expect(impersonating).toMatchObject({ status: 403, json: { error: 'forbidden' } });
  });

  it('refuses a rep deleting a team account, and lets a manager', async () => {
    const { json } = await as('bob', 'PUT', '/account:a3', account('a3', 'bob', 'bob'));
    const refused = await as('bob', 'DELETE', `/account:a3?rev=${json.rev}`);
    expect(refused).toMatchObject({
      status: 403,
      json: { reason: 'only a manager may delete a team account' },
    });
    expect((await as('bob', 'GET', '/account:a3')).status).toBe(200);
    expect((await as('alice', 'DELETE', `/account:a3?rev=${json.rev}`)).status).toBe(200);
  });

  it('lets a rep delete a contact (only accounts are the managers’)', async () => {
    const contact = {
      _id: 'contact:c1',
      type: 'contact',
      accountId: 'a1',
      editedBy: 'carol',
      row: { id: 'c1', accountId: 'a1' },
    };
    const { json } = await as('carol', 'PUT', '/contact:c1', contact);
    expect((await as('bob', 'DELETE', `/contact:c1?rev=${json.rev}`)).status).toBe(200);
  });

  it('refuses a rep changing who owns an account, or creating one in another’s name', async () => {
    const { json } = await as('bob', 'PUT', '/account:a4', account('a4', 'bob', 'bob'));
    const handover = await as('bob', 'PUT', '/account:a4', account('a4', 'carol', 'bob', { _rev: json.rev }));
    expect(handover).toMatchObject({
      status: 403,
      json: { reason: 'only a manager may change who owns a team account' },
    });
    expect((await as('carol', 'PUT', '/account:a5', account('a5', 'bob', 'carol'))).status).toBe(403);
    const byManager = await as(
      'alice',
      'PUT',
      '/account:a4',
      account('a4', 'carol', 'alice', { _rev: json.rev }),
    );
    expect(byManager.status).toBe(201);
    expect((await as('carol', 'GET', '/account:a4')).json.owner).toBe('carol');
  });

  it('refuses documents that are not a row of a known kind', async () => {
    const cases = [
      { ...account('b1', 'bob', 'bob'), type: 'invoice', _id: 'invoice:b1' },
      { ...account('b2', 'bob', 'bob'), _id: 'account:other' },
      { ...account('b3', 'bob', 'bob'), row: 'text' },
      { ...account('b4', 'bob', 'bob'), accountId: 'elsewhere' },
      { ...account('b5', 'bob', 'bob'), owner: '' },
      {
        _id: 'contact:b6',
        type: 'contact',
        accountId: 'a1',
        editedBy: 'bob',
        owner: 'bob',
        row: { id: 'b6', accountId: 'a1' },
      },
      { ...account('b7', 'bob', 'bob'), row: { id: 'b7', name: 'x'.repeat(5_600_000) } },
    ];
    for (const doc of cases) {
      const result = await as('bob', 'PUT', `/${encodeURIComponent(doc._id)}`, doc);
      expect(result.status, doc._id).toBe(403);
    }
    const rules = await as('alice', 'PUT', '/_design/dossier', { validate_doc_update: 'function () {}' });
    expect(rules.status).toBeGreaterThanOrEqual(401);
    expect(rules.status).toBeLessThanOrEqual(403);
  });

  it('refuses everything to a rep removed from the team, who still has a login', async () => {
    await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: TEAM,
      managers: [],
      reps: [{ name: 'dave', password: people.dave }],
      remove: [],
    });
    expect((await as('dave', 'GET', '/_changes')).status).toBe(200);
    const done = await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: TEAM,
      managers: [],
      reps: [],
      remove: ['dave'],
    });
    expect(done).toContain('removed dave from the team');
    // CouchDB answers a signed-in non-member 403; pouchdb-server 401. Either way the login is valid
    // and holds no role of the team: how Dossier tells a rep removed from one signed out.
    expect(REFUSED).toContain((await as('dave', 'GET', '/_changes')).status);
    expect(REFUSED).toContain((await as('dave', 'PUT', '/account:d1', account('d1', 'dave', 'dave'))).status);
    const session = await fetch(`${server.origin}/_session`, {
      headers: { authorization: `Basic ${Buffer.from(`dave:${people.dave}`).toString('base64')}` },
    });
    expect(await session.json()).toMatchObject({ userCtx: { name: 'dave', roles: [] } });
  });

  it('changes nothing when run again with nothing new', async () => {
    const again = await setUpTeam({
      server: server.origin,
      admin: server.admin,
      team: TEAM,
      managers: [],
      reps: [],
      remove: [],
    });
    expect(again).toEqual([]);
  });

  it('names what is wrong when a login is missing or the administrator is not one', async () => {
    await expect(
      setUpTeam({
        server: server.origin,
        admin: server.admin,
        team: TEAM,
        managers: [],
        reps: [{ name: 'erin', password: null }],
        remove: [],
      }),
    ).rejects.toThrow('erin has no login on this server yet');
    await expect(
      setUpTeam({
        server: server.origin,
        admin: { name: 'bob', password: people.bob },
        team: TEAM,
        managers: [],
        reps: [],
        remove: [],
      }),
    ).rejects.toThrow('bob is not an administrator');
  });
});

describe('the command line', () => {
  const env = { DOSSIER_COUCH_ADMIN: 'admin:secret' };
  it('reads the team, its people and the administrator', () => {
    const options = readOptions(
      [
        '--server',
        'https://couch.example.com/',
        '--team',
        'acme',
        '--manager',
        'alice:pw',
        '--rep',
        'bob',
        '--remove',
        'dave',
      ],
      env,
    );
    expect(options).toEqual({
      server: 'https://couch.example.com',
      admin: { name: 'admin', password: 'secret' },
      team: 'acme',
      managers: [{ name: 'alice', password: 'pw' }],
      reps: [{ name: 'bob', password: null }],
      remove: ['dave'],
    });
  });

  it.each([
    [['--team', 'acme'], '--server is required'],
    [['--server', 'http://couch.example.com', '--team', 'acme'], '--server must be https://'],
    [['--server', 'https://couch.example.com', '--team', 'Acme Sales'], '--team is required'],
    [
      ['--server', 'https://couch.example.com', '--team', 'acme', '--rep', 'bad name'],
      'rep "bad name" is not a login name',
    ],
  ])('refuses %j', (argv, message) => {
    expect(() => readOptions(argv, env)).toThrow(message);
  });

  it('asks for the administrator when none is given', () => {
    expect(() => readOptions(['--server', 'https://couch.example.com', '--team', 'acme'], {})).toThrow(
      'DOSSIER_COUCH_ADMIN',
    );
  });
});
