// Synthetic accounts for the benchmarks, written straight into the extension's IndexedDB from
// an extension page (raw IndexedDB, the same object stores Dexie created). Rows in the current
// schema's shape (v3 company details and provenance, v4 readings, v5 external ids) with the
// signals lib/db derives for each account (v7; their summary, v9; their list places, v10): the side panel renders them as
// stored.

/** Runs inside the extension page: clears the tables and writes `count` accounts + one full file. */
export async function seedInPage(page, count) {
  return page.evaluate(async (n) => {
    const open = () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('dossier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const tables = ['accounts', 'contacts', 'talkingPoints', 'pricingNotes', 'notes', 'accountSignals'];
    const at = new Date().toISOString();
    const tiers = ['A', 'B', 'C'];
    const quadrants = ['star', 'questionMark', 'cashCow', 'dog'];
    const industries = [
      'government',
      'finance',
      'hospitality',
      'retail',
      'realEstate',
      'logistics',
      'telecom',
      'ict',
    ];
    const cn = [
      '华',
      '东',
      '南',
      '北',
      '京',
      '海',
      '信',
      '通',
      '达',
      '远',
      '恒',
      '安',
      '泰',
      '盛',
      '鑫',
      '联',
    ];
    const kinds = ['科技', '物流', '银行', '酒店', '集团', '电信', '医院', '地产'];
    const blank = (keys) => Object.fromEntries(keys.map((k) => [k, '']));
    // The list places lib/model/list-order.ts gives (these rows store no pinyin, so a Chinese name
    // keys by its characters); this runs in the page and cannot import it.
    const orderOf = (id, name, tier, next, risk) => {
      const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const key = words.map((w) => w.replace(/\d+/g, (d) => d.padStart(12, '0'))).join(' ');
      const tail = `${key}\u0000${id}`;
      const place = { high: '0', medium: '1', low: '2' }[risk];
      return {
        name: tail,
        tier: `${tier}\u0001${tail}`,
        nextContact: `${next ?? '9999-99-99'}\u0001${tail}`,
        risk: `${place}\u0001${tail}`,
      };
    };
    const account = (i) => {
      const chinese = i % 2 === 0;
      const name = chinese
        ? `${cn[i % 16]}${cn[(i >> 4) % 16]}${cn[(i >> 8) % 16]}${kinds[i % 8]}${i}`
        : `Company ${i.toString(36).toUpperCase()} ${['Logistics', 'Retail', 'Bank', 'Hotels'][i % 4]}`;
      return {
        id: `bench-${i}`,
        createdAt: at,
        updatedAt: at,
        name,
        aliases: [],
        tier: tiers[i % 3],
        portfolioQuadrant: quadrants[i % 4],
        industry: industries[i % 8],
        lifecycleStage: 'customer',
        keyAccountType: null,
        websiteDomains: [`c${i}.example.com`],
        emailDomains: [`c${i}.example.com`],
        cadenceDays: null,
        nextContactDate: i % 5 ? `2027-0${(i % 9) + 1}-1${i % 9}` : null,
        satisfaction: (i % 5) + 1,
        loyalty: ((i + 2) % 5) + 1,
        basic: {
          ...blank([
            'legalName',
            'address',
            'phone',
            'fax',
            'website',
            'bankAccount',
            'taxId',
            'email',
            'logoUrl',
          ]),
          socialProfiles: [],
        },
        business: blank([
          'description',
          'size',
          'strategy',
          'financialSituation',
          'fiscalYearStart',
          'fiscalYearEnd',
          'productsInUse',
          'usageHistory',
        ]),
        logistics: blank(['deliveryPriority', 'serviceLevel', 'billingTerms', 'paymentTerms', 'credit']),
        needs: {
          current: '',
          latent: '',
          keyBuyingFactors: [],
          decisionProcess: '',
          purchaseType: null,
          competitors: [],
          competitiveSituation: '',
        },
        pinyin: [],
        externalIds: [],
      };
    };
    const probe = 'bench-0';
    const contacts = Array.from({ length: 6 }, (_, i) => ({
      id: `bench-contact-${i}`,
      createdAt: at,
      updatedAt: at,
      accountId: probe,
      name: `联系人 ${i}`,
      title: '经理',
      buyingRole: ['decisionMaker', 'user', 'influencer', 'buyer', 'initiator', 'gatekeeper'][i],
      socialStyle: ['driver', 'expressive', 'analytical', 'amiable'][i % 4],
      emails: [`p${i}@c0.example.com`],
      phones: [],
      birthday: null,
      interests: [],
      family: '',
      prejudices: '',
      notes: '',
      pinyin: [],
      externalIds: [],
    }));
    const notes = Array.from({ length: 60 }, (_, i) => ({
      id: `bench-note-${i}`,
      createdAt: at,
      updatedAt: at,
      accountId: probe,
      contactId: null,
      kind: ['note', 'call', 'visit', 'meeting', 'email', 'complaint', 'clip'][i % 7],
      occurredAt: new Date(Date.now() - i * 86_400_000).toISOString(),
      text: `拜访纪要 ${i} — discussed renewal and SLA.`,
      source: null,
      followUpDate: null,
    }));
    const points = Array.from({ length: 5 }, (_, i) => ({
      id: `bench-point-${i}`,
      createdAt: at,
      updatedAt: at,
      accountId: probe,
      contactId: null,
      text: `Point ${i}`,
      pinned: i === 0,
      order: i * 1000,
      source: null,
    }));
    await new Promise((resolve, reject) => {
      const tx = db.transaction([...tables, 'revisions'], 'readwrite');
      for (const t of tables) tx.objectStore(t).clear();
      // New revisions for the tables written, as Dexie's middleware gives every write.
      for (const table of tables) tx.objectStore('revisions').put({ table, revision: crypto.randomUUID() });
      const store = tx.objectStore('accounts');
      const signalsStore = tx.objectStore('accountSignals');
      for (let i = 0; i < n; i++) {
        const row = account(i);
        store.put(row);
        const risk = ['low', 'medium', 'high'][i % 3];
        signalsStore.put({
          id: row.id,
          lastContactAt: null,
          cadenceDueAt: new Date(Date.now() + ((i % 60) - 10) * 86_400_000).toISOString(),
          risk,
          riskRoseAt: null,
          greets: [],
          summary: {
            name: row.name,
            aliases: row.aliases,
            tier: row.tier,
            portfolioQuadrant: row.portfolioQuadrant,
            industry: row.industry,
            cadenceDays: row.cadenceDays,
            nextContactDate: row.nextContactDate,
            lifecycleStage: row.lifecycleStage,
          },
          order: orderOf(row.id, row.name, row.tier, row.nextContactDate, risk),
        });
      }
      for (const c of contacts) tx.objectStore('contacts').put(c);
      for (const x of notes) tx.objectStore('notes').put(x);
      for (const p of points) tx.objectStore('talkingPoints').put(p);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return probe;
  }, count);
}

/** True once Dexie (in the background) has created the `tables`. Runs in an extension page. */
export async function storesReady(tables) {
  if (!(await indexedDB.databases()).some((d) => d.name === 'dossier')) return false;
  const db = await new Promise((res, rej) => {
    const r = indexedDB.open('dossier');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const ready = tables.every((t) => db.objectStoreNames.contains(t));
  db.close();
  return ready;
}
