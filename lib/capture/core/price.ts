import type { Currency } from '../../model/vocabulary';

/**
 * The first price a text names: `¥12,800`, `RMB 3.5万`, `12800元`, `$4,500.00`, `USD 4.5k`,
 * `€990`, `HK$1,200`. Amounts in 万 (10,000) and k are expanded. Null when the text names none.
 */
export function parsePrice(text: string): { currency: Currency; amount: number } | null {
  const prefixed =
    /(HK\$|HKD|US\$|USD|\$|EUR|€|CNY|RMB|¥|￥)\s?(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万|k|K)?/.exec(
      text,
    );
  if (prefixed) return price(CURRENCY_OF[prefixed[1]!.toUpperCase()] ?? 'CNY', prefixed[2]!, prefixed[3]);
  const suffixed =
    /(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万)?\s*(元|人民币|美元|欧元|港元|港币)/.exec(text);
  if (suffixed) return price(CURRENCY_OF[suffixed[3]!] ?? 'CNY', suffixed[1]!, suffixed[2]);
  return null;
}

/** CNY when the text is Chinese, else USD: the currency a price without a sign most likely is. */
export function defaultCurrency(text: string): Currency {
  return /[\u4e00-\u9fff]/.test(text) ? 'CNY' : 'USD';
}

const CURRENCY_OF: Record<string, Currency> = {
  HK$: 'HKD',
  HKD: 'HKD',
  港元: 'HKD',
  港币: 'HKD',
  US$: 'USD',
  USD: 'USD',
  $: 'USD',
  美元: 'USD',
  EUR: 'EUR',
  '€': 'EUR',
  欧元: 'EUR',
  CNY: 'CNY',
  RMB: 'CNY',
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  人民币: 'CNY',
};

function price(currency: Currency, digits: string, scale: string | undefined) {
  const base = Number(digits.replace(/[,，]/g, ''));
  const factor = scale === '万' ? 10_000 : scale === 'k' || scale === 'K' ? 1_000 : 1;
  const amount = Math.round(base * factor * 100) / 100;
  return Number.isFinite(amount) && amount <= 1e12 ? { currency, amount } : null;
}
