import { MemorySharedState } from './memory';
import { RedisSharedState } from './redis';
import type { SharedState } from './shared-state';

export type { SharedState } from './shared-state';
export { MemorySharedState } from './memory';
export { RedisSharedState } from './redis';

/** In-process state, or Redis when a URL is configured. */
export async function openSharedState(redisUrl: string | undefined, opts: { prefix?: string } = {}): Promise<SharedState> {
  return redisUrl ? RedisSharedState.connect(redisUrl, opts) : new MemorySharedState();
}
