import {
  SPOUSE_CONFIRMATION_DAYS, WITHDRAWAL_CONFIRMATION_MINUTES,
  type HousingFundAccount, type SpouseDecision, type SpouseRequest, type WithdrawalAllowanceView, type WithdrawalConfirmation,
  type WithdrawalPrepareRequest, type WithdrawalRequest, type WithdrawalResult,
} from '@zsb/shared/contracts/housing-fund';
import { decideWithdrawal, fenToYuan, withdrawalAllowance, type HousingFundRefusal, type WithdrawalContext } from '@zsb/shared/domain/housing-fund';
import { maskGeneric, maskName } from '@zsb/shared/domain/masking';
import { chinaDate } from '@zsb/shared/domain/working-days';
import { hashRequest } from '../../platform/idempotency';
import { AppError, notFound } from '../../platform/errors';
import type { Leases } from '../../platform/lease';
import type { AuthUser } from '../../platform/auth';
import type { AuditService } from '../../platform/audit';
import { newId } from '../../db/ids';
import type { Upstreams } from '../../upstreams';
import type { FundAccount } from '../../upstreams/housing-fund/housing-fund.client';
import { HousingFundRejectedError } from '../../upstreams/housing-fund/housing-fund.client';
import type { AuthService } from '../auth';
import type { CasesService } from '../cases';
import type { MessagesService } from '../messages';
import type { WalletService } from '../wallet';
import type { HousingFundRepository, WithdrawalRow } from './housing-fund.repository';

/** The catalog item every withdrawal is a case of (职工提取住房公积金偿还住房贷款). */
export const WITHDRAWAL_ITEM_CODE = 'GJJ-0001';
/** Pages of the mini-program (miniapp/src/app.config.ts) the withdrawal messages open. */
export const FUND_PAGE = '/fund/pages/withdraw/index';
export const SPOUSE_REQUESTS_PAGE = '/fund/pages/spouse-requests/index';
const CENTRE = '杭州住房公积金管理中心';

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
  auth: Pick<AuthService, 'userOf' | 'confirmPresence' | 'residentByIdNumber'>;
  cases: Pick<CasesService, 'openSystemCase' | 'systemStep'>;
  leases: Leases;
  now?: () => Date;
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
  payerAccount: FundAccount | null;
  spouseName: string | null;
}

/**
 * Withdrawal for loan repayment against the housing-fund system. The rules are shared/domain/
 * housing-fund.ts; this service gathers the facts (account, loan, spouse per the population
 * register, marriage certificate from the wallet) and performs the withdrawal idempotently.
 */
export class HousingFundService {
  constructor(private readonly repo: HousingFundRepository, private readonly deps: HousingFundDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

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
   * Step 1 of a withdrawal: checks the rules and records what the confirmation page shows (amount,
   * paying account, the bank card paid to). Nothing moves until `withdraw` with a fresh sign-in.
   */
  async prepare(user: AuthUser, body: WithdrawalPrepareRequest): Promise<WithdrawalConfirmation> {
    const s = await this.situation(user, body.loanNo, body.source);
    const decision = decideWithdrawal(s.ctx, body.amountFen);
    if (!decision.ok) throw refusalError(decision.refusals);
    const payer = s.payerAccount!;
    const id = `wd_${newId()}`;
    const now = this.now();
    const row = {
      id, userId: user.userId, idempotencyKey: null, requestHash: hashRequest(body), requestId: `zsb-${id}`, loanNo: body.loanNo,
      source: body.source, amountFen: body.amountFen, createdAt: now.toISOString(), payerIdNumber: payer.idNumber,
      accountNo: maskGeneric(payer.accountNo, 4, 4), applicantName: s.account.name, payerName: payer.name,
      confirmExpiresAt: new Date(now.getTime() + WITHDRAWAL_CONFIRMATION_MINUTES * 60_000).toISOString(),
    };
    await this.repo.insertPrepared(row);
    const bank = s.account.bank;
    return {
      confirmationId: id, loanNo: body.loanNo, source: body.source, amountFen: body.amountFen,
      account: { accountNo: row.accountNo, holderName: maskName(payer.name) },
      bank: bank ? { name: bank.name, cardNo: maskGeneric(bank.cardNo, 4, 4) } : { name: '', cardNo: '' },
      needsSpouseConsent: body.source === 'spouse', expiresAt: row.confirmExpiresAt,
    };
  }

  /**
   * Step 2: the confirmation with a fresh sign-in. Every withdrawal becomes a case (办件). From one's
   * own account it is paid now; from the spouse's, the spouse is asked and has 7 days to accept in
   * their own 掌上办. A replay of a confirmation answers what happened to it and never pays twice.
   */
  async withdraw(user: AuthUser, body: WithdrawalRequest): Promise<WithdrawalResult> {
    let row = await this.ownWithdrawal(user, body.confirmationId);
    // Confirmed before but the housing-fund system did not answer: pay again under the same request id.
    if (row.status === 'pending' && row.caseId && row.source === 'self') return this.pay(row);
    if (row.status !== 'prepared') return this.settled(row);
    if ((row.confirmExpiresAt ?? '') < this.now().toISOString()) {
      throw new AppError(409, 'WITHDRAWAL_CONFIRMATION_EXPIRED', 'This confirmation has expired; start the withdrawal again');
    }
    if (!(await this.deps.auth.confirmPresence(user, body.auth.code, body.auth.channel))) {
      // A copy of this confirmation that spent the code first may have moved it on.
      row = (await this.repo.byId(row.id))!;
      if (row.status !== 'prepared') return this.settled(row);
      throw new AppError(401, 'FRESH_AUTH_FAILED', 'Sign in again to confirm: the code is unknown, used, expired or names someone else',
        [{ path: 'body.auth.code', message: 'not a fresh sign-in of this person' }]);
    }
    // The balance or the year's withdrawals may have changed since the confirmation page.
    const s = await this.situation(user, row.loanNo, row.source);
    const decision = decideWithdrawal(s.ctx, row.amountFen);
    if (!decision.ok) throw refusalError(decision.refusals);
    const spouse = row.source === 'spouse';
    const at = this.now();
    const spouseExpiresAt = spouse ? new Date(at.getTime() + SPOUSE_CONFIRMATION_DAYS * 24 * 3600_000).toISOString() : null;
    if (!(await this.repo.move(row.id, 'prepared', { status: spouse ? 'awaiting_spouse' : 'pending', spouseExpiresAt }))) {
      return this.settled((await this.repo.byId(row.id))!);
    }
    const { caseId } = await this.deps.cases.openSystemCase(user, WITHDRAWAL_ITEM_CODE, {
      loanNo: row.loanNo, source: spouse ? '配偶账户' : '本人账户', amountYuan: fenToYuan(row.amountFen), account: row.accountNo ?? '',
    });
    await this.repo.setCase(row.id, caseId);
    row = (await this.repo.byId(row.id))!;
    if (!spouse) return this.pay(row);
    await this.deps.cases.systemStep(caseId, 'submitted', 'processing', '等待配偶在掌上办确认（7日内）', CENTRE);
    const spouseUser = await this.deps.auth.residentByIdNumber(row.payerIdNumber!);
    if (spouseUser) {
      await this.deps.messages.send(spouseUser.id, {
        kind: 'housing_fund', title: '配偶申请提取您的住房公积金',
        body: `${maskName(row.applicantName ?? '')}申请从您的住房公积金账户（${row.accountNo}）提取 ${fenToYuan(row.amountFen)} 元偿还住房贷款，请在 ${SPOUSE_CONFIRMATION_DAYS} 日内确认或拒绝。`,
        link: SPOUSE_REQUESTS_PAGE, dedupeKey: `housing-fund:${row.id}:asked`,
      });
    }
    return this.settled(row);
  }

  /** Pays a withdrawal in `pending` (its upstream request id is fixed, so a retry never pays twice) and closes its case. */
  private async pay(row: WithdrawalRow): Promise<WithdrawalResult> {
    const applicant = await this.deps.auth.userOf({ userId: row.userId });
    const caseFrom = row.source === 'spouse' ? 'processing' : 'submitted';
    let paid: { withdrawalId: string; date: string };
    try {
      paid = await this.deps.upstreams.housingFund.withdraw({
        requestId: row.requestId, idNumber: applicant.idNumber, accountIdNumber: row.payerIdNumber!, loanNo: row.loanNo, amountFen: row.amountFen,
      });
    } catch (err) {
      if (err instanceof HousingFundRejectedError) {
        if (await this.repo.move(row.id, 'pending', { status: 'failed', decidedAt: this.now().toISOString() }) && row.caseId) {
          await this.deps.cases.systemStep(row.caseId, caseFrom, 'rejected', `公积金中心未予提取：${err.detail}`, CENTRE);
        }
        throw new AppError(409, 'CONFLICT', `The housing-fund system refused the withdrawal: ${err.detail}`);
      }
      // Unanswered: stays pending; the same confirmation (or the spouse's acceptance) retried pays under the same request id.
      throw err;
    }
    if (await this.repo.move(row.id, 'pending', { status: 'done', withdrawalId: paid.withdrawalId, paidOn: paid.date })) {
      if (row.caseId) await this.deps.cases.systemStep(row.caseId, caseFrom, 'completed', `已提取 ${fenToYuan(row.amountFen)} 元`, CENTRE);
      await this.deps.messages.send(row.userId, {
        kind: 'housing_fund', title: '公积金提取已到账',
        body: `您申请的偿还住房贷款提取 ${fenToYuan(row.amountFen)} 元已办结（贷款合同号 ${row.loanNo}）。`,
        link: FUND_PAGE, dedupeKey: `housing-fund:${paid.withdrawalId}`,
      });
      if (row.source === 'spouse') {
        const spouseUser = await this.deps.auth.residentByIdNumber(row.payerIdNumber!);
        if (spouseUser) {
          await this.deps.messages.send(spouseUser.id, {
            kind: 'housing_fund', title: '您的住房公积金账户有一笔支出',
            body: `经您确认，您的住房公积金账户（${row.accountNo}）已支出 ${fenToYuan(row.amountFen)} 元，用于${maskName(row.applicantName ?? '')}偿还住房贷款（贷款合同号 ${row.loanNo}）。`,
            link: SPOUSE_REQUESTS_PAGE, dedupeKey: `housing-fund:${paid.withdrawalId}:payer`,
          });
        }
      }
    }
    return this.settled((await this.repo.byId(row.id))!);
  }

  /** What a confirmed withdrawal answers: paid, awaiting the spouse, or refused/expired. */
  private settled(row: WithdrawalRow): WithdrawalResult {
    if (!row.caseId || row.status === 'prepared' || row.status === 'pending') {
      throw new AppError(409, 'WITHDRAWAL_IN_PROGRESS', 'This withdrawal is being processed; look again in a moment');
    }
    const status = row.status === 'done' ? 'paid' : row.status === 'failed' ? 'refused' : row.status;
    return {
      caseId: row.caseId, status, withdrawalId: row.withdrawalId, date: row.paidOn, amountFen: row.amountFen, loanNo: row.loanNo,
      source: row.source, spouseRequest: row.source === 'spouse' && row.spouseExpiresAt ? { id: row.id, expiresAt: row.spouseExpiresAt } : null,
    };
  }

  private async ownWithdrawal(user: AuthUser, id: string): Promise<WithdrawalRow> {
    const row = await this.repo.byId(id);
    if (!row || row.userId !== user.userId) throw notFound('No such withdrawal');
    return row;
  }

  // ───────────────────────── the spouse's side ─────────────────────────

  async spouseRequests(user: AuthUser): Promise<{ items: SpouseRequest[] }> {
    const me = await this.deps.auth.userOf(user);
    const rows = await this.repo.spouseRequests(me.id, me.idNumber);
    return { items: rows.map((r) => this.requestView(r, r.userId === me.id ? 'outgoing' : 'incoming')) };
  }

  /**
   * The spouse accepts (with a fresh sign-in: money leaves their account) or refuses. Only the
   * person whose account would pay may decide; anyone else gets 404.
   */
  async decide(user: AuthUser, requestId: string, body: SpouseDecision): Promise<SpouseRequest> {
    if (user.identity.kind !== 'personal') throw new AppError(403, 'FORBIDDEN', 'Switch to your personal identity');
    const me = await this.deps.auth.userOf(user);
    const row = await this.repo.byId(requestId);
    if (!row || row.source !== 'spouse' || row.payerIdNumber !== me.idNumber || row.userId === me.id || row.status === 'prepared') {
      throw notFound('No such request');
    }
    if (row.status === 'pending') {
      // Accepted before but the housing-fund system did not answer: pay again under the same request id.
      await this.pay(row);
      return this.requestView((await this.repo.byId(row.id))!, 'incoming');
    }
    if (row.status !== 'awaiting_spouse') throw new AppError(409, 'SPOUSE_REQUEST_DECIDED', 'This request has already been answered or has expired');
    const now = this.now().toISOString();
    if ((row.spouseExpiresAt ?? '') < now) {
      await this.expire(row);
      throw new AppError(409, 'SPOUSE_REQUEST_DECIDED', 'This request has expired');
    }
    if (body.decision === 'refuse') {
      if (!(await this.repo.move(row.id, 'awaiting_spouse', { status: 'refused', decidedAt: now }))) {
        throw new AppError(409, 'SPOUSE_REQUEST_DECIDED', 'This request has already been answered or has expired');
      }
      if (row.caseId) await this.deps.cases.systemStep(row.caseId, 'processing', 'rejected', '配偶拒绝从其住房公积金账户提取', CENTRE);
      return this.requestView((await this.repo.byId(row.id))!, 'incoming');
    }
    if (!(await this.deps.auth.confirmPresence(user, body.auth.code, body.auth.channel))) {
      throw new AppError(401, 'FRESH_AUTH_FAILED', 'Sign in again to confirm: the code is unknown, used, expired or names someone else',
        [{ path: 'body.auth.code', message: 'not a fresh sign-in of this person' }]);
    }
    if (!(await this.repo.move(row.id, 'awaiting_spouse', { status: 'pending', decidedAt: now }))) {
      throw new AppError(409, 'SPOUSE_REQUEST_DECIDED', 'This request has already been answered or has expired');
    }
    await this.deps.audit.record({
      actor: `user:${me.id}`, subject: me.id, action: 'housing_fund.spouse_consent', fields: ['amountFen'],
      purpose: `同意配偶提取住房公积金（${row.id}）`, channel: 'app', result: 'ok',
    });
    try {
      await this.pay((await this.repo.byId(row.id))!);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
    return this.requestView((await this.repo.byId(row.id))!, 'incoming');
  }

  /** Spouse requests not answered within 7 days end as expired (the applicant's case is closed as 不予受理). */
  async expireSpouseRequests(now = this.now()): Promise<number> {
    let n = 0;
    for (const row of await this.repo.overdueSpouseRequests(now.toISOString(), 200)) {
      if (await this.expire(row)) n++;
    }
    return n;
  }

  /** Runs the expiry sweep on one instance at a time. */
  async sweep(): Promise<void> {
    await this.deps.leases.runExclusive('housing-fund-spouse-expiry', 120_000, async () => { await this.expireSpouseRequests(); });
  }

  private async expire(row: WithdrawalRow): Promise<boolean> {
    if (!(await this.repo.move(row.id, 'awaiting_spouse', { status: 'expired', decidedAt: this.now().toISOString() }))) return false;
    if (row.caseId) {
      await this.deps.cases.systemStep(row.caseId, 'processing', 'rejected', `配偶未在${SPOUSE_CONFIRMATION_DAYS}日内确认，申请已失效`, CENTRE);
    }
    return true;
  }

  private requestView(r: WithdrawalRow, direction: 'incoming' | 'outgoing'): SpouseRequest {
    const status = r.status === 'done' ? 'paid' : r.status === 'pending' ? 'awaiting_spouse' : r.status;
    return {
      id: r.id, direction, otherName: maskName((direction === 'incoming' ? r.applicantName : r.payerName) ?? ''),
      amountFen: r.amountFen, loanNo: r.loanNo, accountNo: r.accountNo ?? '', status: status as SpouseRequest['status'],
      caseId: r.caseId, createdAt: r.createdAt, expiresAt: r.spouseExpiresAt ?? r.createdAt, decidedAt: r.decidedAt,
    };
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
        applicant, account, payerIdNumber: account.idNumber, payerAccount: account, spouseName: null,
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
      applicant, account, payerIdNumber: spouseAccount?.idNumber ?? null, payerAccount: spouseAccount,
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
