import { offlineCache } from '../services/offline';
import type { OfflineResult } from '../services/offline-cache';
import { useQuery, type QueryState } from './useQuery';

/** `useQuery` whose answer is also kept on the device and served, marked offline, when the network is gone. */
export function useOfflineQuery<T>(name: string, load: () => Promise<T>, deps: readonly unknown[] = []): QueryState<OfflineResult<T>> {
  return useQuery(() => offlineCache.load(name, load), [name, ...deps]);
}
