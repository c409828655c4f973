/** QQ Mail (QQ 邮箱, classic web version): the open message in the main frame's reading view. */
import type { SiteAdapter } from '../signals';
import { readTencentMail } from './tencent';

/**
 * Supports:
 *   https://mail.qq.com/cgi-bin/frame_html?sid=Qd7Lw2Rk9sTy&r=a83c2e     (reading view in iframe#mainFrame)
 *   https://mail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZC2812-…      (reading view as the page)
 * Not the newer wx.mail.qq.com client, whose markup differs (the generic adapter reads it).
 */
export const SELECTORS = {
  frame: 'iframe#mainFrame',
  readView: '#mainmail, .readmail',
  header: '.readmailinfo',
  subject: '#subject, .sub_title',
  body: '#contentDiv, #mailContentContainer, .mailcontent',
  person: '[e]',
  self: '#useraddr, .user_address',
} as const;

/** QQ Mail (mail.qq.com/cgi-bin/…). */
export const qqmail: SiteAdapter = {
  source: 'qqmail',
  matches: (url) => url.hostname === 'mail.qq.com' && url.pathname.startsWith('/cgi-bin/'),
  read: (doc, url) => readTencentMail('qqmail', SELECTORS, doc, url),
};
