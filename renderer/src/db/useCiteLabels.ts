import { useLiveQuery } from 'dexie-react-hooks';
import { citeLabels } from '@common/source/citeLabel';
import { db } from './database';

/**
 * Every source's citation label, by source id, kept live: renaming a source or setting its outlet
 * relabels every chip and list that reads from here, in open notes too. Undefined while loading.
 */
export function useCiteLabels(): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => citeLabels(await db.sources.toArray()), []);
}
