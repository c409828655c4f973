/**
 * QQ Mail (QQ 邮箱): the open message, in the classic web version's main frame or in the current
 * client's reading pane beside the message list.
 */
import type { SiteAdapter } from './adapter';
import { readTencentMail } from './tencent';

/**
 * Supports:
 *   https://mail.qq.com/cgi-bin/frame_html?sid=Qd7Lw2Rk9sTy&r=a83c2e     (reading view in iframe#mainFrame)
 *   https://mail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZC2812-…      (reading view as the page)
 *   https://wx.mail.qq.com/home/index?sid=zWtJR4xhOFUu#/list/1/1          (current client: no frames;
 *     .mail-list-page-reader with .mail-detail-subject, header rows .mail-detail-basic of
 *     account chips .cmp-account-nick / .cmp-account-email, body .mail-detail-content)
 */
export const SELECTORS = {
  frame: 'iframe#mainFrame',
  readView: '#mainmail, .readmail, .mail-list-page-reader',
  /** Header rows only: the quick-reply box under the current client's message repeats the sender. */
  header: '.readmailinfo, .mail-detail-basic',
  subject: '#subject, .sub_title, .mail-detail-subject',
  body: '#contentDiv, #mailContentContainer, .mailcontent, .mail-detail-content',
  person: '[e], .cmp-account-wrap',
  personEmail: '.cmp-account-email',
  personName: '.cmp-account-nick',
  self: '#useraddr, .user_address, .profile-user-info .user-email',
} as const;

/** QQ Mail (mail.qq.com/cgi-bin/…, wx.mail.qq.com/home/…). */
export const qqmail: SiteAdapter = {
  source: 'qqmail',
  matches: ({ hostname, pathname }) =>
    (hostname === 'mail.qq.com' && pathname.startsWith('/cgi-bin/')) ||
    (hostname === 'wx.mail.qq.com' && pathname.startsWith('/home/')),
  read: (doc, url) => readTencentMail('qqmail', SELECTORS, doc, url),
};
