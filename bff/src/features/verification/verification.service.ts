import type { Verification, VerificationResult } from '@zsb/shared/contracts/verification';
import { certificateFieldLabel } from '@zsb/shared/domain/certificate-fields';
import { certificateKindInfo } from '@zsb/shared/domain/certificate-id';
import { claimInfo, type ClaimCode } from '@zsb/shared/domain/claims';
import { departmentName } from '@zsb/shared/domain/regions';
import { maskPersonalData } from '@zsb/shared/domain/free-text';
import { maskName } from '@zsb/shared/domain/masking';
import { chinaDate } from '@zsb/shared/domain/working-days';
import type { AuditEntry, AuditService } from '../../platform/audit';
import type { AuthUser } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { GroupCommit } from '../../platform/group-commit';
import type { MessagesService } from '../messages';
import type { PresentationRecord, PresentationService } from '../presentation';

/**
 * How long a certificate's standing (in force / revoked) is reused between checks. Verification is
 * the hot path; a revocation is seen by checkers at most this late.
 */
export const STANDING_CACHE_MS = 1000;

/** How long a checker's display name is reused (it changes only when they sign in with a new name). */
const CHECKER_NAME_CACHE_MS = 60_000;

type Standing = 'in_force' | 'revoked';

/** What verification needs: presentations' tokens and nonces, the library's word on a certificate, audit, receipts, checker names. */
export interface VerificationDeps {
  db: Database;
  presentations: Pick<PresentationService, 'checkToken' | 'byId' | 'spend'>;
  /** The certificate's standing at the library now: in force (`active` and not past `validUntil`) or not; null when unknown there. */
  certificates: { get(certificateId: string): Promise<{ status: string; validUntil: string | null } | null> };
  audit: Pick<AuditService, 'record'>;
  messages: Pick<MessagesService, 'send'>;
  /** The checker's display data (name, department). */
  checkers: { userOf(user: Pick<AuthUser, 'userId'>): Promise<{ name: string; departmentCode: string | null }> };
}

/** Labels of the disclosable facts about the certificate itself, for the holder's receipt. */
const FACT_LABELS: Record<string, string> = { issuer: '颁发机构', validUntil: '有效期至' };

const CHINA_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

/**
 * 核验: checks a 亮证码 token — signature, expiry, the certificate's standing at the library, then
 * spends its nonce — and answers with only what the holder disclosed. Every check is audited;
 * a valid one also sends the holder a receipt.
 */
export class VerificationService {
  private readonly standing = new Map<string, { at: number; value: Standing }>();
  private readonly checkerNames = new Map<string, { at: number; name: string }>();
  private readonly writes: GroupCommit;
  private readonly presentations: VerificationDeps['presentations'];
  private readonly audit: VerificationDeps['audit'];
  private readonly messages: VerificationDeps['messages'];

  constructor(private readonly deps: VerificationDeps) {
    this.writes = new GroupCommit(deps.db);
    this.presentations = deps.presentations;
    this.audit = deps.audit;
    this.messages = deps.messages;
  }

  async verify(checker: AuthUser, token: string, now = Date.now()): Promise<Verification> {
    const checkedAt = new Date(now).toISOString();
    const check = await this.presentations.checkToken(token, Math.floor(now / 1000));
    const actor = `checker:${checker.userId}`;
    const base = { actor, action: 'verification', channel: 'qr' } as const;

    if (check.status === 'malformed') {
      // Audited by the route's error hook, like every other refused request.
      throw new AppError(400, 'PRESENTATION_TOKEN_MALFORMED', 'This is not a 亮证码 token', [{ path: 'body.token', message: `malformed ${check.reason}` }]);
    }
    if (check.status === 'tampered' || check.status === 'unknown_key') {
      // Nothing in the token can be trusted, not even whose it claims to be.
      const detail = check.status === 'unknown_key' ? { kid: check.kid } : null;
      await this.writes.run(() => this.audit.record({ ...base, result: check.status, detail }));
      return { result: check.status, checkedAt };
    }

    const [row, checkerName] = await Promise.all([this.presentations.byId(check.jti), this.checkerName(checker, now)]);
    // A JWS or an offline code carries its disclosure; a reference code's is in our record (gone once spent).
    const payload = check.payload ?? row?.disclosure ?? null;
    const facts = payload
      ? [...(payload.cert.issuer !== undefined ? ['issuer'] : []), ...(payload.cert.validUntil !== undefined ? ['validUntil'] : [])]
      : [];
    const disclosed = payload ? [...Object.keys(payload.fields ?? {}), ...(payload.claims ?? []), ...facts] : [...(row?.fields ?? []), ...(row?.claims ?? [])];
    // The token does not name the certificate (that would link checks); our record of the presentation does.
    const about = {
      ...base, subject: row?.subject ?? null, certificateId: row?.certificateId ?? null, fields: disclosed,
      purpose: row?.purpose ?? null, detail: { presentationId: check.jti, checkerName },
    };
    const refuse = async (result: Exclude<VerificationResult, 'valid'>): Promise<Verification> => {
      await this.writes.run(() => this.audit.record({ ...about, result }));
      return { result, checkedAt };
    };

    if (check.status === 'expired') return refuse('expired');
    // Signed by us but unknown here (e.g. a database restored from before it was issued): single use cannot be proven.
    if (!row) return refuse('replayed');
    // A spent single-use code is answered from our own record, before the library is asked: a replay
    // is `replayed` even while the certificate library is down.
    if (!row.multiUse && row.useCount > 0) return refuse('replayed');
    // A row from before reference codes (no disclosure kept) cannot answer a reference.
    if (!payload) return refuse('replayed');
    if ((await this.standingOf(row.certificateId, now)) === 'revoked') return refuse('revoked');

    // Spending the nonce, the audit row and the receipt commit together (grouped with concurrent checks).
    // Single use is held by the database (a conditional UPDATE), not here: it holds across instances.
    const valid = await this.writes.run(async () => {
      if (!(await this.presentations.spend(row.id, checkedAt))) return false;
      await this.audit.record({ ...about, result: 'ok' });
      await this.messages.send(row.holderUserId, this.receipt(row, facts, about.detail.checkerName, now));
      return true;
    });
    if (!valid) return refuse('replayed');

    const kind = certificateKindInfo(payload.cert.kind);
    return {
      result: 'valid',
      checkedAt,
      certificate: { ...payload.cert, kindName: kind?.name ?? payload.cert.kind },
      fields: Object.entries(payload.fields ?? {}).map(([key, value]) => ({ key, label: certificateFieldLabel(payload.cert.kind, key), value })),
      claims: (payload.claims ?? []).map((code) => ({ code, name: claimInfo(code)?.name ?? code })),
      presentation: {
        // The checker reads the holder's typed purpose with any personal data in it masked.
        id: row.id, issuedAt: row.issuedAt, expiresAt: row.expiresAt, purpose: maskPersonalData(row.purpose), multiUse: row.multiUse,
      },
    };
  }

  /** Audits a verification request refused before it could be checked (bad body, no session, …). */
  recordRefusal(checker: AuthUser | undefined, result: string): Promise<void> {
    const entry: AuditEntry = { actor: checker ? `checker:${checker.userId}` : 'anonymous', action: 'verification', channel: 'qr', result };
    return this.writes.run(() => this.audit.record(entry));
  }

  /** In force or revoked, as the certificate library says now (reused for STANDING_CACHE_MS). */
  private async standingOf(certificateId: string, now: number): Promise<Standing> {
    const hit = this.standing.get(certificateId);
    if (hit && now - hit.at < STANDING_CACHE_MS) return hit.value;
    const c = await this.deps.certificates.get(certificateId);
    const inForce = c !== null && c.status === 'active' && (c.validUntil === null || c.validUntil >= chinaDate(now));
    const value: Standing = inForce ? 'in_force' : 'revoked';
    // Bounded: one entry per certificate checked in the last second or so.
    if (this.standing.size > 10_000) this.standing.clear();
    this.standing.set(certificateId, { at: now, value });
    return value;
  }

  /** "杭州市公安局 张**" for staff, "张**" for anyone else: enough for the holder to know who looked. */
  private async checkerName(checker: AuthUser, now: number): Promise<string> {
    const hit = this.checkerNames.get(checker.userId);
    if (hit && now - hit.at < CHECKER_NAME_CACHE_MS) return hit.name;
    const row = await this.deps.checkers.userOf(checker);
    const dept = row.departmentCode ? departmentName(row.departmentCode) : undefined;
    const name = dept ? `${dept} ${maskName(row.name)}` : maskName(row.name);
    if (this.checkerNames.size > 10_000) this.checkerNames.clear();
    this.checkerNames.set(checker.userId, { at: now, name });
    return name;
  }

  private receipt(row: PresentationRecord, facts: string[], checkerName: string, now: number) {
    const kindName = certificateKindInfo(row.certificateKind)?.name ?? row.certificateKind;
    const what = [
      ...row.fields.map((k) => certificateFieldLabel(row.certificateKind, k)),
      ...row.claims.map((c) => claimInfo(c as ClaimCode)?.name ?? c),
      ...facts.map((f) => FACT_LABELS[f] ?? f),
    ].join('、');
    return {
      kind: 'verification_receipt',
      title: '证照核验回执',
      body: `${checkerName} 于 ${CHINA_TIME.format(now)} 核验了您的${kindName}（${what}），用途：${maskPersonalData(row.purpose)}`,
      link: `/certs/pages/audit-log/index?certificateId=${encodeURIComponent(row.certificateId)}`,
    };
  }
}
