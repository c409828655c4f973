// What `npm start` and `npm test` need from the machine, and what to do when some of it is missing.
// Pure: the probes are taken as arguments, so every branch is unit-tested (tests/unit/setup.test.ts).

/**
 * Everything Dossier's commands use that npm does not install, as Debian/Ubuntu packages.
 * `start` opens Chromium with the extension; `test` adds Firefox ESR for the Firefox build's tests,
 * and a virtual screen (Xvfb) with an input tool (xdotool) for the tests of keyboard shortcuts and
 * context menus, which only a headed browser has.
 */
export const REQUIREMENTS = {
  start: [
    { id: 'chromium', label: 'Chromium', packages: ['chromium'], env: 'CHROMIUM_PATH' },
    // Without a CJK font Chromium draws every Chinese name as boxes.
    { id: 'cjk-fonts', label: 'CJK fonts', packages: ['fonts-noto-cjk'] },
  ],
  test: [
    { id: 'chromium', label: 'Chromium', packages: ['chromium'], env: 'CHROMIUM_PATH' },
    { id: 'cjk-fonts', label: 'CJK fonts', packages: ['fonts-noto-cjk'] },
    { id: 'firefox-esr', label: 'Firefox ESR', packages: ['firefox-esr'], env: 'FIREFOX_PATH' },
    { id: 'xvfb', label: 'Xvfb', packages: ['xvfb'] },
    { id: 'xdotool', label: 'xdotool', packages: ['xdotool'] },
  ],
};

/** The requirements of `role` that the probes did not find. */
export function missingFor(role, present) {
  return REQUIREMENTS[role].filter((r) => !present[r.id]);
}

/** "A", "A and B", "A, B and C". */
export function listOf(words) {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * @param {{
 *   role: 'start' | 'test',
 *   present: Record<string, boolean>,
 *   isRoot: boolean,
 *   hasSudo: boolean,
 *   canAskPassword: boolean,
 *   sudoWithoutPassword: boolean,
 *   hasAptGet: boolean,
 * }} machine
 * @returns {{ action: 'none' }
 *   | { action: 'install', packages: string[], sudo: boolean, message: string }
 *   | { action: 'stop', message: string }}
 */
export function planSystemPackages(machine) {
  const command = machine.role === 'start' ? 'npm start' : 'npm test';
  const missing = missingFor(machine.role, machine.present);
  if (missing.length === 0) return { action: 'none' };

  const labels = listOf(missing.map((r) => r.label));
  const packages = missing.flatMap((r) => r.packages);
  const envs = missing.flatMap((r) => (r.env ? [r.env] : []));
  const orEnv = envs.length ? ` (or set ${listOf(envs)} to the browser's path)` : '';

  if (!machine.hasAptGet) {
    return {
      action: 'stop',
      message: `Dossier needs ${labels}, which this machine lacks and which can only be installed here with apt-get: install ${listOf(packages)} with your system's package manager${orEnv}, then run \`${command}\` again.`,
    };
  }
  const sudo = !machine.isRoot;
  if (sudo && !(machine.hasSudo && (machine.sudoWithoutPassword || machine.canAskPassword))) {
    return {
      action: 'stop',
      message: `Dossier needs ${labels}, and installing them takes root: run \`sudo apt-get install -y ${packages.join(' ')}\` as an administrator${orEnv}, then \`${command}\` again.`,
    };
  }
  return {
    action: 'install',
    packages,
    sudo,
    message: `Installing ${labels} for Dossier with apt-get (${packages.join(' ')}; a minute or two on first run)…`,
  };
}

/**
 * Whether node_modules holds exactly what package-lock.json says, judged from npm's own record of
 * what it installed (node_modules/.package-lock.json). Optional packages for other platforms are in
 * the lock but never installed, so only entries the lock does not mark optional must be present;
 * every installed entry must have the locked version.
 *
 * @param {{ packages?: Record<string, { version?: string, optional?: boolean, devOptional?: boolean, link?: boolean }> }} lock
 * @param {{ packages?: Record<string, { version?: string }> } | null} installed
 */
export function packagesInStep(lock, installed) {
  if (!installed?.packages) return false;
  const locked = lock.packages ?? {};
  for (const [path, entry] of Object.entries(locked)) {
    if (path === '' || entry.optional || entry.devOptional || entry.link) continue;
    if (installed.packages[path]?.version !== entry.version) return false;
  }
  for (const [path, entry] of Object.entries(installed.packages)) {
    if (locked[path]?.version !== entry.version) return false;
  }
  return true;
}
