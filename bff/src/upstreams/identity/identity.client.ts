import { z } from 'zod';
import { UpstreamClient, UpstreamClientError } from '../http-client';

// Their field names (the identity provider's), only here.
const SubjectSchema = z.object({
  sub: z.string(),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string().nullish(),
  kind: z.enum(['resident', 'staff', 'operator']),
  departmentCode: z.string().nullish(),
  region: z.string().nullish(),
});
export type IdentitySubject = z.infer<typeof SubjectSchema>;

const PersonasSchema = z.object({
  personas: z.array(z.object({
    personaId: z.string(), displayName: z.string(), kind: z.enum(['resident', 'staff', 'operator']),
    note: z.string().nullish(), departmentCode: z.string().nullish(), region: z.string().nullish(),
  })),
});

/** Identity provider: the OIDC-style code exchange (H5) and WeChat's code2session (weapp). */
export class IdentityAdapter {
  constructor(private readonly http: UpstreamClient, private readonly wechat: { appId: string; appSecret: string }) {}

  async personas() {
    const r = PersonasSchema.parse(await this.http.get('/identity/personas', { cacheTtlMs: 60_000 }));
    return r.personas.map((p) => ({
      personaId: p.personaId, displayName: p.displayName, kind: p.kind,
      ...(p.note ? { note: p.note } : {}), ...(p.departmentCode ? { departmentCode: p.departmentCode } : {}),
      ...(p.region ? { region: p.region } : {}),
    }));
  }

  /** Sandbox only: stands in for the national login page's redirect with a code. Null for an unknown persona. */
  async authorize(personaId: string): Promise<{ code: string; expiresIn: number } | null> {
    try {
      const r = await this.http.post<{ code: string; expiresIn: number }>('/identity/authorize', { personaId }, { refusals: [400] });
      return r ? { code: r.code, expiresIn: r.expiresIn } : null;
    } catch (err) {
      if (err instanceof UpstreamClientError) return null;
      throw err;
    }
  }

  /** Exchanges a one-time authorization code; null when the code is unknown, used or expired. */
  async exchangeCode(code: string): Promise<IdentitySubject | null> {
    try {
      // 400 invalid_grant: the code is unknown, used or expired (RFC 6749 §5.2).
      return SubjectSchema.parse(await this.http.post('/identity/token', { code }, { refusals: [400] }));
    } catch (err) {
      if (err instanceof UpstreamClientError) return null;
      throw err;
    }
  }

  /** WeChat login: js_code → openid → the real-name subject bound to it; null when WeChat rejects the code. */
  async wechatLogin(jsCode: string): Promise<{ openid: string; subject: IdentitySubject } | null> {
    const q = new URLSearchParams({
      appid: this.wechat.appId, secret: this.wechat.appSecret, js_code: jsCode, grant_type: 'authorization_code',
    });
    const s = await this.http.get<{ openid?: string; errcode?: number }>(`/sns/jscode2session?${q}`);
    if (!s?.openid || s.errcode) return null;
    const binding = await this.http.get<{ personaId: string }>(`/identity/wechat-bindings/${encodeURIComponent(s.openid)}`);
    if (!binding) return null;
    const subject = await this.http.get(`/identity/subjects/${encodeURIComponent(binding.personaId)}`);
    return subject ? { openid: s.openid, subject: SubjectSchema.parse(subject) } : null;
  }

  /** The real-name subject of an ID number (for acting for someone who has not signed in); null when unknown. */
  async subjectByIdNumber(idNumber: string): Promise<IdentitySubject | null> {
    const r = await this.http.get(`/identity/subjects/by-id-number/${encodeURIComponent(idNumber)}`, { cacheTtlMs: 60_000 });
    return r === null ? null : SubjectSchema.parse(r);
  }
}
