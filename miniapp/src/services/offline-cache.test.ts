import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../stores/storage';
import { ApiError } from './errors';
import { createOfflineCache } from './offline-cache';

const tokenFor = (sub: string, idt: string) =>
  `h.${Buffer.from(JSON.stringify({ sub, idt })).toString('base64url')}.s`;
const offline = () => Promise.reject(new ApiError({ status: 0, code: 'NETWORK_ERROR' }));

describe('the offline copy of the wallet', () => {
  it('returns the fresh answer online and the saved copy, marked offline with its time, when the network is gone', async () => {
    const storage = memoryStorage();
    const cache = createOfflineCache(storage, () => tokenFor('u1', 'personal:u1'), () => Date.parse('2026-06-01T01:02:03Z'));
    expect(await cache.load('wallet', async () => ({ n: 1 }))).toEqual({ data: { n: 1 }, offline: false, savedAt: null });
    expect(await cache.load('wallet', offline)).toEqual({ data: { n: 1 }, offline: true, savedAt: '2026-06-01T01:02:03.000Z' });
  });

  it('rethrows when nothing was saved, or when the failure is not the network', async () => {
    const cache = createOfflineCache(memoryStorage(), () => tokenFor('u1', 'personal:u1'));
    await expect(cache.load('wallet', offline)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    await cache.load('wallet', async () => 1);
    await expect(cache.load('wallet', () => Promise.reject(new ApiError({ status: 503, code: 'UPSTREAM_UNAVAILABLE' })))).rejects.toMatchObject({ status: 503 });
  });

  it('keeps one copy per person and identity, and forgets every copy on clear', async () => {
    const storage = memoryStorage();
    let token = tokenFor('u1', 'personal:u1');
    const cache = createOfflineCache(storage, () => token);
    await cache.load('wallet', async () => 'mine');
    token = tokenFor('u1', 'enterprise:91330106MA2B000000');
    await expect(cache.load('wallet', offline)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    token = tokenFor('u2', 'personal:u2');
    expect(cache.peek('wallet')).toBeNull();
    token = tokenFor('u1', 'personal:u1');
    expect(cache.peek('wallet')?.data).toBe('mine');
    cache.clear();
    expect(cache.peek('wallet')).toBeNull();
  });
});
