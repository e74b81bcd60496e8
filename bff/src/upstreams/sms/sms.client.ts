import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

/** The gateway's answer (their field names live only here). */
const AnswerSchema = z.object({ Code: z.string(), Message: z.string().optional(), BizId: z.string().optional() });

/** `sent`, or `refused` with the gateway's business code (a bad number, flow control): trying again will not help. */
export type SmsSendResult = { outcome: 'sent'; bizId: string } | { outcome: 'refused'; code: string; message: string };

/**
 * The SMS gateway (短信网关): one templated message to one number. `outId` is our delivery id, on
 * which the gateway is idempotent, so a retry after a timeout never sends the text twice.
 */
export class SmsAdapter {
  constructor(private readonly http: UpstreamClient, private readonly signName: string) {}

  async send(m: { phone: string; templateCode: string; params: Record<string, string>; outId: string }): Promise<SmsSendResult> {
    const r = AnswerSchema.parse(await this.http.post('/sms/send', {
      PhoneNumbers: m.phone, SignName: this.signName, TemplateCode: m.templateCode, TemplateParam: JSON.stringify(m.params), OutId: m.outId,
    }, { idempotent: true }));
    return r.Code === 'OK' ? { outcome: 'sent', bizId: r.BizId ?? '' } : { outcome: 'refused', code: r.Code, message: r.Message ?? '' };
  }
}
