import { describe, expect, it } from 'vitest';
import { buildMatchIndex, restoreMatchIndex, snapshotMatchIndex } from './match-index';
import { addressesIn, type MatchContext, matchPage } from './matcher';
import type { AccountForMatch, ContactForMatch } from './patterns';
import type { PageSignals } from './signals';

const account = (id: string, name: string, more: Partial<AccountForMatch> = {}): AccountForMatch => ({
  id,
  name,
  aliases: [],
  websiteDomains: [],
  emailDomains: [],
  ...more,
});

const ACCOUNTS = [
  account('acme', 'Acme Logistics', {
    aliases: ['Acme'],
    websiteDomains: ['acme-logistics.com'],
    emailDomains: ['acme.com'],
  }),
  account('jst', '中国电信江苏分公司', { aliases: ['江苏电信', '电信'], emailDomains: ['js-telecom.cn'] }),
  account('delta', 'Delta Freight Partners', { aliases: ['Delta'], websiteDomains: ['deltafreight.com'] }),
  account('icbc', 'Industrial and Commercial Bank of China', { aliases: ['ICBC', '工行'] }),
  account('gmailco', 'Solo Consulting', { websiteDomains: ['gmail.com'] }),
];
const CONTACTS: ContactForMatch[] = [
  { accountId: 'acme', emails: ['li.wei@acme.com'] },
  { accountId: 'gmailco', emails: ['solo.consultant@gmail.com'] },
];
const index = buildMatchIndex(ACCOUNTS, CONTACTS, { ownDomains: ['dossier-sales.cn'] });

function page(partial: Partial<PageSignals>): PageSignals {
  return {
    source: 'generic',
    url: 'https://news.example.org/a',
    host: 'news.example.org',
    title: '',
    subject: '',
    people: [],
    selfEmail: '',
    mailtos: [],
    organizations: [],
    text: '',
    ...partial,
  };
}
const ids = (p: Partial<PageSignals>, context?: MatchContext) =>
  matchPage(page(p), index, context).map((m) => m.accountId);

describe('names in text', () => {
  it.each([
    ['Acme Logistics signed the deal.', ['acme']],
    ['We met ACME LOGISTICS today', ['acme']],
    ['ＡＣＭＥ　Ｌｏｇｉｓｔｉｃｓ（全角）', ['acme']],
    ['与Acme Logistics签约', ['acme']],
    ['Acmeville is a town; acmelogistics is one word', []],
    ['中国电信江苏分公司发布招标公告', ['jst']],
    ['中國電信江蘇分公司發布招標公告', ['jst']],
  ])('%s → %o', (text, expected) => {
    expect(ids({ text })).toEqual(expected);
  });

  it('counts mentions and says so', () => {
    const [match] = matchPage(
      page({ text: '中国电信江苏分公司… 中国电信江苏分公司… 中國電信江蘇分公司… 江苏电信' }),
      index,
    );
    expect(match?.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'nameMention', value: '中国电信江苏分公司', count: 3 },
        { kind: 'nameMention', value: '江苏电信', count: 1 },
      ]),
    );
  });

  it('a common-word or 2-character alias needs a second signal', () => {
    expect(ids({ text: 'Delta variant news; 电信 price war' })).toEqual([]);
    expect(ids({ text: 'Delta on deltafreight.com' })).toEqual(['delta']);
    expect(ids({ text: '江苏电信与电信' })).toEqual(['jst']);
  });

  it('an all-caps acronym matches only in capitals', () => {
    expect(ids({ text: 'the icbc slug, icbcx' })).toEqual([]);
    expect(ids({ text: 'ICBC reported' })).toEqual(['icbc']);
  });
});

describe('domains and addresses', () => {
  it.each([
    ['visit acme-logistics.com.', ['acme']],
    ['visit www.acme-logistics.com/about', ['acme']],
    ['notacme-logistics.com and acme-logistics.com.evil.org', []],
    ['mail li.wei@acme.com now', ['acme']],
    ['xli.wei@acme.com.evil.org', []],
  ])('%s → %o', (text, expected) => {
    expect(ids({ text })).toEqual(expected);
  });

  it('the site itself: the account owning the host or a parent domain', () => {
    expect(ids({ host: 'www.acme-logistics.com', url: 'https://www.acme-logistics.com/about' })).toEqual([
      'acme',
    ]);
    expect(ids({ host: 'acme-logistics.com.evil.org' })).toEqual([]);
  });

  it('webmail: sender contact > colleague ignored > free-mail domain never a company', () => {
    const matches = matchPage(
      page({
        source: 'gmail',
        host: 'mail.google.com',
        selfEmail: 'zhang.min@dossier-sales.cn',
        people: [
          { role: 'from', email: 'li.wei@acme.com', name: 'Li Wei' },
          { role: 'to', email: 'zhang.min@dossier-sales.cn', name: 'me' },
          { role: 'cc', email: 'boss@dossier-sales.cn', name: 'Boss' },
          { role: 'cc', email: 'someone@gmail.com', name: 'Someone' },
        ],
      }),
      index,
    );
    expect(matches.map((m) => m.accountId)).toEqual(['acme']);
    expect(matches[0]?.reasons[0]).toEqual({
      kind: 'contactEmail',
      value: 'li.wei@acme.com',
      role: 'from',
      count: 1,
    });
  });

  it('an exact contact address on a free-mail domain still counts', () => {
    expect(ids({ people: [{ role: 'from', email: 'solo.consultant@gmail.com', name: '' }] })).toEqual([
      'gmailco',
    ]);
    expect(ids({ people: [{ role: 'from', email: 'stranger@gmail.com', name: '' }] })).toEqual([]);
  });

  it('ranks contact email > email domain > site domain > name in text', () => {
    const matches = matchPage(
      page({
        host: 'www.deltafreight.com',
        people: [
          { role: 'from', email: 'li.wei@acme.com', name: '' },
          { role: 'to', email: 'ops@js-telecom.cn', name: '' },
        ],
        text: 'ICBC ICBC ICBC ICBC ICBC ICBC ICBC ICBC ICBC ICBC ICBC ICBC',
      }),
      index,
    );
    expect(matches.map((m) => [m.accountId, m.reasons[0]?.kind])).toEqual([
      ['acme', 'contactEmail'],
      ['jst', 'emailDomain'],
      ['delta', 'siteDomain'],
      ['icbc', 'nameMention'],
    ]);
  });
});

describe('corrections', () => {
  it('"not this client" removes it where the key appears; "belongs to" puts one on top', () => {
    const signals = { people: [{ role: 'from' as const, email: 'li.wei@acme.com', name: '' }], text: 'ICBC' };
    expect(
      ids(signals, { corrections: [{ key: 'acme.com', accountId: 'acme', verdict: 'notThis' }] }),
    ).toEqual(['icbc']);
    expect(
      ids(signals, { corrections: [{ key: 'li.wei@acme.com', accountId: 'jst', verdict: 'belongsTo' }] }),
    ).toEqual(['jst', 'acme', 'icbc']);
  });
});

describe('one mention per place', () => {
  const xingchen = account('xc', '星辰通信技术有限公司', {
    aliases: ['星辰通信', '星辰'],
    websiteDomains: ['xingchen.cn'],
  });
  const other = account('yg', '云港物流有限公司', { aliases: ['云港物流'] });
  const local = buildMatchIndex([xingchen, other], []);

  it('a full name with its short names inside is one mention, and loses to a client named twice', () => {
    const matches = matchPage(
      page({ text: '星辰通信技术有限公司中标。云港物流一期、云港物流二期。' }),
      local,
    );
    expect(matches.map((m) => m.accountId)).toEqual(['yg', 'xc']);
    expect(matches[1]?.reasons).toEqual([{ kind: 'nameMention', value: '星辰通信技术有限公司', count: 1 }]);
    expect(matches[0]?.reasons).toEqual([{ kind: 'nameMention', value: '云港物流', count: 2 }]);
  });

  it('an address in the text is a mention of its contact or its client, not of the domain again', () => {
    const withContact = buildMatchIndex([xingchen], [{ accountId: 'xc', emails: ['wang@xingchen.cn'] }]);
    const [contact] = matchPage(
      page({ text: '联系 wang@xingchen.cn 或 li@xingchen.cn，官网 xingchen.cn' }),
      withContact,
    );
    expect(contact?.reasons).toEqual([
      { kind: 'contactEmail', value: 'wang@xingchen.cn', count: 1, role: 'text' },
      { kind: 'emailDomain', value: 'xingchen.cn', count: 1, role: 'text' },
      { kind: 'domainMention', value: 'xingchen.cn', count: 1 },
    ]);
  });

  it('an address seen as sender, recipient and mailto is one reason, with its strongest role', () => {
    const [match] = matchPage(
      page({
        source: 'gmail',
        host: 'mail.google.com',
        people: [
          { role: 'to', email: 'li.wei@acme.com', name: 'Li Wei' },
          { role: 'from', email: 'li.wei@acme.com', name: 'Li Wei' },
          { role: 'from', email: 'li.wei@acme.com', name: 'Li Wei' },
        ],
        mailtos: ['li.wei@acme.com'],
      }),
      index,
    );
    expect(match?.reasons).toEqual([
      { kind: 'contactEmail', value: 'li.wei@acme.com', count: 1, role: 'from' },
      { kind: 'emailDomain', value: 'acme.com', count: 1, role: 'from' },
    ]);
  });

  it("on the client's own site the first reason is the site, not a mailto or an address to it", () => {
    const [match] = matchPage(
      page({
        url: 'https://www.xingchen.cn/contact',
        host: 'www.xingchen.cn',
        mailtos: ['info@xingchen.cn'],
        text: '销售热线 sales@xingchen.cn',
      }),
      local,
    );
    expect(match?.reasons[0]).toEqual({ kind: 'siteDomain', value: 'www.xingchen.cn', count: 1 });
    expect(match?.reasons.map((r) => r.kind)).not.toContain('emailDomain');
  });

  it("on the client's own site the site leads even when a known contact's address is shown", () => {
    const withContact = buildMatchIndex([xingchen], [{ accountId: 'xc', emails: ['wang@xingchen.cn'] }]);
    const [match] = matchPage(
      page({ url: 'https://www.xingchen.cn/team', host: 'www.xingchen.cn', text: '王经理 wang@xingchen.cn' }),
      withContact,
    );
    expect(match?.reasons.map((r) => r.kind)).toEqual(['siteDomain', 'contactEmail']);
  });
});

describe('names without their legal form', () => {
  it('finds 云港国际会展中心 for 云港国际会展中心有限公司, and Northwind Freight for Northwind Freight Ltd.', () => {
    const local = buildMatchIndex(
      [account('yg', '云港国际会展中心有限公司'), account('nw', 'Northwind Freight Ltd.')],
      [],
    );
    expect(matchPage(page({ text: '本周在云港国际会展中心举办' }), local).map((m) => m.accountId)).toEqual([
      'yg',
    ]);
    expect(
      matchPage(page({ text: 'Shipped by Northwind Freight today' }), local).map((m) => m.accountId),
    ).toEqual(['nw']);
  });

  it('not where two clients would share it, nor where it is too short to mean one company', () => {
    const local = buildMatchIndex(
      [
        account('a', '华东精密制造有限公司'),
        account('b', '华东精密制造股份有限公司'),
        account('c', '华为公司'),
      ],
      [],
    );
    expect(matchPage(page({ text: '华东精密制造的新厂' }), local)).toEqual([]);
    expect(matchPage(page({ text: '华为的手机' }), local)).toEqual([]);
  });
});

describe('a correction made on a page of a site', () => {
  it('keyed to that page, rules the client out there and nowhere else on the site', () => {
    const notHere = [{ key: 'news.example.org/a', accountId: 'acme', verdict: 'notThis' as const }];
    const text = 'Acme Logistics signed the deal.';
    expect(ids({ url: 'https://news.example.org/a', text }, { corrections: notHere })).toEqual([]);
    expect(ids({ url: 'https://news.example.org/b', text }, { corrections: notHere })).toEqual(['acme']);
  });
});

describe('snapshot', () => {
  it('a restored index answers exactly like the one it was taken from', () => {
    const restored = restoreMatchIndex(structuredClone(snapshotMatchIndex(index)));
    const signals = page({
      host: 'www.acme-logistics.com',
      text: '中國電信江蘇分公司 ICBC Acme Logistics deltafreight.com',
    });
    expect(matchPage(signals, restored)).toEqual(matchPage(signals, index));
    expect(restored.patternCount).toBe(index.patternCount);
    for (let id = 0; id < index.patternCount; id++) expect(restored.info(id)).toEqual(index.info(id));
  });
});

describe('addressesIn', () => {
  it('finds whole addresses, lower-cased, without trailing punctuation', () => {
    expect([...addressesIn('Mail Li.Wei@Acme.com. Or ops@js-telecom.cn, not @handle or a@b')]).toEqual([
      'li.wei@acme.com',
      'ops@js-telecom.cn',
    ]);
    expect(addressesIn('no at sign here').size).toBe(0);
  });
});
