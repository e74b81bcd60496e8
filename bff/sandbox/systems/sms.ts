import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parse } from '../http';

/** A text message the gateway accepted, as the sandbox records it (tests read them). */
export interface SmsSend {
  bizId: string;
  phone: string;
  templateCode: string;
  params: Record<string, string>;
  outId: string;
  at: string;
}

const SendSchema = z.object({
  PhoneNumbers: z.string(),
  SignName: z.string().min(1),
  TemplateCode: z.string().min(1),
  TemplateParam: z.string(),
  /** The sender's id of the message: a retried request with the same OutId is not sent twice. */
  OutId: z.string().min(1).max(64),
});

/** Messages one number may get in an hour before the gateway refuses (运营商流控). */
export const SMS_PER_PHONE_PER_HOUR = 30;

/**
 * An SMS gateway in the style of the big cloud providers: `POST /sms/send` answers 200 with
 * `Code: 'OK'` and a `BizId`, or 200 with a business error code (`isv.MOBILE_NUMBER_ILLEGAL`,
 * `isv.BUSINESS_LIMIT_CONTROL`, or one set for a number through `/_control/sms/fail`), and 503 when
 * the control switch makes it unavailable. Idempotent on `OutId`.
 */
export function smsSystem(app: FastifyInstance): void {
  const sends: SmsSend[] = [];
  const byOutId = new Map<string, SmsSend>();
  const failures = new Map<string, string>();

  app.post('/sms/send', async (req) => {
    const body = parse(SendSchema, req.body);
    const earlier = byOutId.get(body.OutId);
    if (earlier) return { Code: 'OK', Message: 'OK', BizId: earlier.bizId, RequestId: randomBytes(8).toString('hex') };
    const phone = body.PhoneNumbers.trim();
    if (!/^1[3-9]\d{9}$/.test(phone)) return { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' };
    const forced = failures.get(phone);
    if (forced) return { Code: forced, Message: '发送失败' };
    const hourAgo = Date.now() - 3_600_000;
    if (sends.filter((s) => s.phone === phone && Date.parse(s.at) > hourAgo).length >= SMS_PER_PHONE_PER_HOUR) {
      return { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发小时级流控Permits:30' };
    }
    let params: Record<string, string>;
    try {
      params = z.record(z.string(), z.string()).parse(JSON.parse(body.TemplateParam));
    } catch {
      return { Code: 'isv.INVALID_JSON_PARAM', Message: 'JSON参数不合法' };
    }
    const send: SmsSend = { bizId: randomBytes(10).toString('hex'), phone, templateCode: body.TemplateCode, params, outId: body.OutId, at: new Date().toISOString() };
    sends.push(send);
    byOutId.set(body.OutId, send);
    return { Code: 'OK', Message: 'OK', BizId: send.bizId, RequestId: randomBytes(8).toString('hex') };
  });

  app.post('/_control/sms/fail', async (req) => {
    const body = parse(z.object({ phone: z.string(), code: z.string().nullable() }), req.body);
    if (body.code) failures.set(body.phone, body.code);
    else failures.delete(body.phone);
    return { ok: true };
  });

  app.get('/_control/sms/sends', async (req) => {
    const phone = (req.query as Record<string, string | undefined>).phone;
    return { items: phone ? sends.filter((s) => s.phone === phone) : sends };
  });
}
