/**
 * The Dossier fields a column of an imported file can fill (the mapping screen's choices), and the
 * column names each is known by: English and Chinese spreadsheets, HubSpot's and Salesforce's
 * export headers, and our own CSV export (lib/portability/export/core/csv.ts).
 */

export const ACCOUNT_FIELDS = [
  'account.name',
  'account.aliases',
  'account.legalName',
  'account.website',
  'account.domain',
  'account.emailDomain',
  'account.email',
  'account.phone',
  'account.fax',
  'account.address',
  'account.street',
  'account.city',
  'account.state',
  'account.postalCode',
  'account.country',
  'account.industry',
  'account.tier',
  'account.portfolioQuadrant',
  'account.lifecycleStage',
  'account.description',
  'account.size',
  'account.taxId',
  'account.nextContactDate',
  'account.createdAt',
  'account.externalId',
  'account.externalIds',
  'account.dossierId',
] as const;

export const CONTACT_FIELDS = [
  'contact.name',
  'contact.firstName',
  'contact.lastName',
  'contact.title',
  'contact.emails',
  'contact.phones',
  'contact.birthday',
  'contact.notes',
  'contact.interests',
  'contact.buyingRole',
  'contact.socialStyle',
  'contact.createdAt',
  'contact.externalId',
  'contact.externalIds',
  'contact.dossierId',
  'contact.companyName',
  'contact.companyDomain',
  'contact.companyExternalId',
  'contact.companyDossierId',
] as const;

export const IMPORT_FIELDS = [...ACCOUNT_FIELDS, ...CONTACT_FIELDS] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ImportField = AccountField | ContactField;

/** Fields several columns add to (Phone + Mobile, Email + Email (2)); the others take the first value. */
export const LIST_FIELDS: ReadonlySet<ImportField> = new Set([
  'account.aliases',
  'account.domain',
  'account.emailDomain',
  'account.externalIds',
  'account.street',
  'contact.emails',
  'contact.phones',
  'contact.interests',
  'contact.externalIds',
]);

/** Column name → a key that ignores case, width, spaces and punctuation, and our ` (2)` suffix. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s*\(\d+\)$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

type Table<F> = [F, string[]][];

/** Columns that always describe the company. */
export const ACCOUNT_HEADERS: Table<AccountField> = [
  [
    'account.name',
    [
      'Company name',
      'Account Name',
      'Organization',
      'Organisation',
      'Customer name',
      'Client name',
      'Business name',
      '公司名称',
      '客户名称',
      '单位名称',
      '企业名称',
      '机构名称',
      '公司名',
      '名称',
    ],
  ],
  [
    'account.aliases',
    ['Short names', 'Short name', 'Alias', 'Aliases', '简称', '公司简称', '客户简称', '单位简称', '别名'],
  ],
  ['account.legalName', ['Legal name', 'Registered name', '全称', '公司全称', '注册名称', '工商注册名称']],
  [
    'account.website',
    [
      'Website URL',
      'Website',
      'Web site',
      'URL',
      'Homepage',
      'Web',
      '网址',
      '网站',
      '官网',
      '公司网址',
      '主页',
    ],
  ],
  ['account.domain', ['Company Domain Name', 'Domain', 'Domain name', 'Website domains', '域名']],
  ['account.emailDomain', ['Email domain', 'Email domains', '邮箱域名']],
  ['account.industry', ['Industry', 'Industry type', '行业', '所属行业', '行业类别', '行业分类']],
  ['account.tier', ['Tier', 'Rating', 'Account Rating', '等级', '客户等级', '级别', '客户级别', '分级']],
  ['account.portfolioQuadrant', ['Portfolio quadrant', 'Quadrant', '象限', '客户组合', '组合象限']],
  [
    'account.lifecycleStage',
    ['Lifecycle stage', 'Account Type', 'Customer type', 'Type', '生命周期', '客户类型', '客户状态', '阶段'],
  ],
  [
    'account.size',
    ['Number of Employees', 'Employees', 'Company size', '员工人数', '人数', '规模', '公司规模'],
  ],
  ['account.taxId', ['Tax ID', 'VAT number', '税号', '纳税人识别号', '统一社会信用代码', '信用代码']],
  ['account.fax', ['Fax', 'Fax Number', 'Account Fax', '传真', '传真号码']],
  [
    'account.street',
    ['Billing Street', 'Billing Address Line 1', 'Billing Address Line 2', 'Street Address 2', 'Address 2'],
  ],
  ['account.city', ['Billing City']],
  ['account.state', ['Billing State/Province', 'Billing State', 'State/Region', '省份', '省']],
  ['account.postalCode', ['Billing Zip/Postal Code', 'Billing Zip', 'Billing Postal Code']],
  ['account.country', ['Billing Country', 'Country/Region']],
  [
    'account.nextContactDate',
    ['Next Activity Date', 'Next contact', 'Next contact date', '下次联系', '下次联系时间', '下次拜访'],
  ],
];

/** Columns that always describe a person. */
export const CONTACT_HEADERS: Table<ContactField> = [
  ['contact.firstName', ['First Name', 'Firstname', 'Given name', '名']],
  ['contact.lastName', ['Last Name', 'Lastname', 'Surname', 'Family name', '姓']],
  ['contact.name', ['Full name', 'Contact name', 'Contact', '联系人', '姓名', '联系人姓名', '客户联系人']],
  ['contact.title', ['Job Title', 'Title', 'Position', '职位', '职务', '头衔', '岗位']],
  [
    'contact.phones',
    [
      'Mobile',
      'Mobile Phone',
      'Mobile Phone Number',
      'Cell',
      'Cell phone',
      'Phones',
      '手机',
      '手机号',
      '手机号码',
    ],
  ],
  ['contact.emails', ['Emails', 'Additional email addresses', 'Other email', 'Email 2']],
  ['contact.birthday', ['Birthday', 'Birthdate', 'Date of birth', '生日', '出生日期']],
  ['contact.interests', ['Interests', 'Hobbies', '兴趣', '爱好', '兴趣爱好']],
  ['contact.buyingRole', ['Buying role', 'Role in buying', '采购角色', '决策角色', '角色']],
  ['contact.socialStyle', ['Social style', '社交风格', '性格类型', '顾客类型']],
  ['contact.externalId', ['Contact ID']],
  ['contact.companyDossierId', ['Company Dossier ID']],
  [
    'contact.companyExternalId',
    ['Associated Company IDs', 'Associated Company ID', 'Associated Company IDs (Primary)', 'Company ID'],
  ],
  ['contact.companyName', ['Associated Company', '所属公司', '所在公司', '所属客户']],
];

/**
 * Columns that belong to the company in a file of companies and to the person in a file of
 * people (`null`: the person has no such field, so it stays the company's).
 */
export const SHARED_HEADERS: [AccountField, ContactField | null, string[]][] = [
  [
    'account.phone',
    'contact.phones',
    ['Phone', 'Phone Number', 'Telephone', 'Tel', 'Work phone', '电话', '联系电话', '座机', '办公电话'],
  ],
  [
    'account.email',
    'contact.emails',
    ['Email', 'E-mail', 'Email address', 'Mail', '邮箱', '电子邮件', '电子邮箱', '邮件'],
  ],
  [
    'account.description',
    'contact.notes',
    ['Notes', 'Note', 'Remarks', 'Comments', 'Description', '备注', '说明'],
  ],
  [
    'account.createdAt',
    'contact.createdAt',
    ['Create Date', 'Created Date', 'Created', '创建时间', '创建日期'],
  ],
  ['account.externalId', 'contact.externalId', ['Record ID']],
  ['account.externalIds', 'contact.externalIds', ['External IDs']],
  ['account.dossierId', 'contact.dossierId', ['Dossier ID']],
  [
    'account.address',
    null,
    ['Address', 'Full address', '地址', '联系地址', '通讯地址', '公司地址', '详细地址'],
  ],
  ['account.street', null, ['Street Address', 'Street', '街道']],
  ['account.city', null, ['City', '城市', '市']],
  ['account.state', null, ['State', 'Province', 'Region']],
  ['account.postalCode', null, ['Postal Code', 'Zip', 'Zip Code', 'Postcode', '邮编', '邮政编码']],
  ['account.country', null, ['Country', '国家', '国家/地区']],
  ['account.description', null, ['About', 'Company description', '简介', '公司简介']],
];

/**
 * Columns naming the company: the account itself in a file of companies, the person's company in
 * a file of people.
 */
export const COMPANY_HEADERS = [
  'Company',
  'Company name',
  'Account Name',
  'Account',
  'Organization',
  '公司',
  '公司名称',
  '客户名称',
  '单位',
  '单位名称',
  '企业名称',
  '客户',
];
export const COMPANY_ID_HEADERS = ['Account ID'];
export const COMPANY_DOMAIN_HEADERS = ['Company Domain Name', 'Company domain', 'Domain', '域名'];
