import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, chinaDate } from '@zsb/shared/domain/working-days';
import { ENQUIRY_ANSWER_WORKING_DAYS } from '@zsb/shared/contracts/enquiries';
import { startStack, type Session, type Stack } from '../../test/harness';

const ITEM = 'GJJ-0001';

describe('在线咨询 (enquiries)', () => {
  let stack: Stack;
  let asker: Session;
  let other: Session;
  let fund: Session;
  let civil: Session;

  beforeAll(async () => {
    stack = await startStack();
    asker = await stack.login('r001');
    other = await stack.login('r002');
    fund = await stack.login('staff-gjj');
    civil = await stack.login('staff-mzj');
  });
  afterAll(() => stack.close());

  const ask = (s: Session, body: Record<string, unknown>) => s.inject({ method: 'POST', url: '/api/v1/enquiries', payload: body });

  it('routes a question to the item\'s department with a due date in working days; staff answer it; the asker sees the answer', async () => {
    const r = await ask(asker, { itemCode: ITEM, question: '异地购房能否提取公积金？我的电话13812345678', public: true });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ id: expect.any(String), status: 'open' });
    const id = r.json().id;

    const mine = (await asker.inject({ method: 'GET', url: `/api/v1/enquiries/${id}` })).json();
    expect(mine).toMatchObject({ departmentCode: 'gjj', status: 'open', public: true, answer: null, dueDate: addWorkingDays(chinaDate(), ENQUIRY_ANSWER_WORKING_DAYS) });
    expect((await other.inject({ method: 'GET', url: `/api/v1/enquiries/${id}` })).statusCode).toBe(404);

    // In the housing fund's queue only; another department cannot answer it.
    expect((await fund.inject({ method: 'GET', url: '/api/v1/staff/enquiries' })).json().items.some((e: { id: string }) => e.id === id)).toBe(true);
    expect((await civil.inject({ method: 'GET', url: '/api/v1/staff/enquiries' })).json().items.some((e: { id: string }) => e.id === id)).toBe(false);
    expect((await civil.inject({ method: 'POST', url: `/api/v1/staff/enquiries/${id}/answer`, payload: { answer: '可以' } })).statusCode).toBe(404);
    // Residents have no staff routes.
    expect((await asker.inject({ method: 'POST', url: `/api/v1/staff/enquiries/${id}/answer`, payload: { answer: '可以' } })).statusCode).toBe(403);

    const answered = await fund.inject({ method: 'POST', url: `/api/v1/staff/enquiries/${id}/answer`, payload: { answer: '可以，凭购房合同在线申请提取。' } });
    expect(answered.statusCode).toBe(200);
    expect((await fund.inject({ method: 'POST', url: `/api/v1/staff/enquiries/${id}/answer`, payload: { answer: '再答一次' } })).json().code).toBe('ASK_TRANSITION_NOT_ALLOWED');

    const seen = (await asker.inject({ method: 'GET', url: '/api/v1/enquiries' })).json().items.find((e: { id: string }) => e.id === id);
    expect(seen).toMatchObject({ status: 'answered', answer: { text: '可以，凭购房合同在线申请提取。' } });
    const messages = (await asker.inject({ method: 'GET', url: '/api/v1/messages' })).json().items;
    expect(messages.some((m: { kind: string }) => m.kind === 'enquiry')).toBe(true);

    // On the guide, masked, without the asker.
    const faq = (await stack.app.inject({ method: 'GET', url: `/api/v1/services/${ITEM}/enquiries` })).json().items;
    const shown = faq.find((e: { id: string }) => e.id === id);
    expect(shown.question).not.toContain('13812345678');
    expect(shown.question).toContain('异地购房');
    expect(Object.keys(shown).sort()).toEqual(['answer', 'answeredAt', 'id', 'question']);
  });

  it('keeps a question private when the asker did not agree', async () => {
    const id = (await ask(asker, { itemCode: ITEM, question: '我的账户为什么被冻结？' })).json().id;
    await fund.inject({ method: 'POST', url: `/api/v1/staff/enquiries/${id}/answer`, payload: { answer: '请携带身份证到柜台办理解冻。' } });
    const faq = (await stack.app.inject({ method: 'GET', url: `/api/v1/services/${ITEM}/enquiries` })).json().items;
    expect(faq.some((e: { id: string }) => e.id === id)).toBe(false);
  });

  it('escalates an overdue question to 12345 once, tells the asker, and still lets the department answer', async () => {
    const id = (await ask(asker, { itemCode: 'MZJ-0001', question: '婚姻登记需要预约吗？' })).json().id;
    const row = (await stack.rows('enquiries', { id }))[0]!;
    // Not overdue on its due date.
    expect(await stack.app.enquiries.sweepOverdue(new Date(`${row.dueDate}T04:00:00Z`))).toMatchObject({ escalated: 0 });
    const later = new Date(`${addWorkingDays(row.dueDate as string, 1)}T04:00:00Z`);
    expect(await stack.app.enquiries.sweepOverdue(later)).toMatchObject({ escalated: 1, pushed: 1 });
    // A second sweep (any instance) changes nothing.
    expect(await stack.app.enquiries.sweepOverdue(later)).toMatchObject({ escalated: 0, pushed: 0 });

    const e = (await asker.inject({ method: 'GET', url: `/api/v1/enquiries/${id}` })).json();
    expect(e).toMatchObject({ status: 'escalated', escalation: { state: 'pushed', ticketNo: expect.stringMatching(/^HZ12345/) } });
    const ticket = await (await fetch(`${stack.sandboxUrl}/hotline/work-orders/${e.escalation.ticketNo}`)).json() as Record<string, string>;
    expect(ticket).toMatchObject({ kind: 'overdue_enquiry', departmentCode: 'mzj', externalId: `enquiry:${id}` });
    const messages = (await asker.inject({ method: 'GET', url: '/api/v1/messages' })).json().items;
    expect(messages.filter((m: { title: string }) => m.title.includes('12345'))).toHaveLength(1);

    const staff = (await civil.inject({ method: 'GET', url: '/api/v1/staff/enquiries?status=escalated' })).json().items.find((x: { id: string }) => x.id === id);
    expect(staff.overdue).toBe(true);
    expect((await civil.inject({ method: 'POST', url: `/api/v1/staff/enquiries/${id}/answer`, payload: { answer: '无需预约，也可网上预约。' } })).json().status).toBe('answered');
  });

  it('retries a push that failed while 12345 was down', async () => {
    const id = (await ask(asker, { itemCode: 'GJJ-0002', question: '提取到账需要几天？' })).json().id;
    const due = (await stack.rows('enquiries', { id }))[0]!.dueDate as string;
    const later = new Date(`${addWorkingDays(due, 2)}T04:00:00Z`);
    await stack.control('hotline', { failRate: 1 });
    try {
      expect(await stack.app.enquiries.sweepOverdue(later)).toMatchObject({ escalated: 1, pushed: 0 });
    } finally {
      await stack.resetControls();
    }
    expect((await stack.rows('enquiries', { id }))[0]!.hotlineState).toBe('failed');
    expect(await stack.app.enquiries.sweepOverdue(later)).toMatchObject({ escalated: 0, pushed: 1 });
  });

  describe('bad input: 4xx problem+json, nothing written', () => {
    it('refuses a question of 10,000 characters, an empty one, an unknown item and unknown fields', async () => {
      const before = await stack.count('enquiries');
      const long = await ask(asker, { itemCode: ITEM, question: '问'.repeat(10_000) });
      expect(long.statusCode).toBe(400);
      expect(long.headers['content-type']).toContain('application/problem+json');
      expect(long.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.question' }] });
      expect((await ask(asker, { itemCode: ITEM, question: '   ' })).statusCode).toBe(400);
      expect((await ask(asker, { itemCode: 'NOPE-9999', question: '这个事项存在吗？' })).json().code).toBe('SERVICE_NOT_FOUND');
      expect((await ask(asker, { itemCode: ITEM, question: '正常的问题内容', userId: 'x' })).statusCode).toBe(400);
      expect(await stack.count('enquiries')).toBe(before);
    });
  });
});
