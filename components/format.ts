import type { Translate } from '../lib/model/messages';
import type { Currency } from '../lib/model/vocabulary';

/**
 * One formatter per locale and style: building an `Intl` formatter costs far more than formatting
 * with it, and a screen such as Today formats a date on every row.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const format = (formatters.get(key) as F | undefined) ?? make();
  formatters.set(key, format);
  return format;
}

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d${locale}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** BCP 47 locale for Intl, taken from the message catalogue so numbers and dates follow the UI language. */
export function intlLocale(t: Translate): string {
  return t('meta.locale');
}

/** `YYYY-MM-DD` as a calendar date; formatted in UTC so it never shifts with the time zone. */
export function formatDay(ymd: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** `--MM-DD` (year unknown) or `YYYY-MM-DD`. */
export function formatBirthday(value: string, locale: string): string {
  const match = /^--(\d{2})-(\d{2})$/.exec(value);
  if (!match) return formatDay(value, locale);
  const date = new Date(Date.UTC(2000, Number(match[1]) - 1, Number(match[2])));
  return dateFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatMoney(amount: number, currency: Currency, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(amount);
}

/** An http(s) URL safe to link to, or null (javascript:, data: and garbage stay plain text). */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
