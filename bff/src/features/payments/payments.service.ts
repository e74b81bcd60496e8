import { randomBytes } from 'node:crypto';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import type { CreatedPayment, CreatePaymentRequest, PaymentView, Receipt } from '@zsb/shared/contracts/payments';
import type { CaseStatus } from '@zsb/shared/domain/case-status';
import { feeOf, formatFen } from '@zsb/shared/domain/fees';
import { departmentName } from '@zsb/shared/domain/regions';
import type { AuthUser } from '../../platform/auth';
import { AppError, notFound } from '../../platform/errors';
import type { Leases } from '../../platform/lease';
import type { PaymentAdapter } from '../../upstreams/payment/payment.client';
import type { PaymentNotice } from '../../upstreams/payment/payment.notification';
import type { CaseExtension, CaseFacts, CasesService } from '../cases';
import type { MessagesService } from '../messages';
import type { PaymentRow, PaymentsRepository } from './payments.repository';

export interface PaymentsDeps {
  repo: PaymentsRepository;
  cases: Pick<CasesService, 'ownFacts' | 'facts' | 'systemMove'>;
  catalog: { item(code: string): Promise<ServiceItem | null> | ServiceItem | null };
  platform: Pick<PaymentAdapter, 'createOrder' | 'payParams' | 'query' | 'close' | 'refund' | 'refundSucceeded' | 'issueReceipt'>;
  messages: Pick<MessagesService, 'send'>;
  leases: Leases;
  /** Where the platform sends notifications (the public `/api/v1/payments/notify`). */
  notifyUrl: () => string;
  /** Where the H5 cashier returns to after paying (`origin`: the page's own, when it is one of ours). */
  returnUrl: (caseId: string, origin?: string) => string;
  now?: () => Date;
}

/** What the notification route answers the platform: 204 acknowledged, or a failure it will redeliver. */
export type NotificationAnswer = { status: 204 } | { status: 400 | 401 | 404 | 500; message: string };

const newPaymentId = () => `pay_${randomBytes(15).toString('hex').slice(0, 24)}`;

/** How long an order may go without its notification before the sweep asks the platform. */
export const QUERY_AFTER_MS = 60_000;
const SWEEP_BATCH = 100;

/**
 * Fees (统一公共支付): the payment a fee-charging case waits for after acceptance (待缴费), paid at the
 * platform; its signed notifications (each handled once by id and by conditional updates, in any
 * order), the query that finds a payment whose notification never came, the refund when a paid case
 * is refused, and the 非税收入 electronic receipt.
 */
export class PaymentsService {
  constructor(private readonly deps: PaymentsDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  // ───────────────────────── the case's life cycle ─────────────────────────

  /** The hooks registered with `app.cases.extend`. */
  readonly extension: CaseExtension = {
    moved: async (c, from, to, at) => this.caseMoved(c, from, to, at),
    afterMove: async (c, _from, to) => {
      if (to === 'rejected') await this.settleRejected(c.id);
    },
    detail: async (c) => {
      const row = await this.deps.repo.byCase(c.id);
      return { payment: row ? viewOf(row) : null };
    },
  };

  /** Acceptance of a fee-charging item opens its payment and sends the case to 待缴费; a refusal closes or refunds it. */
  private async caseMoved(c: CaseFacts, from: CaseStatus, to: CaseStatus, at: string): Promise<CaseStatus | void> {
    if (to === 'accepted' && from === 'pre_review' && c.itemCode) {
      const item = await this.deps.catalog.item(c.itemCode);
      const fee = item ? feeOf(item) : null;
      if (!fee) return;
      await this.deps.repo.insertOnce({
        id: newPaymentId(), caseId: c.id, userId: c.applicantUserId, caseNumber: c.number, caseTitle: c.title,
        amountFen: fee.amountFen, projectCode: fee.projectCode, projectName: fee.projectName,
        payee: departmentName(c.departmentCode ?? '') ?? c.departmentCode ?? '', payerName: c.applicantName,
        status: 'created', orderedAt: null, transactionId: null, paidAt: null, refundNo: null, refundRequestedAt: null, refundedAt: null,
        receiptNumber: null, receiptCheckCode: null, receiptTitle: null, receiptIssuedAt: null, createdAt: at, updatedAt: at,
      });
      return 'awaiting_payment';
    }
    if (to === 'rejected') {
      const row = await this.deps.repo.byCase(c.id);
      if (!row) return;
      if (row.status === 'created') await this.deps.repo.move(row.id, ['created'], { status: 'closed', updatedAt: at });
      else if (row.status === 'paid') await this.deps.repo.move(row.id, ['paid'], { status: 'refunding', refundNo: `${row.id}_r`, updatedAt: at });
    }
  }

  /** After a refusal: close the order at the platform, or ask for the refund. Failures are left to the sweep. */
  private async settleRejected(caseId: string): Promise<void> {
    const row = await this.deps.repo.byCase(caseId);
    if (!row) return;
    if (row.status === 'closed' && row.orderedAt && !(await this.deps.platform.close(row.id))) {
      // Paid in the last moment: the platform says so; take the payment, which refunds it (the case is refused).
      const trade = await this.deps.platform.query(row.id);
      if (trade?.state === 'paid' && trade.transactionId) {
        await this.applyPaid({ paymentId: row.id, transactionId: trade.transactionId, amountFen: trade.amountFen, at: trade.paidAt ?? this.now().toISOString() });
      }
    }
    if (row.status === 'refunding') await this.requestRefund(row);
  }

  private async requestRefund(row: PaymentRow): Promise<void> {
    if (row.refundRequestedAt || !row.refundNo) return;
    await this.deps.platform.refund({ paymentId: row.id, refundNo: row.refundNo, amountFen: row.amountFen, reason: `办件 ${row.caseNumber} 不予办理，退还已缴费用`, notifyUrl: this.deps.notifyUrl() });
    await this.deps.repo.update(row.id, { refundRequestedAt: this.now().toISOString(), updatedAt: this.now().toISOString() });
  }

  // ───────────────────────── the resident ─────────────────────────

  /** Places the order at the platform for one of my cases waiting for payment. */
  async create(user: AuthUser, caseId: string, body: CreatePaymentRequest, origin?: string): Promise<CreatedPayment> {
    const c = await this.deps.cases.ownFacts(user, caseId);
    const row = await this.deps.repo.byCase(c.id);
    if (c.status !== 'awaiting_payment' || !row || row.status !== 'created') {
      throw new AppError(409, 'PAYMENT_NOT_DUE', 'This case is not waiting for a payment');
    }
    if (body.amountFen !== undefined && body.amountFen !== row.amountFen) {
      throw new AppError(422, 'PAYMENT_AMOUNT_MISMATCH', `The fee of this case is ${row.amountFen} fen`, [{ path: 'body.amountFen', message: 'differs from the fee' }]);
    }
    const order = await this.deps.platform.createOrder({
      paymentId: row.id, description: `${row.projectName}（${row.caseNumber}）`, amountFen: row.amountFen,
      notifyUrl: this.deps.notifyUrl(), channel: body.channel, returnUrl: this.deps.returnUrl(c.id, origin),
    });
    if (!row.orderedAt) await this.deps.repo.update(row.id, { orderedAt: this.now().toISOString(), updatedAt: this.now().toISOString() });
    return {
      id: row.id, amountFen: row.amountFen, status: row.status,
      payUrl: order.payUrl, payParams: order.prepayId ? this.deps.platform.payParams(order.prepayId) : null,
    };
  }

  /** One of my payments; while unpaid the platform is asked (the cashier page just came back). */
  async get(user: AuthUser, paymentId: string): Promise<PaymentView> {
    let row = await this.deps.repo.byId(paymentId);
    if (!row || row.userId !== user.userId) throw notFound('No such payment');
    if (row.status === 'created' && row.orderedAt) {
      await this.recoverByQuery(row);
      row = (await this.deps.repo.byId(paymentId))!;
    }
    return viewOf(row);
  }

  async receipts(user: AuthUser): Promise<{ items: Receipt[] }> {
    return { items: (await this.deps.repo.receiptsOf(user.userId)).flatMap((r) => { const v = receiptOf(r); return v ? [v] : []; }) };
  }

  // ───────────────────────── the platform ─────────────────────────

  /**
   * A notification whose signature was checked. Acknowledged (204) when handled now or before; an
   * unknown order or an amount that is not the order's is refused and changes nothing.
   */
  async handleNotice(notice: PaymentNotice): Promise<NotificationAnswer> {
    if (notice.kind === 'other') return { status: 204 };
    const row = await this.deps.repo.byId(notice.paymentId);
    if (!row) return { status: 404, message: 'unknown out_trade_no' };
    if (notice.amountFen !== row.amountFen) return { status: 400, message: `amount ${notice.amountFen} differs from the order's ${row.amountFen}` };
    const receivedAt = this.now().toISOString();
    if (notice.kind === 'paid') {
      await this.applyPaid(notice, { id: notice.notificationId, eventType: 'TRANSACTION.SUCCESS', receivedAt });
    } else {
      if (notice.refundNo !== row.refundNo) return { status: 400, message: 'unknown out_refund_no' };
      await this.applyRefunded(row, notice.at, { id: notice.notificationId, eventType: 'REFUND.SUCCESS', receivedAt });
    }
    return { status: 204 };
  }

  /**
   * The payment is paid (a notification, or the platform's answer to a query): once only, whatever
   * the order of arrival. The case goes back to 已受理 for processing; a case refused meanwhile gets
   * the money back. Then the receipt is issued (the sweep retries it if the receipt service fails).
   */
  async applyPaid(p: { paymentId: string; transactionId: string; amountFen: number; at: string }, notification?: { id: string; eventType: string; receivedAt: string }): Promise<boolean> {
    const row = await this.deps.repo.byId(p.paymentId);
    if (!row || p.amountFen !== row.amountFen) return false;
    const moved = await this.deps.repo.transaction(async () => {
      if (notification && !(await this.deps.repo.recordNotification({ ...notification, paymentId: row.id }))) return false;
      const now = this.now().toISOString();
      if (!(await this.deps.repo.move(row.id, ['created', 'closed'], { status: 'paid', transactionId: p.transactionId, paidAt: p.at, updatedAt: now }))) return false;
      const resumed = await this.deps.cases.systemMove(row.caseId, 'awaiting_payment', 'accepted', `已缴费 ¥${formatFen(row.amountFen)}（${row.projectName}）`);
      if (!resumed) {
        const c = await this.deps.cases.facts(row.caseId);
        // Paid for a case refused meanwhile (or paid after its order was closed): the money goes back.
        if (c?.status === 'rejected') await this.deps.repo.move(row.id, ['paid'], { status: 'refunding', refundNo: `${row.id}_r`, updatedAt: now });
      }
      return true;
    });
    if (!moved) return false;
    // A notification is answered at once (the platform waits only a few seconds); a query's caller waits for the receipt.
    if (notification) void this.followUp(row.id);
    else await this.followUp(row.id);
    return true;
  }

  private async applyRefunded(row: PaymentRow, at: string, notification: { id: string; eventType: string; receivedAt: string }): Promise<void> {
    const moved = await this.deps.repo.transaction(async () => {
      if (!(await this.deps.repo.recordNotification({ ...notification, paymentId: row.id }))) return false;
      return this.deps.repo.move(row.id, ['refunding'], { status: 'refunded', refundedAt: at, updatedAt: this.now().toISOString() });
    });
    if (moved) await this.tellRefunded(row);
  }

  private async tellRefunded(row: PaymentRow): Promise<void> {
    await this.deps.messages.send(row.userId, {
      kind: 'payment', title: `退款已原路退回：${row.caseTitle}`,
      body: `办件 ${row.caseNumber} 已缴纳的 ¥${formatFen(row.amountFen)}（${row.projectName}）已原路退回。`,
      link: `/cases/pages/detail/index?id=${row.caseId}`, dedupeKey: `payment:${row.id}:refunded`,
    });
  }

  /** After a payment: the receipt, and the refund when the case was refused. Never throws: the sweep retries. */
  private async followUp(paymentId: string): Promise<void> {
    try {
      const row = await this.deps.repo.byId(paymentId);
      if (!row) return;
      if (!row.receiptIssuedAt) await this.issueReceipt(row);
      if (row.status === 'refunding') await this.requestRefund(row);
    } catch {
      // The sweep issues / refunds later.
    }
  }

  private async issueReceipt(row: PaymentRow): Promise<void> {
    const r = await this.deps.platform.issueReceipt({
      paymentId: row.id, payerName: row.payerName, payee: row.payee, projectCode: row.projectCode, projectName: row.projectName, amountFen: row.amountFen,
    });
    await this.deps.repo.update(row.id, { receiptNumber: r.number, receiptCheckCode: r.checkCode, receiptTitle: r.title, receiptIssuedAt: r.issuedAt, updatedAt: this.now().toISOString() });
  }

  /** Asks the platform about an unpaid order; takes the payment when it was paid (its notification lost). */
  private async recoverByQuery(row: PaymentRow): Promise<void> {
    const trade = await this.deps.platform.query(row.id);
    if ((trade?.state === 'paid' || trade?.state === 'refunded') && trade.transactionId) {
      await this.applyPaid({ paymentId: row.id, transactionId: trade.transactionId, amountFen: trade.amountFen, at: trade.paidAt ?? this.now().toISOString() });
    }
  }

  /**
   * One pass of the background sweep (run under a lease by one instance): unpaid orders older than
   * `queryAfterMs` are looked up at the platform, missing receipts issued, refunds asked for and
   * refunds whose notification never came confirmed. Each item is moved by a conditional update.
   */
  async sweep(queryAfterMs = QUERY_AFTER_MS): Promise<{ recovered: number; receipts: number; refunds: number }> {
    const out = { recovered: 0, receipts: 0, refunds: 0 };
    await this.deps.leases.runExclusive('payments-sweep', 60_000, async () => {
      const before = new Date(this.now().getTime() - queryAfterMs).toISOString();
      for (const row of await this.deps.repo.unpaidOrdered(before, SWEEP_BATCH)) {
        try {
          const was = row.status;
          await this.recoverByQuery(row);
          if ((await this.deps.repo.byId(row.id))?.status !== was) out.recovered++;
        } catch { /* next pass */ }
      }
      for (const row of await this.deps.repo.withoutReceipt(SWEEP_BATCH)) {
        try { await this.issueReceipt(row); out.receipts++; } catch { /* next pass */ }
      }
      for (const row of await this.deps.repo.refunding(SWEEP_BATCH)) {
        try {
          if (!row.refundRequestedAt) { await this.requestRefund(row); out.refunds++; continue; }
          if (row.refundRequestedAt < before && row.refundNo && (await this.deps.platform.refundSucceeded(row.refundNo))) {
            if (await this.deps.repo.move(row.id, ['refunding'], { status: 'refunded', refundedAt: this.now().toISOString(), updatedAt: this.now().toISOString() })) {
              await this.tellRefunded(row);
              out.refunds++;
            }
          }
        } catch { /* next pass */ }
      }
    });
    return out;
  }
}

function receiptOf(r: PaymentRow): Receipt | null {
  if (!r.receiptNumber || !r.receiptIssuedAt) return null;
  return {
    number: r.receiptNumber, checkCode: r.receiptCheckCode ?? '', title: r.receiptTitle ?? '', projectCode: r.projectCode, projectName: r.projectName,
    amountFen: r.amountFen, payerName: r.payerName, payee: r.payee, issuedAt: r.receiptIssuedAt, caseId: r.caseId, caseNumber: r.caseNumber, caseTitle: r.caseTitle,
  };
}

function viewOf(r: PaymentRow): PaymentView {
  return {
    id: r.id, amountFen: r.amountFen, status: r.status, projectName: r.projectName, createdAt: r.createdAt,
    paidAt: r.paidAt, refundedAt: r.refundedAt, receipt: receiptOf(r),
  };
}
