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

/** Whether an error means Redis is unreachable (commands fail fast while it is down). */
export function isSharedStateUnavailable(error: unknown): boolean {
  for (let e = error as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.name === 'MaxRetriesPerRequestError') return true;
    if (typeof e.message === 'string' && /enableOfflineQueue|Connection is closed|connect ECONNREFUSED .*:\d+$|Redis connection/.test(e.message)) return true;
  }
  return false;
}
