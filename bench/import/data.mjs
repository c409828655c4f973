// Synthetic HubSpot exports for the import benchmark (bench/import.mjs) and the end-to-end
// atomicity test: a companies export of `n` rows (a third Chinese names, GBK-free UTF-8 as HubSpot
// writes it) and a contacts export of `n` people, each linked to a company by name, as HubSpot's
// "Associated Company" column does. Seeded: the same `n` gives the same files.

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = '华东 精密 云帆 智联 鸿达 西湖 海天 星河 远航 金桥 东方 宏图 正泰 新元 博信 恒通'.split(' ');
const CN_KIND = '物流 制造 软件 贸易 银行 医疗 电子 科技 建设 能源'.split(' ');
const EN =
  'Acme Northwind Contoso Fabrikam Blue Harbor Summit Redwood Lakeside Meridian Granite Pioneer'.split(' ');
const EN_KIND = 'Logistics Software Bank Hotels Foods Energy Health Systems Partners Manufacturing'.split(
  ' ',
);
const INDUSTRIES = ['Logistics and Supply Chain', 'COMPUTER_SOFTWARE', 'Banking', 'Hospitality', 'MACHINERY'];
const FIRST = 'Maria Tom Ana Peter Olivia Marcus David Elena Chen Sam'.split(' ');
const LAST = 'Gonzalez Becker Silva Novak Chen Lee Okafor Rossi Wang Li'.split(' ');
const CN_FAMILY = '王李张刘陈杨赵黄周吴'.split('');
const CN_GIVEN = '芳伟娜敏静磊洋艳勇军'.split('');

const quote = (s) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const line = (cells) => cells.map(quote).join(',');

/** `{ companies, contacts }`: the two files' text (CRLF, as HubSpot writes them). */
export function hubspotExports(n, seed = 6) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const companies = [
    line([
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
      'Lifecycle Stage',
    ]),
  ];
  const names = [];
  for (let i = 0; i < n; i++) {
    const chinese = i % 3 === 0;
    const name = chinese
      ? `${pick(CN)}${pick(CN)}${pick(CN_KIND)}有限公司${i}`
      : `${pick(EN)} ${pick(EN_KIND)} ${i}`;
    const domain = `company-${i}.${chinese ? 'com.cn' : 'com'}`;
    names.push(name);
    companies.push(
      line([
        String(1_000_000 + i),
        name,
        domain,
        `https://www.${domain}`,
        chinese
          ? `021-${5000 + (i % 4000)} ${1000 + (i % 9000)}`
          : `+1 415 555 ${String(i % 10000).padStart(4, '0')}`,
        chinese ? '上海' : 'San Francisco',
        chinese ? '中国' : 'United States',
        pick(INDUSTRIES),
        'Jane Rep',
        `2024-0${1 + (i % 9)}-1${i % 10} 09:14`,
        pick(['Customer', 'Lead', 'Opportunity', 'Evangelist']),
      ]),
    );
  }
  const contacts = [
    line([
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Job Title',
      'Associated Company',
      'Contact owner',
      'Create Date',
    ]),
  ];
  for (let i = 0; i < n; i++) {
    const company = Math.floor(r() * n);
    const chinese = i % 3 === 0;
    contacts.push(
      line([
        String(5_000_000 + i),
        chinese ? pick(CN_GIVEN) : pick(FIRST),
        chinese ? pick(CN_FAMILY) : pick(LAST),
        `person.${i}@company-${company}.${company % 3 === 0 ? 'com.cn' : 'com'}`,
        `+1 650 555 ${String(i % 10000).padStart(4, '0')}`,
        pick(['VP Operations', 'Head of IT', '采购经理', 'CFO', 'Buyer']),
        names[company],
        'Jane Rep',
        `3/${1 + (i % 28)}/2024 2:30 PM`,
      ]),
    );
  }
  return { companies: `${companies.join('\r\n')}\r\n`, contacts: `${contacts.join('\r\n')}\r\n` };
}
