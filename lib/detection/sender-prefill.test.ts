import { describe, expect, it } from 'vitest';
import { looksLikePerson, newAccountPrefill } from './sender-prefill';

describe('newAccountPrefill', () => {
  it.each([
    ['Li Wei', true],
    ['李伟', true],
    ['Anna-Lena Schmidt', true],
    ['Acme Sales', false],
    ['客服中心', false],
    ['江苏电信有限公司', false],
    ['no-reply', false],
    ['', false],
  ])('looksLikePerson(%s) → %s', (name, expected) => {
    expect(looksLikePerson(name)).toBe(expected);
  });

  it('a person at a company domain: the company from the domain, the person as contact', () => {
    expect(newAccountPrefill({ name: 'Li Wei', email: 'Li.Wei@mail.newco.com.cn' })).toEqual({
      name: 'Newco',
      domain: 'mail.newco.com.cn',
      contactName: 'Li Wei',
      contactEmail: 'li.wei@mail.newco.com.cn',
      contactTitle: '',
      contactPhone: '',
    });
  });

  it('the signature’s company, title and phone win over what the address suggests', () => {
    expect(
      newAccountPrefill({
        name: 'Li Wei',
        email: 'li.wei@newco.com',
        title: 'Procurement Manager',
        company: 'NewCo Freight (Suzhou) Co., Ltd.',
        phones: ['+86 512 6000 1234', '+86 139 0000 1111'],
      }),
    ).toEqual({
      name: 'NewCo Freight (Suzhou) Co., Ltd.',
      domain: 'newco.com',
      contactName: 'Li Wei',
      contactEmail: 'li.wei@newco.com',
      contactTitle: 'Procurement Manager',
      contactPhone: '+86 512 6000 1234',
    });
  });

  it('a company display name is the account name', () => {
    expect(newAccountPrefill({ name: 'Acme Logistics Group', email: 'info@acme.com' })).toMatchObject({
      name: 'Acme Logistics Group',
      domain: 'acme.com',
    });
  });

  it('free mail: no domains, no company from the domain', () => {
    expect(newAccountPrefill({ name: '王芳', email: 'wangfang@163.com' })).toEqual({
      name: '',
      domain: '',
      contactName: '王芳',
      contactEmail: 'wangfang@163.com',
      contactTitle: '',
      contactPhone: '',
    });
  });

  it('no display name: the contact is named after the address', () => {
    expect(newAccountPrefill({ name: '', email: 'zhang.san@newco.com' })).toMatchObject({
      name: 'Newco',
      contactName: 'zhang.san',
    });
  });
});
