// The closed vocabularies' labels in English and Chinese, read from the locale files (the one place words live): the import reads them, the CSV export writes them.
import {
  buyingRole as buyingRoleEn,
  industry as industryEn,
  lifecycleStage as lifecycleStageEn,
  portfolioQuadrant as portfolioQuadrantEn,
  socialStyle as socialStyleEn,
} from '../../locales/en.json';
import {
  buyingRole as buyingRoleZh,
  industry as industryZh,
  lifecycleStage as lifecycleStageZh,
  portfolioQuadrant as portfolioQuadrantZh,
  socialStyle as socialStyleZh,
} from '../../locales/zh_CN.json';
import { BUYING_ROLES, INDUSTRIES, LIFECYCLE_STAGES, PORTFOLIO_QUADRANTS, SOCIAL_STYLES } from './vocabulary';

/** Each code's `[English, Chinese]` label. */
function pairs<Code extends string>(
  codes: readonly Code[],
  en: Record<Code, string>,
  zh: Record<Code, string>,
): Record<Code, readonly [string, string]> {
  return Object.fromEntries(codes.map((code) => [code, [en[code], zh[code]] as const])) as Record<
    Code,
    readonly [string, string]
  >;
}

export const CHOICE_LABELS = {
  industry: pairs(INDUSTRIES, industryEn, industryZh),
  portfolioQuadrant: pairs(PORTFOLIO_QUADRANTS, portfolioQuadrantEn, portfolioQuadrantZh),
  lifecycleStage: pairs(LIFECYCLE_STAGES, lifecycleStageEn, lifecycleStageZh),
  buyingRole: pairs(BUYING_ROLES, buyingRoleEn, buyingRoleZh),
  socialStyle: pairs(SOCIAL_STYLES, socialStyleEn, socialStyleZh),
};
export type ChoiceGroup = keyof typeof CHOICE_LABELS;
