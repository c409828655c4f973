/**
 * Labelled contact lines in visible text, English and Chinese: `公司名称：…`, `电话：…`,
 * `地址：…`, `邮箱：…`, `Tel: …`, `Address: …`; and the company named in a copyright line. Pure.
 * A label's value runs to the next label or the end of its line. Fax numbers (传真, Fax) are
 * labels too, so that they end the value before them, but they are never phones.
 */
import { cleanPhone, cleanText, emailsIn, halfWidthDigits } from './clean';

export type ContactLabel = 'name' | 'phone' | 'email' | 'address' | 'other';

/** What labelled lines say, in the order the text says it. */
export interface ContactFinds {
  names: string[];
  phones: string[];
  emails: string[];
  addresses: string[];
}

/** The labels of contact lines, by what their value is. */
const LABELS: Record<ContactLabel, readonly string[]> = {
  name: ['公司名称', '单位名称', '企业名称', '公司全称', 'company name', 'company'],
  phone: [
    ...['联系电话', '服务热线', '客服热线', '客服电话', '咨询热线', '全国热线', '销售热线', '热线电话'],
    ...['电话号码', '固定电话', '办公电话', '联系手机', '电话', '座机', '手机', '热线'],
    ...['telephone', 'phone', 'tel', 'mobile', 'cell', 'hotline', 'toll-free'],
  ],
  email: ['电子邮箱', '电子邮件', '联系邮箱', '邮箱', '邮件', 'e-mail', 'email', 'mail'],
  address: [
    ...['公司地址', '办公地址', '联系地址', '注册地址', '通讯地址', '通信地址', '总部地址', '地址'],
    ...['address', 'addr'],
  ],
  // Labels whose value is none of the above: they end the value before them.
  other: [
    ...[
      '传真号码',
      '传真',
      '邮政编码',
      '邮编',
      '公司网址',
      '网址',
      '官网',
      '微信',
      'QQ',
      '营业时间',
      '工作时间',
    ],
    ...['fax', 'zip code', 'zip', 'postcode', 'postal code', 'website', 'web', 'hours'],
  ],
};

/** `电　　话` and `电话` are one label (Chinese pages align labels with ideographic spaces). */
const labelKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/(?<=[^ -~]) /g, '');

const KIND = new Map<string, ContactLabel>(
  (Object.entries(LABELS) as [ContactLabel, readonly string[]][]).flatMap(([kind, labels]) =>
    labels.map((label) => [labelKey(label), kind] as const),
  ),
);

/** A label as a pattern: Chinese characters may have spaces between them, English words are whole. */
function labelPattern(label: string): string {
  if (/^[ -~]+$/.test(label)) return `\\b${label.replace(/[-.]/g, '\\$&').replace(/ /g, '[ \\t]')}\\b`;
  return [...label].join('[ \\t\\u3000]*');
}

/**
 * A label then a colon (ASCII or full-width), or a space before a number. The longest spelling
 * of a label comes first; no alternative backtracks beyond its own letters.
 */
const LABEL_ALTERNATIVES = [...KIND.keys()]
  .sort((a, b) => b.length - a.length)
  .map(labelPattern)
  .join('|');
const LABEL = new RegExp(`(${LABEL_ALTERNATIVES})\\.?[ \\t\\u3000]*(?:[:：]|(?=[+(（\\d０-９]))`, 'gi');
/** A label right before a colon: finds the contact lines of a long text without running LABEL over all of it. */
const LABEL_BEFORE_COLON = new RegExp(`(?:${LABEL_ALTERNATIVES})\\.?[ \\t\\u3000]*$`, 'i');

function kindOf(label: string): ContactLabel {
  return KIND.get(labelKey(label)) ?? 'other';
}

/** A label's value never runs past this (the next label or the line's end usually comes first). */
const MAX_VALUE = 300;

/** A run of what phone numbers are written with; split on anything else (、 / ， ;). */
const PHONE_RUN = /[+(]?\d[\d \t\-‐‑‒–—.()]*/g;

/**
 * Reads the labelled lines of `text`, at most `maxLabels` labels (a hostile page may repeat
 * 电话： a million times). `only` limits what is kept (labels are still found, to end values).
 */
export function readContactLines(
  text: string,
  maxLabels = 200,
  only: ReadonlySet<ContactLabel> = ALL,
): ContactFinds {
  const finds: ContactFinds = { names: [], phones: [], emails: [], addresses: [] };
  LABEL.lastIndex = 0;
  let previous: { kind: ContactLabel; end: number } | null = null;
  let seen = 0;
  const take = (until: number) => {
    if (!previous || !only.has(previous.kind)) return;
    let value = text.slice(previous.end, Math.min(until, previous.end + MAX_VALUE));
    const lineEnd = value.indexOf('\n');
    if (lineEnd >= 0) value = value.slice(0, lineEnd);
    addValue(finds, previous.kind, value);
  };
  for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
    take(match.index);
    previous = { kind: kindOf(match[1]!), end: match.index + match[0].length };
    if (++seen >= maxLabels) break;
  }
  take(text.length);
  return finds;
}

const ALL: ReadonlySet<ContactLabel> = new Set(['name', 'phone', 'email', 'address', 'other']);

/** Colons looked at, and lines kept, at most (a hostile page may be nothing but labels). */
const MAX_COLONS = 20_000;
const MAX_LINES = 400;

/**
 * The lines of a long text (a whole page's) that hold a label and its colon — `电话：…`,
 * `Address: …` — joined by line breaks, for readContactLines. Linear: it walks the colons
 * (indexOf) and tests only the few characters before each; a line is cut to 300 chars before its
 * label and 600 after. Labels without a colon (`电话 010-…`) count only on such a line.
 */
export function contactLinesOf(text: string): string {
  const lines: string[] = [];
  let lineEnd = -1;
  let ascii = text.indexOf(':');
  let wide = text.indexOf('：');
  for (let looked = 0; looked < MAX_COLONS && lines.length < MAX_LINES; looked++) {
    const at = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (at < 0) break;
    if (at === ascii) ascii = text.indexOf(':', at + 1);
    else wide = text.indexOf('：', at + 1);
    if (at <= lineEnd || !LABEL_BEFORE_COLON.test(text.slice(Math.max(0, at - 24), at))) continue;
    const start = Math.max(text.lastIndexOf('\n', at) + 1, at - 300);
    const end = text.indexOf('\n', at);
    lineEnd = end < 0 || end > at + 600 ? Math.min(text.length, at + 600) : end;
    lines.push(text.slice(start, lineEnd));
  }
  return lines.join('\n');
}

function addValue(finds: ContactFinds, kind: ContactLabel, raw: string) {
  switch (kind) {
    case 'phone': {
      for (const run of halfWidthDigits(raw).matchAll(PHONE_RUN)) {
        const phone = cleanPhone(run[0]);
        if (phone && !finds.phones.includes(phone)) finds.phones.push(phone);
      }
      return;
    }
    case 'email':
      for (const email of emailsIn(raw, 5)) if (!finds.emails.includes(email)) finds.emails.push(email);
      return;
    case 'address': {
      const address = trimValue(raw, 300);
      if (address.length >= 4 && /[\p{L}]/u.test(address)) finds.addresses.push(address);
      return;
    }
    case 'name': {
      const name = trimValue(raw, 200);
      if (name.length >= 2 && /[\p{L}]/u.test(name)) finds.names.push(name);
      return;
    }
    default:
  }
}

/** Clean text without the separators around it (`：江南物流，` → `江南物流`). */
function trimValue(raw: string, max: number): string {
  return cleanText(raw, max * 2)
    .replace(/^[\s:：,，;；|/、·-]+|[\s,，;；|/、·。.-]+$/g, '')
    .slice(0, max)
    .trim();
}

const LEGAL_SUFFIX_ZH = '(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|研究院|事务所)';
const LEGAL_SUFFIX_EN =
  '(?:Co\\.,?\\s?Ltd\\.?|Company Limited|Ltd\\.?|Limited|Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|LLP|GmbH|AG|S\\.A\\.|S\\.p\\.A\\.|B\\.V\\.|N\\.V\\.|PLC|plc|Corporation|Corp\\.?|Pty\\.? Ltd\\.?|K\\.K\\.)';
/** A company's legal name: Chinese words ending in 有限公司…, or capitalised words ending in Ltd/Inc/GmbH…. */
const LEGAL_NAME = new RegExp(
  `[\\u3400-\\u9fff（）()A-Za-z]{2,40}?${LEGAL_SUFFIX_ZH}|[A-Z][\\w&'’()-]*(?:[ ,]{1,2}[\\w&'’()-]+){0,8}?,?\\s${LEGAL_SUFFIX_EN}(?![\\w])`,
  'u',
);
const LEGAL_ENDING = new RegExp(`(?:${LEGAL_SUFFIX_ZH}|(?:^|\\s)${LEGAL_SUFFIX_EN})$`);
const COPYRIGHT = /©|\(c\)|copyright|版权所有|版权归/gi;

/** Whether a name reads as a company's legal name (ends in 有限公司, Co., Ltd., Inc., GmbH…). */
export function isLegalName(name: string): boolean {
  return LEGAL_ENDING.test(name.trim());
}

/** The legal name in the first copyright line of `text` that has one (`© 2025 Acme Co., Ltd.`), or ''. */
export function copyrightHolder(text: string): string {
  COPYRIGHT.lastIndex = 0;
  let checked = 0;
  for (let match = COPYRIGHT.exec(text); match !== null && checked < 20; match = COPYRIGHT.exec(text)) {
    checked++;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    const line = text.slice(
      Math.max(lineStart, match.index - 80),
      lineEnd < 0 ? match.index + 200 : Math.min(lineEnd, match.index + 200),
    );
    const found = LEGAL_NAME.exec(line.replace(/版权所有|版权归|copyright|all rights reserved/gi, ' '));
    if (found) return cleanText(found[0], 200);
  }
  return '';
}
