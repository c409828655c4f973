/**
 * Test and benchmark data for the quick search: a seeded, generated book of accounts (Chinese and
 * English names, aliases, domains), ~2 contacts each (Chinese names read with surnames, or Latin
 * names; addresses; phones) and some notes, with a few planted records the query set must find
 * among look-alikes. The same count and seed give the same records. Readings are computed here with
 * pinyin-pro, as the background will when it writes rows.
 */
import { emptyAccountDraft, emptyContactDraft, emptyTimelineNoteDraft } from '../../model/defaults';
import type { Account, Contact, TimelineNote } from '../../model/types';
import { accountDoc, accountNames, contactDoc, noteDoc, type SearchDoc } from './fields';
import { accountReadings, contactReadings, readingsOfNames } from './pinyin';

/** A query and the record it must find: at rank 1, or within the top 5 when `top` is 5. */
export interface SearchCase {
  query: string;
  id: string;
  top: 1 | 5;
  kind: string;
}

/** Mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES =
  '江苏 上海 北京 深圳 广州 杭州 苏州 南京 成都 武汉 重庆 天津 宁波 无锡 青岛 厦门 西安 长沙 中国'.split(' ');
const BRAND =
  '华恒通达鑫瑞安泰盛宏远博创新天海中联科金银永昌隆信德明光东南星宇凯振嘉汇丰峰润和锦云舟驰卓越智源'.split(
    '',
  );
const INDUSTRY_ZH =
  '科技 物流 医药 电子 贸易 信息技术 新能源 机械 化工 食品 建设 软件 网络 汽车 材料 电信 移动 银行'.split(
    ' ',
  );
const SUFFIX_ZH = ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'];
const SYL =
  'north wind blue stone apex gal axy con tin sil ver lake pine crest sum mit terra nova orbit vant iron wood bright star field ocean gate peak core lum hex zen oak clear water sky line vista quant pro glob acme'.split(
    ' ',
  );
const INDUSTRY_EN =
  'Logistics Systems Pharmaceuticals Electronics Trading Software Energy Machinery Chemicals Foods Construction Networks Motors Materials Telecom'.split(
    ' ',
  );
const SUFFIX_EN = ['Group', 'Inc.', 'Ltd.', 'Corporation', 'Holdings', 'GmbH', 'LLC'];
const SURNAMES =
  '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉飞鑫宇浩然晨阳雪琳欣怡子涵梓轩'.split('');
const FIRST_EN =
  'james john robert michael william david richard joseph thomas linda sarah karen nancy lisa betty emily'.split(
    ' ',
  );
const LAST_EN =
  'smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson white'.split(
    ' ',
  );
const NOTE_WORDS =
  'pricing contract renewal delivery invoice proposal quarter review budget upgrade outage support bandwidth tender'.split(
    ' ',
  );

const STAMP = '2025-01-01T00:00:00.000Z';

function account(id: string, name: string, aliases: string[], domain: string, phone = ''): Account {
  const a: Account = { ...emptyAccountDraft(), id, createdAt: STAMP, updatedAt: STAMP, name, aliases };
  a.websiteDomains = [domain];
  a.emailDomains = [domain];
  a.basic = { ...a.basic, phone };
  return a;
}

function contact(id: string, accountId: string, name: string, emails: string[], phones: string[]): Contact {
  return { ...emptyContactDraft(accountId), id, createdAt: STAMP, updatedAt: STAMP, name, emails, phones };
}

function note(id: string, accountId: string, text: string): TimelineNote {
  const draft = emptyTimelineNoteDraft(accountId, new Date(STAMP));
  return { ...draft, id, createdAt: STAMP, updatedAt: STAMP, text };
}

/** Search records for accounts, their contacts and notes, readings computed with pinyin-pro. */
export function docsOf(accounts: Account[], contacts: Contact[], notes: TimelineNote[]): SearchDoc[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return [
    ...accounts.map((a) => accountDoc(a, readingsOfNames(accountNames(a), 'company'))),
    ...contacts.map((c) => {
      const a = byId.get(c.accountId);
      return contactDoc(c, a?.name ?? '', readingsOfNames([c.name], 'person'), a);
    }),
    ...notes.map((n) => noteDoc(n, byId.get(n.accountId)?.name ?? '', byId.get(n.accountId))),
  ];
}

/** The planted records: unique targets among generated look-alikes. */
function planted(): { accounts: Account[]; contacts: Contact[]; notes: TimelineNote[] } {
  const accounts = [
    account('p-ct', '中国电信股份有限公司', ['中国电信', 'China Telecom'], 'chinatelecom.com.cn'),
    account('p-cm', '中国移动通信集团有限公司', ['中国移动', 'China Mobile'], 'chinamobile.com'),
    account('p-js', '江苏电信有限公司', ['江苏电信', 'Jiangsu Telecom'], 'js-telecom.cn'),
    account('p-cq', '重庆银行股份有限公司', ['重庆银行'], 'cqbank.com.cn'),
    account('p-acme', 'Acme Logistics Inc.', ['Acme'], 'acme-logistics.com', '+1 (901) 555-0100'),
  ];
  const contacts = [
    contact('p-shan', 'p-ct', '单丽', ['shanli@chinatelecom.com.cn'], ['+86 139 1234 5678']),
    contact('p-zeng', 'p-js', '曾国强', ['zenggq@js-telecom.cn'], ['+86 138 2000 1111']),
    contact('p-xie', 'p-cq', '解晓明', ['xiexm@cqbank.com.cn'], ['+86 136 3000 2222']),
    contact('p-ou', 'p-cq', '区伟', ['ouwei@cqbank.com.cn'], []),
    contact('p-marcus', 'p-acme', 'Marcus Grant', ['marcus.grant@acme-logistics.com'], ['+1 (901) 555-0101']),
  ];
  const notes = [
    note('p-note', 'p-acme', 'Discussed the cold-chain warehouse expansion in Memphis with Marcus.'),
  ];
  return { accounts, contacts, notes };
}

/** The query set over the planted records (see SearchCase). */
export const PLANTED_CASES: SearchCase[] = [
  { query: 'zhongguodianxin', id: 'p-ct', top: 1, kind: 'pinyin full' },
  { query: 'zhongguo', id: 'p-ct', top: 5, kind: 'pinyin full (ambiguous)' },
  { query: 'zgdx', id: 'p-ct', top: 1, kind: 'initials' },
  {
    query: 'zgdianxin',
    id: 'p-ct',
    top: 5,
    kind: 'initials + pinyin (舟光电信 and the like are zgdianxin too)',
  },
  { query: 'zgydtx', id: 'p-cm', top: 1, kind: 'initials' },
  { query: '中国电信', id: 'p-ct', top: 1, kind: 'Chinese' },
  { query: '中國電信', id: 'p-ct', top: 1, kind: 'traditional' },
  { query: 'china telecom', id: 'p-ct', top: 1, kind: 'English alias' },
  { query: '江苏 telecom', id: 'p-js', top: 1, kind: 'Chinese/English mix' },
  { query: 'jiangsu telecom', id: 'p-js', top: 1, kind: 'pinyin/English mix' },
  { query: '重庆银行', id: 'p-cq', top: 1, kind: 'Chinese' },
  { query: 'chongqingyinhang', id: 'p-cq', top: 1, kind: 'pinyin full' },
  { query: 'acme logistics', id: 'p-acme', top: 1, kind: 'name' },
  { query: 'acme logstics', id: 'p-acme', top: 1, kind: 'typo' },
  { query: 'ＡＣＭＥ ＬＯＧＩＳＴＩＣＳ', id: 'p-acme', top: 1, kind: 'full-width' },
  { query: 'acme-logistics.com', id: 'p-acme', top: 1, kind: 'domain' },
  { query: 'acme-log', id: 'p-acme', top: 1, kind: 'domain prefix' },
  { query: 'js-telecom.cn', id: 'p-js', top: 1, kind: 'domain' },
  { query: 'marcus.grant@acme-logistics.com', id: 'p-marcus', top: 1, kind: 'email' },
  { query: 'marcus grant', id: 'p-marcus', top: 1, kind: 'contact name' },
  { query: '13912345678', id: 'p-shan', top: 1, kind: 'phone' },
  { query: '12345678', id: 'p-shan', top: 1, kind: 'phone last 8' },
  { query: '139 1234 5678', id: 'p-shan', top: 1, kind: 'phone spaced' },
  { query: '(901) 555-0101', id: 'p-marcus', top: 1, kind: 'phone formatted' },
  { query: '单丽', id: 'p-shan', top: 1, kind: 'contact Chinese' },
  { query: 'shanli', id: 'p-shan', top: 1, kind: 'contact pinyin (surname reading)' },
  { query: 'shan li', id: 'p-shan', top: 1, kind: 'contact pinyin spaced' },
  { query: 'zengguoqiang', id: 'p-zeng', top: 1, kind: 'contact pinyin (surname reading)' },
  { query: 'xiexiaoming', id: 'p-xie', top: 1, kind: 'contact pinyin (surname reading)' },
  { query: 'ouwei', id: 'p-ou', top: 5, kind: 'contact pinyin (surname reading)' },
  { query: 'warehouse memphis', id: 'p-note', top: 1, kind: 'note words' },
];

/**
 * `count` generated accounts (plus the planted ones), ~2 contacts each, a note on one account in
 * ten, as search records; and the query set: the planted cases and cases drawn from generated
 * records (a name, a domain, a contact's pinyin), expected at rank 1 when unique, else in the top 5.
 */
export function makeSearchDataset(count: number, seed = 1): { docs: SearchDoc[]; cases: SearchCase[] } {
  const { accounts, contacts, notes } = makeSearchRows(count, seed);
  const docs = docsOf(accounts, contacts, notes);
  return { docs, cases: [...PLANTED_CASES, ...drawnCases(docs, prng(seed + 7))] };
}

/** The same book as rows, as the database holds them (readings left to the caller: `withReadings`). */
export function makeSearchRows(
  count: number,
  seed = 1,
): { accounts: Account[]; contacts: Contact[]; notes: TimelineNote[] } {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const { accounts, contacts, notes } = planted();
  for (let i = 0; i < count; i++) {
    const id = `acc-${i}`;
    let name: string;
    let alias: string;
    let domain: string;
    if (rand() < 0.5) {
      const [b1, b2, ind] = [pick(BRAND), pick(BRAND), pick(INDUSTRY_ZH)];
      name = `${pick(CITIES)}${b1}${b2}${ind}${pick(SUFFIX_ZH)}`;
      alias = `${b1}${b2}${ind}`;
      domain = `${b1.charCodeAt(0).toString(36)}${b2.charCodeAt(0).toString(36)}-${i % 97}.com.cn`;
    } else {
      const brand = Array.from({ length: 2 + (rand() < 0.4 ? 1 : 0) }, () => pick(SYL)).join('');
      const ind = pick(INDUSTRY_EN);
      name = `${brand[0]!.toUpperCase()}${brand.slice(1)} ${ind} ${pick(SUFFIX_EN)}`;
      alias = `${brand[0]!.toUpperCase()}${brand.slice(1)}`;
      domain = `${brand}${rand() < 0.5 ? `-${ind.toLowerCase()}` : ''}.${rand() < 0.7 ? 'com' : 'io'}`;
    }
    accounts.push(account(id, name, [alias], domain));
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) {
      const chinese = rand() < 0.5;
      const person = chinese
        ? `${pick(SURNAMES)}${pick(GIVEN)}${rand() < 0.6 ? pick(GIVEN) : ''}`
        : `${pick(FIRST_EN)} ${pick(LAST_EN)}`;
      const local = chinese ? `u${i}x${k}` : person.replace(' ', '.');
      const phone = `+86 1${3 + Math.floor(rand() * 6)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
      contacts.push(contact(`con-${i}-${k}`, id, person, [`${local}@${domain}`], [phone]));
    }
    if (i % 10 === 0) {
      const text = Array.from({ length: 12 }, () => pick(NOTE_WORDS)).join(' ');
      notes.push(note(`note-${i}`, id, `${text}. 讨论了${pick(INDUSTRY_ZH)}方案。`));
    }
  }
  return { accounts, contacts, notes };
}

/** Rows with their pinyin readings, as lib/db stores them (the benchmark seeds the extension with these). */
export function withReadings(rows: { accounts: Account[]; contacts: Contact[]; notes: TimelineNote[] }) {
  return {
    accounts: rows.accounts.map((a) => ({ ...a, pinyin: accountReadings(a) })),
    contacts: rows.contacts.map((c) => ({ ...c, pinyin: contactReadings(c) })),
    notes: rows.notes,
  };
}

/** Cases from generated records: rank 1 when the value is unique in its field, top 5 when ≤ 5 share it. */
function drawnCases(docs: SearchDoc[], rand: () => number): SearchCase[] {
  const counts = new Map<string, number>();
  const tally = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const d of docs) {
    if (d.type === 'note') continue;
    tally(`t:${d.title.toLowerCase()}`);
    for (const x of d.domains) if (d.type === 'account') tally(`d:${x}`);
    for (const r of d.pinyin) tally(`p:${r.full}`);
  }
  const out: SearchCase[] = [];
  const add = (query: string, key: string, id: string, kind: string) => {
    const n = counts.get(key) ?? 0;
    if (n >= 1 && n <= 5) out.push({ query, id, top: n === 1 ? 1 : 5, kind });
  };
  const generated = docs.filter((d) => d.id.startsWith('acc-') || d.id.startsWith('con-'));
  for (let k = 0; k < 30 && generated.length; k++) {
    const d = generated[Math.floor(rand() * generated.length)]!;
    if (d.type === 'account') {
      add(d.title, `t:${d.title.toLowerCase()}`, d.id, 'drawn: account name');
      if (d.domains[0]) add(d.domains[0], `d:${d.domains[0]}`, d.id, 'drawn: domain');
      const r = d.pinyin[0];
      if (r) add(r.full, `p:${r.full}`, d.id, 'drawn: account pinyin');
    } else {
      const r = d.pinyin[0];
      if (r) add(r.full, `p:${r.full}`, d.id, 'drawn: contact pinyin');
      else add(d.title, `t:${d.title.toLowerCase()}`, d.id, 'drawn: contact name');
    }
  }
  return out;
}
