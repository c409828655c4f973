/**
 * Bytes of an imported file → text, with the encoding found. Excel writes CSV as UTF-8
 * with a BOM ("CSV UTF-8"), as UTF-16LE ("Unicode text", tab-separated) or — Chinese Excel's
 * default "CSV" — as GBK, which GB18030 decodes. Browsers and Node decode all of these with
 * `TextDecoder`; nothing here encodes.
 */
import { type ImportResult, importError, type TextEncodingName } from './types';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file started with a byte-order mark (dropped from `text`). */
  bom: boolean;
  /** Bytes that were not valid in `encoding` and became U+FFFD (a damaged UTF-8 file). */
  replaced: number;
}

/** Larger than any CRM export a rep makes (HubSpot's own limit is 1M rows); refused before decoding. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
/** How much of the file the binary and UTF-16 checks look at. */
const SAMPLE_BYTES = 64 * 1024;

const decoder = (encoding: TextEncodingName, fatal = false) => new TextDecoder(encoding, { fatal });

/**
 * Reads an import file's bytes as text. Byte-order marks win (UTF-8, UTF-16LE/BE); then UTF-16LE
 * or BE without a BOM when every other byte of the sample is NUL; then UTF-8 when the bytes are
 * valid UTF-8 (or nearly: a bit-flipped byte in a long UTF-8 file is replaced, not a reason to read
 * the whole file as Chinese); else GB18030 (a superset of GBK and GB2312). `force` skips the
 * detection (the rep chose the encoding). Refuses an empty file, a binary one (NULs or control
 * bytes outside UTF-16), and an Excel workbook (`.xlsx`/`.xls`: save it as CSV first).
 */
export function decodeImportBytes(
  input: Uint8Array | ArrayBuffer,
  force?: TextEncodingName,
): ImportResult<DecodedText> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > MAX_IMPORT_BYTES) return importError('tooLarge', { limit: MAX_IMPORT_BYTES });
  if (bytes.length === 0) return importError('empty');
  const found = force ? forced(bytes, force) : detect(bytes);
  if (!found.ok) return found;
  if (!found.value.text.trim()) return importError('empty');
  return found;
}

function forced(bytes: Uint8Array, encoding: TextEncodingName): ImportResult<DecodedText> {
  const bom = bomOf(bytes);
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const text = decoder(encoding).decode(bytes.subarray(skip));
  return { ok: true, value: { text, encoding, bom: skip > 0, replaced: 0 } };
}

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function detect(bytes: Uint8Array): ImportResult<DecodedText> {
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') return { ok: true, value: utf8(body, true) };
    return { ok: true, value: { text: decoder(bom.encoding).decode(body), ...rest(bom.encoding, true) } };
  }
  if (isZip(bytes) || isOleCompound(bytes)) return importError('spreadsheetFile');
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { ok: true, value: { text: decoder(utf16).decode(bytes), ...rest(utf16, false) } };
  if (looksBinary(sample)) return importError('binary');
  return { ok: true, value: utf8(bytes, false) };
}

const rest = (encoding: TextEncodingName, bom: boolean) => ({ encoding, bom, replaced: 0 });

/** UTF-8 when valid (or damaged in a few bytes only), else GB18030. */
function utf8(bytes: Uint8Array, bom: boolean): DecodedText {
  try {
    return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8', bom, replaced: 0 };
  } catch {
    // not valid UTF-8: Chinese Excel's GBK, or a damaged UTF-8 file
  }
  const { valid, invalid } = countUtf8(bytes);
  // No invalid byte at all: only the last character was cut off.
  if (bom || invalid === 0 || (valid >= 8 && valid >= invalid * 20)) {
    return { text: decoder('utf-8').decode(bytes), encoding: 'utf-8', bom, replaced: invalid };
  }
  return { text: decoder('gb18030').decode(bytes), encoding: 'gb18030', bom, replaced: 0 };
}

/** Valid multi-byte UTF-8 sequences and invalid bytes; a truncated last character is not counted. */
export function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) break;
    let ok = true;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * UTF-16 without a BOM (some exporters omit it): in Latin or CSV text every other byte is NUL — at
 * odd offsets for little-endian, even for big-endian. Chinese UTF-16 text has few NULs, so it
 * needs its BOM (which Excel always writes).
 */
function utf16WithoutBom(sample: Uint8Array): TextEncodingName | null {
  const pairs = sample.length >> 1;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOleCompound = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * A text file has no NUL and almost no control bytes other than tab, line feed, carriage return
 * and form feed (ESC appears in some legacy exports; DEL too).
 */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > 0 && control >= Math.max(2, sample.length * 0.01);
}
