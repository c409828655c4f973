import { i18n } from '#i18n';
import type { MessageKey } from '../model/messages';

/**
 * The browser's language (WXT i18n over `browser.i18n`), as the `Translate` that components take
 * through their I18nContext. The key is checked against the locale files by its type; WXT's own
 * overloads also pin each key's number of substitutions, which a key chosen at run time cannot
 * meet, hence the one widening below (the locale tests check every key's substitutions).
 */
export function translate(key: MessageKey, substitutions?: string | string[]): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return (i18n.t as (key: MessageKey, subs?: string[]) => string)(key, subs);
}

/** Sets the page's `lang` to the browser's UI language (`zh-CN`, `en`): fonts and screen readers follow it. */
export function setPageLanguage(): void {
  const locale = (i18n.t as (key: string) => string)('@@ui_locale');
  document.documentElement.lang = locale.replace('_', '-') || 'en';
}
