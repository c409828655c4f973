/**
 * The key a correction made on one page is remembered under when nothing on the page is more
 * specific than its words (a client's name in an article): the page itself — host and path,
 * lower-cased, without query or fragment (`news.example.cn/2026/tender-notice`) — so that "not
 * this client" there leaves the client found on every other page of the site. '' for no web page.
 */
export function pageKey(url: string): string {
  try {
    const { protocol, hostname, pathname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return '';
    const path = pathname.replace(/\/+$/, '');
    return `${hostname}${path}`.toLowerCase().replace(/\s/g, '').slice(0, 254);
  } catch {
    return '';
  }
}
