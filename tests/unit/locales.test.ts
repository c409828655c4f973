import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../lib/model/error-codes';
import type { Translate } from '../../lib/model/messages';
import {
  BUYING_ROLES,
  CURRENCIES,
  INDUSTRIES,
  KEY_ACCOUNT_TYPES,
  LIFECYCLE_STAGES,
  LOYALTY_SEGMENTS,
  NOTE_KINDS,
  PORTFOLIO_QUADRANTS,
  PRICE_SENSITIVITIES,
  PURCHASE_TYPES,
  SOCIAL_STYLES,
  TIERS,
} from '../../lib/model/vocabulary';
import { BACKUP_ERROR_CODES } from '../../lib/portability/import/core/backup-file';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh_CN.json';
import { createTestTranslate } from '../support/i18n';

function flatten(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value as object, `${prefix}${key}.`),
  );
}

const VOCABULARIES: Record<string, readonly string[]> = {
  tier: TIERS,
  portfolioQuadrant: PORTFOLIO_QUADRANTS,
  quadrantPrescription: PORTFOLIO_QUADRANTS,
  industry: INDUSTRIES,
  lifecycleStage: LIFECYCLE_STAGES,
  keyAccountType: KEY_ACCOUNT_TYPES,
  purchaseType: PURCHASE_TYPES,
  buyingRole: BUYING_ROLES,
  socialStyle: SOCIAL_STYLES,
  socialStyleHint: SOCIAL_STYLES,
  loyaltySegment: LOYALTY_SEGMENTS,
  noteKind: NOTE_KINDS,
  priceSensitivity: PRICE_SENSITIVITIES,
  currency: CURRENCIES,
};

describe('locales', () => {
  it('en and zh_CN have exactly the same keys', () => {
    expect(flatten(zhCN).sort()).toEqual(flatten(en).sort());
  });

  it('uses only message-name-safe key segments and no empty messages', () => {
    for (const key of flatten(en)) expect(key).toMatch(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/);
    const t = createTestTranslate('zh_CN');
    for (const key of flatten(en)) expect(t(key).trim()).not.toBe('');
  });

  it.each(Object.entries(VOCABULARIES))('labels every %s value', (group, values) => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const t = createTestTranslate(locale);
      for (const value of values) expect(t(`${group}.${value}`)).toBeTruthy();
    }
  });

  it('explains every validation error code', () => {
    const t = createTestTranslate('en');
    for (const code of ERROR_CODES) expect(t(`error.${code}`)).toMatch(/\.$/);
    for (const code of BACKUP_ERROR_CODES) expect(t(`backup.error.${code}`)).toBeTruthy();
    expect(createTestTranslate('zh_CN')('error.floorAboveList')).toBe('底价不能高于目录价。');
  });

  it('never writes a substitution the browser reads as a named placeholder ($1$2 is `$1$` then 2)', () => {
    const messages = (tree: object) =>
      flatten(tree).map((key) => [
        key,
        key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree),
      ]);
    for (const tree of [en, zhCN]) {
      const named = messages(tree).filter(([, text]) => /\$[A-Za-z0-9_@]+\$/.test(String(text)));
      expect(named).toEqual([]);
    }
  });

  it('uses the same $n substitutions in both languages', () => {
    const [tEn, tZh] = [createTestTranslate('en'), createTestTranslate('zh_CN')];
    const subs = (s: string) => [...s.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();
    const raw = (t: typeof tEn, key: string) =>
      t(key, ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9']);
    for (const key of flatten(en)) expect(subs(raw(tZh, key)), key).toEqual(subs(raw(tEn, key)));
  });

  it('holds no message the product never shows', () => {
    const root = join(import.meta.dirname, '../..');
    const files = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
        .map((f) => join(root, dir, f)),
    );
    const code = [join(root, 'wxt.config.ts'), ...files].map((f) => readFileSync(f, 'utf8')).join('\n');
    // A key built at run time counts through its literal start (`score.s${n}`, SubKey<'import.phase'>).
    const prefixes = [
      ...[...code.matchAll(/`([A-Za-z0-9_.]+)\$\{/g)].map((m) => m[1]!),
      ...[...code.matchAll(/SubKey<'([A-Za-z0-9_.]+)'>/g)].map((m) => `${m[1]}.`),
      ...Object.keys(VOCABULARIES).map((group) => `${group}.`),
    ];
    const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q));
    const unused = flatten(en).filter(
      (key) =>
        !/^(extName|extDescription|actionTitle|command)/.test(key) &&
        !quoted(key) &&
        !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('a key that is not in the locale files does not compile (npm test type-checks this file)', () => {
    const t: Translate = (key) => key;
    // @ts-expect-error: not a message key
    expect(t('nope.missing')).toBe('nope.missing');
    // @ts-expect-error: a group, not a message
    expect(t('common')).toBe('common');
    expect(t('common.save')).toBe('common.save');
  });

  it('substitutes $1..$9 and throws on a missing key', () => {
    const t = createTestTranslate('en');
    expect(t('backup.error.invalidRow', ['contacts', '3', 'name is required'])).toBe(
      'Row 3 of contacts is invalid: name is required',
    );
    expect(() => t('nope.missing')).toThrow(/Missing en message/);
  });
});
