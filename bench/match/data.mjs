// Deterministic synthetic data for bench/match.mjs: a book of 50,000 accounts (Chinese and English
// company names, aliases, domains, contact emails) and a 1 MB page of mixed English/Chinese prose
// that mentions some of them. Nothing here is real; the same seed gives the same data.

/** Mulberry32: small, fast, seeded. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  ['江苏', 'js'],
  ['上海', 'sh'],
  ['北京', 'bj'],
  ['深圳', 'sz'],
  ['广州', 'gz'],
  ['杭州', 'hz'],
  ['苏州', 'suz'],
  ['南京', 'nj'],
  ['成都', 'cd'],
  ['武汉', 'wh'],
  ['重庆', 'cq'],
  ['天津', 'tj'],
  ['宁波', 'nb'],
  ['无锡', 'wx'],
  ['青岛', 'qd'],
  ['厦门', 'xm'],
  ['西安', 'xa'],
  ['长沙', 'cs'],
];
// Characters with a rough pinyin, for brand names and their domains.
const BRAND = [
  ['华', 'hua'],
  ['恒', 'heng'],
  ['通', 'tong'],
  ['达', 'da'],
  ['鑫', 'xin'],
  ['瑞', 'rui'],
  ['安', 'an'],
  ['泰', 'tai'],
  ['盛', 'sheng'],
  ['宏', 'hong'],
  ['远', 'yuan'],
  ['博', 'bo'],
  ['创', 'chuang'],
  ['新', 'xin'],
  ['天', 'tian'],
  ['海', 'hai'],
  ['中', 'zhong'],
  ['联', 'lian'],
  ['科', 'ke'],
  ['金', 'jin'],
  ['银', 'yin'],
  ['永', 'yong'],
  ['昌', 'chang'],
  ['隆', 'long'],
  ['信', 'xin'],
  ['德', 'de'],
  ['明', 'ming'],
  ['光', 'guang'],
  ['东', 'dong'],
  ['南', 'nan'],
  ['星', 'xing'],
  ['宇', 'yu'],
  ['凯', 'kai'],
  ['振', 'zhen'],
  ['嘉', 'jia'],
  ['汇', 'hui'],
  ['丰', 'feng'],
  ['峰', 'feng'],
  ['润', 'run'],
  ['和', 'he'],
  ['锦', 'jin'],
  ['云', 'yun'],
  ['舟', 'zhou'],
  ['驰', 'chi'],
  ['卓', 'zhuo'],
  ['越', 'yue'],
  ['智', 'zhi'],
  ['源', 'yuan'],
];
const INDUSTRY_ZH = [
  ['科技', 'tech'],
  ['物流', 'logistics'],
  ['医药', 'pharma'],
  ['电子', 'elec'],
  ['贸易', 'trade'],
  ['信息技术', 'it'],
  ['新能源', 'energy'],
  ['机械', 'machinery'],
  ['化工', 'chem'],
  ['食品', 'food'],
  ['建设', 'build'],
  ['软件', 'soft'],
  ['网络', 'net'],
  ['汽车', 'auto'],
  ['材料', 'material'],
];
const SUFFIX_ZH = ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'];
const SYL = [
  'north',
  'wind',
  'blue',
  'stone',
  'apex',
  'gal',
  'axy',
  'con',
  'tin',
  'ental',
  'sil',
  'ver',
  'lake',
  'pine',
  'crest',
  'sum',
  'mit',
  'terra',
  'nova',
  'orbit',
  'vant',
  'age',
  'iron',
  'wood',
  'bright',
  'star',
  'field',
  'ocean',
  'gate',
  'peak',
  'core',
  'lum',
  'en',
  'hex',
  'agon',
  'zen',
  'ith',
  'red',
  'oak',
  'clear',
  'water',
  'sky',
  'line',
  'vista',
  'quant',
  'um',
  'pro',
  'tech',
  'glob',
  'al',
];
const INDUSTRY_EN = [
  'Logistics',
  'Systems',
  'Pharmaceuticals',
  'Electronics',
  'Trading',
  'Software',
  'Energy',
  'Machinery',
  'Chemicals',
  'Foods',
  'Construction',
  'Networks',
  'Motors',
  'Materials',
  'Analytics',
];
const SUFFIX_EN = ['Group', 'Inc.', 'Ltd.', 'Corporation', 'Holdings', 'GmbH', 'LLC', 'Co., Ltd.'];
const FIRST = ['li', 'wang', 'zhang', 'liu', 'chen', 'john', 'mary', 'anna', 'peter', 'lucy', 'tom', 'emma'];
const LAST = ['wei', 'fang', 'na', 'min', 'jing', 'smith', 'brown', 'lee', 'chan', 'wong', 'miller'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * @returns {{ accounts: { name: string, alias: string, domain: string, emails: string[] }[] }}
 */
export function makeAccounts(count, seed = 1) {
  const rand = prng(seed);
  const accounts = [];
  for (let i = 0; i < count; i++) {
    let name;
    let alias;
    let domain;
    if (rand() < 0.5) {
      const [city, cityPy] = pick(rand, CITIES);
      const [b1, p1] = pick(rand, BRAND);
      const [b2, p2] = pick(rand, BRAND);
      const [ind, indEn] = pick(rand, INDUSTRY_ZH);
      name = `${city}${b1}${b2}${ind}${pick(rand, SUFFIX_ZH)}`;
      alias = `${b1}${b2}${ind}`;
      domain = `${p1}${p2}${rand() < 0.5 ? `-${indEn}` : cityPy}.${rand() < 0.6 ? 'com.cn' : 'com'}`;
    } else {
      const n = 2 + (rand() < 0.4 ? 1 : 0);
      let brand = '';
      for (let k = 0; k < n; k++) brand += pick(rand, SYL);
      const ind = pick(rand, INDUSTRY_EN);
      name = `${cap(brand)} ${ind} ${pick(rand, SUFFIX_EN)}`;
      alias = cap(brand);
      domain = `${brand}${rand() < 0.5 ? `-${ind.toLowerCase()}` : ''}.${rand() < 0.7 ? 'com' : 'io'}`;
    }
    const emails = [];
    // About one account in five carries a contact email as a pattern of its own.
    if (rand() < 0.2) emails.push(`${pick(rand, FIRST)}.${pick(rand, LAST)}@${domain}`);
    accounts.push({ name, alias, domain, emails });
  }
  return { accounts };
}

/** Every name, alias, domain and email of the book, lower-cased (the bench folds nothing else). */
export function patternsOf(accounts) {
  const out = [];
  for (const a of accounts) {
    out.push(a.name.toLowerCase(), a.alias.toLowerCase(), a.domain);
    for (const e of a.emails) out.push(e);
  }
  return out;
}

const WORDS_EN = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but ' +
  'have an they you were her she there been one all we their has would when if so no will more can ' +
  'about our meeting quarter pricing contract renewal delivery order invoice proposal customer supply ' +
  'team update schedule please regards thanks logistics systems group service support account review'
).split(' ');
const CHARS_ZH = (
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定' +
  '行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然' +
  '前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系'
).split('');

/**
 * A page of exactly `length` UTF-16 code units: paragraphs of English and Chinese prose, with a
 * mention of some account (its name, alias, domain or email; now and then in traditional
 * characters, upper case or full-width) every ~1.5 KB.
 */
export function makeText(accounts, length, seed = 2) {
  const rand = prng(seed);
  const parts = [];
  let size = 0;
  const push = (s) => {
    parts.push(s);
    size += s.length;
  };
  while (size < length) {
    if (rand() < 0.5) {
      let p = '';
      while (p.length < 700) p += `${pick(rand, WORDS_EN)}${rand() < 0.1 ? '. ' : ' '}`;
      push(p);
    } else {
      let p = '';
      while (p.length < 350) p += pick(rand, CHARS_ZH) + (rand() < 0.06 ? '，' : rand() < 0.03 ? '。' : '');
      push(p);
    }
    const a = pick(rand, accounts);
    const which = rand();
    let mention =
      which < 0.35 ? a.name : which < 0.6 ? a.alias : which < 0.85 ? a.domain : (a.emails[0] ?? a.domain);
    const style = rand();
    if (style < 0.1) mention = mention.toUpperCase();
    else if (style < 0.15) mention = toTraditional(mention);
    else if (style < 0.2) mention = toFullWidth(mention);
    push(` ${mention} `);
  }
  return parts.join('').slice(0, length);
}

const T = {
  国: '國',
  电: '電',
  苏: '蘇',
  华: '華',
  东: '東',
  汇: '匯',
  丰: '豐',
  云: '雲',
  联: '聯',
  银: '銀',
  远: '遠',
};
function toTraditional(s) {
  return s.replace(/./gu, (c) => T[c] ?? c);
}
function toFullWidth(s) {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x21 + 0xff01));
}
