import { z } from 'zod';
import { yuanToFen } from '@zsb/shared/domain/housing-fund';
import { UpstreamClientError, type UpstreamClient } from '../http-client';

// The housing-fund system's records, in its own field names; money in yuan with two decimals.
const Yuan = z.number();
const WithdrawalSchema = z.object({
  withdrawalId: z.string(), date: z.string(), amount: Yuan, loanNo: z.string(), reason: z.string(), fromIdNumber: z.string(),
});
const LoanSchema = z.object({
  loanNo: z.string(),
  kind: z.enum(['commercial', 'provident', 'combined']),
  startDate: z.string(),
  principal: Yuan,
  totalInterest: Yuan,
  repaidTotal: Yuan,
  repaymentsThisYear: z.array(z.object({ date: z.string(), amount: Yuan })),
});
const AccountSchema = z.object({
  accountNo: z.string(),
  idNumber: z.string(),
  name: z.string(),
  status: z.string(),
  balance: Yuan,
  monthlyDeposit: Yuan,
  employerName: z.string(),
  openedOn: z.string(),
  loans: z.array(LoanSchema),
  withdrawals: z.array(WithdrawalSchema),
  /** The holder's bank card withdrawals are paid to. */
  bankAccount: z.object({ bankName: z.string(), cardNo: z.string() }).nullish(),
});
const WithdrawalAnswerSchema = z.object({ withdrawalId: z.string(), status: z.string(), amount: Yuan, date: z.string(), balance: Yuan });

/** An account as the BFF uses it: amounts in integer fen. */
export interface FundAccount {
  accountNo: string;
  idNumber: string;
  name: string;
  status: string;
  /** Only a normal (正常) account pays out; sealed (封存) and frozen ones do not. */
  active: boolean;
  balanceFen: number;
  monthlyDepositFen: number;
  employerName: string;
  openedOn: string;
  loans: {
    loanNo: string; kind: 'commercial' | 'provident' | 'combined'; startDate: string; principalFen: number; totalInterestFen: number;
    repaidTotalFen: number; repaymentsThisYear: { date: string; amountFen: number }[];
  }[];
  withdrawals: { withdrawalId: string; date: string; amountFen: number; loanNo: string; reason: string; fromIdNumber: string }[];
  bank: { name: string; cardNo: string } | null;
}

/** Theirs → ours: yuan to fen without float drift, status to an active flag. */
export function toFundAccount(raw: z.infer<typeof AccountSchema>): FundAccount {
  return {
    accountNo: raw.accountNo, idNumber: raw.idNumber, name: raw.name, status: raw.status, active: raw.status === 'normal',
    balanceFen: yuanToFen(raw.balance), monthlyDepositFen: yuanToFen(raw.monthlyDeposit), employerName: raw.employerName, openedOn: raw.openedOn,
    loans: raw.loans.map((l) => ({
      loanNo: l.loanNo, kind: l.kind, startDate: l.startDate, principalFen: yuanToFen(l.principal), totalInterestFen: yuanToFen(l.totalInterest),
      repaidTotalFen: yuanToFen(l.repaidTotal), repaymentsThisYear: l.repaymentsThisYear.map((r) => ({ date: r.date, amountFen: yuanToFen(r.amount) })),
    })),
    withdrawals: raw.withdrawals.map((w) => ({
      withdrawalId: w.withdrawalId, date: w.date, amountFen: yuanToFen(w.amount), loanNo: w.loanNo, reason: w.reason, fromIdNumber: w.fromIdNumber,
    })),
    bank: raw.bankAccount ? { name: raw.bankAccount.bankName, cardNo: raw.bankAccount.cardNo } : null,
  };
}

export class HousingFundRejectedError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** Housing provident fund (公积金) system. Account reads are not cached: a withdrawal must see the latest balance. */
export class HousingFundAdapter {
  constructor(private readonly http: UpstreamClient) {}

  async account(idNumber: string, opts: { timeoutMs?: number } = {}): Promise<FundAccount | null> {
    const r = await this.http.get(`/housing-fund/accounts/${encodeURIComponent(idNumber)}`, opts);
    return r === null ? null : toFundAccount(AccountSchema.parse(r));
  }

  /**
   * Pays `amountFen` from `accountIdNumber`'s fund toward `idNumber`'s loan. The system is idempotent
   * on `requestId`, so a retry after a timeout never pays twice. A bookkeeping refusal (4xx) is thrown
   * as HousingFundRejectedError.
   */
  async withdraw(req: { requestId: string; idNumber: string; accountIdNumber: string; loanNo: string; amountFen: number }) {
    try {
      const r = await this.http.post('/housing-fund/withdrawals', {
        requestId: req.requestId, idNumber: req.idNumber, accountIdNumber: req.accountIdNumber, loanNo: req.loanNo, amount: req.amountFen / 100,
      }, { idempotent: true, refusals: [400, 409, 422] });
      const a = WithdrawalAnswerSchema.parse(r);
      return { withdrawalId: a.withdrawalId, date: a.date, amountFen: yuanToFen(a.amount), balanceFen: yuanToFen(a.balance) };
    } catch (err) {
      if (err instanceof UpstreamClientError) {
        const detail = (err.body as { detail?: string; message?: string } | null)?.detail ?? (err.body as { message?: string } | null)?.message;
        throw new HousingFundRejectedError(detail ?? `housing fund answered ${err.status}`);
      }
      throw err;
    }
  }
}
