import { i18n } from '#i18n';

/**
 * The browser's language (WXT i18n over `browser.i18n`), as the plain `(key, subs) => string`
 * that components take through their I18nContext. Keys are checked by the locale-parity test.
 */
export function translate(key: string, substitutions?: string | string[]): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return (i18n.t as (key: string, subs?: string[]) => string)(key, subs);
}
