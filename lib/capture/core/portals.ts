/**
 * Sites that are no company's own: news media, portals, social networks, search engines and
 * company-information directories. A page there may describe a client, but the site's name,
 * logo and address are the publisher's — never a client's website or details.
 * Registrable domains, compared with `registrableDomain` of the page's host.
 */
export const PORTAL_DOMAINS: ReadonlySet<string> = new Set([
  // Chinese news and portals
  'sina.com.cn',
  'sina.cn',
  'sohu.com',
  '163.com',
  'qq.com',
  'ifeng.com',
  'people.com.cn',
  'xinhuanet.com',
  'news.cn',
  'cctv.com',
  'chinanews.com.cn',
  'chinadaily.com.cn',
  'thepaper.cn',
  'caixin.com',
  'yicai.com',
  'jiemian.com',
  '21jingji.com',
  'eastmoney.com',
  'cls.cn',
  'stcn.com',
  'cnstock.com',
  '36kr.com',
  'huxiu.com',
  'toutiao.com',
  'baidu.com',
  'zhihu.com',
  'weibo.com',
  'douyin.com',
  'bilibili.com',
  'tianyancha.com',
  'qcc.com',
  'qichacha.com',
  'aiqicha.com',
  'ccgp.gov.cn',
  // International news, social and search
  'reuters.com',
  'bloomberg.com',
  'wsj.com',
  'ft.com',
  'nytimes.com',
  'bbc.co.uk',
  'bbc.com',
  'cnn.com',
  'cnbc.com',
  'forbes.com',
  'techcrunch.com',
  'linkedin.com',
  'facebook.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'youtube.com',
  'medium.com',
  'wikipedia.org',
  'google.com',
  'bing.com',
  'crunchbase.com',
  'glassdoor.com',
  'yelp.com',
]);

/** Whether the registrable domain is a portal's (see above). */
export function isPortalDomain(domain: string): boolean {
  return PORTAL_DOMAINS.has(domain.toLowerCase());
}
