import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHOICE_LABELS } from '../../../model/choice-labels';
import { INDUSTRIES } from '../../../model/vocabulary';
import { parseDate, toBirthday, toCalendarDate, toTimestamp } from './dates';
import {
  composeAddress,
  externalId,
  parseExternalIds,
  personName,
  splitEmails,
  splitList,
  splitPhones,
} from './values';
import { parseChoice, parseIndustry, parseLifecycleStage, parseTier } from './vocab';

describe('multi-value cells', () => {
  it.each([
    ['a@x.com; b@x.com', ['a@x.com', 'b@x.com']],
    ['a@x.com, B@X.com', ['a@x.com', 'b@x.com']],
    ['a@x.com\nb@x.com', ['a@x.com', 'b@x.com']],
    ['Wang Fang <wang.fang@x.cn>, mailto:li@x.cn', ['wang.fang@x.cn', 'li@x.cn']],
    ['a@x.com；b@x.com、c@x.com', ['a@x.com', 'b@x.com', 'c@x.com']],
    ['', []],
  ])('emails %j', (cell, emails) => {
    expect(splitEmails(cell)).toEqual(emails);
  });

  it.each([
    ['+86 10 1234 5678', ['+86 10 1234 5678']],
    ['+1 415 555 0100; +1 415 555 0177', ['+1 415 555 0100', '+1 415 555 0177']],
    ['13800138000 / 021-6888 1234', ['13800138000', '021-6888 1234']],
    ['手机：１３８００１３８０００', ['13800138000']],
    ['tel:+44-20-7946-0960', ['+44-20-7946-0960']],
  ])('phones %j', (cell, phones) => {
    expect(splitPhones(cell)).toEqual(phones);
  });

  it('lists', () => {
    expect(splitList('云帆物流；云帆, Yunfan | YF\nYFL')).toEqual([
      '云帆物流',
      '云帆',
      'Yunfan',
      'YF',
      'YFL',
    ]);
  });
});

describe('names and addresses', () => {
  it.each([
    ['', '芳', '王', '王芳'],
    ['', 'Maria', 'Gonzalez', 'Maria Gonzalez'],
    ['', ' Maria ', '', 'Maria'],
    ['  Li   Wei ', 'ignored', 'ignored', 'Li Wei'],
    ['', '小 明', '欧阳', '欧阳小明'],
  ])('full %j, first %j, last %j → %j', (full, first, last, name) => {
    expect(personName(full, first, last)).toBe(name);
  });

  it('addresses: English small to large, Chinese large to small', () => {
    expect(
      composeAddress({
        street: '500 Harbor Blvd',
        city: 'San Francisco',
        state: 'CA',
        postalCode: '94107',
        country: 'USA',
      }),
    ).toBe('500 Harbor Blvd, San Francisco, CA 94107, USA');
    expect(
      composeAddress({
        street: '世纪大道100号',
        city: '上海市',
        state: '上海市',
        postalCode: '200120',
        country: '中国',
      }),
    ).toBe('中国上海市世纪大道100号 200120');
  });
});

describe('external ids', () => {
  it.each([
    ['hubspot', '18234501', 'hubspot:18234501'],
    ['hubspot', 'abc', ''],
    ['salesforce', '0015g00000ABCde', 'salesforce:0015g00000ABCdeAAH'],
    ['salesforce', 'not-an-id', ''],
    ['sheet', 'C-001', 'sheet:C-001'],
    ['sheet', 'has space', ''],
  ])('%s %j → %j', (system, raw, id) => {
    expect(externalId(system, raw)).toBe(id);
  });

  it('our export’s list of ids', () => {
    expect(parseExternalIds('hubspot:1\nSalesforce:0015g00000ABCde\nbogus\nx:')).toEqual([
      'hubspot:1',
      'salesforce:0015g00000ABCdeAAH',
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-12 09:14', '2024-03-12', '2024-03-12T09:14'],
    ['3/15/2024 2:30 PM', '2024-03-15', '2024-03-15T14:30'],
    ['12/1/2023 12:05 AM', '2023-12-01', '2023-12-01T00:05'],
    ['15/03/2024', '2024-03-15', '2024-03-15T00:00'],
    ['15.03.2024 18:00', '2024-03-15', '2024-03-15T18:00'],
    ['2024/3/5', '2024-03-05', '2024-03-05T00:00'],
    ['2024年3月12日', '2024-03-12', '2024-03-12T00:00'],
    ['45366', '2024-03-15', '2024-03-15T00:00'],
  ])('%j', (text, date, local) => {
    expect(toCalendarDate(text)).toBe(date);
    const d = parseDate(text)!;
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(`${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour)}:${pad(d.minute)}`).toBe(local);
  });

  it('a zone given is honoured; a time without one is local', () => {
    expect(toTimestamp('2024-03-12T09:14:00.250Z')).toBe('2024-03-12T09:14:00.250Z');
    expect(toTimestamp('2024-03-12 09:14+08:00')).toBe('2024-03-12T01:14:00.000Z');
    expect(toTimestamp('2024-03-12 09:14')).toBe(new Date(2024, 2, 12, 9, 14).toISOString());
  });

  it.each(['2024-02-30', '13/13/2024', '3/15/2024 13:30 PM', 'next Tuesday', '', '2024-03-12 25:00'])(
    '%j is no date',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it('birthdays keep an unknown year unknown', () => {
    expect(toBirthday('1985-05-04')).toBe('1985-05-04');
    expect(toBirthday('--07-04')).toBe('--07-04');
    expect(toBirthday('7月4日')).toBe('--07-04');
    expect(toCalendarDate('--07-04')).toBeNull();
  });
});

describe('vocabularies', () => {
  it('our labels are the locales’ labels, and each reads back as its code', () => {
    const locales = ['en', 'zh_CN'].map((l) =>
      JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../../locales/${l}.json`), 'utf8')),
    );
    for (const [group, codes] of Object.entries(CHOICE_LABELS)) {
      for (const [code, labels] of Object.entries(codes)) {
        expect(labels).toEqual(locales.map((l) => l[group][code]));
      }
    }
    for (const code of INDUSTRIES) {
      for (const label of CHOICE_LABELS.industry[code])
        expect(parseIndustry(label)).toEqual({ industry: code, matched: true });
    }
    expect(parseChoice('buyingRole', '决策者')).toBe('decisionMaker');
    expect(parseChoice('socialStyle', 'analytical')).toBe('analytical');
    expect(parseChoice('portfolioQuadrant', 'Cash cow')).toBe('cashCow');
    expect(parseChoice('buyingRole', 'boss')).toBeNull();
  });

  it.each([
    ['COMPUTER_SOFTWARE', 'ict'],
    ['Information Technology and Services', 'ict'],
    ['Hospital & Health Care', 'education'],
    ['Biotechnology', 'education'],
    ['Banking', 'finance'],
    ['Telecommunications', 'telecom'],
    ['Logistics and Supply Chain', 'logistics'],
    ['Real Estate', 'realEstate'],
    ['Utilities', 'publicServices'],
    ['Oil & Energy', 'manufacturing'],
    ['软件和信息技术服务业', 'ict'],
    ['银行', 'finance'],
    ['批发零售', 'retail'],
    ['政府机关', 'government'],
  ])('industry %j → %s', (text, industry) => {
    expect(parseIndustry(text)).toEqual({ industry, matched: true });
  });

  it('an industry nothing fits is other, and says so', () => {
    expect(parseIndustry('Renewables & Environment')).toEqual({ industry: 'other', matched: false });
  });

  it.each([
    ['A', 'A'],
    ['b类', 'B'],
    ['Tier C', 'C'],
    ['Hot', 'A'],
    ['Warm', 'B'],
    ['Cold', 'C'],
    ['重点', 'A'],
    ['maybe', null],
  ])('tier %j → %s', (text, tier) => {
    expect(parseTier(text)).toBe(tier);
  });

  it.each([
    ['Customer - Direct', 'customer'],
    ['Former Customer', 'lost'],
    ['Prospect', 'prospect'],
    ['salesqualifiedlead', 'prospect'],
    ['Evangelist', 'loyalCustomer'],
    ['老顾客', 'loyalCustomer'],
    ['流失客户', 'lost'],
    ['Partner', null],
  ])('stage %j → %s', (text, stage) => {
    expect(parseLifecycleStage(text)).toBe(stage);
  });
});
