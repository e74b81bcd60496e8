import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound, parse, SandboxError } from '../http';

/*
 * 统一公共支付平台 (WeChat-Pay-v3-like) and the fiscal 非税收入 electronic receipt service.
 * Orders by the merchant's out_trade_no (idempotent; a second order with another amount is refused),
 * an H5 cashier page and JSAPI prepay ids, asynchronous notifications to the merchant's notify_url —
 * signed (`Wechatpay-Signature`: HMAC-SHA256 under the API v3 key of `timestamp\nnonce\nbody\n`) with
 * the resource encrypted (AEAD_AES_256_GCM under the same key), retried while the merchant does not
 * answer 2xx — order query and close, refunds with their own notification, and receipts.
 * `/_control/pay/*` drops, duplicates or holds notifications (released in any order) for tests.
 */

export const DEFAULT_PAYMENT_API_KEY = 'dev-only-payment-apiv3-key-00000';
export const DEFAULT_PAYMENT_MCH_ID = '1900000109';
export const PAYMENT_PLATFORM_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';

export interface PaymentSystemOptions {
  apiKey: string;
  mchId: string;
  /** Waits before each redelivery of a notification the merchant did not acknowledge (WeChat: 15s, 15s, 30s, 3m, 10m, …). */
  retryDelaysMs?: readonly number[];
}

type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';

interface Order {
  mchid: string;
  appid: string;
  outTradeNo: string;
  description: string;
  total: number;
  notifyUrl: string;
  tradeType: 'JSAPI' | 'MWEB';
  prepayId: string;
  transactionId: string | null;
  tradeState: TradeState;
  successTime: string | null;
  openid: string | null;
  createdAt: string;
}

interface Refund {
  outRefundNo: string;
  refundId: string;
  outTradeNo: string;
  refund: number;
  status: 'PROCESSING' | 'SUCCESS';
  notifyUrl: string | null;
  successTime: string | null;
}

interface Notification {
  id: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  eventType: string;
  attempts: number;
  lastStatus: number | null;
  delivered: boolean;
}

type Mode = 'deliver' | 'drop' | 'duplicate' | 'hold';

/** WeChat Pay v3's notification signature: base64 HMAC-SHA256 over `timestamp\nnonce\nbody\n` (sandbox: the API v3 key stands in for the platform certificate). */
export function paymentSignature(apiKey: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sha256', apiKey).update(`${timestamp}\n${nonce}\n${body}\n`).digest('base64');
}

/** AEAD_AES_256_GCM of a notification's resource under the API v3 key, as WeChat Pay sends it. */
export function encryptResource(apiKey: string, plaintext: string, associatedData: string) {
  const nonce = randomBytes(9).toString('base64url').slice(0, 12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiKey, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: 'AEAD_AES_256_GCM', ciphertext: ct.toString('base64'), associated_data: associatedData, nonce };
}

const Amount = z.object({ total: z.number().int().min(1).max(100_000_000), currency: z.literal('CNY').default('CNY') });
const OrderRequest = z.object({
  appid: z.string().min(1).max(32),
  mchid: z.string().min(1).max(32),
  description: z.string().min(1).max(127),
  out_trade_no: z.string().regex(/^[A-Za-z0-9_*|-]{6,32}$/),
  notify_url: z.string().url(),
  amount: Amount,
  payer: z.object({ openid: z.string().min(1) }).optional(),
});
const RefundRequest = z.object({
  out_trade_no: z.string(),
  out_refund_no: z.string().regex(/^[A-Za-z0-9_*|-]{6,64}$/),
  reason: z.string().max(80).optional(),
  notify_url: z.string().url().optional(),
  amount: z.object({ refund: z.number().int().min(1), total: z.number().int().min(1), currency: z.literal('CNY').default('CNY') }),
});
const ReceiptRequest = z.object({
  out_trade_no: z.string(),
  payer_name: z.string().min(1).max(100),
  payee: z.string().min(1).max(100),
  project_code: z.string().regex(/^\d{6,12}$/),
  project_name: z.string().min(1).max(100),
  amount: z.number().int().min(1),
});

const wxError = (status: number, code: string, message: string) => new SandboxError(status, code, message);

/** China time as WeChat writes it: `2026-11-29T10:00:00+08:00`. */
const rfc3339 = (ms = Date.now()) => `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;

export function paymentSystem(app: FastifyInstance, opts: PaymentSystemOptions): void {
  const orders = new Map<string, Order>();
  const byPrepay = new Map<string, string>();
  const refunds = new Map<string, Refund>();
  const receipts = new Map<string, Record<string, unknown>>();
  const sent: Notification[] = [];
  const held: Notification[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let mode: Mode = 'deliver';
  let seq = 0;
  const retryDelays = opts.retryDelaysMs ?? [15_000, 15_000, 30_000, 180_000, 600_000];
  app.addHook('onClose', async () => { for (const t of timers) clearTimeout(t); });

  // WeChat's own error shape: {code, message}.
  const sendError = (reply: import('fastify').FastifyReply, e: SandboxError) => reply.code(e.statusCode).send({ code: e.code, message: e.message });

  function transactionOf(o: Order) {
    return {
      appid: o.appid, mchid: o.mchid, out_trade_no: o.outTradeNo, transaction_id: o.transactionId ?? undefined,
      trade_type: o.tradeType, trade_state: o.tradeState,
      trade_state_desc: { NOTPAY: '未支付', SUCCESS: '支付成功', CLOSED: '已关闭', REFUND: '转入退款' }[o.tradeState],
      bank_type: o.tradeState === 'NOTPAY' || o.tradeState === 'CLOSED' ? undefined : 'OTHERS',
      success_time: o.successTime ?? undefined,
      payer: o.openid ? { openid: o.openid } : undefined,
      amount: { total: o.total, payer_total: o.tradeState === 'NOTPAY' ? undefined : o.total, currency: 'CNY', payer_currency: 'CNY' },
    };
  }

  async function post(n: Notification): Promise<void> {
    n.attempts++;
    try {
      const res = await fetch(n.url, { method: 'POST', headers: n.headers, body: n.body, signal: AbortSignal.timeout(5000) });
      n.lastStatus = res.status;
      // Only a 2xx acknowledges; anything else is redelivered later.
      if (res.ok) { n.delivered = true; return; }
    } catch {
      n.lastStatus = null;
    }
    const delay = retryDelays[n.attempts - 1];
    if (delay === undefined) return;
    const t = setTimeout(() => { timers.delete(t); void post(n); }, delay);
    t.unref();
    timers.add(t);
  }

  function notify(url: string, eventType: string, summary: string, originalType: string, resource: object): Notification {
    const id = `EV-${Date.now()}-${++seq}`;
    const body = JSON.stringify({
      id, create_time: rfc3339(), resource_type: 'encrypt-resource', event_type: eventType, summary,
      resource: { ...encryptResource(opts.apiKey, JSON.stringify(resource), originalType), original_type: originalType },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(16).toString('hex');
    const n: Notification = {
      id, url, body, eventType, attempts: 0, lastStatus: null, delivered: false,
      headers: {
        'content-type': 'application/json',
        'wechatpay-timestamp': timestamp, 'wechatpay-nonce': nonce, 'wechatpay-serial': PAYMENT_PLATFORM_SERIAL,
        'wechatpay-signature': paymentSignature(opts.apiKey, timestamp, nonce, body),
        'wechatpay-signature-type': 'HMAC-SHA256',
      },
    };
    sent.push(n);
    if (mode === 'drop') return n;
    if (mode === 'hold') { held.push(n); return n; }
    void (async () => {
      await post(n);
      if (mode === 'duplicate') { n.attempts--; await post(n); n.attempts++; }
    })();
    return n;
  }

  function pay(o: Order, openid = 'o-sandbox-payer'): Order {
    if (o.tradeState === 'CLOSED') throw wxError(400, 'ORDER_CLOSED', '订单已关闭');
    if (o.tradeState !== 'NOTPAY') return o;
    o.tradeState = 'SUCCESS';
    o.transactionId = `42000${Date.now()}${String(++seq).padStart(6, '0')}`.slice(0, 28);
    o.successTime = rfc3339();
    o.openid = openid;
    notify(o.notifyUrl, 'TRANSACTION.SUCCESS', '支付成功', 'transaction', transactionOf(o));
    return o;
  }

  function createOrder(body: unknown, tradeType: Order['tradeType']): Order {
    const req = parse(OrderRequest, body);
    if (req.mchid !== opts.mchId) throw wxError(400, 'MCH_NOT_EXISTS', '商户号不存在');
    const existing = orders.get(req.out_trade_no);
    if (existing) {
      // Idempotent on out_trade_no; the same number with another amount or description is refused.
      if (existing.total !== req.amount.total) throw wxError(400, 'OUT_TRADE_NO_USED', '商户订单号重复');
      return existing;
    }
    const o: Order = {
      mchid: req.mchid, appid: req.appid, outTradeNo: req.out_trade_no, description: req.description, total: req.amount.total,
      notifyUrl: req.notify_url, tradeType, prepayId: `wx${Date.now()}${randomBytes(8).toString('hex')}`,
      transactionId: null, tradeState: 'NOTPAY', successTime: null, openid: null, createdAt: rfc3339(),
    };
    orders.set(o.outTradeNo, o);
    byPrepay.set(o.prepayId, o.outTradeNo);
    return o;
  }

  const guarded = (handler: (req: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => Promise<unknown>) =>
    async (req: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
      try {
        return await handler(req, reply);
      } catch (e) {
        if (e instanceof SandboxError) return sendError(reply, e);
        throw e;
      }
    };

  app.post('/pay/v3/pay/transactions/jsapi', guarded(async (req) => ({ prepay_id: createOrder(req.body, 'JSAPI').prepayId })));
  app.post('/pay/v3/pay/transactions/h5', guarded(async (req) => {
    const o = createOrder(req.body, 'MWEB');
    return { h5_url: `/pay/cashier?prepay_id=${o.prepayId}` };
  }));

  app.get('/pay/v3/pay/transactions/out-trade-no/:no', guarded(async (req, reply) => {
    const o = orders.get((req.params as { no: string }).no);
    if (!o) return reply.code(404).send({ code: 'ORDER_NOT_EXIST', message: '订单不存在' });
    return transactionOf(o);
  }));

  app.post('/pay/v3/pay/transactions/out-trade-no/:no/close', guarded(async (req, reply) => {
    const o = orders.get((req.params as { no: string }).no);
    if (!o) return reply.code(404).send({ code: 'ORDER_NOT_EXIST', message: '订单不存在' });
    if (o.tradeState === 'SUCCESS' || o.tradeState === 'REFUND') throw wxError(400, 'ORDER_PAID', '订单已支付');
    o.tradeState = 'CLOSED';
    return reply.code(204).send();
  }));

  app.post('/pay/v3/refund/domestic/refunds', guarded(async (req) => {
    const r = parse(RefundRequest, req.body);
    const existing = refunds.get(r.out_refund_no);
    if (existing) return { refund_id: existing.refundId, out_refund_no: existing.outRefundNo, status: existing.status };
    const o = orders.get(r.out_trade_no);
    if (!o) throw wxError(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    if (o.tradeState !== 'SUCCESS') throw wxError(400, 'INVALID_REQUEST', '订单未支付或已退款');
    if (r.amount.total !== o.total || r.amount.refund > o.total) throw wxError(400, 'PARAM_ERROR', '退款金额与订单金额不符');
    const refund: Refund = {
      outRefundNo: r.out_refund_no, refundId: `50300${Date.now()}${++seq}`, outTradeNo: o.outTradeNo, refund: r.amount.refund,
      status: 'PROCESSING', notifyUrl: r.notify_url ?? null, successTime: null,
    };
    refunds.set(refund.outRefundNo, refund);
    o.tradeState = 'REFUND';
    // The bank confirms a moment later; then the refund notification goes out.
    const t = setTimeout(() => {
      timers.delete(t);
      refund.status = 'SUCCESS';
      refund.successTime = rfc3339();
      if (refund.notifyUrl) {
        notify(refund.notifyUrl, 'REFUND.SUCCESS', '退款成功', 'refund', {
          mchid: o.mchid, out_trade_no: o.outTradeNo, transaction_id: o.transactionId, out_refund_no: refund.outRefundNo,
          refund_id: refund.refundId, refund_status: 'SUCCESS', success_time: refund.successTime,
          amount: { total: o.total, refund: refund.refund, payer_total: o.total, payer_refund: refund.refund },
        });
      }
    }, 20);
    t.unref();
    timers.add(t);
    return { refund_id: refund.refundId, out_refund_no: refund.outRefundNo, status: refund.status };
  }));

  app.get('/pay/v3/refund/domestic/refunds/:no', guarded(async (req, reply) => {
    const r = refunds.get((req.params as { no: string }).no);
    if (!r) return reply.code(404).send({ code: 'RESOURCE_NOT_EXISTS', message: '退款单不存在' });
    return { refund_id: r.refundId, out_refund_no: r.outRefundNo, out_trade_no: r.outTradeNo, status: r.status, success_time: r.successTime ?? undefined, amount: { refund: r.refund } };
  }));

  // 财政电子票据: one receipt per paid order (idempotent on out_trade_no).
  app.post('/pay/fiscal/receipts', guarded(async (req) => {
    const r = parse(ReceiptRequest, req.body);
    const o = orders.get(r.out_trade_no);
    if (!o) throw wxError(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    if (o.tradeState !== 'SUCCESS' && o.tradeState !== 'REFUND') throw wxError(400, 'ORDER_NOT_PAID', '订单未支付');
    if (r.amount !== o.total) throw wxError(400, 'PARAM_ERROR', '票据金额与实缴金额不符');
    const existing = receipts.get(o.outTradeNo);
    if (existing) return existing;
    const receipt = {
      bill_name: '浙江省政府非税收入统一票据（电子）', bill_code: '33010125', bill_no: String(receipts.size + 1).padStart(10, '0'),
      check_code: randomBytes(3).toString('hex').toUpperCase(), issue_time: rfc3339(), payer_name: r.payer_name, payee: r.payee,
      project_code: r.project_code, project_name: r.project_name, amount: r.amount, out_trade_no: o.outTradeNo,
    };
    receipts.set(o.outTradeNo, receipt);
    return receipt;
  }));

  app.get('/pay/fiscal/receipts/:no', guarded(async (req, reply) => receipts.get((req.params as { no: string }).no) ?? notFound(reply)));

  // The H5 cashier page (the stand-in for WeChat's H5 cashier): shows the order and pays it.
  app.get('/pay/cashier', async (req, reply) => {
    const q = req.query as { prepay_id?: string; redirect_url?: string };
    const no = byPrepay.get(q.prepay_id ?? '');
    const o = no ? orders.get(no) : undefined;
    if (!o) return reply.code(404).type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><p>订单不存在</p>');
    const redirect = q.redirect_url && /^https?:\/\//.test(q.redirect_url) ? q.redirect_url : '';
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const yuan = `${Math.floor(o.total / 100)}.${String(o.total % 100).padStart(2, '0')}`;
    return reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>统一公共支付平台（沙箱）</title>
<style>body{font-family:sans-serif;margin:0;background:#f2f4f8}main{max-width:420px;margin:40px auto;background:#fff;padding:24px;border-radius:8px}
.amount{font-size:32px;font-weight:bold;margin:16px 0}button{width:100%;padding:14px;font-size:18px;background:#07c160;color:#fff;border:0;border-radius:6px}</style></head>
<body><main><h1>统一公共支付平台（沙箱）</h1><p>${esc(o.description)}</p><p>商户订单号 ${esc(o.outTradeNo)}</p>
<p class="amount" data-testid="cashier-amount">¥${yuan}</p>
<p id="state" role="status">${o.tradeState === 'NOTPAY' ? '待支付' : esc(o.tradeState)}</p>
<button id="pay" type="button" ${o.tradeState === 'NOTPAY' ? '' : 'disabled'}>确认支付</button></main>
<script>
document.getElementById('pay').addEventListener('click', async function () {
  this.disabled = true;
  const r = await fetch('/pay/cashier/confirm', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prepay_id: ${JSON.stringify(o.prepayId)} }) });
  document.getElementById('state').textContent = r.ok ? '支付成功' : '支付失败';
  const back = ${JSON.stringify(redirect)};
  if (r.ok && back) setTimeout(function () { location.href = back; }, 300);
});
</script></body></html>`);
  });

  app.post('/pay/cashier/confirm', guarded(async (req) => {
    const { prepay_id } = parse(z.object({ prepay_id: z.string() }), req.body);
    const no = byPrepay.get(prepay_id);
    if (!no) throw wxError(404, 'ORDER_NOT_EXIST', '订单不存在');
    return { trade_state: pay(orders.get(no)!).tradeState };
  }));

  // ─── controls (tests) ───
  app.post('/_control/pay/notifications', async (req) => {
    mode = parse(z.object({ mode: z.enum(['deliver', 'drop', 'duplicate', 'hold']) }), req.body).mode;
    return { mode };
  });
  app.get('/_control/pay/notifications', async () => ({ mode, held: held.length, sent }));
  app.post('/_control/pay/notifications/release', async (req) => {
    const { order } = parse(z.object({ order: z.enum(['fifo', 'reverse']).default('fifo') }).default({ order: 'fifo' }), req.body ?? undefined);
    const batch = held.splice(0, held.length);
    if (order === 'reverse') batch.reverse();
    for (const n of batch) await post(n);
    return { released: batch.map((n) => ({ id: n.id, eventType: n.eventType, status: n.lastStatus })) };
  });
  app.post('/_control/pay/orders/:no/pay', async (req, reply) => {
    const o = orders.get((req.params as { no: string }).no);
    if (!o) return notFound(reply);
    try {
      return transactionOf(pay(o));
    } catch (e) {
      if (e instanceof SandboxError) return sendError(reply, e);
      throw e;
    }
  });
  app.get('/_control/pay/orders/:no', async (req, reply) => {
    const o = orders.get((req.params as { no: string }).no);
    return o ? { ...transactionOf(o), prepay_id: o.prepayId, refunds: [...refunds.values()].filter((r) => r.outTradeNo === o.outTradeNo) } : notFound(reply);
  });
}
