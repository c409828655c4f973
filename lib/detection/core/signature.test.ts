import { describe, expect, it } from 'vitest';
import { parseSignature } from './signature';

describe('parseSignature', () => {
  it('reads an English signature after the sender’s name', () => {
    const text = [
      'Hi Min, attached are the rates we discussed.',
      'Best regards,',
      'Li Wei',
      'Procurement Manager',
      'Acme Logistics (Shanghai) Co., Ltd.',
      'Tel: +86 21 6123 4567 ext. 801',
      'Mobile: +86 139 1234 5678',
      'li.wei@acme-logistics.com',
    ].join('\n');
    expect(parseSignature(text, { name: 'Li Wei', email: 'li.wei@acme-logistics.com' })).toEqual({
      title: 'Procurement Manager',
      company: 'Acme Logistics (Shanghai) Co., Ltd.',
      phones: ['+86 21 6123 4567 ext. 801', '+86 139 1234 5678'],
    });
  });

  it('reads a Chinese signature, and a title on the name line', () => {
    const text =
      '王经理您好：\n报价单见附件。\n此致\n王芳 | 采购部经理\n中国电信股份有限公司江苏分公司\n电话：025-8888 0000\n传真：025-8888 0001';
    expect(parseSignature(text, { name: '王芳', email: 'wang.fang@js-telecom.cn' })).toEqual({
      title: '采购部经理',
      company: '中国电信股份有限公司江苏分公司',
      phones: ['025-8888 0000'],
    });
  });

  it('uses the last mention (the signature, not the greeting) and the address when there is no name', () => {
    const text = 'Dear Wang,\nThanks.\n--\nwang.fang\nSales Director\n+1 (555) 010-2030';
    expect(parseSignature(text, { name: '', email: 'wang.fang@js-telecom.cn' })).toEqual({
      title: 'Sales Director',
      company: '',
      phones: ['+1 (555) 010-2030'],
    });
  });

  it('finds nothing where there is no signature', () => {
    expect(parseSignature('Just a note. Li Wei', { name: 'Li Wei', email: 'li@x.com' })).toEqual({
      title: '',
      company: '',
      phones: [],
    });
    expect(parseSignature('', { name: 'Li Wei', email: 'li@x.com' })).toEqual({
      title: '',
      company: '',
      phones: [],
    });
  });
});
