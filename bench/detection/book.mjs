// The synthetic book of bench/match/data.mjs as the matcher and the database see it: accounts
// (id, name, aliases, domains) and ~2 contacts per account, each with one address at the account's
// domain. Seeded: the same count gives the same book.
import { makeAccounts, prng } from '../match/data.mjs';

const FIRST = ['li', 'wang', 'zhang', 'liu', 'chen', 'zhao', 'john', 'mary', 'anna', 'peter', 'lucy', 'emma'];
const LAST = ['wei', 'fang', 'na', 'min', 'jing', 'lei', 'smith', 'brown', 'lee', 'chan', 'wong', 'miller'];

/**
 * @returns {{
 *   accounts: { id: string, name: string, aliases: string[], websiteDomains: string[], emailDomains: string[] }[],
 *   contacts: { id: string, accountId: string, name: string, emails: string[] }[],
 * }}
 */
export function makeBook(count, { contactsPerAccount = 2, seed = 1 } = {}) {
  const { accounts: raw } = makeAccounts(count, seed);
  const rand = prng(seed + 100);
  const accounts = [];
  const contacts = [];
  raw.forEach((a, i) => {
    const id = `acc-${i}`;
    accounts.push({
      id,
      name: a.name,
      aliases: [a.alias],
      websiteDomains: [a.domain],
      emailDomains: [a.domain],
    });
    // 1 to 2·contactsPerAccount − 1 contacts, contactsPerAccount on average.
    const n = 1 + Math.floor(rand() * (2 * contactsPerAccount - 1));
    const seen = new Set();
    for (let k = 0; k < n; k++) {
      const first = FIRST[Math.floor(rand() * FIRST.length)];
      const last = LAST[Math.floor(rand() * LAST.length)];
      let email = k === 0 && a.emails[0] ? a.emails[0] : `${first}.${last}@${a.domain}`;
      if (seen.has(email)) email = `${first}.${last}${k}@${a.domain}`;
      seen.add(email);
      contacts.push({ id: `con-${i}-${k}`, accountId: id, name: `${first} ${last}`, emails: [email] });
    }
  });
  return { accounts, contacts };
}
