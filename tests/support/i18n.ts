import { cleanup, render } from '@testing-library/preact';
import { type ComponentChild, h } from 'preact';
import { afterEach } from 'vitest';
import { I18nContext } from '../../components/i18n';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh_CN.json';

// Vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(cleanup);

export type TestLocale = 'en' | 'zh_CN';

const catalogues: Record<TestLocale, unknown> = { en, zh_CN: zhCN };

/**
 * Takes any string, so the locale tests can walk the files' own keys; it still serves wherever a
 * typed `Translate` is expected.
 */
export type TestTranslate = (key: string, substitutions?: string | string[]) => string;

/** Resolves dotted keys like the extension's i18n does; throws on a missing key so tests catch it. */
export function createTestTranslate(locale: TestLocale): TestTranslate {
  const catalogue = catalogues[locale];
  return (key, substitutions) => {
    let value: unknown = catalogue;
    for (const part of key.split('.')) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    if (typeof value !== 'string') throw new Error(`Missing ${locale} message: ${key}`);
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return value.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

export function renderWithI18n(ui: ComponentChild, locale: TestLocale = 'en') {
  // A .ts file (no JSX): the provider is built with h().
  return render(h(I18nContext.Provider, { value: createTestTranslate(locale) }, ui));
}
