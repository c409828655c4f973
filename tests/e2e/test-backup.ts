import {
  emptyAccountDraft,
  emptyContactDraft,
  emptyPricingNoteDraft,
  emptyTalkingPointDraft,
} from '../../lib/model/defaults';

/** Strings only Dossier knows: if a page ever sees one of them, client data leaked. */
export const SECRETS = {
  acmeName: 'Acme Logistics Holdings (Dossier test)',
  telecomName: '中国电信江苏分公司',
  foodsName: '绿源食品（Dossier 测试）',
  price: 'SECRET-PRICE-7791',
  point: 'SECRET-POINT-ZQX',
};

const at = '2026-11-01T08:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });

/**
 * A backup file with two clients the fixture pages are about, restored through the options page;
 * `withFoods` adds a third, the sender's company of the NetEase fixture.
 */
export function detectionBackup({ withFoods = false } = {}): string {
  const accounts = [
    {
      ...meta('acme'),
      ...emptyAccountDraft(),
      name: SECRETS.acmeName,
      tier: 'A',
      portfolioQuadrant: 'star',
      industry: 'logistics',
      websiteDomains: ['acme-logistics.com'],
      emailDomains: ['acme-logistics.com'],
    },
    {
      ...meta('jst'),
      ...emptyAccountDraft(),
      name: SECRETS.telecomName,
      aliases: ['江苏电信'],
      tier: 'A',
      industry: 'telecom',
      emailDomains: ['js-telecom.cn'],
    },
    ...(withFoods
      ? [
          {
            ...meta('lvyuan'),
            ...emptyAccountDraft(),
            name: SECRETS.foodsName,
            tier: 'B',
            industry: 'retail',
            emailDomains: ['lvyuan-foods.com'],
          },
        ]
      : []),
  ];
  const contacts = [
    { ...meta('li'), ...emptyContactDraft('acme'), name: 'Li Wei', emails: ['li.wei@acme-logistics.com'] },
    { ...meta('wang'), ...emptyContactDraft('jst'), name: '王芳', emails: ['wang.fang@js-telecom.cn'] },
  ];
  const talkingPoints = [{ ...meta('tp'), ...emptyTalkingPointDraft('acme', 1000), text: SECRETS.point }];
  const pricingNotes = [
    { ...meta('pn'), ...emptyPricingNoteDraft('acme'), product: 'SD-WAN', text: SECRETS.price },
  ];
  return JSON.stringify({
    format: 'dossier-backup',
    formatVersion: 1,
    schemaVersion: 2,
    exportedAt: at,
    tables: { accounts, contacts, talkingPoints, pricingNotes, notes: [], matchCorrections: [] },
  });
}
