import type { AccountSeed } from './seed-types';
import { CN_EDUCATION_SEEDS } from './seeds/cn-education';
import { CN_FINANCE_SEEDS } from './seeds/cn-finance';
import { CN_GOVERNMENT_SEEDS } from './seeds/cn-government';
import { CN_HOSPITALITY_RETAIL_SEEDS } from './seeds/cn-hospitality-retail';
import { CN_ICT_MANUFACTURING_SEEDS } from './seeds/cn-ict-manufacturing';
import { CN_LOGISTICS_SEEDS } from './seeds/cn-logistics';
import { CN_OTHER_SEEDS } from './seeds/cn-other';
import { CN_PUBLIC_SERVICES_SEEDS } from './seeds/cn-public-services';
import { CN_REALESTATE_HOSPITALITY_SEEDS } from './seeds/cn-realestate-hospitality';
import { CN_TELECOM_SEEDS } from './seeds/cn-telecom';
import { EN_EDUCATION_OTHER_SEEDS } from './seeds/en-education-other';
import { EN_FINANCE_SEEDS } from './seeds/en-finance';
import { EN_GOVERNMENT_PUBLIC_SEEDS } from './seeds/en-government-public';
import { EN_HOSPITALITY_SEEDS } from './seeds/en-hospitality';
import { EN_ICT_MANUFACTURING_SEEDS } from './seeds/en-ict-manufacturing';
import { EN_LOGISTICS_TELECOM_SEEDS } from './seeds/en-logistics-telecom';
import { EN_RETAIL_REALESTATE_SEEDS } from './seeds/en-retail-realestate';

export { buildDemoDataset, type DemoDataset } from './build-demo';
export type { AccountSeed } from './seed-types';

/** Every demo client file: Chinese clients first, then English-named ones. */
export const DEMO_SEEDS: readonly AccountSeed[] = [
  ...CN_GOVERNMENT_SEEDS,
  ...CN_PUBLIC_SERVICES_SEEDS,
  ...CN_FINANCE_SEEDS,
  ...CN_REALESTATE_HOSPITALITY_SEEDS,
  ...CN_HOSPITALITY_RETAIL_SEEDS,
  ...CN_LOGISTICS_SEEDS,
  ...CN_TELECOM_SEEDS,
  ...CN_ICT_MANUFACTURING_SEEDS,
  ...CN_EDUCATION_SEEDS,
  ...CN_OTHER_SEEDS,
  ...EN_GOVERNMENT_PUBLIC_SEEDS,
  ...EN_FINANCE_SEEDS,
  ...EN_HOSPITALITY_SEEDS,
  ...EN_RETAIL_REALESTATE_SEEDS,
  ...EN_LOGISTICS_TELECOM_SEEDS,
  ...EN_ICT_MANUFACTURING_SEEDS,
  ...EN_EDUCATION_OTHER_SEEDS,
];
