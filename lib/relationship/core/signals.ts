import { listOrder, nameKey } from '../../model/list-order';
import type { AccountSignals, ClientFileData } from '../../model/types';
import { hasChineseName } from './holiday-culture';
import { cadenceDueAt, churnRisk, lastClientContact, RISK_LEVEL_RANK } from './risk';

/**
 * What lib/db stores for an account after a write of its file (see `AccountSignals`): the last
 * contact, when the cadence runs out, and the risk — with when it last rose, so *Today* can say
 * "risk rose" without recomputing every file. A first computation (an upgrade, a restore) has no
 * earlier level to rise from.
 */
export function signalsOf(
  file: Omit<ClientFileData, 'talkingPoints'>,
  previous: AccountSignals | undefined,
  now: Date,
): AccountSignals {
  const lastContactAt = lastClientContact(file.notes);
  const risk = churnRisk(file, now).level;
  let riskRoseAt: string | null = null;
  if (previous) {
    const change = RISK_LEVEL_RANK[risk] - RISK_LEVEL_RANK[previous.risk];
    riskRoseAt = change > 0 ? now.toISOString() : change < 0 ? null : previous.riskRoseAt;
  }
  const names = file.contacts.filter((c) => c.status !== 'left').map((c) => c.name);
  const greets: AccountSignals['greets'] = [];
  if (names.some(hasChineseName)) greets.push('chinese');
  if (names.some((name) => !hasChineseName(name))) greets.push('western');
  const { account } = file;
  // The name's reading, when it has one, is the first stored (the name's, then the aliases').
  const key = nameKey(account.name, account.pinyin?.[0]);
  return {
    id: file.account.id,
    lastContactAt,
    cadenceDueAt: cadenceDueAt(file.account, lastContactAt),
    risk,
    riskRoseAt,
    greets,
    summary: {
      name: file.account.name,
      aliases: [...file.account.aliases],
      tier: file.account.tier,
      portfolioQuadrant: file.account.portfolioQuadrant,
      industry: file.account.industry,
      cadenceDays: file.account.cadenceDays,
      nextContactDate: file.account.nextContactDate,
      lifecycleStage: file.account.lifecycleStage,
    },
    order: listOrder(account.id, key, account, risk),
  };
}
