import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of the README's rules table: which folders, what they may import, whether pure. */
export interface Rule {
  /** Folder patterns (`lib/db`, `lib/**\/core`, `entrypoints/popup`), as the table names them. */
  folders: string[];
  /** Folder patterns the files under `folders` may import, besides their own folder. */
  mayImport: string[];
  /** npm packages (and `#i18n`) they may import. */
  packages: string[];
  /** Pure: type-checked without the DOM library, so no browser, page or extension API. */
  pure: boolean;
}

const HEADING = '### Rules: who may import what';

/** The table under the README's rules heading; throws when it is missing or malformed. */
export function readRules(root: string): Rule[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(HEADING);
  if (start < 0) throw new Error(`README.md has no "${HEADING}" section`);
  const lines = readme.slice(start).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  const rows = lines.slice(first, end < 0 ? undefined : end);
  const [header, rule, ...body] = rows;
  if (!header?.includes('May import') || !rule?.includes('---') || body.length === 0) {
    throw new Error(
      'The rules table needs a header (Folder | Holds | May import | Packages | Pure) and rows',
    );
  }
  return body.map((row) => {
    const cells = row.split('|').slice(1, -1);
    if (cells.length !== 5) throw new Error(`A rules row needs five cells: ${row}`);
    const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    return {
      folders: names(cells[0]!),
      mayImport: names(cells[2]!),
      packages: names(cells[3]!),
      pure: /\byes\b/i.test(cells[4]!),
    };
  });
}

/** The prefix of `path` a folder pattern covers ('' when it does not): `**` is any run of folders. */
export function coveredPrefix(pattern: string, path: string): string {
  const source = pattern
    .split('/')
    .map((part) => (part === '**' ? '(?:[^/]+/)*?' : `${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`))
    .join('');
  // `entrypoints/background` covers the file entrypoints/background.ts as well as a folder.
  const folder = new RegExp(`^${source}`).exec(path)?.[0];
  if (folder) return folder;
  const file = new RegExp(`^${source.slice(0, -1)}\\.[a-z]+$`).exec(path)?.[0];
  return file ?? '';
}

/** The rule governing `path` and the folder it names there (the most specific pattern wins). */
export function ruleOf(rules: Rule[], path: string): { rule: Rule; unit: string } | null {
  let best: { rule: Rule; unit: string } | null = null;
  for (const rule of rules) {
    for (const pattern of rule.folders) {
      const unit = coveredPrefix(pattern, path);
      if (unit && unit.length > (best?.unit.length ?? 0)) best = { rule, unit };
    }
  }
  return best;
}
