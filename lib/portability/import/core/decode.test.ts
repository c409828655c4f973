import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countUtf8, decodeImportBytes } from './decode';

const DIR = resolve(import.meta.dirname, '../../../../tests/fixtures/imports');
const TEXT = '公司名称,网址\r\n上海云帆物流有限公司,www.yunfan-logistics.cn\r\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeImportBytes', () => {
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8', false],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', bytes([0xef, 0xbb, 0xbf], utf8(TEXT)), 'utf-8', true],
    ['UTF-16LE with BOM (Excel "Unicode text")', bytes([0xff, 0xfe], utf16le(TEXT)), 'utf-16le', true],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], utf16be(TEXT)), 'utf-16be', true],
    [
      'GBK (Chinese Excel "CSV")',
      new Uint8Array(readFileSync(resolve(DIR, 'gbk-chinese.gbk.csv'))),
      'gb18030',
      false,
    ],
  ] as const)('%s', (_, input, encoding, bom) => {
    const result = decodeImportBytes(input);
    expect(result.ok && result.value).toMatchObject({ encoding, bom, replaced: 0 });
    if (encoding !== 'gb18030') expect(result.ok && result.value.text).toBe(TEXT);
    else expect(result.ok && result.value.text).toContain('杭州西湖银行股份有限公司,西湖银行');
  });

  it.each([
    ['little-endian', utf16le('Name,Email\r\nAcme,info@acme.com\r\n'), 'utf-16le'],
    ['big-endian', utf16be('Name,Email\r\nAcme,info@acme.com\r\n'), 'utf-16be'],
  ] as const)('UTF-16 %s without a BOM: NULs at every other byte', (_, input, encoding) => {
    const result = decodeImportBytes(input);
    expect(result.ok && [result.value.encoding, result.value.text]).toEqual([
      encoding,
      'Name,Email\r\nAcme,info@acme.com\r\n',
    ]);
  });

  it('a UTF-8 file with one damaged byte stays UTF-8 (the byte becomes �), not GB18030', () => {
    const damaged = utf8(TEXT.repeat(3));
    damaged[20] = 0xff;
    const result = decodeImportBytes(damaged);
    expect(result.ok && result.value).toMatchObject({ encoding: 'utf-8', replaced: 1 });
    expect(result.ok && result.value.text).toContain('上海云帆物流有限公司');
  });

  it('a UTF-8 file cut in the middle of a character is still UTF-8', () => {
    const cut = utf8(TEXT).slice(0, utf8('公司名称,网址\r\n上').length - 1);
    expect(decodeImportBytes(cut)).toMatchObject({ ok: true, value: { encoding: 'utf-8' } });
  });

  it('the rep can force an encoding', () => {
    const latin = new Uint8Array(Buffer.from('Name\r\nMüller GmbH\r\n', 'latin1'));
    expect(decodeImportBytes(latin, 'windows-1252')).toMatchObject({
      ok: true,
      value: { encoding: 'windows-1252', text: 'Name\r\nMüller GmbH\r\n' },
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['only a BOM and blank lines', bytes([0xef, 0xbb, 0xbf], utf8('\r\n\r\n  ')), 'empty'],
    [
      'NULs outside UTF-16',
      bytes(utf8('Name,Email\n'), [0, 1, 2, 0x89, 0x50, 0x4e, 0x47, 0, 0, 0], utf8('abc')),
      'binary',
    ],
    [
      'control bytes',
      bytes(...Array.from({ length: 40 }, (_, i) => [0x41 + (i % 26), 0x01 + (i % 7)])),
      'binary',
    ],
    [
      'an Excel workbook (.xlsx is a zip)',
      bytes([0x50, 0x4b, 0x03, 0x04], utf8('[Content_Types].xml')),
      'spreadsheetFile',
    ],
    [
      'an old Excel workbook (.xls)',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'spreadsheetFile',
    ],
  ])('refuses %s', (_, input, code) => {
    expect(decodeImportBytes(input)).toEqual({ ok: false, error: { code, params: {} } });
  });

  it('counts valid multi-byte sequences and invalid bytes', () => {
    expect(countUtf8(utf8('a中文é'))).toEqual({ valid: 3, invalid: 0 });
    expect(countUtf8(bytes([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ valid: 0, invalid: 3 });
  });
});
