import { describe, expect, it } from 'vitest';
import { contactLinesOf, copyrightHolder, readContactLines } from './contact-text';

describe('contact lines', () => {
  it.each([
    ['公司名称：江南智运物流有限公司', 'names', ['江南智运物流有限公司']],
    ['单位名称: 苏州市某某研究院', 'names', ['苏州市某某研究院']],
    ['电话：0512-6888 6666', 'phones', ['0512-6888 6666']],
    ['电　　话：０５１２－６８８８ ６６６６', 'phones', ['0512-6888 6666']],
    ['联系电话：021-5555 1234、13800138000', 'phones', ['021-5555 1234', '13800138000']],
    ['座机：(021) 5555-1234 手机：138 0013 8000', 'phones', ['(021) 5555-1234', '138 0013 8000']],
    ['电话：010-1234 5678　传真：010-1234 5679', 'phones', ['010-1234 5678']],
    ['传真：010-1234 5679', 'phones', []],
    ['Fax: +1 519 555 0143 Phone: +1 519 555 0142', 'phones', ['+1 519 555 0142']],
    ['Tel. +49 30 1234567', 'phones', ['+49 30 1234567']],
    ['电话：1234567890123456789012345678901234567890', 'phones', []],
    ['QQ：800012345 邮编：215000', 'phones', []],
    ['邮箱：Service@JNZhiyun.com.cn', 'emails', ['service@jnzhiyun.com.cn']],
    [
      'E-mail: Info@Acme.example; Email：sales@acme.example',
      'emails',
      ['info@acme.example', 'sales@acme.example'],
    ],
    ['电子邮件：not-an-address', 'emails', []],
    [
      '地　　址：江苏省苏州市工业园区星湖街328号　邮编：215000',
      'addresses',
      ['江苏省苏州市工业园区星湖街328号'],
    ],
    ['Address: 2200 Riverside Drive, Windsor\nnext line', 'addresses', ['2200 Riverside Drive, Windsor']],
    ['Our hotel: great rooms', 'phones', []],
  ] as const)('%s → %s', (text, key, expected) => {
    expect(readContactLines(text)[key]).toEqual(expected);
  });

  it.each([
    ['© 2025 Northwind Freight Systems, Inc. All rights reserved.', 'Northwind Freight Systems, Inc.'],
    ['Copyright © 2011-2025 江南智运物流有限公司 版权所有 苏ICP备00000000号', '江南智运物流有限公司'],
    ['版权所有：亚克物流（上海）有限公司', '亚克物流（上海）有限公司'],
    ['© 2025 Acme Logistics (Shanghai) Co., Ltd. 沪ICP备00000000号', 'Acme Logistics (Shanghai) Co., Ltd.'],
    ['© 2025 Acme. Made with love.', ''],
  ])('copyright holder of %s', (line, expected) => {
    expect(copyrightHolder(line)).toBe(expected);
  });
});

describe('contact lines of a long text', () => {
  it('keeps only the lines with a label and its colon, cut around it', () => {
    const text = `prose: not a label\n${'x'.repeat(2_000)}电话：010-1234 5678 手机 138 0013 8000${'y'.repeat(2_000)}\nAddress: 1 Main St\nmore prose`;
    const lines = contactLinesOf(text);
    expect(lines.split('\n')).toHaveLength(2);
    expect(readContactLines(lines)).toEqual({
      names: [],
      phones: ['010-1234 5678', '138 0013 8000'],
      emails: [],
      addresses: ['1 Main St'],
    });
  });

  it.each([
    ['colons', '：'.repeat(1_048_576)],
    ['labels', '电话：1 Tel: x：'.repeat(80_000)],
  ])('is bounded on a megabyte of %s (its time: bench/capture-hostile.mjs)', (_, text) => {
    expect(contactLinesOf(text).length).toBeLessThan(400 * 1_000);
  });
});
