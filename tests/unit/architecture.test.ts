// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentScriptViolations,
  dependencyViolations,
  folderCycles,
  networkViolations,
  openRepo,
  pureViolations,
  type Repo,
  rawHtmlViolations,
  tableWriteViolations,
} from './architecture/check';

/**
 * The architecture rules of README.md ("Rules: who may import what"), enforced on this repository
 * — and each one shown to catch what breaks it: a fixture tree per rule
 * (tests/unit/architecture/fixtures/<rule>/) on which the rule must report the planted offence.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'architecture/fixtures');

const RULES: Record<string, (repo: Repo) => string[]> = {
  dependencies: dependencyViolations,
  cycles: folderCycles,
  pure: pureViolations,
  'table-writes': tableWriteViolations,
  'content-scripts': contentScriptViolations,
  'raw-html': rawHtmlViolations,
  network: networkViolations,
};

const repo = openRepo(ROOT);

describe('architecture of this repository', () => {
  it.each(Object.keys(RULES))('%s: nothing breaks the rule', (rule) => {
    expect(RULES[rule]!(repo)).toEqual([]);
  });

  it('entrypoints/ holds only entrypoints (WXT builds every file there as one)', () => {
    const loose = readdirSync(join(ROOT, 'entrypoints'), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .filter((name) => !/^(background|content-reader|[\w-]+\.content|capture-[\w-]+)\.tsx?$/.test(name));
    expect(loose).toEqual([]);
  });
});

describe('each rule catches what breaks it', () => {
  /** What each fixture plants: every line here must be among the rule's findings. */
  const planted: Record<string, RegExp[]> = JSON.parse(readFileSync(join(FIXTURES, 'planted.json'), 'utf8'));

  it.each(Object.keys(RULES))('%s', (rule) => {
    const fixture = openRepo(join(FIXTURES, rule));
    const found = RULES[rule]!(fixture);
    const expected = planted[rule];
    expect(expected, `planted.json names what the ${rule} fixture breaks`).toBeDefined();
    for (const pattern of expected!) {
      expect(
        found.some((line) => new RegExp(pattern).test(line)),
        `${rule} finds ${pattern} in ${JSON.stringify(found)}`,
      ).toBe(true);
    }
  });
});
