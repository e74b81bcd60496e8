import { describe, expect, it } from 'vitest';
import { createPrefsStore } from './prefs';
import { createSessionStore } from './session';
import { memoryStorage } from './storage';

const pair = { accessToken: 'a', refreshToken: 'r'.repeat(20), tokenType: 'Bearer' as const, expiresIn: 60 };

describe('session store', () => {
  it('persists a sign-in so a new store on the same storage starts signed in', () => {
    const storage = memoryStorage();
    createSessionStore(storage, () => 1000).signIn(pair);
    expect(createSessionStore(storage).get()).toEqual({ accessToken: 'a', refreshToken: pair.refreshToken, accessExpiresAt: 61_000 });
  });

  it('tells subscribers about sign-out and forgets the stored tokens', () => {
    const storage = memoryStorage();
    const s = createSessionStore(storage);
    s.signIn(pair);
    const seen: unknown[] = [];
    s.subscribe(() => seen.push(s.get()));
    s.signOut();
    expect(seen).toEqual([null]);
    expect(createSessionStore(storage).get()).toBeNull();
  });

  it('treats a corrupt stored session as signed out', () => {
    expect(createSessionStore(memoryStorage({ 'zsb.session': '{not json' })).get()).toBeNull();
    expect(createSessionStore(memoryStorage({ 'zsb.session': '{"accessToken":1}' })).get()).toBeNull();
  });
});

describe('prefs store', () => {
  it('defaults to Chinese without elder mode and ignores an unknown stored language', () => {
    expect(createPrefsStore(memoryStorage()).get()).toEqual({ lang: 'zh-Hans', elder: false });
    expect(createPrefsStore(memoryStorage({ 'zsb.prefs': '{"lang":"tlh","elder":true}' })).get()).toEqual({ lang: 'zh-Hans', elder: true });
  });

  it('keeps the chosen language and elder mode across restarts', () => {
    const storage = memoryStorage();
    const p = createPrefsStore(storage);
    p.setElder(true);
    p.setLanguage('en');
    expect(createPrefsStore(storage).get()).toEqual({ lang: 'en', elder: true });
  });
});
