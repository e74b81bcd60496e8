import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HousingFundAccountSchema, WithdrawalAllowanceSchema, type HousingFundAccount, type WithdrawalAllowanceView } from '@zsb/shared/contracts/housing-fund';
import { startStack, type Session, type Stack } from '../../test/harness';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function account(s: Session): Promise<HousingFundAccount> {
  const r = await s.inject({ method: 'GET', url: '/api/v1/housing-fund/account' });
  expect(r.statusCode, r.body).toBe(200);
  return HousingFundAccountSchema.parse(r.json());
}

async function allowance(s: Session, loanNo: string, source: 'self' | 'spouse'): Promise<WithdrawalAllowanceView> {
  const r = await s.inject({ method: 'GET', url: `/api/v1/housing-fund/allowance?loanNo=${loanNo}&source=${source}` });
  expect(r.statusCode, r.body).toBe(200);
  return WithdrawalAllowanceSchema.parse(r.json());
}

type Body = { loanNo: string; source: 'self' | 'spouse'; amountFen: number };
const personas = new WeakMap<Session, string>();
async function login(st: Stack, personaId: string): Promise<Session> {
  const s = await st.login(personaId);
  personas.set(s, personaId);
  return s;
}
/** A fresh sign-in: a new one-time code from the identity provider, as the confirmation page asks. */
async function freshCode(st: Stack, personaId: string): Promise<string> {
  return (await st.app.inject({ method: 'POST', url: '/api/v1/auth/authorize', payload: { personaId } })).json().code;
}
const prepare = (s: Session, body: Body) => s.inject({ method: 'POST', url: '/api/v1/housing-fund/withdrawals/confirmations', payload: body });
const confirm = (s: Session, confirmationId: string, code: string) =>
  s.inject({ method: 'POST', url: '/api/v1/housing-fund/withdrawals', payload: { confirmationId, auth: { method: 'signin', code } } });
/** Confirmation page, fresh sign-in, confirm: what a person does; a refusal at the first step is answered as is. */
async function withdraw(s: Session, body: Body, st: Stack = stack) {
  const p = await prepare(s, body);
  if (p.statusCode !== 201) return p;
  return confirm(s, p.json().confirmationId, await freshCode(st, personas.get(s)!));
}
const messagesOf = async (s: Session) => (await s.inject({ method: 'GET', url: '/api/v1/messages' })).json().items as { kind: string; title: string; body: string; link: string | null }[];

const pendingRows = () => stack.count('housingFundWithdrawals', { status: 'pending' });

describe('housing-fund withdrawal for loan repayment (r001, a loan from an earlier year)', () => {
  let s: Session;
  let loanNo: string;
  let max: number;

  beforeAll(async () => {
    s = await login(stack, 'r001');
    const a = await account(s);
    loanNo = a.loans[0]!.loanNo;
    expect(a.accountNo).toMatch(/\*/);
  });

  it('allows at most this year\'s repayments less what was withdrawn this year, within the balance', async () => {
    const a = await account(s);
    const al = await allowance(s, loanNo, 'self');
    const b = al.breakdown;
    expect(al.eligible).toBe(true);
    expect(b.repaymentsThisYearFen).toBe(a.loans[0]!.repaymentsThisYearFen);
    expect(al.maxFen).toBe(Math.min(b.yearRemainingFen, b.cumulativeRemainingFen, a.balanceFen));
    max = al.maxFen;
  });

  it('refuses one fen above the limit and changes nothing', async () => {
    const before = await account(s);
    const r = await withdraw(s, { loanNo, source: 'self', amountFen: max + 1 });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('HOUSING_FUND_AMOUNT_ABOVE_LIMIT');
    expect(r.json().errors[0].path).toBe('body.amountFen');
    const after = await account(s);
    expect(after.balanceFen).toBe(before.balanceFen);
    expect(after.withdrawals).toHaveLength(before.withdrawals.length);
  });

  it('shows the confirmation page first (amount, account, bank masked) and moves nothing without a fresh sign-in', async () => {
    const before = await account(s);
    const casesBefore = await stack.count('cases');
    const p = await prepare(s, { loanNo, source: 'self', amountFen: 1_000 });
    expect(p.statusCode, p.body).toBe(201);
    const c = p.json();
    expect(c).toMatchObject({ loanNo, source: 'self', amountFen: 1_000, needsSpouseConsent: false, account: { holderName: '张*' } });
    expect(c.account.accountNo).toMatch(/^\d{4}\*+\d{4}$/);
    expect(c.bank.name).toMatch(/银行/);
    expect(c.bank.cardNo).toMatch(/^\d{4}\*+\d{4}$/);
    // No code, a used code, someone else's sign-in: refused, nothing moves, no case.
    expect((await s.inject({ method: 'POST', url: '/api/v1/housing-fund/withdrawals', payload: { confirmationId: c.confirmationId } })).statusCode).toBe(400);
    const bad = await confirm(s, c.confirmationId, 'not-a-real-code');
    expect(bad.statusCode).toBe(401);
    expect(bad.json().code).toBe('FRESH_AUTH_FAILED');
    expect((await confirm(s, c.confirmationId, await freshCode(stack, 'r002'))).statusCode).toBe(401);
    const other = await login(stack, 'r002');
    expect((await confirm(other, c.confirmationId, await freshCode(stack, 'r002'))).statusCode).toBe(404);
    expect((await account(s)).balanceFen).toBe(before.balanceFen);
    expect(await stack.count('cases')).toBe(casesBefore);
  });

  it('pays exactly the limit once as a case (办件), however often the confirmation is replayed', async () => {
    const before = await account(s);
    const p = (await prepare(s, { loanNo, source: 'self', amountFen: max })).json();
    const first = await confirm(s, p.confirmationId, await freshCode(stack, 'r001'));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'paid', amountFen: max, loanNo, source: 'self', spouseRequest: null });
    const caseId = first.json().caseId;
    expect(caseId).toMatch(/^cs_/);
    const again = await confirm(s, p.confirmationId, 'already-used-or-not');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const after = await account(s);
    expect(after.balanceFen).toBe(before.balanceFen - max);
    expect(after.withdrawals).toHaveLength(before.withdrawals.length + 1);
    // In 我的办件, finished, with its steps, and rated like any other case.
    const list = (await s.inject({ method: 'GET', url: '/api/v1/cases' })).json();
    expect(list.items).toContainEqual(expect.objectContaining({ id: caseId, itemCode: 'GJJ-0001', status: 'completed', departmentCode: 'gjj' }));
    const detail = (await s.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json();
    expect(detail.timeline.map((e: { to: string }) => e.to)).toEqual(['submitted', 'completed']);
    const rating = await s.inject({ method: 'POST', url: '/api/v1/ratings', payload: {
      channel: 'online', caseId, itemCode: 'GJJ-0001', overall: 5, indicators: { efficiency: 5, guideAccuracy: 5, convenience: 5, usability: 5 },
    } });
    expect(rating.statusCode, rating.body).toBe(201);
  });

  it('tells the applicant by message, linking to a page that exists', async () => {
    const m = await messagesOf(s);
    expect(m).toContainEqual(expect.objectContaining({ kind: 'housing_fund', title: '公积金提取已到账', link: '/fund/pages/withdraw/index' }));
  });

  it('then refuses more this year, explaining why', async () => {
    const al = await allowance(s, loanNo, 'self');
    expect(al.eligible).toBe(false);
    expect(al.refusals.map((r) => r.code)).toContain('HOUSING_FUND_YEAR_LIMIT_REACHED');
  });
});

describe("withdrawing from the spouse's account (r001, married to r002): the spouse confirms in their own 掌上办", () => {
  let fresh: Stack;
  let husband: Session;
  let wife: Session;
  let loanNo: string;
  beforeAll(async () => {
    // A fresh stack: the year's allowance of r001 was used up above.
    fresh = await startStack();
    husband = await login(fresh, 'r001');
    wife = await login(fresh, 'r002');
    loanNo = (await account(husband)).loans[0]!.loanNo;
  });
  afterAll(async () => { await fresh?.close(); });

  const ask = async (amountFen: number) => {
    const r = await withdraw(husband, { loanNo, source: 'spouse', amountFen }, fresh);
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const incoming = async () => (await wife.inject({ method: 'GET', url: '/api/v1/housing-fund/spouse-requests' })).json().items as { id: string; direction: string; status: string }[];
  const caseOf = async (caseId: string) => (await husband.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json();

  it('uses the marriage certificate from the wallet, asks the spouse and moves no money yet', async () => {
    const al = await allowance(husband, loanNo, 'spouse');
    expect(al.eligible).toBe(true);
    expect(al.spouseName).toBe('王*');
    const p = (await prepare(husband, { loanNo, source: 'spouse', amountFen: 10_000 })).json();
    expect(p).toMatchObject({ needsSpouseConsent: true, account: { holderName: '王*' } });
    const before = (await account(wife)).balanceFen;
    const r = await confirm(husband, p.confirmationId, await freshCode(fresh, 'r001'));
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'awaiting_spouse', withdrawalId: null, spouseRequest: { id: p.confirmationId } });
    expect(Date.parse(r.json().spouseRequest.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect((await account(wife)).balanceFen).toBe(before);
    expect((await caseOf(r.json().caseId)).status).toBe('processing');
    expect(await fresh.count('auditEvents', { action: 'certificate.use' })).toBeGreaterThan(0);
    expect(await incoming()).toContainEqual(expect.objectContaining({ id: p.confirmationId, direction: 'incoming', status: 'awaiting_spouse', otherName: '张*', amountFen: 10_000 }));
    expect(await messagesOf(wife)).toContainEqual(expect.objectContaining({ title: '配偶申请提取您的住房公积金', link: '/fund/pages/spouse-requests/index' }));
    const out = (await husband.inject({ method: 'GET', url: '/api/v1/housing-fund/spouse-requests' })).json().items;
    expect(out).toContainEqual(expect.objectContaining({ id: p.confirmationId, direction: 'outgoing', otherName: '王*' }));
  });

  it('accepted with the spouse\'s fresh sign-in: paid from her account once, case finished, she is told', async () => {
    const asked = await ask(20_000);
    const id = asked.spouseRequest.id;
    const before = (await account(wife)).balanceFen;
    const decide = (s: Session, body: object) => s.inject({ method: 'POST', url: `/api/v1/housing-fund/spouse-requests/${id}/decision`, payload: body });
    // Only the spouse whose account pays may decide; the applicant and strangers get 404.
    expect((await decide(husband, { decision: 'accept', auth: { method: 'signin', code: await freshCode(fresh, 'r001') } })).statusCode).toBe(404);
    const stranger = await login(fresh, 'r003');
    expect((await decide(stranger, { decision: 'refuse' })).statusCode).toBe(404);
    expect((await decide(wife, { decision: 'accept', auth: { method: 'signin', code: await freshCode(fresh, 'r001') } })).statusCode).toBe(401);
    expect((await decide(wife, { decision: 'maybe' })).statusCode).toBe(400);
    expect((await account(wife)).balanceFen).toBe(before);
    const ok = await decide(wife, { decision: 'accept', auth: { method: 'signin', code: await freshCode(fresh, 'r002') } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id, status: 'paid', direction: 'incoming' });
    expect((await account(wife)).balanceFen).toBe(before - 20_000);
    expect((await decide(wife, { decision: 'refuse' })).json().code).toBe('SPOUSE_REQUEST_DECIDED');
    expect((await account(wife)).balanceFen).toBe(before - 20_000);
    const c = await caseOf(asked.caseId);
    expect(c.status).toBe('completed');
    expect(c.timeline.map((e: { to: string }) => e.to)).toEqual(['submitted', 'processing', 'completed']);
    const w = (await account(husband)).withdrawals.find((x) => x.amountFen === 20_000);
    expect(w?.fromSpouse).toBe(true);
    expect(await messagesOf(wife)).toContainEqual(expect.objectContaining({ title: '您的住房公积金账户有一笔支出', link: '/fund/pages/spouse-requests/index' }));
    expect(await messagesOf(husband)).toContainEqual(expect.objectContaining({ title: '公积金提取已到账' }));
    const replay = await confirm(husband, id, 'x'.repeat(8));
    expect(replay.json()).toMatchObject({ status: 'paid', caseId: asked.caseId });
  });

  it('refused by the spouse: nothing moves and the case ends as 不予受理 with the reason', async () => {
    const asked = await ask(5_000);
    const before = (await account(wife)).balanceFen;
    const r = await wife.inject({ method: 'POST', url: `/api/v1/housing-fund/spouse-requests/${asked.spouseRequest.id}/decision`, payload: { decision: 'refuse' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().status).toBe('refused');
    expect((await account(wife)).balanceFen).toBe(before);
    const c = await caseOf(asked.caseId);
    expect(c.status).toBe('rejected');
    expect(c.timeline.at(-1).note).toContain('配偶拒绝');
    expect((await confirm(husband, asked.spouseRequest.id, 'whatever-code')).json().status).toBe('refused');
  });

  it('expires after 7 days unanswered (the sweep, once): nothing moves, the case is closed, a late answer is refused', async () => {
    const asked = await ask(3_000);
    const before = (await account(wife)).balanceFen;
    expect(await fresh.app.housingFund.expireSpouseRequests(new Date(Date.now() + 6 * 24 * 3600_000))).toBe(0);
    const later = new Date(Date.now() + 7 * 24 * 3600_000 + 60_000);
    // This request and the first one (never answered) expire; the answered ones stay as they are.
    expect(await fresh.app.housingFund.expireSpouseRequests(later)).toBe(2);
    expect(await fresh.app.housingFund.expireSpouseRequests(later)).toBe(0);
    expect((await caseOf(asked.caseId)).status).toBe('rejected');
    const late = await wife.inject({ method: 'POST', url: `/api/v1/housing-fund/spouse-requests/${asked.spouseRequest.id}/decision`,
      payload: { decision: 'accept', auth: { method: 'signin', code: await freshCode(fresh, 'r002') } } });
    expect(late.statusCode).toBe(409);
    expect((await account(wife)).balanceFen).toBe(before);
    expect((await incoming()).find((x) => x.id === asked.spouseRequest.id)?.status).toBe('expired');
  });

  it('is refused without a marriage certificate (r007)', async () => {
    const s = await login(stack, 'r007');
    const loan = (await account(s)).loans[0]!.loanNo;
    const al = await allowance(s, loan, 'spouse');
    expect(al.refusals.map((r) => r.code)).toContain('HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED');
    const r = await withdraw(s, { loanNo: loan, source: 'spouse', amountFen: 100 });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED');
  });
});

describe('boundaries held by the sandbox personas', () => {
  it('refuses a loan granted this year and names the first eligible day (r005)', async () => {
    const s = await login(stack, 'r005');
    const loan = (await account(s)).loans[0]!;
    const al = await allowance(s, loan.loanNo, 'self');
    expect(al.refusals[0]).toEqual({
      code: 'HOUSING_FUND_LOAN_STARTED_THIS_YEAR',
      params: { loanStartDate: loan.startDate, eligibleFrom: `${Number(loan.startDate.slice(0, 4)) + 1}-01-01` },
    });
    const r = await withdraw(s, { loanNo: loan.loanNo, source: 'self', amountFen: 100 });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('HOUSING_FUND_LOAN_STARTED_THIS_YEAR');
  });

  it('holds the cumulative limit near its end: 800.00 left, one fen more refused (r007)', async () => {
    const s = await login(stack, 'r007');
    const loanNo = (await account(s)).loans[0]!.loanNo;
    const al = await allowance(s, loanNo, 'self');
    expect(al.maxFen).toBe(80_000);
    expect(al.breakdown.cumulativeRemainingFen).toBe(80_000);
    expect((await withdraw(s, { loanNo, source: 'self', amountFen: 80_001 })).statusCode).toBe(422);
    expect((await withdraw(s, { loanNo, source: 'self', amountFen: 80_000 })).statusCode).toBe(201);
    const after = await allowance(s, loanNo, 'self');
    expect(after.refusals.map((r) => r.code)).toEqual(expect.arrayContaining(['HOUSING_FUND_CUMULATIVE_LIMIT_REACHED']));
  });
});

describe('errors', () => {
  it('answers 404 for a loan that is not the applicant\'s', async () => {
    const s = await login(stack, 'r001');
    const r = await s.inject({ method: 'GET', url: '/api/v1/housing-fund/allowance?loanNo=SY000000&source=self' });
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('HOUSING_FUND_LOAN_NOT_FOUND');
  });

  it('answers 503 when the housing-fund system is down and leaves nothing behind', async () => {
    const s = await login(stack, 'r009');
    await stack.control('housingFund', { failRate: 1 });
    try {
      const r = await s.inject({ method: 'GET', url: '/api/v1/housing-fund/account' });
      expect(r.statusCode).toBe(503);
      expect(r.json().code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await stack.resetControls();
    }
    expect(await pendingRows()).toBe(0);
  });

  it('requires sign-in', async () => {
    expect((await stack.app.inject({ method: 'GET', url: '/api/v1/housing-fund/account' })).statusCode).toBe(401);
  });
});

describe('the same withdrawal sent several times at once', () => {
  it('pays once and answers every copy with that payment, also across instances', async () => {
    const fresh = await startStack();
    const { buildApp } = await import('../../app');
    // Two apps on one SQLite file in one process would block each other on the file lock; PostgreSQL runs two.
    const second = fresh.engine === 'postgres' ? await buildApp(fresh.config) : undefined;
    try {
      const s = await login(fresh, 'r001');
      const before = await account(s);
      const loanNo = before.loans[0]!.loanNo;
      const p = (await prepare(s, { loanNo, source: 'self', amountFen: 5_000 })).json();
      const code = await freshCode(fresh, 'r001');
      const apps = [fresh.app, ...(second ? [second] : [])];
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => apps[i % apps.length]!.inject({
        method: 'POST', url: '/api/v1/housing-fund/withdrawals', payload: { confirmationId: p.confirmationId, auth: { method: 'signin', code } }, headers: s.headers,
      })));
      // The code signs in once: copies answer the payment, or that it is under way, or that the code is spent.
      expect(results.map((r) => r.statusCode).every((c) => [201, 401, 409].includes(c))).toBe(true);
      const paid = results.filter((r) => r.statusCode === 201);
      expect(paid.length).toBeGreaterThan(0);
      expect(new Set(paid.map((r) => r.json().withdrawalId)).size).toBe(1);
      expect((await confirm(s, p.confirmationId, 'used-code')).json().withdrawalId).toBe(paid[0]!.json().withdrawalId);
      const after = await account(s);
      expect(after.balanceFen).toBe(before.balanceFen - 5_000);
      expect(after.withdrawals).toHaveLength(before.withdrawals.length + 1);
      expect(await fresh.count('housingFundWithdrawals', { status: 'done' })).toBe(1);
      expect(await fresh.count('cases', { itemCode: 'GJJ-0001' })).toBe(1);
    } finally {
      await second?.close();
      await fresh.close();
    }
  });
});
