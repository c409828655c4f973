/**
 * vCard files (.vcf) → contact records. No npm parser fits: `vcf` leaves
 * QUOTED-PRINTABLE and CHARSET to the application (and is CommonJS), `ical.js` reads 3.0/4.0 but
 * not 2.1, `vcard4-ts` only 4.0. This one reads what phones and mail programs write: 2.1 (bare
 * TYPE parameters, QUOTED-PRINTABLE with soft line breaks, CHARSET), 3.0 and 4.0 (escaped text,
 * quoted parameter values), folded lines, and `item1.` groups.
 */
import type { ColumnMapping } from './mapping';
import { createRecordReader } from './record';
import type { ImportRecord, RowIssue } from './types';

export interface VcardProperty {
  group: string;
  /** Upper-case: `FN`, `TEL`, `X-ABLABEL`. */
  name: string;
  /** Upper-case parameter names; bare 2.1 parameters (`TEL;CELL`) are kept under `TYPE`. */
  params: Record<string, string[]>;
  /** Decoded text (QUOTED-PRINTABLE and CHARSET applied, escapes undone) — components still joined by `;`. */
  value: string;
  /** The value's components (`N`, `ADR`, `ORG`), unescaped. */
  components: string[];
}

export interface Vcard {
  /** Line where its `BEGIN:VCARD` is (1-based): how issues name it. */
  line: number;
  version: string;
  properties: VcardProperty[];
}

export interface VcardParse {
  cards: Vcard[];
  /** Broken cards: `missingEnd`, `missingBegin`. */
  issues: RowIssue[];
}

/** Splits the text into cards and their properties; a card without its END is reported and left out. */
export function parseVcards(text: string): VcardParse {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cards: Vcard[] = [];
  const issues: RowIssue[] = [];
  let card: Vcard | null = null;
  const broken = (line: number, code: string, value = '') =>
    issues.push({ row: line, column: '', field: '', code, severity: 'error', value });
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // Folded lines (RFC 6350 §3.2): a line starting with a space or tab continues the previous one.
    while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1]!)) line += lines[++i]!.slice(1);
    if (!line.trim()) continue;
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (card) broken(card.line, 'missingEnd');
      card = { line: i + 1, version: '', properties: [] };
      continue;
    }
    if (upper === 'END:VCARD') {
      if (card) cards.push(card);
      else broken(i + 1, 'missingBegin');
      card = null;
      continue;
    }
    if (!card) continue;
    const property = parseProperty(line, card.version);
    if (!property) continue;
    // QUOTED-PRINTABLE soft line breaks: a value ending in `=` goes on on the next line, unindented.
    if (isQuotedPrintable(property.params)) {
      let raw = line.slice(valueStart(line));
      while (raw.endsWith('=') && i + 1 < lines.length) raw = raw.slice(0, -1) + lines[++i]!.trimStart();
      Object.assign(property, decodeValue(raw, property.params, card.version));
    }
    if (property.name === 'VERSION') card.version = property.value.trim();
    card.properties.push(property);
  }
  if (card) broken(card.line, 'missingEnd');
  return { cards, issues };
}

/** Where the value begins: after the first `:` that is not inside a quoted parameter value. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i + 1;
  }
  return -1;
}

/** Parameter values kept of one property (`TYPE=work,voice;PREF=1` is three); the rest are ignored. */
export const MAX_PARAMETER_VALUES = 64;

function parseProperty(line: string, version: string): VcardProperty | null {
  const start = valueStart(line);
  if (start < 1) return null;
  const head = line.slice(0, start - 1);
  const parts = splitUnquoted(head, ';');
  const qualified = parts.shift() ?? '';
  const dot = qualified.lastIndexOf('.');
  const group = dot >= 0 ? qualified.slice(0, dot) : '';
  const name = qualified.slice(dot + 1).toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  // No prototype: a parameter named `__proto__` or `constructor` is just a parameter.
  const params: Record<string, string[]> = Object.create(null);
  let kept = 0;
  for (const part of parts) {
    // Real cards carry a handful; a line of thousands is hostile and only costs time.
    if (kept >= MAX_PARAMETER_VALUES) break;
    const eq = part.indexOf('=');
    const key = eq < 0 ? 'TYPE' : part.slice(0, eq).trim().toUpperCase();
    const raw = eq < 0 ? part : part.slice(eq + 1);
    // `TYPE="voice,work"` (4.0 as Apple writes it) is two types, like `TYPE=voice,work`.
    const values = raw
      .replace(/"/g, '')
      .split(',', MAX_PARAMETER_VALUES - kept)
      .map((v) => v.trim());
    // 2.1's bare `QUOTED-PRINTABLE` and `UTF-8` are an encoding and a charset, not types.
    const bare = eq < 0 ? raw.trim().toUpperCase() : '';
    const target = bare === 'QUOTED-PRINTABLE' || bare === 'BASE64' ? 'ENCODING' : key;
    params[target] ??= [];
    for (const value of values) params[target].push(value);
    kept += values.length;
  }
  return { group, name, params, ...decodeValue(line.slice(start), params, version) };
}

function splitUnquoted(text: string, separator: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

const isQuotedPrintable = (params: Record<string, string[]>) =>
  (params.ENCODING ?? []).some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE');

function decodeValue(
  raw: string,
  params: Record<string, string[]>,
  version: string,
): { value: string; components: string[] } {
  let text = raw;
  if (isQuotedPrintable(params)) {
    text = decodeQuotedPrintable(raw, params.CHARSET?.[0] ?? 'utf-8').replace(/\r\n?/g, '\n');
  }
  const components = splitEscaped(text).map((c) => unescapeText(c, version));
  return { value: unescapeText(text, version), components };
}

/** `=E7=8E=8B` → bytes → text in the card's CHARSET (UTF-8 when absent or unknown). */
export function decodeQuotedPrintable(raw: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 61 /* = */) {
      // `=XX` is a byte; a bare `=` is what is left of a soft line break.
      if (/^[0-9A-Fa-f]{2}$/.test(raw.slice(i + 1, i + 3))) {
        bytes.push(Number.parseInt(raw.slice(i + 1, i + 3), 16));
        i += 2;
      }
    } else if (c < 0x80) bytes.push(c);
    else for (const b of new TextEncoder().encode(raw[i])) bytes.push(b);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim() || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** Splits on `;` not escaped by a backslash. */
function splitEscaped(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[++i];
    } else if (c === ';') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/** 3.0/4.0 text escapes (`\n`, `\,`, `\;`, `\\`); 2.1 escapes only `;`. */
function unescapeText(text: string, version: string): string {
  if (version === '2.1') return text.replace(/\\;/g, ';');
  return text.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The columns a card is read as, so vCards go through the same validation as a CSV row. */
export const VCARD_COLUMNS = [
  'FN',
  'N (family)',
  'N (given)',
  'ORG',
  'TITLE',
  'EMAIL',
  'TEL',
  'NOTE',
  'BDAY',
];
export const VCARD_MAPPING: ColumnMapping = [
  'contact.name',
  'contact.lastName',
  'contact.firstName',
  'contact.companyName',
  'contact.title',
  'contact.emails',
  'contact.phones',
  'contact.notes',
  'contact.birthday',
];
const reader = createRecordReader(VCARD_COLUMNS, VCARD_MAPPING, 'vcard');

/** `19800315`, `1980-03-15`, `--0315`, `--03-15`, `1980-03-15T00:00:00Z` → what `toBirthday` reads. */
function birthday(value: string): string {
  const v = value.trim();
  let m = /^(\d{4})(\d{2})(\d{2})(T.*)?$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^--(\d{2})-?(\d{2})$/.exec(v);
  if (m) return `--${m[1]}-${m[2]}`;
  return v.replace(/T.*$/, '');
}

/** One card → a record: FN (or N), ORG → the person's company, TITLE, EMAIL, TEL, NOTE, BDAY. */
export function vcardToRecord(card: Vcard): ImportRecord {
  const all = (name: string) => card.properties.filter((p) => p.name === name);
  const first = (name: string) => all(name)[0];
  const n = first('N')?.components ?? [];
  const cells = [
    first('FN')?.value ?? '',
    n[0] ?? '',
    [n[1], n[2]].filter(Boolean).join(' '),
    first('ORG')?.components[0] ?? '',
    first('TITLE')?.value ?? '',
    all('EMAIL')
      .map((p) => p.value)
      .join('\n'),
    all('TEL')
      .map((p) => p.value)
      .join('\n'),
    all('NOTE')
      .map((p) => p.value)
      .join('\n'),
    birthday(first('BDAY')?.value ?? ''),
  ].map((c) => c.trim());
  return reader.read(card.line, cells);
}

/** A .vcf file's text → its records and the broken cards' issues. */
export function readVcards(text: string): { records: ImportRecord[]; issues: RowIssue[] } {
  const { cards, issues } = parseVcards(text);
  return { records: cards.map(vcardToRecord), issues };
}
