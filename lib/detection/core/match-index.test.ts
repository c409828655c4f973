import { describe, expect, it } from 'vitest';
import { packSnapshot, unpackSnapshot } from '../../db/snapshot-bytes';
import {
  accountsForDomainOf,
  buildMatchIndex,
  type MatchIndex,
  type MatchIndexSnapshot,
  restoreMatchIndex,
  snapshotMatchIndex,
} from './match-index';
import type { AccountForMatch, ContactForMatch } from './patterns';

const account = (id: string, domains: string[], emailDomains: string[] = []): AccountForMatch => ({
  id,
  name: `Client ${id}`,
  aliases: [],
  websiteDomains: domains,
  emailDomains,
});

/** The look-ups as a map built in pattern order would answer them (what the index kept before). */
function oracle(index: MatchIndex) {
  const emails = new Map<string, string>();
  const domains = new Map<string, string[]>();
  for (let id = 0; id < index.patternCount; id++) {
    const { kind, label, accountId } = index.info(id);
    if (kind === 'email') emails.set(label.toLowerCase(), accountId);
    if (kind === 'domain') {
      const list = domains.get(label) ?? [];
      if (!list.includes(accountId)) list.push(accountId);
      domains.set(label, list);
    }
  }
  return { emails, domains };
}

describe('the match index look-ups', () => {
  it('find a contact by address in any case, and every account at a shared domain', () => {
    const index = buildMatchIndex(
      [account('a', ['acme.com']), account('b', ['beta.cn'], ['acme.com']), account('c', ['zeta.org'])],
      [
        { accountId: 'a', emails: ['Li.Wei@Acme.com'] },
        { accountId: 'c', emails: ['wu@zeta.org', 'shared@x.io'] },
        { accountId: 'b', emails: ['shared@x.io'] },
      ],
    );
    expect(index.contactOfEmail('li.wei@acme.com')).toBe('a');
    expect(index.contactOfEmail('LI.WEI@ACME.COM')).toBe('a');
    expect(index.contactOfEmail('shared@x.io')).toBe('b'); // the later contact, as before
    expect(index.contactOfEmail('nobody@acme.com')).toBeUndefined();
    expect(index.contactOfEmail('')).toBeUndefined();
    expect(index.accountsAtDomain('acme.com')).toEqual(['a', 'b']);
    expect(index.accountsAtDomain('acme.co')).toBeUndefined();
    expect(index.accountsAtDomain('zzz.com')).toBeUndefined();
    expect(accountsForDomainOf(index, 'sales.eu.acme.com')).toEqual({
      domain: 'acme.com',
      accountIds: ['a', 'b'],
    });
  });

  it('answer as a map of every pattern would, on many random books, before and after a snapshot', async () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const word = () => ['acme', 'beta', 'zhong', 'hua', 'x', 'yun', 'Qi'][rand(7)]!;
    for (let round = 0; round < 20; round++) {
      const accounts = Array.from({ length: 1 + rand(30) }, (_, i) =>
        account(`id${i}`, [`${word()}${word()}.com`], rand(2) ? [`${word()}.cn`] : []),
      );
      const contacts: ContactForMatch[] = Array.from({ length: rand(40) }, () => ({
        accountId: `id${rand(accounts.length)}`,
        emails: [`${word()}${rand(2) ? '.' : ''}${word()}@${word()}.cn`],
      }));
      const built = buildMatchIndex(accounts, contacts);
      const bytes = await packSnapshot(snapshotMatchIndex(built)).arrayBuffer();
      const restored = restoreMatchIndex(unpackSnapshot<MatchIndexSnapshot>(bytes));
      const { emails, domains } = oracle(built);
      const probes = [...emails.keys(), ...domains.keys(), 'acme.com', 'a@b.cn', 'zzz@zzz.zz'];
      for (const index of [built, restored]) {
        for (const key of probes) {
          expect(index.contactOfEmail(key.toUpperCase())).toBe(emails.get(key));
          expect(index.accountsAtDomain(key)).toEqual(domains.get(key));
        }
      }
    }
  });

  it('refuses a snapshot of another layout', () => {
    const snapshot = snapshotMatchIndex(buildMatchIndex([account('a', ['acme.com'])], []));
    expect(() => restoreMatchIndex({ ...snapshot, version: 3 as unknown as 4 })).toThrow(/version 3/);
  });
});
