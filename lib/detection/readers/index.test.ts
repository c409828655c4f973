// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter, readPageSignals } from './index';
import { fixtureHtml, loadFixture, loadPage } from './test-pages';

describe('pickAdapter', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrtKxqwLWvhNjQ', 'gmail'],
    ['https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQbdr', 'gmail'],
    ['https://mail.google.com/chat/u/0/#chat/home', 'generic'],
    ['https://outlook.office.com/mail/inbox/id/AAQkADAwATM3', 'outlook'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZi', 'outlook'],
    ['https://outlook.office.com/owa/?realm=dossier-sales.cn', 'outlook'],
    ['https://outlook.office.com/calendar/view/week', 'generic'],
    ['https://exmail.qq.com/cgi-bin/frame_html?sid=Fh3k&r=6f1d', 'exmail'],
    ['https://exmail.qq.com/login', 'generic'],
    ['https://mail.qq.com/cgi-bin/frame_html?sid=Qd7L', 'qqmail'],
    ['https://wx.mail.qq.com/home/index?sid=zWtJ#/list/1/1', 'qqmail'],
    ['https://wx.mail.qq.com/', 'generic'],
    ['https://mail.google.com/mail/u/0/?ik=3f9c&view=pt&search=all&permthid=thread-f%3A1826', 'gmail'],
    ['https://mail.163.com/js6/main.jsp?sid=WAxB#module=read.ReadModule', 'netease'],
    ['https://mail.126.com/js6/main.jsp?sid=WAxB', 'netease'],
    ['https://mail.yeah.net/js6/main.jsp?sid=WAxB', 'netease'],
    ['https://hwwebmail.mail.163.com/js6/main.jsp?sid=WAxB', 'netease'],
    ['https://mail.163.com/', 'generic'],
    ['https://notmail.163.com.evil.example/js6/main.jsp', 'generic'],
    ['https://mail.google.com.evil.example/mail/u/0/', 'generic'],
    ['https://www.acme-logistics.com/about', 'generic'],
    ['file:///home/rep/notes.html', 'generic'],
  ])('%s → %s', (url, source) => {
    expect(pickAdapter(new URL(url)).source).toBe(source);
  });

  it('lists generic last, and every source once', () => {
    expect(ADAPTERS.map((a) => a.source)).toEqual([
      'gmail',
      'outlook',
      'exmail',
      'qqmail',
      'netease',
      'generic',
    ]);
  });
});

describe('readPageSignals', () => {
  it('reads a webmail page with no open message as empty (no inbox-list text)', async () => {
    const page = loadPage(
      `<title>Inbox</title><div role="main"><table><tr><td><span email="a@acme.example">Acme</span></td></tr></table></div>`,
      'https://mail.google.com/mail/u/0/#inbox',
    );
    const signals = readPageSignals(page.doc, page.url);
    expect(signals).toMatchObject({ source: 'gmail', subject: '', people: [], text: '', title: 'Inbox' });
    await page.close();
  });

  it('reads a message the adapter does not recognise (a new layout) as any page, where the URL says one is open', async () => {
    const html = `<title>网易邮箱</title><div class="mail-reader-v2"><div class="hdr">发件人：王芳 &lt;wang.fang@js-telecom.cn&gt;</div>
      <div class="hdr"><a href="mailto:sales@js-telecom.cn">sales@js-telecom.cn</a></div><p>关于专线报价</p></div>`;
    const reading = loadPage(
      html,
      'https://mail.163.com/js6/main.jsp?sid=x#module=read.ReadModule%7C%7B%22id%22%3A1%7D',
    );
    const signals = readPageSignals(reading.doc, reading.url);
    expect(signals.source).toBe('generic');
    expect(signals.mailtos).toEqual(['sales@js-telecom.cn']);
    expect(signals.text).toContain('wang.fang@js-telecom.cn');
    await reading.close();
    // The inbox list (no message open) stays unread.
    const inbox = loadPage(html, 'https://mail.163.com/js6/main.jsp?sid=x#module=mbox.ListModule%7C%7B%7D');
    expect(readPageSignals(inbox.doc, inbox.url)).toMatchObject({ source: 'netease', text: '', people: [] });
    await inbox.close();
  });

  it('Gmail: a thread view left hidden after navigation is not read', async () => {
    const page = loadFixture('gmail-thread');
    const second = loadFixture('gmail-thread-2');
    const oldMain = page.doc.querySelector('div[role="main"]')!;
    oldMain.setAttribute('style', 'display: none');
    oldMain.after(page.doc.importNode(second.doc.querySelector('div[role="main"]')!, true));
    const signals = readPageSignals(page.doc, page.url);
    const expected = readPageSignals(second.doc, second.url);
    expect(signals.subject).toBe(expected.subject);
    expect(signals.people).toEqual(expected.people);
    expect(signals.text).toBe(expected.text);
    await Promise.all([page.close(), second.close()]);
  });

  it('Gmail: without the account switcher, the rep is the recipient shown as "me"', async () => {
    const page = loadFixture('gmail-thread');
    page.doc.querySelector('a[aria-label*="@"]')!.remove();
    expect(readPageSignals(page.doc, page.url).selfEmail).toBe('zhang.min@dossier-sales.cn');
    await page.close();
  });

  it('Exmail: reads the reading view inside iframe#mainFrame, not the folder list around it', async () => {
    const page = loadFixture('exmail-read');
    expect(page.doc.querySelector('#mainmail')).toBeNull();
    const signals = readPageSignals(page.doc, page.url);
    expect(signals.people.map((p) => p.email)).not.toContain('wang.fang@js-telecom.cn');
    expect(signals.text).not.toContain('收件箱');
    expect(signals.people[0]).toEqual({
      role: 'from',
      email: 'zhou.jie@hengyuan-precision.com',
      name: '周杰',
    });
    await page.close();
  });

  it('Exmail: falls back to the top document when the frame has no reading view', async () => {
    const inline = fixtureHtml('exmail-read-inline').replace(
      '<body>',
      '<body><iframe id="mainFrame" srcdoc="<p>loading</p>"></iframe>',
    );
    const page = loadPage(inline, 'https://exmail.qq.com/cgi-bin/frame_html?sid=x');
    const frameOnly = loadFixture('exmail-read-inline');
    expect(readPageSignals(page.doc, page.url).people).toEqual(
      readPageSignals(frameOnly.doc, frameOnly.url).people,
    );
    await Promise.all([page.close(), frameOnly.close()]);
  });

  it('Gmail print view: a print view without a thread (markup not known yet) is read as any page', async () => {
    const page = loadPage(
      '<title>Gmail</title><div class="bodycontainer"><p>li.wei@acme-logistics.com</p></div>',
      'https://mail.google.com/mail/u/0/?ik=3f9c&view=pt&search=all&permthid=thread-f%3A1826',
    );
    const signals = readPageSignals(page.doc, page.url);
    expect(signals.source).toBe('generic');
    expect(signals.text).toContain('li.wei@acme-logistics.com');
    await page.close();
  });

  it('Outlook: message bodies are skipped by their id when the UI labels them in another language', async () => {
    const page = loadFixture('outlook-conversation');
    const body = page.doc.querySelector('#UniqueMessageBody_2')!;
    body.setAttribute('aria-label', 'Nachrichtentext');
    const signals = readPageSignals(page.doc, page.url);
    // The quoted reply header in the body names the rep as sender and the client as recipient.
    expect(signals.people.map((p) => `${p.role} ${p.email}`)).toEqual([
      'from olivia.chen@northwind-coldchain.com',
      'cc david.xu@northwind-coldchain.com',
      'cc logistics@northwind-coldchain.com',
    ]);
    await page.close();
  });

  it('NetEase: the hidden reading tab is skipped; showing it reads that message instead', async () => {
    const page = loadFixture('netease-read-module');
    const hidden = page.doc.getElementById('_dvModuleContainer_read.ReadModule_2')!;
    const active = page.doc.getElementById('_dvModuleContainer_read.ReadModule_3')!;
    const emails = () => readPageSignals(page.doc, page.url).people.map((p) => p.email);
    expect(emails()).not.toContain('wang.fang@js-telecom.cn');
    hidden.removeAttribute('style');
    active.setAttribute('style', 'display: none;');
    expect(readPageSignals(page.doc, page.url)).toMatchObject({
      subject: '关于2025年专线扩容的报价',
      people: [{ role: 'from', email: 'wang.fang@js-telecom.cn', name: '王芳' }],
    });
    await page.close();
  });

  it.each([
    ['netease-read-module', '[id$="_dvAttach_reply"] .nui-addr-email'],
    ['qqmail-wx-read', '.mail-detail-reply .cmp-account-email'],
  ])('%s: the quick-reply box under the message adds no one', async (name, chip) => {
    const page = loadFixture(name);
    page.doc.querySelector(chip)!.textContent = '<reply.desk@lvyuan-foods.com>';
    const signals = readPageSignals(page.doc, page.url);
    expect(signals.people.map((p) => p.email)).not.toContain('reply.desk@lvyuan-foods.com');
    expect(signals.text).toContain('reply.desk@lvyuan-foods.com');
    await page.close();
  });

  it('NetEase: mailto links in the body frame are read; those of a hidden frame are not', async () => {
    const page = loadFixture('netease-read-module');
    expect(readPageSignals(page.doc, page.url).mailtos).toEqual(['sun.li@lvyuan-foods.com']);
    page.doc.querySelector('iframe[id$="_frameBody"]')!.setAttribute('style', 'display: none');
    expect(readPageSignals(page.doc, page.url).mailtos).toEqual([]);
    await page.close();
  });

  it('falls back to the generic reading when a webmail adapter throws', async () => {
    const page = loadPage(
      '<html><head><title>T</title></head><body><p>Acme</p></body></html>',
      'https://mail.google.com/mail/u/0/#inbox/x',
    );
    const doc = new Proxy(page.doc, {
      get(target, key) {
        if (key === 'querySelectorAll') {
          return (selector: string) => {
            if (selector.includes('role="main"')) throw new Error('unexpected markup');
            return target.querySelectorAll(selector);
          };
        }
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    expect(readPageSignals(doc, page.url)).toMatchObject({ source: 'generic', title: 'T', text: 'Acme' });
    await page.close();
  });
});
