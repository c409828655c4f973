// `npm ci` refuses a lock file that lacks any package that package.json's tree could need — on
// every platform, not just this one: an optional dependency such as @rollup/rollup-darwin-arm64 is
// never installed on Linux, yet must be in the lock or `npm ci` stops on every machine. `npm
// install` on one platform can leave other platforms' entries out, so a test holds the lock to this.

/** Where Node (and npm) would find `name` from the package at `from` (a lock path, '' for the root). */
function lookupPaths(from, name) {
  const paths = [];
  let dir = from;
  for (;;) {
    paths.push(dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`);
    if (!dir) break;
    const at = dir.lastIndexOf('node_modules/');
    dir = at <= 0 ? '' : dir.slice(0, at - 1);
  }
  return paths;
}

/** Peer dependencies npm installs: all but those marked optional. */
function required(peers, meta) {
  if (!peers) return undefined;
  return Object.fromEntries(Object.entries(peers).filter(([name]) => !meta?.[name]?.optional));
}

/**
 * Every dependency (regular, optional, required peer, dev of the root) that no entry of the lock provides, as
 * "name (optional dependency of parent)". Empty when `npm ci` can install from the lock anywhere.
 *
 * @param {{ packages?: Record<string, { dependencies?: Record<string, string>, optionalDependencies?: Record<string, string>, devDependencies?: Record<string, string>, peerDependencies?: Record<string, string>, peerDependenciesMeta?: Record<string, { optional?: boolean }> }> }} lock
 * @returns {string[]}
 */
export function missingLockEntries(lock) {
  const packages = lock.packages ?? {};
  const missing = [];
  for (const [path, entry] of Object.entries(packages)) {
    const kinds = [
      ['dependency', entry.dependencies],
      ['optional dependency', entry.optionalDependencies],
      ['peer dependency', required(entry.peerDependencies, entry.peerDependenciesMeta)],
      ...(path === '' ? [['dev dependency', entry.devDependencies]] : []),
    ];
    for (const [kind, deps] of kinds) {
      for (const name of Object.keys(deps ?? {})) {
        if (lookupPaths(path, name).some((p) => p in packages)) continue;
        missing.push(`${name} (${kind} of ${path ? path.replace(/^.*node_modules\//, '') : 'dossier'})`);
      }
    }
  }
  return missing;
}
