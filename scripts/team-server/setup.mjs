// Sets up a team on a CouchDB-protocol server (Apache CouchDB 3, or pouchdb-server for a trial):
// the team's database, who may read and write it (`_security`: the team's rep and manager roles),
// its rules (`_design/dossier`, validate-doc-update.mjs), and its people (`_users`, with roles).
// Run again to add people, change a password or remove someone; it changes only what it is told.
//
//   npm run team-server:setup -- --server https://couch.example.com --team acme-sales \
//     --manager alice:secret --rep bob:secret --rep carol --remove dave
//
// The server administrator's login comes from DOSSIER_COUCH_ADMIN=name:password (kept out of the
// shell's history), or --admin name:password. `--rep carol` without a password adds an existing
// login to the team. Node built-ins only.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { validateDocUpdateSource } from './validate-doc-update.mjs';

export const TEAM_NAME = /^[a-z][a-z0-9-]{0,62}$/;
export const LOGIN_NAME = /^[A-Za-z0-9._@-]{1,100}$/;

/**
 * `byAccount`: an account's whole file by its id — what Dossier reads back when the server refuses
 * a change (a rep's delete of a team account) to put the file back as the team has it.
 */
export const DESIGN_VIEWS = {
  byAccount: { map: 'function (doc) { if (doc.accountId) { emit(doc.accountId, null); } }' },
};

/** The names Dossier and the server agree on (lib/sync/core/team.ts says the same). */
export const teamDatabase = (team) => `dossier-${team}`;
export const teamRole = (team, role) => `dossier.${team}.${role}`;

function parseLogin(value, what, needPassword) {
  const colon = value.indexOf(':');
  const name = colon === -1 ? value : value.slice(0, colon);
  const password = colon === -1 ? null : value.slice(colon + 1);
  if (!LOGIN_NAME.test(name))
    throw new Error(`${what} "${name}" is not a login name (letters, digits, . _ @ -)`);
  if (needPassword && !password) throw new Error(`${what} needs name:password`);
  return { name, password };
}

/** Reads the command line into what to do; throws an Error naming what is wrong. */
export function readOptions(argv, env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      server: { type: 'string' },
      admin: { type: 'string' },
      team: { type: 'string' },
      manager: { type: 'string', multiple: true, default: [] },
      rep: { type: 'string', multiple: true, default: [] },
      remove: { type: 'string', multiple: true, default: [] },
    },
    strict: true,
  });
  if (!values.server)
    throw new Error('--server is required: the CouchDB address, e.g. https://couch.example.com');
  let server;
  try {
    server = new URL(values.server);
  } catch {
    throw new Error(`--server "${values.server}" is not an address`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(server.hostname);
  if (server.protocol !== 'https:' && !(server.protocol === 'http:' && loopback)) {
    throw new Error('--server must be https:// (plain http only on this machine, for a trial)');
  }
  if (!values.team || !TEAM_NAME.test(values.team)) {
    throw new Error('--team is required: lower-case letters, digits and -, starting with a letter');
  }
  const adminValue = values.admin ?? env.DOSSIER_COUCH_ADMIN;
  if (!adminValue)
    throw new Error('the server administrator: set DOSSIER_COUCH_ADMIN=name:password (or --admin)');
  return {
    server: server.origin,
    admin: parseLogin(adminValue, 'administrator', true),
    team: values.team,
    managers: values.manager.map((v) => parseLogin(v, 'manager', false)),
    reps: values.rep.map((v) => parseLogin(v, 'rep', false)),
    remove: values.remove.map((v) => parseLogin(v, 'remove', false).name),
  };
}

function client(server, admin) {
  const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  return async function call(method, path, body) {
    const response = await fetch(`${server}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    return { status: response.status, json };
  };
}

function expectOk(result, what) {
  if (result.status >= 200 && result.status < 300) return result.json;
  const reason = result.json?.reason ?? result.json?.error ?? `HTTP ${result.status}`;
  throw new Error(`${what}: ${reason}`);
}

/** Gives `name` exactly the team role `role` (or none when null), creating the login if asked. */
async function setMember(call, team, { name, password }, role) {
  const id = `org.couchdb.user:${name}`;
  const path = `/_users/${encodeURIComponent(id)}`;
  const found = await call('GET', path);
  if (found.status === 404 && !password) {
    if (role === null) return 'absent';
    throw new Error(`${name} has no login on this server yet: give a password (${name}:password)`);
  }
  const user =
    found.status === 404 ? { _id: id, name, type: 'user', roles: [] } : expectOk(found, `reading ${name}`);
  const others = (user.roles ?? []).filter((r) => !r.startsWith(`dossier.${team}.`));
  user.roles = role ? [...others, teamRole(team, role)] : others;
  if (password) user.password = password;
  expectOk(await call('PUT', path, user), `saving ${name}`);
  return found.status === 404 ? 'created' : 'updated';
}

/** Does what `options` says; returns one line per thing done, for the person running it. */
export async function setUpTeam(options) {
  const call = client(options.server, options.admin);
  const done = [];
  const session = expectOk(await call('GET', '/_session'), 'signing in as the administrator');
  if (!session.userCtx?.roles?.includes('_admin')) {
    throw new Error(`${options.admin.name} is not an administrator of ${options.server}`);
  }
  const db = `/${teamDatabase(options.team)}`;
  const created = await call('PUT', db);
  if (created.status === 201) done.push(`created database ${teamDatabase(options.team)}`);
  else if (created.status !== 412) expectOk(created, 'creating the database');
  // _users exists on pouchdb-server and a set-up CouchDB; on a fresh single node CouchDB it may not.
  const users = await call('PUT', '/_users');
  if (users.status !== 201 && users.status !== 412) expectOk(users, 'creating _users');

  expectOk(
    await call('PUT', `${db}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: [], roles: [teamRole(options.team, 'rep'), teamRole(options.team, 'manager')] },
    }),
    'setting who may use the database',
  );
  const designPath = `${db}/_design/dossier`;
  const design = await call('GET', designPath);
  const current = design.status === 200 ? design.json : { _id: '_design/dossier' };
  const wanted = { validate_doc_update: validateDocUpdateSource(options.team), views: DESIGN_VIEWS };
  if (
    JSON.stringify({ a: current.validate_doc_update, b: current.views }) !==
    JSON.stringify({ a: wanted.validate_doc_update, b: wanted.views })
  ) {
    expectOk(await call('PUT', designPath, { ...current, ...wanted }), 'storing the rules');
    done.push('stored the rules (_design/dossier)');
  }
  for (const person of options.managers)
    done.push(`${await setMember(call, options.team, person, 'manager')} manager ${person.name}`);
  for (const person of options.reps)
    done.push(`${await setMember(call, options.team, person, 'rep')} rep ${person.name}`);
  for (const name of options.remove) {
    const result = await setMember(call, options.team, { name, password: null }, null);
    done.push(
      result === 'absent' ? `${name} has no login: nothing to remove` : `removed ${name} from the team`,
    );
  }
  return done;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const options = readOptions(process.argv.slice(2));
    for (const line of await setUpTeam(options)) console.log(line);
    console.log(`team ${options.team} is ready at ${options.server}/${teamDatabase(options.team)}`);
  } catch (error) {
    console.error(`team-server:setup: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
