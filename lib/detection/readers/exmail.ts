/** Tencent Exmail (腾讯企业邮箱): the open message in the main frame's reading view. */
import type { SiteAdapter } from './adapter';
import { readTencentMail } from './tencent';

/**
 * Supports:
 *   https://exmail.qq.com/cgi-bin/frame_html?sid=Fh3kQ9xLr2Vd&r=6f1d0c   (reading view in iframe#mainFrame)
 *   https://exmail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZL0012-…    (reading view as the page)
 */
export const SELECTORS = {
  frame: 'iframe#mainFrame',
  readView: '#mainmail',
  header: '.readmailinfo',
  subject: '#subject, .sub_title',
  body: '#contentDiv, .mailcontent',
  person: '[e]',
  self: '#useraddr, .user_address',
} as const;

/** Exmail (exmail.qq.com/cgi-bin/…). */
export const exmail: SiteAdapter = {
  source: 'exmail',
  matches: (url) => url.hostname === 'exmail.qq.com' && url.pathname.startsWith('/cgi-bin/'),
  read: (doc, url) => readTencentMail('exmail', SELECTORS, doc, url),
};
