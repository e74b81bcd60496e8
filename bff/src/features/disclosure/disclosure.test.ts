import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Session, type Stack } from '../../test/harness';
import { fakePdf, multipartFile } from '../uploads/uploads.test-support';

describe('依申请公开 (disclosure requests)', () => {
  let stack: Stack;
  let requester: Session;
  let other: Session;
  let env: Session;
  let fund: Session;

  beforeAll(async () => {
    stack = await startStack();
    requester = await stack.login('r001');
    other = await stack.login('r002');
    env = await stack.login('staff-sthjj');
    fund = await stack.login('staff-gjj');
  });
  afterAll(() => stack.close());

  const request = (s: Session, body: Record<string, unknown>) => s.inject({ method: 'POST', url: '/api/v1/disclosure-requests', payload: body });
  async function upload(s: Session) {
    const m = multipartFile('答复附件.pdf', fakePdf(), { type: 'application/pdf' });
    return (await s.inject({ method: 'POST', url: '/api/v1/uploads', payload: m.payload, headers: m.headers })).json();
  }

  it('is due 20 working days after receipt, extends once by 20 with a reason, over 中秋 and 国庆 2026 with their make-up days', async () => {
    const user = { userId: (await requester.inject({ method: 'GET', url: '/api/v1/me' })).json().userId } as never;
    const { id } = await stack.app.disclosure.create(user, { departmentCode: 'sthjj', description: '2026年西湖区空气质量监测月报', format: 'electronic' }, new Date('2026-09-15T02:00:00Z'));
    const got = (await requester.inject({ method: 'GET', url: `/api/v1/disclosure-requests/${id}` })).json();
    expect(got).toMatchObject({ receivedOn: '2026-09-15', dueDate: '2026-10-19', status: 'received' });

    const ext = await env.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/extend`, payload: { reason: '需要征求第三方意见' } });
    expect(ext.statusCode).toBe(200);
    expect(ext.json()).toMatchObject({ status: 'extended', dueDate: '2026-11-16', extension: { previousDueDate: '2026-10-19', reason: '需要征求第三方意见' } });
    const again = await env.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/extend`, payload: { reason: '还要再延长一次' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DISCLOSURE_ALREADY_EXTENDED');
  });

  it('is answered with a file and states the right to a review; only the requester sees it', async () => {
    const r = await request(requester, { departmentCode: 'sthjj', description: '钱塘江杭州段2025年水质监测数据', purpose: '学术研究' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ id: expect.any(String), status: 'received' });
    const id = r.json().id;
    expect((await other.inject({ method: 'GET', url: `/api/v1/disclosure-requests/${id}` })).statusCode).toBe(404);
    expect((await fund.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/extend`, payload: { reason: '不是本部门的申请' } })).statusCode).toBe(404);

    // The file is the clerk's own upload; someone else's is refused.
    const theirs = await upload(requester);
    const refusedFile = await env.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/answer`, payload: { outcome: 'granted', text: '见附件', fileIds: [theirs.id] } });
    expect(refusedFile.statusCode).toBe(422);
    const file = await upload(env);
    const answered = await env.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/answer`, payload: { outcome: 'granted', text: '所申请信息见附件。', fileIds: [file.id] } });
    expect(answered.statusCode).toBe(200);

    const got = (await requester.inject({ method: 'GET', url: `/api/v1/disclosure-requests/${id}` })).json();
    expect(got).toMatchObject({
      status: 'answered',
      answer: { outcome: 'granted', legalGround: null, files: [{ id: file.id, mime: 'application/pdf' }], reviewRights: { reviewDays: 60, litigationMonths: 6 } },
    });
    const content = await stack.app.inject({ method: 'GET', url: got.answer.files[0].url });
    expect(content.statusCode).toBe(200);
    expect(content.body.startsWith('%PDF-')).toBe(true);
    const msgs = (await requester.inject({ method: 'GET', url: '/api/v1/messages' })).json().items;
    expect(msgs.some((m: { kind: string; body: string }) => m.kind === 'disclosure' && m.body.includes('行政复议'))).toBe(true);
    expect((await env.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/answer`, payload: { outcome: 'not_held', text: '再答' } })).json().code).toBe('ASK_TRANSITION_NOT_ALLOWED');
  });

  it('refuses with the legal ground, and a refusal without one is 4xx', async () => {
    const id = (await request(requester, { departmentCode: 'sthjj', description: '某企业排污许可证的商业秘密部分' })).json().id;
    const bare = await env.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/answer`, payload: { outcome: 'refused', text: '不予公开' } });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].path).toBe('body.legalGround');
    const ok = await env.inject({ method: 'POST', url: `/api/v1/staff/disclosure-requests/${id}/answer`, payload: { outcome: 'refused', legalGround: '《政府信息公开条例》第十五条', text: '涉及商业秘密，不予公开。' } });
    expect(ok.json().answer).toMatchObject({ outcome: 'refused', legalGround: '《政府信息公开条例》第十五条' });
  });

  it('refuses bad requests with problem+json and writes nothing', async () => {
    const before = await stack.count('disclosureRequests');
    for (const body of [
      { departmentCode: 'nope', description: '某项信息的内容描述' },
      { departmentCode: 'sthjj', description: '短' },
      { departmentCode: 'sthjj', description: '信'.repeat(10_000) },
    ]) {
      const r = await request(requester, body);
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    expect(await stack.count('disclosureRequests')).toBe(before);
  });
});
