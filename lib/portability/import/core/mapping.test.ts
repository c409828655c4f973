import { describe, expect, it } from 'vitest';
import { sanitizeMapping, suggestMapping, summarizeMapping } from './mapping';
import { detectSource } from './sources';

const HUBSPOT_COMPANIES = [
  'Record ID',
  'Company name',
  'Company Domain Name',
  'Website URL',
  'Phone Number',
  'City',
  'Country/Region',
  'Industry',
  'Company owner',
  'Create Date',
];
const HUBSPOT_CONTACTS = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Mobile Phone Number',
  'Job Title',
  'Associated Company',
  'City',
  'Lifecycle Stage',
];
const SALESFORCE_ACCOUNTS = [
  'Account Name',
  'Account ID',
  'Website',
  'Type',
  'Billing Street',
  'Billing City',
  'Billing State/Province',
  'Billing Zip/Postal Code',
  'Billing Country',
  'Phone',
  'Industry',
  'Account Owner',
  'Rating',
];
const SALESFORCE_CONTACTS = [
  'First Name',
  'Last Name',
  'Title',
  'Account Name',
  'Account ID',
  'Mailing City',
  'Phone',
  'Mobile',
  'Email',
  'Contact ID',
  'Birthdate',
];
const CHINESE = ['公司名称', '简称', '网址', '行业', '地址', '联系人', '职位', '手机', '邮箱', '备注'];
const CHINESE_COMPANIES = ['客户名称', '单位简称', '网站', '所属行业', '电话', '电子邮件', '地址', '备注'];

describe('detectSource', () => {
  it.each([
    [HUBSPOT_COMPANIES, 'hubspotCompanies'],
    [HUBSPOT_CONTACTS, 'hubspotContacts'],
    [SALESFORCE_ACCOUNTS, 'salesforceAccounts'],
    [SALESFORCE_CONTACTS, 'salesforceContacts'],
    [['Dossier ID', 'Name', 'Website'], 'dossier'],
    [CHINESE, 'spreadsheet'],
    [['Name', 'City'], 'spreadsheet'],
  ])('%j → %s', (headers, source) => {
    expect(detectSource(headers)).toBe(source);
  });
});

const pairs = (headers: string[]) =>
  Object.fromEntries(headers.map((h, i) => [h, suggestMapping(headers, detectSource(headers))[i]]));

describe('suggestMapping', () => {
  it('HubSpot companies: the company’s own fields; the owner is left out', () => {
    expect(pairs(HUBSPOT_COMPANIES)).toEqual({
      'Record ID': 'account.externalId',
      'Company name': 'account.name',
      'Company Domain Name': 'account.domain',
      'Website URL': 'account.website',
      'Phone Number': 'account.phone',
      City: 'account.city',
      'Country/Region': 'account.country',
      Industry: 'account.industry',
      'Company owner': null,
      'Create Date': 'account.createdAt',
    });
  });

  it('HubSpot contacts: the person’s fields, and only the name of their company', () => {
    expect(pairs(HUBSPOT_CONTACTS)).toEqual({
      'Record ID': 'contact.externalId',
      'First Name': 'contact.firstName',
      'Last Name': 'contact.lastName',
      Email: 'contact.emails',
      'Phone Number': 'contact.phones',
      'Mobile Phone Number': 'contact.phones',
      'Job Title': 'contact.title',
      'Associated Company': 'contact.companyName',
      City: null,
      'Lifecycle Stage': null,
    });
  });

  it('Salesforce accounts: id, billing address parts, type → stage, rating → tier', () => {
    expect(pairs(SALESFORCE_ACCOUNTS)).toMatchObject({
      'Account Name': 'account.name',
      'Account ID': 'account.externalId',
      Type: 'account.lifecycleStage',
      'Billing Street': 'account.street',
      'Billing City': 'account.city',
      'Billing State/Province': 'account.state',
      'Billing Zip/Postal Code': 'account.postalCode',
      'Billing Country': 'account.country',
      Phone: 'account.phone',
      'Account Owner': null,
      Rating: 'account.tier',
    });
  });

  it('Salesforce contacts: the account’s name and id link the person', () => {
    expect(pairs(SALESFORCE_CONTACTS)).toEqual({
      'First Name': 'contact.firstName',
      'Last Name': 'contact.lastName',
      Title: 'contact.title',
      'Account Name': 'contact.companyName',
      'Account ID': 'contact.companyExternalId',
      'Mailing City': null,
      Phone: 'contact.phones',
      Mobile: 'contact.phones',
      Email: 'contact.emails',
      'Contact ID': 'contact.externalId',
      Birthdate: 'contact.birthday',
    });
  });

  it('a Chinese sheet of companies and their people', () => {
    expect(pairs(CHINESE)).toEqual({
      公司名称: 'contact.companyName',
      简称: 'account.aliases',
      网址: 'account.website',
      行业: 'account.industry',
      地址: 'account.address',
      联系人: 'contact.name',
      职位: 'contact.title',
      手机: 'contact.phones',
      邮箱: 'contact.emails',
      备注: 'contact.notes',
    });
  });

  it('a Chinese sheet of companies only: phone, email and notes are the company’s', () => {
    expect(pairs(CHINESE_COMPANIES)).toEqual({
      客户名称: 'account.name',
      单位简称: 'account.aliases',
      网站: 'account.website',
      所属行业: 'account.industry',
      电话: 'account.phone',
      电子邮件: 'account.email',
      地址: 'account.address',
      备注: 'account.description',
    });
  });

  it('headers match whatever their case, width, spacing and punctuation', () => {
    expect(suggestMapping(['  COMPANY-NAME ', 'ｅｍａｉｌ', 'web site'], 'spreadsheet')).toEqual([
      'account.name',
      'account.email',
      'account.website',
    ]);
  });

  it('a single-value field goes to its first column only; list fields take every column', () => {
    expect(
      suggestMapping(['Name', 'Company', 'Email', 'Email (2)', 'Title', 'Job Title'], 'spreadsheet'),
    ).toEqual([
      'contact.name',
      'contact.companyName',
      'contact.emails',
      'contact.emails',
      'contact.title',
      null,
    ]);
  });
});

describe('summarizeMapping and sanitizeMapping', () => {
  it('says which columns go where, which are left out, and whether anything can be imported', () => {
    const headers = ['Company name', 'Owner', 'Name (2)', 'Notes'];
    const mapping = ['account.name', null, 'account.name', 'account.description'] as const;
    expect(summarizeMapping(headers, [...mapping])).toEqual({
      mapped: [
        { column: 'Company name', field: 'account.name' },
        { column: 'Name (2)', field: 'account.name' },
        { column: 'Notes', field: 'account.description' },
      ],
      unmapped: ['Owner'],
      repeated: ['account.name'],
      usable: true,
    });
    expect(summarizeMapping(['Owner'], [null]).usable).toBe(false);
  });

  it('a mapping from outside keeps only known fields, one per column', () => {
    expect(sanitizeMapping(['account.name', 'account.__proto__', 7, null], 5)).toEqual([
      'account.name',
      null,
      null,
      null,
      null,
    ]);
    expect(sanitizeMapping('nonsense', 2)).toEqual([null, null]);
  });
});
