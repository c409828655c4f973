import Fuse from 'fuse.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDataset, DEMO_SEEDS } from '../../demo/core';
import type { SearchDoc } from './fields';
import { FUSE_OPTIONS } from './rank';
import { SearchIndex } from './search-index';
import { docsOf, makeSearchDataset, type SearchCase } from './test-data';

function rankOf(index: SearchIndex, c: SearchCase): number {
  return index.search(c.query, { limit: 10 }).findIndex((r) => r.doc.id === c.id) + 1;
}

function demoDocs(): SearchDoc[] {
  let n = 0;
  const d = buildDemoDataset(DEMO_SEEDS, new Date('2025-06-01T08:00:00Z'), () => `demo-${n++}`);
  return docsOf(d.accounts, d.contacts, d.notes);
}

/** Demo cases by title: [query, title of the record, top, kind]. */
const DEMO_CASES: [string, string, 1 | 5, string][] = [
  ['云港数据局', '云港市数据资源管理局', 1, 'Chinese alias'],
  ['雲港數據局', '云港市数据资源管理局', 1, 'traditional'],
  ['ygsjj', '云港市数据资源管理局', 1, 'initials'],
  ['jcnsh', '江澄农村商业银行股份有限公司', 1, 'initials'],
  ['jiangchengnongshang', '江澄农村商业银行股份有限公司', 1, 'pinyin full'],
  ['jcnongshang', '江澄农村商业银行股份有限公司', 1, 'initials + pinyin'],
  ['fengniao', '蜂鸟移动通信有限公司', 1, 'pinyin full'],
  ['hummingbird', '蜂鸟移动通信有限公司', 1, 'English alias'],
  ['江海通 logistics', '江海通物流集团有限公司', 1, 'Chinese/English mix'],
  ['surui', '苏锐精密制造股份有限公司', 1, 'pinyin'],
  ['zhoujianguo', '周建国', 1, 'contact pinyin'],
  ['周建国', '周建国', 1, 'contact Chinese'],
  ['shiguodong', '史国栋', 1, 'contact pinyin'],
  ['13905182201', '周建国', 1, 'phone'],
  ['0518 2201', '周建国', 1, 'phone last 8'],
  ['555-0101', 'Marcus Grant', 5, 'phone last 7 (shared)'],
  ['acme logstics', 'Acme Logistics', 1, 'typo'],
  ['ＡＣＭＥ', 'Acme Logistics', 1, 'full-width'],
  ['acme-logistics.com', 'Acme Logistics', 1, 'domain'],
  ['acme-log', 'Acme Logistics', 1, 'domain prefix'],
  ['marcus.grant@acme-logistics.com', 'Marcus Grant', 1, 'email'],
  ['claire', 'Claire Harrington', 1, 'contact first name'],
  ['meridan bank', 'Meridian Bank', 1, 'typo'],
  ['MSA amendment', 'Denise asked for updated 5G pricing and the MSA amendment draft.', 1, 'note words'],
  ['jinlan-property', '锦澜置业集团有限公司', 1, 'domain'],
];

describe('SearchIndex on the demo data', () => {
  const docs = demoDocs();
  const index = SearchIndex.build(docs);
  const cases = DEMO_CASES.map(([query, title, top, kind]): SearchCase => {
    const doc = docs.find((d) => d.title === title);
    if (!doc) throw new Error(`no demo record titled ${title}`);
    return { query, id: doc.id, top, kind };
  });

  it.each(cases)('$kind: "$query"', (c) => {
    const rank = rankOf(index, c);
    expect(rank, `rank of ${c.id}`).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(c.top);
  });

  it('is at least as accurate at rank 1 as plain fuse.js over the same records', () => {
    const fuse = new Fuse(docs, FUSE_OPTIONS);
    const ours = cases.filter((c) => rankOf(index, c) === 1).length;
    const plain = cases.filter((c) => fuse.search(c.query)[0]?.item.id === c.id).length;
    expect(ours).toBeGreaterThanOrEqual(plain);
  });
});

describe('SearchIndex on 10,000 generated accounts', () => {
  let index: SearchIndex;
  let cases: SearchCase[];
  beforeAll(() => {
    const data = makeSearchDataset(10_000, 1);
    index = SearchIndex.build(data.docs);
    cases = data.cases;
  }, 60_000);

  it('finds every case of the query set at its rank', () => {
    const misses = cases
      .map((c) => ({ ...c, rank: rankOf(index, c) }))
      .filter((c) => c.rank === 0 || c.rank > c.top);
    expect(misses).toEqual([]);
    expect(cases.length).toBeGreaterThan(40);
  });

  it('says why a record matched', () => {
    const [top] = index.search('acme logistics');
    expect(top?.doc.id).toBe('p-acme');
    expect(top?.matched.some((m) => m.key === 'names' && m.indices.length > 0)).toBe(true);
    const [mixed] = index.search('zgdianxin');
    expect(mixed?.doc.id).toBe('p-ct');
    expect(['names', 'pinyin.full', 'pinyin.initials']).toContain(mixed?.matched[0]?.key);
  });
});

const doc = (id: string, name: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  type: 'account',
  accountId: id,
  title: name,
  subtitle: '',
  names: [name],
  pinyin: [],
  domains: [],
  emails: [],
  phones: [],
  words: '',
  ...extra,
});

describe('SearchIndex updates', () => {
  it('adds, updates and removes records without a rebuild', () => {
    const index = SearchIndex.build([doc('a', 'Acme Logistics'), doc('b', 'Bluestone Capital')]);
    expect(index.search('zephyr')).toEqual([]);
    index.add(doc('c', 'Zephyr Freight', { domains: ['zephyr.io'] }));
    expect(index.search('zephyr')[0]?.doc.id).toBe('c');
    expect(index.search('zephyr.io')[0]?.doc.id).toBe('c');
    index.update(doc('c', 'Zenith Freight'));
    expect(index.search('zephyr')).toEqual([]);
    expect(index.search('zenith')[0]?.doc.id).toBe('c');
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.search('acme')).toEqual([]);
    expect(index.size).toBe(2);
    expect(index.get('c')?.title).toBe('Zenith Freight');
  });

  it('finds a typo of a word added after the typo vocabulary was built', () => {
    const index = SearchIndex.build([doc('a', 'Acme Logistics')]);
    expect(index.search('logstics')[0]?.doc.id).toBe('a');
    index.add(doc('b', 'Pinecrest Packaging'));
    expect(index.search('pinecrst')[0]?.doc.id).toBe('b');
  });

  it('compacts by itself once many records were removed', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => doc(`d${i}`, `Company${i} Trading`));
    const index = SearchIndex.build(docs);
    for (let i = 0; i < 2000; i++) index.remove(`d${i}`);
    expect(index.size).toBe(1000);
    expect(index.search('company2500')[0]?.doc.id).toBe('d2500');
    expect(index.toData().recordOffsets).toHaveLength(1001);
  });
});

describe('SearchIndex data', () => {
  it('round-trips through structuredClone with the same results', () => {
    const docs = demoDocs();
    const index = SearchIndex.build(docs.slice(0, -5));
    for (const d of docs.slice(-5)) index.add(d);
    index.remove(docs[0]!.id);
    const restored = SearchIndex.fromData(structuredClone(index.toData()));
    expect(restored.size).toBe(docs.length - 1);
    expect(restored.get(docs[1]!.id)).toEqual(docs[1]);
    expect(restored.get(docs[0]!.id)).toBeUndefined();
    restored.remove(docs[2]!.id);
    restored.add({ ...docs[3]!, id: 'copy' });
    expect(restored.search(docs[3]!.title).map((r) => r.doc.id)).toContain('copy');
    expect(restored.get(docs[2]!.id)).toBeUndefined();
    index.remove(docs[2]!.id);
    index.add({ ...docs[3]!, id: 'copy' });
    for (const q of ['yungang', 'acme', 'zhoujianguo', '13905182201', docs.at(-1)!.title]) {
      expect(restored.search(q).map((r) => r.doc.id)).toEqual(index.search(q).map((r) => r.doc.id));
    }
  });

  it('refuses data of another version', () => {
    const data = { ...SearchIndex.build([]).toData(), version: 0 } as unknown as Parameters<
      typeof SearchIndex.fromData
    >[0];
    expect(() => SearchIndex.fromData(data)).toThrow(/version/);
  });
});
