import { z } from 'zod';
import type { UpstreamClient } from '../http-client';

/** WeChat's answers (their field names live only here). */
const TokenSchema = z.object({ access_token: z.string().optional(), expires_in: z.number().optional(), errcode: z.number().optional(), errmsg: z.string().optional() });
const SendAnswerSchema = z.object({ errcode: z.number(), errmsg: z.string().optional(), msgid: z.union([z.string(), z.number()]).optional() });

/** A subscription message in our terms: who, which template, where it leads, and the template's fields. */
export interface SubscriptionMessage {
  openid: string;
  templateId: string;
  /** Mini-program page the card opens. */
  page: string | null;
  fields: Record<string, string>;
}

/** What became of a send: `sent`; `no_consent` (43101: no accepted subscription left); `refused` (any other errcode). */
export type WechatSendResult = { outcome: 'sent'; msgid: string } | { outcome: 'no_consent' | 'refused'; code: number; message: string };

/** WeChat's `thing` fields hold at most 20 characters. */
const thing = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s);

/**
 * WeChat subscription messages (小程序订阅消息) through `cgi-bin`: an access token (kept until a minute
 * before it expires, fetched again after an `invalid credential` answer), then `subscribe/send`.
 */
export class WechatAdapter {
  private token: { value: string; until: number } | null = null;

  constructor(
    private readonly http: UpstreamClient,
    private readonly credentials: { appId: string; appSecret: string },
    /** Sandbox only: the client stand-in that records a user's consent (real WeChat records it itself). */
    private readonly sandboxClient: boolean,
  ) {}

  async send(m: SubscriptionMessage): Promise<WechatSendResult> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.accessToken(attempt > 0);
      const r = SendAnswerSchema.parse(await this.http.post(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
        touser: m.openid, template_id: m.templateId, ...(m.page ? { page: m.page } : {}),
        data: Object.fromEntries(Object.entries(m.fields).map(([k, v]) => [k, { value: k.startsWith('thing') ? thing(v) : v }])),
        miniprogram_state: 'formal', lang: 'zh_CN',
      }));
      if (r.errcode === 0) return { outcome: 'sent', msgid: String(r.msgid ?? '') };
      // 40001 / 42001: the token was replaced or expired early; fetch a fresh one once.
      if ((r.errcode === 40001 || r.errcode === 42001) && attempt === 0) continue;
      return { outcome: r.errcode === 43101 ? 'no_consent' : 'refused', code: r.errcode, message: r.errmsg ?? '' };
    }
    return { outcome: 'refused', code: 40001, message: 'invalid credential' };
  }

  /** Sandbox only: what the WeChat client does when the user accepts templates in `wx.requestSubscribeMessage`. */
  async recordClientConsent(openid: string, results: Record<string, string>): Promise<void> {
    if (!this.sandboxClient) return;
    await this.http.post('/wechat/_client/subscribe', { openid, results });
  }

  private async accessToken(fresh: boolean): Promise<string> {
    if (!fresh && this.token && this.token.until > Date.now()) return this.token.value;
    const q = new URLSearchParams({ grant_type: 'client_credential', appid: this.credentials.appId, secret: this.credentials.appSecret });
    const r = TokenSchema.parse(await this.http.get(`/cgi-bin/token?${q}`));
    if (!r.access_token) throw new Error(`WeChat refused the access token: ${r.errcode} ${r.errmsg ?? ''}`);
    this.token = { value: r.access_token, until: Date.now() + ((r.expires_in ?? 7200) - 60) * 1000 };
    return r.access_token;
  }
}
