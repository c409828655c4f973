/**
 * A CRM's free text → our closed vocabularies (lib/model/vocabulary.ts): industries, tiers,
 * lifecycle stages, quadrants, buying roles and social styles, in English and Chinese, as HubSpot
 * and Salesforce spell them and as our own CSV export writes them (the codes and both languages'
 * labels, read from the locale files by lib/model/choice-labels.ts).
 */

import { CHOICE_LABELS, type ChoiceGroup } from '../../../model/choice-labels';
import type {
  BuyingRole,
  Industry,
  LifecycleStage,
  PortfolioQuadrant,
  SocialStyle,
  Tier,
} from '../../../model/vocabulary';

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-/&,.()（）、]+/g, ' ')
    .trim();

/** Exact label/code look-ups per group, built once. */
const EXACT = Object.fromEntries(
  Object.entries(CHOICE_LABELS).map(([group, codes]) => [
    group,
    new Map(
      Object.entries(codes).flatMap(([code, labels]) =>
        [code, ...labels].map((label) => [fold(label), code] as const),
      ),
    ),
  ]),
) as Record<ChoiceGroup, Map<string, string>>;

/**
 * Keywords of each industry, most specific first: HubSpot's industry names (`COMPUTER_SOFTWARE`,
 * "Hospital & Health Care"), Salesforce's picklist (Banking, Communications, Utilities…), and
 * Chinese words. A text matches the first industry one of whose words it contains.
 */
const INDUSTRY_KEYWORDS: [Industry, string[]][] = [
  [
    'finance',
    [
      'bank',
      'financ',
      'insurance',
      'investment',
      'capital market',
      'venture capital',
      'accounting',
      'securities',
      '金融',
      '银行',
      '保险',
      '证券',
      '基金',
      '投资',
    ],
  ],
  ['telecom', ['telecom', 'telecommunication', 'wireless', 'communications', '电信', '通信运营', '运营商']],
  [
    'education',
    [
      'education',
      'school',
      'university',
      'e learning',
      'research',
      'hospital',
      'health',
      'medical',
      'pharmaceutical',
      'biotech',
      'museum',
      'library',
      'culture',
      '教育',
      '学校',
      '大学',
      '医院',
      '医疗',
      '卫生',
      '健康',
      '科研',
      '文化',
      '医药',
    ],
  ],
  [
    'ict',
    [
      'software',
      'information technology',
      'internet',
      'computer',
      'semiconductor',
      'electronic',
      'technology',
      'it services',
      'saas',
      'network',
      '软件',
      '信息技术',
      '互联网',
      '计算机',
      '电子',
      '通信设备',
      '科技',
      '信息',
    ],
  ],
  [
    'government',
    [
      'government',
      'public administration',
      'public policy',
      'military',
      'defense',
      'defence',
      'law enforcement',
      '政府',
      '党',
      '军',
      '机关',
      '公安',
    ],
  ],
  [
    'hospitality',
    [
      'hospitality',
      'hotel',
      'leisure',
      'travel',
      'tourism',
      'entertainment',
      'recreation',
      'gambling',
      'casino',
      '旅游',
      '酒店',
      '饭店',
      '娱乐',
      '宾馆',
    ],
  ],
  [
    'retail',
    [
      'retail',
      'wholesale',
      'restaurant',
      'food beverage',
      'food production',
      'consumer goods',
      'supermarket',
      'apparel',
      'catering',
      '零售',
      '批发',
      '餐饮',
      '商贸',
      '超市',
    ],
  ],
  ['realEstate', ['real estate', 'property', 'construction', 'building', '房地产', '地产', '物业', '建筑']],
  [
    'logistics',
    [
      'logistic',
      'transport',
      'shipping',
      'freight',
      'airline',
      'aviation',
      'maritime',
      'postal',
      'warehous',
      'package delivery',
      '物流',
      '运输',
      '仓储',
      '快递',
      '航空',
      '港口',
      '邮政',
    ],
  ],
  [
    'publicServices',
    ['utilities', 'utility', 'public service', 'water', '公用事业', '水务', '电力', '燃气', '公共服务'],
  ],
  [
    'manufacturing',
    [
      'manufactur',
      'mining',
      'machinery',
      'automotive',
      'chemical',
      'industrial',
      'oil',
      'energy',
      'metal',
      'textile',
      'agricultur',
      'plastics',
      '制造',
      '采矿',
      '矿业',
      '机械',
      '汽车',
      '化工',
      '工业',
      '钢铁',
    ],
  ],
];

/**
 * The industry a CRM's text names: our codes and labels exactly, else the first keyword found.
 * `matched` is false when nothing fits: the account gets `other` and the caller keeps the text.
 */
export function parseIndustry(text: string): { industry: Industry; matched: boolean } {
  const folded = fold(text);
  if (!folded) return { industry: 'other', matched: true };
  const exact = EXACT.industry.get(folded) as Industry | undefined;
  if (exact) return { industry: exact, matched: true };
  for (const [industry, words] of INDUSTRY_KEYWORDS) {
    if (words.some((word) => folded.includes(word))) return { industry, matched: true };
  }
  return { industry: 'other', matched: false };
}

/** `A`, `a类`, `Tier A`, `A 级`, Salesforce's rating Hot/Warm/Cold, 重点/一般 → a tier; null if unclear. */
export function parseTier(text: string): Tier | null {
  const folded = fold(text).replace(/^tier |类$|级$|类客户$/g, '');
  const letter = folded.replace(/\s+/g, '');
  if (letter === 'a' || letter === 'b' || letter === 'c') return letter.toUpperCase() as Tier;
  if (/^(hot|high|key|重点|重要|大客户|高)$/.test(letter)) return 'A';
  if (/^(warm|medium|普通|一般|中)$/.test(letter)) return 'B';
  if (/^(cold|low|低|小客户)$/.test(letter)) return 'C';
  return null;
}

/**
 * Our stages, HubSpot's lifecycle stages (lead … customer, evangelist) and Salesforce's account
 * types (Prospect, Customer - Direct, Former Customer…).
 */
export function parseLifecycleStage(text: string): LifecycleStage | null {
  const folded = fold(text);
  if (!folded) return null;
  const exact = EXACT.lifecycleStage.get(folded) as LifecycleStage | undefined;
  if (exact) return exact;
  if (/former|churn|lost|inactive|流失/.test(folded)) return 'lost';
  if (/evangelist|loyal|老客户|忠诚/.test(folded)) return 'loyalCustomer';
  if (/repeat|常客|回头/.test(folded)) return 'repeatCustomer';
  if (/customer|client|客户|顾客|签约/.test(folded)) return 'customer';
  if (/prospect|lead|opportunity|subscriber|潜在|意向|线索|准/.test(folded)) return 'prospect';
  return null;
}

export function parseChoice<G extends Exclude<ChoiceGroup, 'industry' | 'lifecycleStage'>>(
  group: G,
  text: string,
):
  | (G extends 'portfolioQuadrant' ? PortfolioQuadrant : G extends 'buyingRole' ? BuyingRole : SocialStyle)
  | null {
  return (EXACT[group].get(fold(text)) ?? null) as never;
}
