import type {
  HousingFundAccount, WithdrawalAllowanceView, WithdrawalRequest, WithdrawalResult,
} from '@zsb/shared/contracts/housing-fund';
import { decideWithdrawal, fenToYuan, withdrawalAllowance, type HousingFundRefusal, type WithdrawalContext } from '@zsb/shared/domain/housing-fund';
import { maskGeneric, maskName } from '@zsb/shared/domain/masking';
import { chinaDate } from '@zsb/shared/domain/working-days';
import { hashRequest } from '../../platform/idempotency';
import { AppError } from '../../platform/errors';
import type { AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import { newId, nowIso } from '../../db/ids';
import { isUniqueViolation } from '../../platform/db';
import type { Upstreams } from '../../upstreams';
import type { FundAccount } from '../../upstreams/housing-fund/housing-fund.client';
import { HousingFundRejectedError } from '../../upstreams/housing-fund/housing-fund.client';
import type { AuthService } from '../auth';
import type { MessagesService } from '../messages';
import type { WalletService } from '../wallet';
import type { HousingFundRepository, WithdrawalRow } from './housing-fund.repository';

/** Which request field a refusal is about, for problem+json `errors`. */
const REFUSAL_PATH: Record<HousingFundRefusal['code'], string> = {
  HOUSING_FUND_ACCOUNT_INACTIVE: 'body.source',
  HOUSING_FUND_LOAN_STARTED_THIS_YEAR: 'body.loanNo',
  HOUSING_FUND_NO_REPAYMENT_THIS_YEAR: 'body.loanNo',
  HOUSING_FUND_YEAR_LIMIT_REACHED: 'body.amountFen',
  HOUSING_FUND_CUMULATIVE_LIMIT_REACHED: 'body.amountFen',
  HOUSING_FUND_INSUFFICIENT_BALANCE: 'body.amountFen',
  HOUSING_FUND_MARRIAGE_CERTIFICATE_REQUIRED: 'body.source',
  HOUSING_FUND_SPOUSE_MISMATCH: 'body.source',
  HOUSING_FUND_AMOUNT_INVALID: 'body.amountFen',
  HOUSING_FUND_AMOUNT_ABOVE_LIMIT: 'body.amountFen',
};

export interface HousingFundDeps {
  upstreams: Pick<Upstreams, 'housingFund' | 'population'>;
  auth: Pick<AuthService, 'userOf'>;
  wallet: Pick<WalletService, 'holderOf' | 'certificatesOf' | 'summarize'>;
  audit: Pick<AuditService, 'record'>;
  messages: Pick<MessagesService, 'send'>;
}

interface Situation {
  applicant: { userId: string; idNumber: string };
  account: FundAccount;
  ctx: WithdrawalContext;
  /** The account that pays: the applicant's own or the spouse's. */
  payerIdNumber: string | null;
  spouseName: string | null;
}

/**
 * Withdrawal for loan repayment against the housing-fund system. The rules are shared/domain/
 * housing-fund.ts; this service gathers the facts (account, loan, spouse per the population
 * register, marriage certificate from the wallet) and performs the withdrawal idempotently.
 */
export class HousingFundService {
  constructor(private readonly repo: HousingFundRepository, private readonly deps: HousingFundDeps) {}

  async account(user: AuthUser): Promise<HousingFundAccount> {
    const { account } = await this.ownAccount(user);
    return {
      accountNo: maskGeneric(account.accountNo, 4, 4),
      name: account.name,
      status: account.status,
      active: account.active,
      balanceFen: account.balanceFen,
      monthlyDepositFen: account.monthlyDepositFen,
      employerName: account.employerName,
      openedOn: account.openedOn,
      loans: account.loans.map((l) => ({
        loanNo: l.loanNo, kind: l.kind, startDate: l.startDate, principalFen: l.principalFen, totalInterestFen: l.totalInterestFen,
        repaidTotalFen: l.repaidTotalFen, repaymentsThisYearFen: l.repaymentsThisYear.reduce((a, r) => a + r.amountFen, 0),
        eligibleFrom: `${Number(l.startDate.slice(0, 4)) + 1}-01-01`,
      })),
      withdrawals: account.withdrawals.map((w) => ({
        withdrawalId: w.withdrawalId, date: w.date, amountFen: w.amountFen, loanNo: w.loanNo, reason: w.reason, fromSpouse: w.fromIdNumber !== account.idNumber,
      })),
    };
  }

  async allowance(user: AuthUser, loanNo: string, source: 'self' | 'spouse'): Promise<WithdrawalAllowanceView> {
    const s = await this.situation(user, loanNo, source);
    const a = withdrawalAllowance(s.ctx);
    return { loanNo, source, spouseName: s.spouseName, eligible: a.eligible, maxFen: a.maxFen, limitedBy: a.limitedBy, refusals: a.refusals, breakdown: a.breakdown };
  }

  /**
   * Checks the rules, then pays through the housing-fund system. With an Idempotency-Key a retry
   * returns the first answer (or finishes a first attempt that was cut off) and never pays twice.
   */
  async withdraw(user: AuthUser, body: WithdrawalRequest, key: string | undefined): Promise<WithdrawalResult> {
    const requestHash = hashRequest(body);
    const checked = (row: WithdrawalRow | undefined) => {
      if (row && row.requestHash !== requestHash) {
        throw new AppError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request');
      }
      return row;
    };
    let prior = checked(key ? await this.repo.byKey(user.userId, key) : undefined);
    if (prior?.status === 'done') return this.resultOf(prior.withdrawalId!, prior.paidOn!, body);

    const s = await this.situation(user, body.loanNo, body.source);
    if (!prior) {
      // A first attempt is checked against the rules; a cut-off one was checked before it paid (or not).
      const decision = decideWithdrawal(s.ctx, body.amountFen);
      if (!decision.ok) throw refusalError(decision.refusals);
      const newRowId = newId();
      try {
        await this.repo.insertPending({
          id: newRowId, userId: user.userId, idempotencyKey: key ?? null, requestHash, requestId: `zsb-${newRowId}`, loanNo: body.loanNo,
          source: body.source, amountFen: body.amountFen, createdAt: nowIso(),
        });
      } catch (err) {
        // The same key raced in on another request (or instance): carry on with its row and its upstream request id,
        // on which the housing-fund system is idempotent, so the money moves once.
        if (!key || !isUniqueViolation(err)) throw err;
        prior = checked(await this.repo.byKey(user.userId, key));
        if (!prior) throw err;
        if (prior.status === 'done') return this.resultOf(prior.withdrawalId!, prior.paidOn!, body);
      }
      prior ??= { id: newRowId, requestId: `zsb-${newRowId}` } as WithdrawalRow;
    }
    const { id, requestId } = prior;
    let paid: { withdrawalId: string; date: string };
    try {
      paid = await this.deps.upstreams.housingFund.withdraw({
        requestId, idNumber: s.applicant.idNumber, accountIdNumber: s.payerIdNumber!, loanNo: body.loanNo, amountFen: body.amountFen,
      });
    } catch (err) {
      // A refusal leaves nothing behind; so does an unanswered call without a key to retry it with.
      const refused = err instanceof HousingFundRejectedError;
      if (refused || !key) await this.repo.discard(id);
      if (refused) throw new AppError(409, 'CONFLICT', `The housing-fund system refused the withdrawal: ${err.detail}`);
      throw err;
    }
    await this.repo.complete(id, paid.withdrawalId, paid.date);
    await this.deps.messages.send(user.userId, {
      kind: 'housing_fund', title: '公积金提取已到账',
      body: `您申请的偿还住房贷款提取 ${fenToYuan(body.amountFen)} 元已办结（贷款合同号 ${body.loanNo}）。`,
      link: '/pages/housing-fund/index', dedupeKey: `housing-fund:${paid.withdrawalId}`,
    });
    return this.resultOf(paid.withdrawalId, paid.date, body);
  }

  private resultOf(withdrawalId: string, date: string, body: WithdrawalRequest): WithdrawalResult {
    return { withdrawalId, date, amountFen: body.amountFen, loanNo: body.loanNo, source: body.source };
  }

  private async ownAccount(user: AuthUser): Promise<{ applicant: { userId: string; idNumber: string }; account: FundAccount }> {
    if (user.identity.kind !== 'personal') throw new AppError(403, 'FORBIDDEN', 'The housing fund is a personal account; switch to your personal identity');
    const row = await this.deps.auth.userOf(user);
    const account = await this.deps.upstreams.housingFund.account(row.idNumber);
    if (!account) throw new AppError(404, 'HOUSING_FUND_ACCOUNT_NOT_FOUND', 'No housing-fund account for this person');
    return { applicant: { userId: row.id, idNumber: row.idNumber }, account };
  }

  private async situation(user: AuthUser, loanNo: string, source: 'self' | 'spouse'): Promise<Situation> {
    const { applicant, account } = await this.ownAccount(user);
    const loan = account.loans.find((l) => l.loanNo === loanNo);
    if (!loan) throw new AppError(404, 'HOUSING_FUND_LOAN_NOT_FOUND', 'No such loan on this account');
    const base = { today: chinaDate(), loan, withdrawals: account.withdrawals };
    if (source === 'self') {
      return {
        applicant, account, payerIdNumber: account.idNumber, spouseName: null,
        ctx: { ...base, source: { kind: 'self' }, sourceAccount: { active: account.active, balanceFen: account.balanceFen } },
      };
    }
    // The spouse is who the population register says; the wallet's marriage certificate must name them.
    const resident = await this.deps.upstreams.population.resident(applicant.idNumber);
    const spouseIdNumber = resident?.spouseIdNumber ?? null;
    const marriageCertificate = await this.marriageCertificate(user);
    const spouseAccount = spouseIdNumber && marriageCertificate ? await this.deps.upstreams.housingFund.account(spouseIdNumber) : null;
    if (spouseIdNumber && marriageCertificate && !spouseAccount) {
      throw new AppError(404, 'HOUSING_FUND_ACCOUNT_NOT_FOUND', "The spouse has no housing-fund account");
    }
    return {
      applicant, account, payerIdNumber: spouseAccount?.idNumber ?? null,
      spouseName: spouseAccount ? maskName(spouseAccount.name) : null,
      ctx: {
        ...base,
        source: { kind: 'spouse', spouseIdNumber: spouseIdNumber ?? '', marriageCertificate },
        sourceAccount: spouseAccount ? { active: spouseAccount.active, balanceFen: spouseAccount.balanceFen } : null,
      },
    };
  }

  /** The applicant's current marriage certificate from the wallet (its spouse field only), audited as a use. */
  private async marriageCertificate(user: AuthUser): Promise<{ spouseIdNumber: string } | null> {
    const holder = await this.deps.wallet.holderOf(user);
    const certs = await this.deps.wallet.certificatesOf(holder);
    const cert = certs
      .filter((c) => c.kind === 'marriage_certificate')
      .find((c) => ['valid', 'expiring'].includes(this.deps.wallet.summarize(c).status));
    if (!cert) return null;
    await this.deps.audit.record({
      actor: `user:${user.userId}`, subject: holder.subject, certificateId: cert.certificateId, action: 'certificate.use',
      fields: ['spouseIdNumber'], purpose: 'housing-fund withdrawal from the spouse\'s account', channel: 'app', result: 'ok',
    });
    return { spouseIdNumber: String(cert.fields.spouseIdNumber ?? '') };
  }
}

function refusalError(refusals: HousingFundRefusal[]): AppError {
  const first = refusals[0]!;
  return new AppError(
    422, first.code, 'The withdrawal is not allowed',
    refusals.map((r) => ({ path: REFUSAL_PATH[r.code], message: `${r.code} ${JSON.stringify(r.params)}` })),
  );
}
