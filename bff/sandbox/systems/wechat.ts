import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parse } from '../http';

/** A subscription message WeChat accepted, as the sandbox records it (tests read them). */
export interface WechatSend {
  msgid: string;
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
  at: string;
}

const SendSchema = z.object({
  touser: z.string().min(1),
  template_id: z.string().min(1),
  page: z.string().optional(),
  data: z.record(z.string(), z.object({ value: z.string() })),
  miniprogram_state: z.enum(['developer', 'trial', 'formal']).optional(),
  lang: z.string().optional(),
});

const TOKEN_TTL_SECONDS = 7200;

/**
 * WeChat's server side of one-time subscription messages (一次性订阅消息): an access token from
 * `/cgi-bin/token`, and `/cgi-bin/message/subscribe/send`, which — like WeChat — answers 200 with an
 * `errcode` and spends one accepted consent per message: with none left it refuses with 43101.
 * `/wechat/_client/subscribe` stands in for the WeChat client recording what the user accepted in
 * `wx.requestSubscribeMessage` (in real WeChat the client reports it to WeChat, not to us).
 */
export function wechatSystem(app: FastifyInstance, credentials: { appId: string; appSecret: string }): void {
  const tokens = new Map<string, number>();
  /** `${openid} ${templateId}` → accepted consents not yet spent. */
  const consents = new Map<string, number>();
  const sends: WechatSend[] = [];

  app.get('/cgi-bin/token', async (req) => {
    const q = req.query as Record<string, string | undefined>;
    if (q.grant_type !== 'client_credential') return { errcode: 40002, errmsg: 'invalid grant_type' };
    if (q.appid !== credentials.appId) return { errcode: 40013, errmsg: 'invalid appid' };
    if (q.secret !== credentials.appSecret) return { errcode: 40125, errmsg: 'invalid appsecret' };
    const token = randomBytes(24).toString('base64url');
    tokens.set(token, Date.now() + TOKEN_TTL_SECONDS * 1000);
    return { access_token: token, expires_in: TOKEN_TTL_SECONDS };
  });

  app.post('/cgi-bin/message/subscribe/send', async (req) => {
    const token = (req.query as Record<string, string | undefined>).access_token ?? '';
    const expires = tokens.get(token);
    if (!expires || expires < Date.now()) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    const body = SendSchema.safeParse(req.body);
    if (!body.success) return { errcode: 47003, errmsg: 'argument invalid! data.format invalid' };
    const { touser, template_id: templateId } = body.data;
    if (!/^o[A-Za-z0-9_-]{27}$/.test(touser)) return { errcode: 40003, errmsg: 'invalid openid' };
    const key = `${touser} ${templateId}`;
    const left = consents.get(key) ?? 0;
    if (left < 1) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    consents.set(key, left - 1);
    const msgid = String(Date.now()) + String(sends.length).padStart(4, '0');
    sends.push({ msgid, touser, templateId, page: body.data.page ?? null, data: body.data.data, at: new Date().toISOString() });
    return { errcode: 0, errmsg: 'ok', msgid };
  });

  app.post('/wechat/_client/subscribe', async (req) => {
    const body = parse(z.object({
      openid: z.string().min(1),
      results: z.record(z.string(), z.enum(['accept', 'reject', 'ban', 'filter'])),
    }), req.body);
    let accepted = 0;
    for (const [templateId, answer] of Object.entries(body.results)) {
      if (answer !== 'accept') continue;
      const key = `${body.openid} ${templateId}`;
      consents.set(key, (consents.get(key) ?? 0) + 1);
      accepted++;
    }
    return { accepted };
  });

  app.get('/_control/wechat/sends', async (req) => {
    const touser = (req.query as Record<string, string | undefined>).touser;
    return { items: touser ? sends.filter((s) => s.touser === touser) : sends };
  });
}
