// A CouchDB-protocol server on this machine: pouchdb-server from npm, for the tests, the
// benchmarks and a trial. In memory (the tests) or kept in a folder (a trial), reachable only from
// 127.0.0.1, with one server administrator. Node built-ins only, besides pouchdb-server itself.
//
//   node scripts/team-server/serve.mjs [--dir ./team-data] [--port 5984]
//
// prints its address and the administrator's login, and runs until stopped (Ctrl-C).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules', '.bin', 'pouchdb-server');

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitUntilUp(origin, child, output) {
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server stopped: ${output()}`);
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pouchdb-server did not answer at ${origin} in 15 s: ${output()}`);
}

/**
 * Starts pouchdb-server on 127.0.0.1 and makes `admin` its administrator. `dir`: where it keeps
 * its databases (in memory when absent). Resolves to its origin, the admin login and `stop()`.
 */
export async function startTeamServer({
  dir,
  port,
  admin = { name: 'admin', password: 'admin-secret' },
} = {}) {
  const chosen = port ?? (await freePort());
  // pouchdb-server writes its config.json and log.txt to the working folder.
  const work = dir ? resolve(dir) : mkdtempSync(join(tmpdir(), 'dossier-team-server-'));
  mkdirSync(work, { recursive: true });
  const args = [
    '--host',
    '127.0.0.1',
    '--port',
    String(chosen),
    ...(dir ? ['--dir', work] : ['--in-memory']),
  ];
  const child = spawn(BIN, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  const keep = (chunk) => {
    said = (said + chunk).slice(-2000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const origin = `http://127.0.0.1:${chosen}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (!dir) rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(origin, child, () => said);
    // A fresh server is in "admin party" mode; the first administrator ends it. A kept folder
    // already has one: then this login must be it.
    const made = await fetch(`${origin}/_config/admins/${encodeURIComponent(admin.name)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin.password),
    });
    if (!made.ok && made.status !== 401)
      throw new Error(`could not set the administrator: HTTP ${made.status}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, admin, stop };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { dir: { type: 'string' }, port: { type: 'string' } },
  });
  const server = await startTeamServer({
    dir: values.dir,
    port: values.port ? Number(values.port) : 5984,
    admin: { name: 'admin', password: process.env.DOSSIER_COUCH_ADMIN_PASSWORD ?? 'admin-secret' },
  });
  console.log(`pouchdb-server at ${server.origin} (administrator: ${server.admin.name}); Ctrl-C stops it`);
  const quit = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}
