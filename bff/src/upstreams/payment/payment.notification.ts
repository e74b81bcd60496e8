import { createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/*
 * The payment platform's notifications (WeChat Pay v3 shape): headers Wechatpay-Timestamp / -Nonce /
 * -Signature over `timestamp\nnonce\nbody\n` (HMAC-SHA256 under the API v3 key in the sandbox),
 * body {id, event_type, resource: AEAD_AES_256_GCM}. Their field names stay in this folder; the
 * payments feature gets `PaymentNotice`.
 */

export const NOTIFICATION_HEADERS = { timestamp: 'wechatpay-timestamp', nonce: 'wechatpay-nonce', signature: 'wechatpay-signature' } as const;

/** A notification older or newer than this is refused (a replayed capture, or a wrong clock). */
export const NOTIFICATION_MAX_SKEW_SECONDS = 300;

export function signNotification(apiKey: string, timestamp: string, nonce: string, body: string | Buffer): string {
  return createHmac('sha256', apiKey).update(`${timestamp}\n${nonce}\n`).update(body).update('\n').digest('base64');
}

export type NotificationCheck = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'signature' };

/** Checks the headers against the exact raw body: present, fresh (±5 min) and signed with our key. */
export function checkNotification(apiKey: string, headers: Record<string, string | string[] | undefined>, rawBody: Buffer, nowSeconds = Math.floor(Date.now() / 1000)): NotificationCheck {
  const one = (h: string) => { const v = headers[h]; return Array.isArray(v) ? v[0] : v; };
  const timestamp = one(NOTIFICATION_HEADERS.timestamp);
  const nonce = one(NOTIFICATION_HEADERS.nonce);
  const signature = one(NOTIFICATION_HEADERS.signature);
  if (!timestamp || !nonce || !signature || !/^\d{1,12}$/.test(timestamp) || nonce.length > 64) return { ok: false, reason: 'missing' };
  if (Math.abs(nowSeconds - Number(timestamp)) > NOTIFICATION_MAX_SKEW_SECONDS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signNotification(apiKey, timestamp, nonce, rawBody), 'base64');
  const given = Buffer.from(signature, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  return { ok: true };
}

const Envelope = z.object({
  id: z.string().min(1).max(64),
  event_type: z.string(),
  resource: z.object({
    algorithm: z.literal('AEAD_AES_256_GCM'),
    ciphertext: z.string().max(20_000),
    associated_data: z.string().max(64).default(''),
    nonce: z.string().max(32),
    original_type: z.string().optional(),
  }),
});

const Transaction = z.object({
  out_trade_no: z.string(),
  transaction_id: z.string(),
  trade_state: z.string(),
  success_time: z.string().optional(),
  amount: z.object({ total: z.number().int(), payer_total: z.number().int().optional() }),
});

const RefundResource = z.object({
  out_trade_no: z.string(),
  out_refund_no: z.string(),
  refund_status: z.string(),
  success_time: z.string().optional(),
  amount: z.object({ total: z.number().int(), refund: z.number().int() }),
});

/** A verified notification, in our terms. */
export type PaymentNotice =
  | { notificationId: string; kind: 'paid'; paymentId: string; transactionId: string; amountFen: number; at: string }
  | { notificationId: string; kind: 'refunded'; paymentId: string; refundNo: string; amountFen: number; at: string }
  | { notificationId: string; kind: 'other'; eventType: string };

function decrypt(apiKey: string, r: z.infer<typeof Envelope>['resource']): string {
  const data = Buffer.from(r.ciphertext, 'base64');
  if (data.length < 17) throw new Error('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiKey, 'utf8'), Buffer.from(r.nonce, 'utf8'));
  decipher.setAAD(Buffer.from(r.associated_data, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}

/** `2026-11-29T10:00:00+08:00` → ISO instant in UTC. */
const isoOf = (t: string | undefined) => {
  const d = t ? new Date(t) : new Date();
  return Number.isNaN(d.getTime()) ? new Date().toISOString() : d.toISOString();
};

/** Decrypts and maps a body whose signature was checked; null when it is not a notification we understand. */
export function readNotification(apiKey: string, body: unknown): PaymentNotice | null {
  const env = Envelope.safeParse(body);
  if (!env.success) return null;
  let plain: unknown;
  try {
    plain = JSON.parse(decrypt(apiKey, env.data.resource));
  } catch {
    return null;
  }
  const id = env.data.id;
  if (env.data.event_type === 'TRANSACTION.SUCCESS') {
    const t = Transaction.safeParse(plain);
    if (!t.success || t.data.trade_state !== 'SUCCESS') return null;
    return { notificationId: id, kind: 'paid', paymentId: t.data.out_trade_no, transactionId: t.data.transaction_id, amountFen: t.data.amount.total, at: isoOf(t.data.success_time) };
  }
  if (env.data.event_type === 'REFUND.SUCCESS') {
    const r = RefundResource.safeParse(plain);
    if (!r.success || r.data.refund_status !== 'SUCCESS') return null;
    return { notificationId: id, kind: 'refunded', paymentId: r.data.out_trade_no, refundNo: r.data.out_refund_no, amountFen: r.data.amount.refund, at: isoOf(r.data.success_time) };
  }
  return { notificationId: id, kind: 'other', eventType: env.data.event_type };
}
