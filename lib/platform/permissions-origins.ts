/**
 * Host access Dossier asks for only when the rep grants it (optional host permissions):
 * the webmail sites, and separately every site. Without either, `activeTab` lets it scan the page
 * the rep opened the panel on.
 */
export const WEBMAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://exmail.qq.com/*',
  'https://mail.qq.com/*',
  'https://wx.mail.qq.com/*',
  'https://mail.163.com/*',
  'https://mail.126.com/*',
  'https://mail.yeah.net/*',
] as const;

export const ALL_SITES_ORIGINS = ['http://*/*', 'https://*/*'] as const;
