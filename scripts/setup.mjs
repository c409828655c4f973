// The one setup step behind the README's two commands (`npm start` and `npm test` run it first, as
// their `pre` scripts; `.ci/run` runs those two commands and nothing else). It brings a fresh
// Debian/Ubuntu machine with only Node.js to what the command needs:
//   - the browsers and system tools (apt-get, when missing, after a one-line message), and
//   - the npm packages, exactly as package-lock.json pins them (`npm ci`, when node_modules is not
//     what the lock says — a lock out of step with package.json stops here, as it should).
// Without root (or sudo) or apt-get it stops with one sentence naming what to install.
// Node built-ins only: it runs before any package is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { findChromium, findFirefox } from './browser-paths.mjs';
import { missingFor, packagesInStep, planSystemPackages } from './setup/plan.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const role = process.argv[2];
if (role !== 'start' && role !== 'test') {
  console.error('Usage: node scripts/setup.mjs start|test');
  process.exit(2);
}

function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}

function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function hasCjkFont() {
  if (!onPath('fc-list')) return false;
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

function probe() {
  return {
    chromium: findChromium() !== null,
    'cjk-fonts': hasCjkFont(),
    'firefox-esr': findFirefox() !== null,
    xvfb: onPath('Xvfb'),
    xdotool: onPath('xdotool'),
  };
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

/** Runs apt-get quietly; on failure shows the end of what it said. */
function aptGet(args, sudo) {
  const [command, argv] = sudo
    ? ['sudo', ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]]
    : ['apt-get', args];
  const run = spawnSync(command, argv, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    // stdin stays the terminal's, so sudo can ask for the password.
    stdio: ['inherit', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    if (said) console.error(said);
    return false;
  }
  return true;
}

function ensureSystemPackages() {
  const hasSudo = onPath('sudo');
  const plan = planSystemPackages({
    role,
    present: probe(),
    isRoot: process.getuid?.() === 0,
    hasSudo,
    sudoWithoutPassword: hasSudo && succeeds('sudo', ['-n', 'true']),
    canAskPassword: Boolean(process.stdin.isTTY),
    hasAptGet: onPath('apt-get'),
  });
  if (plan.action === 'none') return;
  if (plan.action === 'stop') stop(plan.message);

  console.log(plan.message);
  const installed =
    aptGet(['update', '-qq'], plan.sudo) && aptGet(['install', '-y', '-qq', ...plan.packages], plan.sudo);
  if (!installed || missingFor(role, probe()).length > 0) {
    stop(
      `apt-get could not install ${plan.packages.join(' ')} (see above): install them with your system's package manager, then run \`npm ${role}\` again.`,
    );
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function ensureNpmPackages() {
  const lock = readJson(join(ROOT, 'package-lock.json'));
  if (!lock)
    stop('package-lock.json is missing or unreadable: restore it from git (git checkout package-lock.json).');
  if (packagesInStep(lock, readJson(join(ROOT, 'node_modules/.package-lock.json')))) return;
  console.log(
    "Installing Dossier's packages exactly as package-lock.json pins them (npm ci, a few minutes on a first install)…",
  );
  // The npm that runs this script, whichever it is.
  const [command, args] = process.env.npm_execpath
    ? [process.execPath, [process.env.npm_execpath, 'ci', '--no-audit', '--no-fund']]
    : ['npm', ['ci', '--no-audit', '--no-fund']];
  const run = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    stop(
      'npm ci could not install the packages (see above); if it says package.json and package-lock.json are out of step, run `npm install` and commit package-lock.json.',
    );
  }
}

ensureSystemPackages();
ensureNpmPackages();
