import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { MemorySharedState, RedisSharedState, type SharedState } from '.';
import { testEngine } from '../../test/harness';

// On PostgreSQL runs a Redis exists (the global setup's); two clients stand for two instances.
async function pair(): Promise<[SharedState, SharedState, () => Promise<void>]> {
  if (testEngine() === 'postgres') {
    const prefix = `ss${Math.random().toString(36).slice(2, 8)}:`;
    const a = await RedisSharedState.connect(inject('zsbTestRedis'), { prefix });
    const b = await RedisSharedState.connect(inject('zsbTestRedis'), { prefix });
    return [a, b, async () => { await a.close(); await b.close(); }];
  }
  const one = new MemorySharedState();
  return [one, one, () => one.close()];
}

describe(`shared state (${testEngine() === 'postgres' ? 'Redis' : 'memory'})`, () => {
  it('counts hits of every instance in one window and forgets them when it ends', async () => {
    const [a, b, close] = await pair();
    try {
      const counts = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).hit('login:1.2.3.4', 60_000)));
      expect(counts.map((c) => c.count).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await a.peek('login:1.2.3.4', 60_000)).toBe(10);
      expect(counts[0]!.resetMs).toBeLessThanOrEqual(60_000);
      const short = await a.hit('short', 100);
      await new Promise((r) => setTimeout(r, short.resetMs + 20));
      expect((await b.hit('short', 100)).count).toBe(1);
    } finally {
      await close();
    }
  });

  it('shares a value until it expires, and delivers invalidations to every instance', async () => {
    const [a, b, close] = await pair();
    try {
      await a.set('revoked', '1', 200);
      expect(await b.get('revoked')).toBe('1');
      await new Promise((r) => setTimeout(r, 250));
      expect(await b.get('revoked')).toBeNull();

      const got: string[] = [];
      await b.subscribe('cache', (m) => got.push(`b:${m}`));
      await a.subscribe('cache', (m) => got.push(`a:${m}`));
      await a.publish('cache', '/certificates?holderId=1');
      await new Promise((r) => setTimeout(r, 100));
      expect(got.sort()).toEqual(['a:/certificates?holderId=1', 'b:/certificates?holderId=1']);
    } finally {
      await close();
    }
  });
});
