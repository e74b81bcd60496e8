import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@zsb/shared/contracts/audit';
import { startStack, type Stack } from '../../test/harness';
import { certificateOf, present, relyingPartyAuthorization, verify } from '../presentation/presentation.testing';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack.close(); });

describe('用证记录: who used my certificates', () => {
  it('shows the holder every use of a certificate — view, reveal, presentation, check and relying-party read — newest first', async () => {
    const holder = await stack.login('r002');
    const checker = await stack.login('staff-gaj');
    const card = await certificateOf(holder, 'id_card');
    const url = encodeURIComponent(card.id);
    await holder.inject({ method: 'GET', url: `/api/v1/wallet/${url}` });
    await holder.inject({ method: 'POST', url: `/api/v1/wallet/${url}/reveal` });
    const p = (await present(holder, card.id, { fields: ['name'], claims: ['age_over_18'] })).json();
    await verify(checker, p.token);
    const consent = (await holder.inject({
      method: 'POST', url: '/api/v1/consents',
      payload: { certificateId: card.id, relyingPartyId: 'dept-gjj', fields: ['name'], purpose: '公积金提取', durationDays: 30 },
    })).json();
    await stack.app.inject({
      method: 'GET', url: `/api/v1/relying/certificates/${consent.id}`, headers: { authorization: relyingPartyAuthorization(stack, 'dept-gjj') },
    });

    const r = await holder.inject({ method: 'GET', url: `/api/v1/audit-log?certificateId=${url}` });
    expect(r.statusCode).toBe(200);
    const items = r.json().items as AuditEntry[];
    expect(items.map((i) => i.action)).toEqual(['consent.read', 'consent.grant', 'verification', 'presentation.issue', 'certificate.reveal', 'certificate.view']);
    const [read, , check, issue] = items;
    expect(read.actor).toEqual({ kind: 'relying_party', name: '杭州住房公积金管理中心' });
    expect(read).toMatchObject({ purpose: '公积金提取', channel: 'api', result: 'ok', certificate: { id: card.id, kindName: '居民身份证' } });
    expect(check.actor).toEqual({ kind: 'checker', name: expect.stringMatching(/^杭州市公安局 \S\*+$/) });
    expect(check.fields).toEqual([{ key: 'name', label: '姓名' }, { key: 'age_over_18', label: '年满18周岁' }]);
    expect(issue.actor).toEqual({ kind: 'holder', name: null });
    // Internal notes of the holder's own views are not shown as a purpose.
    expect(items[items.length - 1]).toMatchObject({ action: 'certificate.view', purpose: null });
    expect(items.every((i, k) => k === 0 || items[k - 1].at >= i.at)).toBe(true);
  });

  it('pages with a cursor without repeating or skipping entries', async () => {
    const holder = await stack.login('r005');
    const card = await certificateOf(holder, 'id_card');
    for (let i = 0; i < 5; i++) await holder.inject({ method: 'GET', url: `/api/v1/wallet/${encodeURIComponent(card.id)}` });
    const all = (await holder.inject({ method: 'GET', url: '/api/v1/audit-log?limit=100' })).json().items as AuditEntry[];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: AuditEntry[]; nextCursor: string | null } =
        (await holder.inject({ method: 'GET', url: `/api/v1/audit-log?limit=2${cursor ? `&cursor=${cursor}` : ''}` })).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((i) => i.id));
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });

  it('never shows one holder the uses of another\'s certificates', async () => {
    const a = await stack.login('r006');
    await a.inject({ method: 'GET', url: '/api/v1/wallet' });
    const b = await stack.login('r007');
    const bItems = (await b.inject({ method: 'GET', url: '/api/v1/audit-log' })).json().items as AuditEntry[];
    const aCard = await certificateOf(a, 'id_card');
    expect(bItems.some((i) => i.certificate?.id === aCard.id)).toBe(false);
    const filtered = await b.inject({ method: 'GET', url: `/api/v1/audit-log?certificateId=${encodeURIComponent(aCard.id)}` });
    expect(filtered.json().items).toEqual([]);
  });

  it('refuses a cursor it did not give out with 400', async () => {
    const s = await stack.login('r005');
    const r = await s.inject({ method: 'GET', url: '/api/v1/audit-log?cursor=bm9wZQ' });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([{ path: 'query.cursor', message: 'invalid cursor' }]);
  });
});
