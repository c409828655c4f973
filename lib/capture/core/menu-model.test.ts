import { describe, expect, it } from 'vitest';
import { MENU_IDS, menuItems, menuTitle } from './menu-model';

const t = (key: string, subs: string[] = []) => `${key}(${subs.join(',')})`;
const visible = (items: ReturnType<typeof menuItems>) => items.filter((i) => i.visible).map((i) => i.title);

describe('context menu entries', () => {
  it('offers the matched client first, then "Add to…" with search', () => {
    const items = menuItems({ client: { id: 'a', name: 'Acme Logistics' }, webmailMessage: false }, t);
    expect(visible(items)).toEqual([
      'menu.clipTo(Acme Logistics)',
      'menu.clipPick()',
      'menu.pointFor(Acme Logistics)',
      'menu.priceFor(Acme Logistics)',
      'menu.siteUpdate(Acme Logistics)',
      'menu.quickNote()',
    ]);
  });

  it('offers only the pickers and "Create account" on a page about no client', () => {
    const items = menuItems({ client: null, webmailMessage: false }, t);
    expect(visible(items)).toEqual([
      'menu.clipPick()',
      'menu.pointPick()',
      'menu.pricePick()',
      'menu.siteCreate()',
      'menu.quickNote()',
    ]);
  });

  it('offers to add the people of a webmail message, not to capture the webmail site', () => {
    const items = menuItems({ client: { id: 'a', name: '江苏电信' }, webmailMessage: true }, t);
    expect(items.find((i) => i.id === MENU_IDS.people)).toMatchObject({ visible: true, contexts: ['page'] });
    expect(items.find((i) => i.id === MENU_IDS.site)?.visible).toBe(false);
  });

  it('shortens long names and keeps ampersands literal', () => {
    const items = menuItems({ client: { id: 'a', name: 'X'.repeat(80) }, webmailMessage: false }, t);
    expect(items[0]?.title).toBe(`menu.clipTo(${'X'.repeat(39)}…)`);
    expect(menuTitle('AT&T')).toBe('AT&&T');
  });
});
