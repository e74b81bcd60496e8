import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BFF_ROOT } from '../../../platform/paths';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';

/** The committed catalog (items.json, written by generate.ts). */
export interface CatalogDataset {
  generatedBy: string;
  count: number;
  items: ServiceItem[];
  /** Synthetic usage counts the seeder starts from, so 热门服务 means something on day one. */
  initialUsage: Record<string, number>;
}

export const DATASET_PATH = path.join(BFF_ROOT, 'src/features/catalog/dataset/items.json');

export function loadDataset(): CatalogDataset {
  return JSON.parse(readFileSync(DATASET_PATH, 'utf8')) as CatalogDataset;
}
