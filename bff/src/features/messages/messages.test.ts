import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { startStack, type Stack } from '../../test/harness';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });

describe('message center', () => {
  it('delivers, counts, marks read, and never shows one user\'s messages to another', async () => {
    const a = await stack.login('r001');
    const b = await stack.login('r002');
    const me = (await a.inject({ method: 'GET', url: '/api/v1/me' })).json();
    // A first sign-in may already have brought expiry reminders; mark them read so the count below is this test's.
    await a.inject({ method: 'POST', url: '/api/v1/messages/read-all' });
    const id = await stack.app.messages.send(me.userId, { kind: 'test', title: '测试', body: '内容', dedupeKey: 'k1' });
    expect(await stack.app.messages.send(me.userId, { kind: 'test', title: '测试', body: '内容', dedupeKey: 'k1' })).toBeNull();

    const list = (await a.inject({ method: 'GET', url: '/api/v1/messages' })).json();
    expect(list.items.map((m: { id: string }) => m.id)).toContain(id);
    expect(list.unread).toBe(1);
    expect((await a.inject({ method: 'GET', url: '/api/v1/home' })).json().messages.unread).toBe(1);

    expect((await b.inject({ method: 'GET', url: '/api/v1/messages' })).json().items.map((m: { id: string }) => m.id)).not.toContain(id);
    expect((await b.inject({ method: 'POST', url: `/api/v1/messages/${id}/read` })).statusCode).toBe(404);

    expect((await a.inject({ method: 'POST', url: `/api/v1/messages/${id}/read` })).statusCode).toBe(204);
    expect((await a.inject({ method: 'GET', url: '/api/v1/messages' })).json().unread).toBe(0);
  });
});

describe('kept answers on several instances', () => {
  it('shows a message sent through one instance (inside a transaction too) at once on another that kept the reader\'s answer', async () => {
    // A second instance sharing the first's state, as instances share Redis.
    const other = await buildApp(stack.config, { sharedState: stack.app.shared });
    try {
      const a = await stack.login('r001');
      const me = (await a.inject({ method: 'GET', url: '/api/v1/me' })).json();
      const read = async () => (await other.inject({ method: 'GET', url: '/api/v1/messages?limit=1', headers: a.headers })).json();
      const before = await read();
      expect(await read()).toEqual(before);

      const id = await stack.database.transaction(() => stack.app.messages.send(me.userId, { kind: 'test', title: '新消息', body: '内容' }));
      const after = await read();
      expect(after.items[0].id).toBe(id);
      expect(after.unread).toBe(before.unread + 1);

      expect((await a.inject({ method: 'POST', url: `/api/v1/messages/${id}/read` })).statusCode).toBe(204);
      expect((await read()).unread).toBe(before.unread);
    } finally {
      await other.close();
    }
  });
});
