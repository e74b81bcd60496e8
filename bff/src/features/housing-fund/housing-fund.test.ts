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

function withdraw(s: Session, body: { loanNo: string; source: 'self' | 'spouse'; amountFen: number }, key?: string) {
  return s.inject({ method: 'POST', url: '/api/v1/housing-fund/withdrawals', payload: body, headers: key ? { 'idempotency-key': key } : {} });
}

const pendingRows = () => stack.count('housingFundWithdrawals', { status: 'pending' });

describe('housing-fund withdrawal for loan repayment (r001, a loan from an earlier year)', () => {
  let s: Session;
  let loanNo: string;
  let max: number;

  beforeAll(async () => {
    s = await stack.login('r001');
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
    const r = await withdraw(s, { loanNo, source: 'self', amountFen: max + 1 }, 'hf-r001-over-1');
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('HOUSING_FUND_AMOUNT_ABOVE_LIMIT');
    expect(r.json().errors[0].path).toBe('body.amountFen');
    const after = await account(s);
    expect(after.balanceFen).toBe(before.balanceFen);
    expect(after.withdrawals).toHaveLength(before.withdrawals.length);
  });

  it('pays exactly the limit once, however often the request is retried with its key', async () => {
    const before = await account(s);
    const first = await withdraw(s, { loanNo, source: 'self', amountFen: max }, 'hf-r001-exact-1');
    expect(first.statusCode, first.body).toBe(201);
    const again = await withdraw(s, { loanNo, source: 'self', amountFen: max }, 'hf-r001-exact-1');
    expect(again.statusCode).toBe(201);
    expect(again.json().withdrawalId).toBe(first.json().withdrawalId);
    const after = await account(s);
    expect(after.balanceFen).toBe(before.balanceFen - max);
    expect(after.withdrawals).toHaveLength(before.withdrawals.length + 1);
    const reused = await withdraw(s, { loanNo, source: 'self', amountFen: 1 }, 'hf-r001-exact-1');
    expect(reused.statusCode).toBe(409);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('tells the applicant by message', async () => {
    const m = (await s.inject({ method: 'GET', url: '/api/v1/messages' })).json();
    expect(m.items.some((x: { kind: string; title: string }) => x.kind === 'housing_fund' && x.title === '公积金提取已到账')).toBe(true);
  });

  it('then refuses more this year, explaining why', async () => {
    const al = await allowance(s, loanNo, 'self');
    expect(al.eligible).toBe(false);
    expect(al.refusals.map((r) => r.code)).toContain('HOUSING_FUND_YEAR_LIMIT_REACHED');
  });
});

describe('withdrawing from the spouse\'s account', () => {
  it('uses the marriage certificate from the wallet (r001, married to r002)', async () => {
    // A fresh stack: the year's allowance of r001 was used up above.
    const fresh = await startStack();
    try {
      const s = await fresh.login('r001');
      const loanNo = (await account(s)).loans[0]!.loanNo;
      const al = await allowance(s, loanNo, 'spouse');
      expect(al.eligible).toBe(true);
      expect(al.spouseName).toBe('王*');
      const r = await withdraw(s, { loanNo, source: 'spouse', amountFen: 10_000 }, 'hf-r001-spouse-1');
      expect(r.statusCode, r.body).toBe(201);
      const w = (await account(s)).withdrawals.find((x) => x.withdrawalId === r.json().withdrawalId);
      expect(w?.fromSpouse).toBe(true);
      const used = { n: await fresh.count('auditEvents', { action: 'certificate.use' }) };
      expect(used.n).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });

  it('is refused without a marriage certificate (r007)', async () => {
    const s = await stack.login('r007');
    const loanNo = (await account(s)).loans[0]!.loanNo;
    const al = await allowance(s, loanNo, 'spouse');
    expect(al.refusals.map((r) => r.code)).toContain('HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED');
    const r = await withdraw(s, { loanNo, source: 'spouse', amountFen: 100 });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED');
  });
});

describe('boundaries held by the sandbox personas', () => {
  it('refuses a loan granted this year and names the first eligible day (r005)', async () => {
    const s = await stack.login('r005');
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
    const s = await stack.login('r007');
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
    const s = await stack.login('r001');
    const r = await s.inject({ method: 'GET', url: '/api/v1/housing-fund/allowance?loanNo=SY000000&source=self' });
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('HOUSING_FUND_LOAN_NOT_FOUND');
  });

  it('answers 503 when the housing-fund system is down and leaves nothing behind', async () => {
    const s = await stack.login('r009');
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
      const s = await fresh.login('r001');
      const before = await account(s);
      const loanNo = before.loans[0]!.loanNo;
      const body = { loanNo, source: 'self' as const, amountFen: 5_000 };
      const apps = [fresh.app, ...(second ? [second] : [])];
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => apps[i % apps.length]!.inject({
        method: 'POST', url: '/api/v1/housing-fund/withdrawals', payload: body, headers: { ...s.headers, 'idempotency-key': 'hf-r001-race-1' },
      })));
      expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
      expect(new Set(results.map((r) => r.json().withdrawalId)).size).toBe(1);
      const after = await account(s);
      expect(after.balanceFen).toBe(before.balanceFen - 5_000);
      expect(after.withdrawals).toHaveLength(before.withdrawals.length + 1);
      expect(await fresh.count('housingFundWithdrawals')).toBe(1);
    } finally {
      await second?.close();
      await fresh.close();
    }
  });
});
