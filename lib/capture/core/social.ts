/**
 * Social networks a company links its profiles from, and telling a profile link apart from a
 * share button or the network's home page. Pure; shared by the page reader and the extractor.
 */

/** Hosts (and their subdomains) of the networks companies link to. */
export const SOCIAL_HOSTS: readonly string[] = [
  'linkedin.com',
  'x.com',
  'twitter.com',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'github.com',
  'gitee.com',
  'weibo.com',
  'weibo.cn',
  'zhihu.com',
  'douyin.com',
  'bilibili.com',
  'xiaohongshu.com',
  'toutiao.com',
  'tiktok.com',
  'threads.net',
  'xing.com',
];

/** Paths of share, login and search pages: links there are buttons, not the company's profile. */
const NOT_A_PROFILE =
  /^\/(?:$|share|sharer|intent\/|home\b|login|signup|search|hashtag\/|dialog\/|plugins\/|watch\b|legal|policies|privacy|terms|help|about\/?$)/i;

/** Whether `hostname` is one of SOCIAL_HOSTS or a subdomain of one. */
export function isSocialHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SOCIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Whether `url` (absolute http(s)) is a profile page on a social network. */
export function isSocialProfile(url: URL): boolean {
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    isSocialHost(url.hostname) &&
    !NOT_A_PROFILE.test(url.pathname)
  );
}
