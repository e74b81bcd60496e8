import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { UpstreamClientError, type UpstreamClient } from '../http-client';

/*
 * 统一公共支付平台 (WeChat-Pay-v3-like) and its 非税收入 electronic receipts. Their field names
 * live only here; the payments feature sees `PlatformOrder`, `PlatformTrade`, `PlatformReceipt`.
 */

export interface PaymentMerchant {
  mchId: string;
  appId: string;
  apiKey: string;
}

/** The platform's view of an order, in our terms. */
export interface PlatformTrade {
  state: 'unpaid' | 'paid' | 'closed' | 'refunded';
  transactionId: string | null;
  amountFen: number;
  paidAt: string | null;
}

export interface PlatformReceipt {
  number: string;
  checkCode: string;
  title: string;
  issuedAt: string;
}

const TradeSchema = z.object({
  out_trade_no: z.string(),
  transaction_id: z.string().optional(),
  trade_state: z.enum(['SUCCESS', 'NOTPAY', 'CLOSED', 'REFUND', 'USERPAYING', 'PAYERROR', 'REVOKED']),
  success_time: z.string().optional(),
  amount: z.object({ total: z.number().int() }),
});
const ReceiptSchema = z.object({ bill_no: z.string(), check_code: z.string(), bill_name: z.string(), issue_time: z.string() });

const TRADE_STATES: Record<z.infer<typeof TradeSchema>['trade_state'], PlatformTrade['state']> = {
  SUCCESS: 'paid', REFUND: 'refunded', NOTPAY: 'unpaid', USERPAYING: 'unpaid', PAYERROR: 'unpaid', CLOSED: 'closed', REVOKED: 'closed',
};

export class PaymentAdapter {
  constructor(private readonly http: UpstreamClient, private readonly merchant: PaymentMerchant, private readonly publicUrl: string) {}

  /** Places the order (idempotent on our payment id) and answers what the client needs to pay it. */
  async createOrder(o: { paymentId: string; description: string; amountFen: number; notifyUrl: string; channel: 'h5' | 'weapp'; returnUrl: string }):
    Promise<{ payUrl: string | null; prepayId: string | null }> {
    const body = {
      appid: this.merchant.appId, mchid: this.merchant.mchId, description: o.description.slice(0, 127), out_trade_no: o.paymentId,
      notify_url: o.notifyUrl, amount: { total: o.amountFen, currency: 'CNY' },
      ...(o.channel === 'weapp' ? { payer: { openid: 'o-sandbox-payer' } } : {}),
    };
    if (o.channel === 'weapp') {
      const r = z.object({ prepay_id: z.string() }).parse(await this.http.post('/pay/v3/pay/transactions/jsapi', body, { idempotent: true }));
      return { payUrl: null, prepayId: r.prepay_id };
    }
    const r = z.object({ h5_url: z.string() }).parse(await this.http.post('/pay/v3/pay/transactions/h5', body, { idempotent: true }));
    const base = new URL(r.h5_url, `${this.publicUrl.replace(/\/$/, '')}/`);
    base.searchParams.set('redirect_url', o.returnUrl);
    return { payUrl: base.toString(), prepayId: null };
  }

  /** `wx.requestPayment`'s parameters for a JSAPI prepay id (signed with the merchant key). */
  payParams(prepayId: string) {
    const timeStamp = String(Math.floor(Date.now() / 1000));
    const nonceStr = randomBytes(16).toString('hex');
    const pkg = `prepay_id=${prepayId}`;
    const paySign = createHmac('sha256', this.merchant.apiKey).update(`${this.merchant.appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`).digest('base64');
    return { appId: this.merchant.appId, timeStamp, nonceStr, package: pkg, signType: 'RSA' as const, paySign };
  }

  /** Asks the platform about an order (a notification that never came); null when it has none. */
  async query(paymentId: string): Promise<PlatformTrade | null> {
    const r = await this.http.get(`/pay/v3/pay/transactions/out-trade-no/${encodeURIComponent(paymentId)}?mchid=${this.merchant.mchId}`);
    if (r === null) return null;
    const t = TradeSchema.parse(r);
    return { state: TRADE_STATES[t.trade_state], transactionId: t.transaction_id ?? null, amountFen: t.amount.total, paidAt: t.success_time ? new Date(t.success_time).toISOString() : null };
  }

  /** Closes an unpaid order; false when the platform says it was paid meanwhile. */
  async close(paymentId: string): Promise<boolean> {
    try {
      await this.http.post(`/pay/v3/pay/transactions/out-trade-no/${encodeURIComponent(paymentId)}/close`, { mchid: this.merchant.mchId }, { idempotent: true, refusals: [400] });
      return true;
    } catch (e) {
      if (e instanceof UpstreamClientError) return false;
      throw e;
    }
  }

  /** Asks for a full refund (idempotent on the refund number); the result comes as a notification. */
  async refund(r: { paymentId: string; refundNo: string; amountFen: number; reason: string; notifyUrl: string }): Promise<void> {
    await this.http.post('/pay/v3/refund/domestic/refunds', {
      out_trade_no: r.paymentId, out_refund_no: r.refundNo, reason: r.reason.slice(0, 80), notify_url: r.notifyUrl,
      amount: { refund: r.amountFen, total: r.amountFen, currency: 'CNY' },
    }, { idempotent: true });
  }

  /** Whether a refund went through (a refund notification that never came). */
  async refundSucceeded(refundNo: string): Promise<boolean> {
    const r = await this.http.get(`/pay/v3/refund/domestic/refunds/${encodeURIComponent(refundNo)}`);
    return r !== null && z.object({ status: z.string() }).parse(r).status === 'SUCCESS';
  }

  /** The 非税收入 electronic receipt of a paid order (idempotent on the order). */
  async issueReceipt(r: { paymentId: string; payerName: string; payee: string; projectCode: string; projectName: string; amountFen: number }): Promise<PlatformReceipt> {
    const out = ReceiptSchema.parse(await this.http.post('/pay/fiscal/receipts', {
      out_trade_no: r.paymentId, payer_name: r.payerName, payee: r.payee, project_code: r.projectCode, project_name: r.projectName, amount: r.amountFen,
    }, { idempotent: true }));
    return { number: out.bill_no, checkCode: out.check_code, title: out.bill_name, issuedAt: new Date(out.issue_time).toISOString() };
  }
}
