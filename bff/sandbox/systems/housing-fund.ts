import { createHash } from 'node:crypto';
import { isValidIdNumber } from '@zsb/shared/domain/id-number';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badRequest, notFound, parse } from '../http';
import type { SandboxStore, WithdrawalAnswer } from '../store';

const IdNumber = z.string().refine((s) => isValidIdNumber(s), 'must be a valid ID number');
const WithdrawalRequestSchema = z.object({
  requestId: z.string().min(1).max(128),
  idNumber: IdNumber,
  accountIdNumber: IdNumber,
  loanNo: z.string().min(1),
  amount: z
    .number()
    .positive()
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'must have at most 2 decimals'),
});

const round2 = (n: number) => Math.round(n * 100) / 100;

const BANKS = [
  { name: '中国工商银行杭州分行', bin: '622202' }, { name: '中国建设银行杭州分行', bin: '621700' },
  { name: '中国农业银行杭州分行', bin: '622848' }, { name: '杭州银行', bin: '621451' },
];

/** The bank card a withdrawal is paid to (the account holder's own, registered with the fund): stable per account. */
export function bankAccountOf(accountNo: string): { bankName: string; cardNo: string } {
  const h = createHash('sha256').update(`zsb-sandbox-bank:${accountNo}`).digest();
  const bank = BANKS[h[0]! % BANKS.length]!;
  const digits = Array.from(h.subarray(1, 14), (b) => String(b % 10)).join('');
  return { bankName: bank.name, cardNo: `${bank.bin}${digits}` };
}

/**
 * Housing provident fund (公积金): accounts with loans and withdrawals, and loan-repayment withdrawals.
 * Only bookkeeping checks live here (own loan, self-or-spouse account, enough balance); eligibility is the BFF's job.
 */
export function housingFundSystem(app: FastifyInstance, store: SandboxStore): void {
  app.get('/housing-fund/accounts/:idNumber', async (req, reply) => {
    const { idNumber } = req.params as { idNumber: string };
    if (!isValidIdNumber(idNumber)) return badRequest(reply, 'idNumber is not a valid ID number');
    const account = store.accountsByIdNumber.get(idNumber);
    return account ? { ...account, bankAccount: bankAccountOf(account.accountNo) } : notFound(reply);
  });

  app.post('/housing-fund/withdrawals', async (req, reply) => {
    const body = parse(WithdrawalRequestSchema, req.body);
    // Same requestId → same answer, without touching the balance again.
    const earlier = store.withdrawalsByRequestId.get(body.requestId);
    if (earlier) return earlier;

    const borrower = store.accountsByIdNumber.get(body.idNumber);
    const payer = store.accountsByIdNumber.get(body.accountIdNumber);
    if (!borrower || !payer) return notFound(reply);
    const loan = borrower.loans.find((l) => l.loanNo === body.loanNo);
    if (!loan) return badRequest(reply, 'loanNo is not a loan of idNumber');
    if (body.accountIdNumber !== body.idNumber) {
      const person = store.peopleByIdNumber.get(body.idNumber);
      const spouse = person?.spousePersonaId ? store.peopleById.get(person.spousePersonaId) : undefined;
      if (spouse?.idNumber !== body.accountIdNumber) return badRequest(reply, 'accountIdNumber must be idNumber or the spouse');
    }
    if (body.amount > payer.balance) return badRequest(reply, 'amount exceeds the account balance');

    payer.balance = round2(payer.balance - body.amount);
    const date = store.referenceDate;
    const withdrawal = {
      withdrawalId: `W${date.slice(0, 4)}9${String(++store.withdrawalSeq).padStart(5, '0')}`,
      date,
      amount: body.amount,
      loanNo: body.loanNo,
      reason: '偿还住房贷款',
      fromIdNumber: body.accountIdNumber,
    };
    borrower.withdrawals.push(withdrawal);
    if (payer !== borrower) payer.paidForOthers.push(withdrawal);
    const answer: WithdrawalAnswer = {
      withdrawalId: withdrawal.withdrawalId,
      status: 'accepted',
      amount: body.amount,
      date,
      balance: payer.balance,
    };
    store.withdrawalsByRequestId.set(body.requestId, answer);
    return answer;
  });
}
